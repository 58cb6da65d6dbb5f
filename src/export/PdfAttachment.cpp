// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfAttachment.h"

#include "PdfMetadata.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// A name object: every byte outside the regular printable characters written as #XX.
QByteArray pdfName(const QByteArray &name)
{
    QByteArray out("/");
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u > 0x20 && u < 0x7F && !QByteArray("()<>[]{}/%#").contains(c))
            out.append(c);
        else
            out.append('#').append(QByteArray::number(u, 16).rightJustified(2, '0').toUpper());
    }
    return out;
}

QByteArray entry(qsizetype offset) { return QByteArray::number(offset).rightJustified(10, '0').append(" 00000 n \n"); }

/// The value of `key` in the last trailer: the text after the key up to the next key or the end.
QByteArray trailerValue(const QByteArray &trailer, const char *pattern)
{
    const auto m = QRegularExpression(QString::fromLatin1(pattern)).match(QString::fromLatin1(trailer));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

} // namespace

QByteArray PdfAttachment::withEmbeddedFile(const QByteArray &pdf, const QString &name, const QByteArray &data,
                                           const QByteArray &mimeType, const QString &description)
{
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype trailerAt = pdf.lastIndexOf("\ntrailer");
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (xref < 0 || trailerAt < xref || startxref < trailerAt) {
        spdlog::warn("pdf attachment: no classic cross-reference table; file left as it is");
        return pdf;
    }
    const QByteArray trailer = pdf.mid(trailerAt, startxref - trailerAt);
    const QByteArray size = trailerValue(trailer, "/Size\\s+(\\d+)");
    const QByteArray root = trailerValue(trailer, "/Root\\s+(\\d+)\\s+0\\s+R");
    const QByteArray info = trailerValue(trailer, "/Info\\s+(\\d+\\s+0\\s+R)");
    const QByteArray id = trailerValue(trailer, "/ID\\s*(\\[[^\\]]*\\])");
    if (size.isEmpty() || root.isEmpty())
        return pdf;

    // The catalogue as Qt wrote it: "R 0 obj\n<<\n…\n>>\nendobj".
    const QByteArray head = QByteArray("\n").append(root).append(" 0 obj");
    const qsizetype object = pdf.indexOf(head);
    const qsizetype open = object < 0 ? -1 : pdf.indexOf("<<", object);
    const qsizetype end = object < 0 ? -1 : pdf.indexOf("endobj", object);
    const qsizetype close = end < 0 ? -1 : pdf.lastIndexOf(">>", end);
    if (open < 0 || close < open || end - object > 4096)
        return pdf;
    const QByteArray catalog = pdf.mid(open + 2, close - open - 2);
    if (catalog.contains("/Names") || catalog.contains("/AF") || !catalog.contains("/Catalog"))
        return pdf;

    const int first = size.toInt();
    const int fileObj = first;
    const int specObj = first + 1;
    QByteArray deflated = qCompress(data, 9);
    deflated.remove(0, 4); // qCompress's length prefix; the rest is the zlib stream FlateDecode reads
    const QByteArray md5 = QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out.append('\n');
    const qsizetype fileAt = out.size();
    out.append(QByteArray::number(fileObj) + " 0 obj\n<<\n/Type /EmbeddedFile\n/Subtype " + pdfName(mimeType) +
               "\n/Params << /Size " + QByteArray::number(data.size()) + " /CheckSum <" + md5 + "> >>\n/Filter /FlateDecode\n/Length " +
               QByteArray::number(deflated.size()) + "\n>>\nstream\n");
    out.append(deflated);
    out.append("\nendstream\nendobj\n");
    const qsizetype specAt = out.size();
    const QByteArray fileName = PdfMetadata::textString(name);
    out.append(QByteArray::number(specObj) + " 0 obj\n<<\n/Type /Filespec\n/F " + fileName + "\n/UF " + fileName + "\n/Desc " +
               PdfMetadata::textString(description) + "\n/AFRelationship /Data\n/EF << /F " + QByteArray::number(fileObj) + " 0 R /UF " +
               QByteArray::number(fileObj) + " 0 R >>\n>>\nendobj\n");
    const qsizetype catalogAt = out.size();
    const QByteArray spec = QByteArray::number(specObj) + " 0 R";
    out.append(root + " 0 obj\n<<" + catalog + "/Names << /EmbeddedFiles << /Names [" + fileName + " " + spec +
               "] >> >>\n/AF [" + spec + "]\n>>\nendobj\n");
    const qsizetype newXref = out.size();
    out.append("xref\n0 1\n0000000000 65535 f \n");
    out.append(root + " 1\n" + entry(catalogAt));
    out.append(QByteArray::number(fileObj) + " 2\n" + entry(fileAt) + entry(specAt));
    out.append("trailer\n<<\n/Size " + QByteArray::number(specObj + 1) + "\n/Root " + root + " 0 R\n");
    if (!info.isEmpty())
        out.append("/Info " + info + "\n");
    if (!id.isEmpty())
        out.append("/ID " + id + "\n");
    out.append("/Prev " + QByteArray::number(xref + 1) + "\n>>\nstartxref\n" + QByteArray::number(newXref) + "\n%%EOF\n");
    return out;
}

} // namespace fazhi
