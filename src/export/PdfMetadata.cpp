// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfMetadata.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

constexpr qsizetype kEntrySize = 20; // "0000000015 00000 n \n"

/// Where the cross-reference table's entries start and how many there are, or {-1, 0}.
std::pair<qsizetype, int> crossReference(const QByteArray &pdf)
{
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    if (xref < 0)
        return {-1, 0};
    const qsizetype header = xref + 6;
    const qsizetype lineEnd = pdf.indexOf('\n', header);
    if (lineEnd < 0)
        return {-1, 0};
    const QList<QByteArray> range = pdf.mid(header, lineEnd - header).simplified().split(' ');
    if (range.size() != 2 || range.at(0) != "0")
        return {-1, 0};
    bool ok = false;
    const int count = range.at(1).toInt(&ok);
    if (!ok || count <= 0 || lineEnd + 1 + count * kEntrySize > pdf.size())
        return {-1, 0};
    return {lineEnd + 1, count};
}

} // namespace

QByteArray PdfMetadata::textString(const QString &text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return QByteArray("<").append(utf16.toHex().toUpper()).append('>');
}

bool PdfMetadata::crossReferenceHolds(const QByteArray &pdf)
{
    const auto [entries, count] = crossReference(pdf);
    if (entries < 0)
        return false;
    for (int n = 1; n < count; ++n) {
        const QByteArrayView entry = QByteArrayView(pdf).sliced(entries + n * kEntrySize, kEntrySize);
        if (entry.at(17) != 'n')
            continue;
        const qsizetype offset = entry.first(10).toLongLong();
        const QByteArray object = QByteArray::number(n).append(" 0 obj");
        if (offset < 0 || offset >= pdf.size() || !QByteArrayView(pdf).sliced(offset).startsWith(object))
            return false;
    }
    const qsizetype start = pdf.lastIndexOf("startxref\n");
    return start >= 0 && pdf.mid(start + 10).split('\n').value(0).trimmed().toLongLong() ==
                             pdf.lastIndexOf("\nxref\n") + 1;
}

QByteArray PdfMetadata::withAuthor(const QByteArray &pdf, const QString &author)
{
    if (author.isEmpty() || !crossReferenceHolds(pdf))
        return pdf;
    static const QRegularExpression info(u"/Info (\\d+) 0 R"_s);
    const qsizetype trailer = pdf.lastIndexOf("\ntrailer");
    const auto m = info.match(QString::fromLatin1(pdf.mid(trailer)));
    if (trailer < 0 || !m.hasMatch())
        return pdf;
    const QByteArray head = QByteArray("\n").append(m.captured(1).toLatin1()).append(" 0 obj\n<<\n");
    const qsizetype object = pdf.indexOf(head);
    if (object < 0 || pdf.mid(object, 4096).contains("/Author"))
        return pdf;
    const qsizetype at = object + head.size();
    const QByteArray insert = QByteArray("/Author ").append(textString(author)).append('\n');
    const qsizetype delta = insert.size();

    QByteArray out = pdf;
    out.insert(at, insert);
    const auto [entries, count] = crossReference(out);
    for (int n = 1; n < count; ++n) {
        const qsizetype e = entries + n * kEntrySize;
        if (out.at(e + 17) != 'n')
            continue;
        const qsizetype offset = out.mid(e, 10).toLongLong();
        if (offset >= at)
            out.replace(e, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
    }
    const qsizetype start = out.lastIndexOf("startxref\n");
    const qsizetype valueEnd = out.indexOf('\n', start + 10);
    if (start < 0 || valueEnd < 0)
        return pdf;
    out.replace(start + 10, valueEnd - start - 10, QByteArray::number(out.lastIndexOf("\nxref\n") + 1).append(' '));
    return crossReferenceHolds(out) ? out : pdf;
}

} // namespace fazhi
