// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/OfdReader.h"

#include "import/EmbeddedReport.h"
#include "import/PageText.h"
#include "import/ZipPart.h"
#include "util/Failure.h"

#include <quazip/quazip.h>

#include <QBuffer>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

QByteArray entry(QuaZip &zip, const QString &name)
{
    QByteArray out;
    zippart::read(zip, name, out, u"OFD"_s);
    return out;
}

/// "a/b/../c" → "a/c"; a path starting with "/" is from the package root.
QString resolve(const QString &base, const QString &path)
{
    QStringList parts = path.startsWith(u'/') ? QStringList() : base.split(u'/', Qt::SkipEmptyParts);
    for (const QString &p : path.split(u'/', Qt::SkipEmptyParts)) {
        if (p == u".."_s && !parts.isEmpty())
            parts.removeLast();
        else if (p != u"."_s)
            parts.append(p);
    }
    return parts.join(u'/');
}

QString folderOf(const QString &path) { return path.contains(u'/') ? path.section(u'/', 0, -2) : QString(); }

QList<double> numbers(QStringView text)
{
    QList<double> out;
    for (const QStringView n : text.split(u' ', Qt::SkipEmptyParts))
        out.append(n.toDouble());
    return out;
}

/// The text objects of a page: each TextObject's text at its boundary.
QList<PlacedWord> pageWords(const QByteArray &xml)
{
    QList<PlacedWord> words;
    QXmlStreamReader r(xml);
    QRectF boundary;
    QString text;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement && r.name() == u"TextObject"_s) {
            const QList<double> b = numbers(r.attributes().value(u"Boundary"_s));
            boundary = b.size() == 4 ? QRectF(b.at(0), b.at(1), b.at(2), b.at(3)) : QRectF();
            text.clear();
        } else if (token == QXmlStreamReader::StartElement && r.name() == u"TextCode"_s) {
            text += r.readElementText();
        } else if (token == QXmlStreamReader::EndElement && r.name() == u"TextObject"_s && boundary.isValid()) {
            words.append({text, boundary});
        }
    }
    return words;
}

} // namespace

ExtractedText OfdReader::read(const QByteArray &data)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!data.startsWith("PK\x03\x04") || !zip.open(QuaZip::mdUnzip))
        throw Failure(u"这不是一个有效的 OFD 文件：文件不是 ZIP 格式，可能已损坏。"_s, Failure::Kind::Input);
    QString docRoot;
    {
        QXmlStreamReader r(entry(zip, u"OFD.xml"_s));
        while (!r.atEnd())
            if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"DocRoot"_s) {
                docRoot = resolve({}, r.readElementText().trimmed());
                break;
            }
    }
    const QByteArray documentXml = docRoot.isEmpty() ? QByteArray() : entry(zip, docRoot);
    if (documentXml.isEmpty())
        throw Failure(u"这不是一个有效的 OFD 文件：缺少 OFD.xml 或文档根节点。"_s, Failure::Kind::Input);
    const QString docFolder = folderOf(docRoot);
    QStringList pageLocations;
    QString attachments;
    QSizeF pageSize(210, 297);
    QXmlStreamReader r(documentXml);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == u"Page"_s)
            pageLocations.append(resolve(docFolder, r.attributes().value(u"BaseLoc"_s).toString()));
        else if (r.name() == u"PhysicalBox"_s) {
            const QList<double> b = numbers(r.readElementText());
            if (b.size() == 4)
                pageSize = QSizeF(b.at(2), b.at(3));
        } else if (r.name() == u"Attachments"_s)
            attachments = resolve(docFolder, r.readElementText().trimmed());
    }
    QList<PlacedPage> pages;
    for (const QString &location : pageLocations)
        pages.append({pageSize, PageText::lines(pageWords(entry(zip, location)))});
    ExtractedText text;
    QStringList removed;
    text.lines = PageText::paragraphs(pages, &removed);
    if (!removed.isEmpty())
        text.repairs.append(u"删去了页码和页眉页脚共 %1 行。"_s.arg(removed.size()));
    if (!attachments.isEmpty()) {
        QXmlStreamReader a(entry(zip, attachments));
        QString name;
        while (!a.atEnd()) {
            if (a.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (a.name() == u"Attachment"_s)
                name = a.attributes().value(u"Name"_s).toString();
            else if (a.name() == u"FileLoc"_s && name == EmbeddedReport::kFileName)
                text.embeddedData = entry(zip, resolve(folderOf(attachments), a.readElementText().trimmed()));
        }
    }
    return text;
}

} // namespace fazhi
