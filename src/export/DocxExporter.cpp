// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocxExporter.h"

#include "DocxStyles.h"
#include "DocxXml.h"
#include "OfficialPaginator.h"
#include "import/EmbeddedReport.h"
#include "text/ReportLayout.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

using docx::W;
using docx::wEmpty;
using docx::Xml;

const QString R = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;
const QString PKG = u"http://schemas.openxmlformats.org/package/2006/relationships"_s;

void writeText(QXmlStreamWriter &x, const QString &text)
{
    x.writeStartElement(u"w:t"_s);
    if (text.startsWith(u' ') || text.endsWith(u' ') || text.contains(u"  "_s))
        x.writeAttribute(u"xml:space"_s, u"preserve"_s);
    x.writeCharacters(text);
    x.writeEndElement();
}

/// A run of text, with a character style and direct emphasis only where the clerk asked for it.
void writeRun(QXmlStreamWriter &x, const QString &text, const QString &charStyle = {}, bool bold = false,
              bool italic = false)
{
    if (text.isEmpty())
        return;
    x.writeStartElement(u"w:r"_s);
    if (!charStyle.isEmpty() || bold || italic) {
        x.writeStartElement(u"w:rPr"_s);
        if (!charStyle.isEmpty())
            wEmpty(x, u"rStyle"_s, charStyle);
        if (bold) {
            wEmpty(x, u"b"_s);
            wEmpty(x, u"bCs"_s);
        }
        if (italic)
            wEmpty(x, u"i"_s);
        x.writeEndElement();
    }
    writeText(x, text);
    x.writeEndElement();
}

/// `keepWithSignature`: the paragraph stays on the page of the signature block below it (keep with next),
/// and, when it is the last body paragraph, goes over at least two lines at a time (widow control), as the
/// PDF's paginator does.
void startParagraph(QXmlStreamWriter &x, const QString &style, bool keepWithSignature = false,
                    bool lastBodyParagraph = false)
{
    x.writeStartElement(u"w:p"_s);
    if (!style.isEmpty() || keepWithSignature) {
        x.writeStartElement(u"w:pPr"_s);
        if (!style.isEmpty())
            wEmpty(x, u"pStyle"_s, style);
        if (keepWithSignature)
            x.writeEmptyElement(u"w:keepNext"_s);
        if (lastBodyParagraph)
            wEmpty(x, u"widowControl"_s, u"1"_s);
        x.writeEndElement();
    }
}

void emptyParagraph(QXmlStreamWriter &x, bool keepWithSignature = false)
{
    startParagraph(x, QString(), keepWithSignature);
    x.writeEndElement();
}

/// A body paragraph: its text cut at emphasis spans and at a run-in heading's end.
void writeBlockRuns(QXmlStreamWriter &x, const LayoutBlock &b, const QString &headingCharStyle)
{
    QList<int> cuts{0, int(b.text.size())};
    const int heading = b.kind == BlockKind::SubHeading ? 0 : b.headingLength;
    if (heading > 0)
        cuts.append(heading);
    for (const InlineSpan &s : b.spans) {
        cuts.append(s.start);
        cuts.append(s.start + s.length);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        const int from = cuts.at(i);
        const int to = cuts.at(i + 1);
        if (from < 0 || to > b.text.size() || from >= to)
            continue;
        bool bold = false;
        bool italic = false;
        for (const InlineSpan &s : b.spans)
            if (from >= s.start && from < s.start + s.length) {
                bold = bold || s.bold;
                italic = italic || s.italic;
            }
        writeRun(x, b.text.mid(from, to - from), from < heading ? headingCharStyle : QString(), bold, italic);
    }
}

QByteArray documentXml(const ReportDocument &doc)
{
    const ReportLayout layout = ReportLayout::build(doc);
    Xml xml;
    QXmlStreamWriter &x = *xml;
    x.writeNamespace(W, u"w"_s);
    x.writeNamespace(R, u"r"_s);
    x.writeStartElement(W, u"document"_s);
    x.writeStartElement(u"w:body"_s);
    bool signatureBlank = false;
    // The last block above the signature block keeps with it (GB/T 9704: the block is never alone on a
    // page); the signature paragraphs keep with each other through their styles.
    const QList<LayoutBlock> &blocks = layout.blocks();
    qsizetype lastBody = -1;
    for (qsizetype i = 0; i < blocks.size(); ++i)
        if (blocks.at(i).kind == BlockKind::Signature || blocks.at(i).kind == BlockKind::Date) {
            lastBody = i - 1;
            break;
        }
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const LayoutBlock &b = blocks.at(i);
        const bool keep = i == lastBody;
        switch (b.kind) {
        case BlockKind::Title: {
            startParagraph(x, docx::styleTitle, keep);
            const QStringList lines = OfficialPaginator::titleLines(b.text);
            x.writeStartElement(u"w:r"_s);
            for (int l = 0; l < lines.size(); ++l) {
                if (l)
                    x.writeEmptyElement(u"w:br"_s);
                writeText(x, lines.at(l));
            }
            x.writeEndElement();
            x.writeEndElement();
            continue;
        }
        case BlockKind::Addressee:
            emptyParagraph(x); // one blank line under the title
            startParagraph(x, docx::styleAddressee, keep);
            break;
        case BlockKind::PartHeading:
            startParagraph(x, docx::styleHeading1, keep);
            break;
        case BlockKind::SubHeading:
            startParagraph(x, docx::styleHeading2, keep);
            break;
        case BlockKind::Signature:
        case BlockKind::Date:
            if (!signatureBlank)
                emptyParagraph(x, true); // one blank line below the text, kept with the block
            signatureBlank = true;
            startParagraph(x, b.kind == BlockKind::Signature ? docx::styleSignature : docx::styleDate);
            break;
        case BlockKind::Note:
            startParagraph(x, docx::styleNote, keep);
            break;
        default:
            startParagraph(x, QString(), keep, keep);
            break; // Normal: the body style
        }
        writeBlockRuns(x, b, docx::styleHeading2Char);
        x.writeEndElement();
    }

    // Section: A4, GB/T 9704 margins, 22 × 28 grid, odd/even footers with the page number.
    x.writeStartElement(u"w:sectPr"_s);
    for (const auto &[type, id] :
         {std::pair{u"default"_s, u"rIdFooterOdd"_s}, std::pair{u"even"_s, u"rIdFooterEven"_s}}) {
        x.writeEmptyElement(u"w:footerReference"_s);
        x.writeAttribute(u"w:type"_s, type);
        x.writeAttribute(u"r:id"_s, id);
    }
    x.writeEmptyElement(u"w:pgSz"_s);
    x.writeAttribute(u"w:w"_s, QString::number(docx::pageWidth));
    x.writeAttribute(u"w:h"_s, QString::number(docx::pageHeight));
    x.writeEmptyElement(u"w:pgMar"_s);
    x.writeAttribute(u"w:top"_s, QString::number(docx::marginTop));
    x.writeAttribute(u"w:right"_s, QString::number(docx::marginRight));
    x.writeAttribute(u"w:bottom"_s, QString::number(docx::marginBottom));
    x.writeAttribute(u"w:left"_s, QString::number(docx::marginLeft));
    x.writeAttribute(u"w:header"_s, u"851"_s);
    x.writeAttribute(u"w:footer"_s, QString::number(docx::footerDistance));
    x.writeAttribute(u"w:gutter"_s, u"0"_s);
    x.writeEmptyElement(u"w:cols"_s);
    x.writeAttribute(u"w:space"_s, u"425"_s);
    x.writeEmptyElement(u"w:docGrid"_s);
    x.writeAttribute(u"w:type"_s, u"linesAndChars"_s);
    x.writeAttribute(u"w:linePitch"_s, QString::number(docx::linePitch));
    x.writeAttribute(u"w:charSpace"_s, QString::number(docx::charSpace()));
    x.writeEndElement(); // sectPr
    x.writeEndElement(); // body
    x.writeEndElement(); // document
    return xml.finish();
}

QByteArray footerXml(bool odd)
{
    Xml xml;
    QXmlStreamWriter &x = *xml;
    x.writeNamespace(W, u"w"_s);
    x.writeNamespace(R, u"r"_s);
    x.writeStartElement(W, u"ftr"_s);
    startParagraph(x, odd ? docx::stylePageNumberOdd : docx::stylePageNumberEven);
    writeRun(x, u"— "_s);
    // PAGE as a complex field, which every word processor updates.
    x.writeStartElement(u"w:r"_s);
    x.writeEmptyElement(u"w:fldChar"_s);
    x.writeAttribute(u"w:fldCharType"_s, u"begin"_s);
    x.writeEndElement();
    x.writeStartElement(u"w:r"_s);
    x.writeStartElement(u"w:instrText"_s);
    x.writeAttribute(u"xml:space"_s, u"preserve"_s);
    x.writeCharacters(u" PAGE "_s);
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement(u"w:r"_s);
    x.writeEmptyElement(u"w:fldChar"_s);
    x.writeAttribute(u"w:fldCharType"_s, u"separate"_s);
    x.writeEndElement();
    writeRun(x, odd ? u"1"_s : u"2"_s);
    x.writeStartElement(u"w:r"_s);
    x.writeEmptyElement(u"w:fldChar"_s);
    x.writeAttribute(u"w:fldCharType"_s, u"end"_s);
    x.writeEndElement();
    writeRun(x, u" —"_s);
    x.writeEndElement(); // p
    x.writeEndElement(); // ftr
    return xml.finish();
}

QByteArray settingsXml()
{
    Xml xml;
    QXmlStreamWriter &x = *xml;
    x.writeNamespace(W, u"w"_s);
    x.writeStartElement(W, u"settings"_s);
    wEmpty(x, u"zoom"_s);
    x.writeAttribute(u"w:percent"_s, u"100"_s);
    wEmpty(x, u"defaultTabStop"_s, u"420"_s);
    wEmpty(x, u"evenAndOddHeaders"_s);
    wEmpty(x, u"drawingGridVerticalSpacing"_s, QString::number(docx::linePitch));
    wEmpty(x, u"displayHorizontalDrawingGridEvery"_s, u"0"_s);
    wEmpty(x, u"characterSpacingControl"_s, u"doNotCompress"_s);
    x.writeStartElement(u"w:compat"_s);
    x.writeEmptyElement(u"w:compatSetting"_s);
    x.writeAttribute(u"w:name"_s, u"compatibilityMode"_s);
    x.writeAttribute(u"w:uri"_s, u"http://schemas.microsoft.com/office/word"_s);
    x.writeAttribute(u"w:val"_s, u"15"_s);
    x.writeEndElement();
    wEmpty(x, u"themeFontLang"_s);
    x.writeAttribute(u"w:eastAsia"_s, u"zh-CN"_s);
    x.writeEndElement();
    return xml.finish();
}

QByteArray relationships(const QList<std::tuple<QString, QString, QString>> &rels)
{
    Xml xml;
    QXmlStreamWriter &x = *xml;
    x.writeDefaultNamespace(PKG);
    x.writeStartElement(PKG, u"Relationships"_s);
    for (const auto &[id, type, target] : rels) {
        x.writeEmptyElement(u"Relationship"_s);
        x.writeAttribute(u"Id"_s, id);
        x.writeAttribute(u"Type"_s, type);
        x.writeAttribute(u"Target"_s, target);
    }
    x.writeEndElement();
    return xml.finish();
}

QByteArray contentTypes()
{
    const QString ns = u"http://schemas.openxmlformats.org/package/2006/content-types"_s;
    Xml xml;
    QXmlStreamWriter &x = *xml;
    x.writeDefaultNamespace(ns);
    x.writeStartElement(ns, u"Types"_s);
    x.writeEmptyElement(u"Default"_s);
    x.writeAttribute(u"Extension"_s, u"rels"_s);
    x.writeAttribute(u"ContentType"_s, u"application/vnd.openxmlformats-package.relationships+xml"_s);
    x.writeEmptyElement(u"Default"_s);
    x.writeAttribute(u"Extension"_s, u"xml"_s);
    x.writeAttribute(u"ContentType"_s, u"application/xml"_s);
    const QString wml = u"application/vnd.openxmlformats-officedocument.wordprocessingml."_s;
    using Part = std::pair<QString, QString>;
    for (const auto &[part, type] :
         {Part{u"/word/document.xml"_s, wml + u"document.main+xml"_s},
          Part{u"/word/styles.xml"_s, wml + u"styles+xml"_s},
          Part{u"/word/settings.xml"_s, wml + u"settings+xml"_s},
          Part{u"/word/fontTable.xml"_s, wml + u"fontTable+xml"_s},
          Part{u"/word/footer1.xml"_s, wml + u"footer+xml"_s},
          Part{u"/word/footer2.xml"_s, wml + u"footer+xml"_s},
          Part{u"/customXml/itemProps1.xml"_s, u"application/vnd.openxmlformats-officedocument.customXmlProperties+xml"_s},
          Part{u"/docProps/core.xml"_s, u"application/vnd.openxmlformats-package.core-properties+xml"_s},
          Part{u"/docProps/app.xml"_s,
               u"application/vnd.openxmlformats-officedocument.extended-properties+xml"_s}}) {
        x.writeEmptyElement(u"Override"_s);
        x.writeAttribute(u"PartName"_s, part);
        x.writeAttribute(u"ContentType"_s, type);
    }
    x.writeEndElement();
    return xml.finish();
}

QByteArray coreXml(const ReportDocument &doc)
{
    const QString cp = u"http://schemas.openxmlformats.org/package/2006/metadata/core-properties"_s;
    const QString dc = u"http://purl.org/dc/elements/1.1/"_s;
    const QString dcterms = u"http://purl.org/dc/terms/"_s;
    const QString xsi = u"http://www.w3.org/2001/XMLSchema-instance"_s;
    Xml xml;
    QXmlStreamWriter &x = *xml;
    x.writeNamespace(cp, u"cp"_s);
    x.writeNamespace(dc, u"dc"_s);
    x.writeNamespace(dcterms, u"dcterms"_s);
    x.writeNamespace(xsi, u"xsi"_s);
    x.writeStartElement(cp, u"coreProperties"_s);
    x.writeTextElement(dc, u"title"_s, doc.report.title);
    x.writeTextElement(dc, u"creator"_s, doc.unit.fullName);
    x.writeTextElement(dc, u"subject"_s, u"%1年法治政府建设年度报告"_s.arg(doc.report.year));
    x.writeTextElement(dc, u"language"_s, u"zh-CN"_s);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QString &name : {u"created"_s, u"modified"_s}) {
        x.writeStartElement(dcterms, name);
        x.writeAttribute(xsi, u"type"_s, u"dcterms:W3CDTF"_s);
        x.writeCharacters(now);
        x.writeEndElement();
    }
    x.writeEndElement();
    return xml.finish();
}

QByteArray appXml()
{
    const QString ns = u"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"_s;
    Xml xml;
    QXmlStreamWriter &x = *xml;
    x.writeDefaultNamespace(ns);
    x.writeStartElement(ns, u"Properties"_s);
    x.writeTextElement(u"Application"_s, u"法治报告工作台"_s);
    x.writeEndElement();
    return xml.finish();
}

/// The custom XML part with the report's data: the EmbeddedReport payload as the text of one element.
QByteArray reportDataXml(const ReportDocument &doc)
{
    Xml xml;
    QXmlStreamWriter &x = *xml;
    x.writeDefaultNamespace(EmbeddedReport::kNamespace);
    x.writeStartElement(EmbeddedReport::kNamespace, u"report"_s);
    x.writeAttribute(u"schema"_s, QString::number(EmbeddedReport::kSchemaVersion));
    x.writeCharacters(QString::fromUtf8(EmbeddedReport::payload(doc)));
    x.writeEndElement();
    return xml.finish();
}

QByteArray reportDataProperties()
{
    const QString ds = u"http://schemas.openxmlformats.org/officeDocument/2006/customXml"_s;
    Xml xml;
    QXmlStreamWriter &x = *xml;
    x.writeNamespace(ds, u"ds"_s);
    x.writeStartElement(ds, u"datastoreItem"_s);
    x.writeAttribute(ds, u"itemID"_s, u"{6E1F6B2A-3C55-4C1B-9F0E-5A7D2B8C4F10}"_s);
    x.writeStartElement(ds, u"schemaRefs"_s);
    x.writeEmptyElement(ds, u"schemaRef"_s);
    x.writeAttribute(ds, u"uri"_s, EmbeddedReport::kNamespace);
    x.writeEndElement();
    x.writeEndElement();
    return xml.finish();
}

} // namespace

QMap<QString, QByteArray> DocxExporter::parts(const ReportDocument &doc)
{
    const QString officeRel = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"_s;
    QMap<QString, QByteArray> p;
    p.insert(u"[Content_Types].xml"_s, contentTypes());
    p.insert(u"_rels/.rels"_s,
             relationships(
                 {{u"rId1"_s, officeRel + u"officeDocument"_s, u"word/document.xml"_s},
                  {u"rId2"_s,
                   u"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"_s,
                   u"docProps/core.xml"_s},
                  {u"rId3"_s, officeRel + u"extended-properties"_s, u"docProps/app.xml"_s}}));
    p.insert(u"word/_rels/document.xml.rels"_s,
             relationships({{u"rIdStyles"_s, officeRel + u"styles"_s, u"styles.xml"_s},
                            {u"rIdSettings"_s, officeRel + u"settings"_s, u"settings.xml"_s},
                            {u"rIdFonts"_s, officeRel + u"fontTable"_s, u"fontTable.xml"_s},
                            {u"rIdFooterOdd"_s, officeRel + u"footer"_s, u"footer1.xml"_s},
                            {u"rIdFooterEven"_s, officeRel + u"footer"_s, u"footer2.xml"_s},
                            {u"rIdReportData"_s, officeRel + u"customXml"_s, u"../customXml/item1.xml"_s}}));
    p.insert(u"word/document.xml"_s, documentXml(doc));
    p.insert(u"word/styles.xml"_s, docx::stylesXml());
    p.insert(u"word/fontTable.xml"_s, docx::fontTableXml());
    p.insert(u"word/settings.xml"_s, settingsXml());
    p.insert(u"word/footer1.xml"_s, footerXml(true));
    p.insert(u"word/footer2.xml"_s, footerXml(false));
    p.insert(u"docProps/core.xml"_s, coreXml(doc));
    p.insert(u"docProps/app.xml"_s, appXml());
    // The report's data, for an import to restore it exactly (EmbeddedReport).
    p.insert(u"customXml/item1.xml"_s, reportDataXml(doc));
    p.insert(u"customXml/itemProps1.xml"_s, reportDataProperties());
    p.insert(u"customXml/_rels/item1.xml.rels"_s,
             relationships({{u"rId1"_s, officeRel + u"customXmlProps"_s, u"itemProps1.xml"_s}}));
    return p;
}

QByteArray DocxExporter::package(const QMap<QString, QByteArray> &parts)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    // [Content_Types].xml first, as some readers expect.
    QStringList order = parts.keys();
    order.removeAll(u"[Content_Types].xml"_s);
    order.prepend(u"[Content_Types].xml"_s);
    for (const QString &name : order) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return {};
        const QByteArray &data = parts.value(name);
        if (file.write(data) != data.size())
            return {};
        file.close();
        if (file.getZipError() != 0)
            return {};
    }
    zip.close();
    if (zip.getZipError() != 0)
        return {};
    return buffer.data();
}

QByteArray DocxExporter::render(const ReportDocument &doc)
{
    m_notes.clear();
    const QByteArray data = package(parts(doc));
    if (data.isEmpty())
        throw Failure(u"无法生成 Word 文档的压缩包。"_s, Failure::Kind::Operation, u"QuaZip failed"_s);
    return data;
}

} // namespace fazhi
