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

void writeText(QXmlStreamWriter &x, const QString &text, bool deleted = false)
{
    x.writeStartElement(deleted ? u"w:delText"_s : u"w:t"_s);
    if (text.startsWith(u' ') || text.endsWith(u' ') || text.contains(u"  "_s))
        x.writeAttribute(u"xml:space"_s, u"preserve"_s);
    x.writeCharacters(text);
    x.writeEndElement();
}

/// A run of text, with a character style and direct emphasis only where the clerk asked for it; inside a
/// tracked deletion its text is w:delText.
void writeRun(QXmlStreamWriter &x, const QString &text, const QString &charStyle = {}, bool bold = false,
              bool italic = false, bool deleted = false)
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
    writeText(x, text, deleted);
    x.writeEndElement();
}

/// Writes tracked changes (w:ins, w:del) with their author and date, numbers them, and counts change
/// regions: adjacent insertions (or deletions) are one region, as a word processor merges them.
class Tracker
{
public:
    Tracker(QXmlStreamWriter &x, docx::Revision revision, int firstId)
        : m_x(x), m_revision(std::move(revision)), m_nextId(firstId)
    {
    }

    /// Unchanged text or an unchanged paragraph mark: the next change starts a new region.
    void same() { m_last = Last::None; }
    void start(bool inserted)
    {
        const Last kind = inserted ? Last::Inserted : Last::Deleted;
        if (kind != m_last)
            ++m_changes;
        m_last = kind;
        m_x.writeStartElement(inserted ? u"w:ins"_s : u"w:del"_s);
        attributes();
    }
    /// A paragraph mark inserted or deleted, inside w:pPr/w:rPr.
    void mark(bool inserted)
    {
        const Last kind = inserted ? Last::Inserted : Last::Deleted;
        if (kind != m_last)
            ++m_changes;
        m_last = kind;
        m_x.writeEmptyElement(inserted ? u"w:ins"_s : u"w:del"_s);
        attributes();
    }
    int changes() const { return m_changes; }

private:
    enum class Last { None, Inserted, Deleted };
    void attributes()
    {
        m_x.writeAttribute(u"w:id"_s, QString::number(m_nextId++));
        m_x.writeAttribute(u"w:author"_s, m_revision.author);
        m_x.writeAttribute(u"w:date"_s, m_revision.date.toUTC().toString(Qt::ISODate));
    }

    QXmlStreamWriter &m_x;
    docx::Revision m_revision;
    int m_nextId;
    int m_changes = 0;
    Last m_last = Last::None;
};

/// `keepWithSignature`: the paragraph stays on the page of the signature block below it (keep with next),
/// and, when it is the last body paragraph, goes over at least two lines at a time (widow control), as the
/// PDF's paginator does. A tracked paragraph's mark is inserted or deleted.
void startParagraph(QXmlStreamWriter &x, const QString &style, bool keepWithSignature = false,
                    bool lastBodyParagraph = false, docx::Paragraph::Mark mark = docx::Paragraph::Mark::Same,
                    Tracker *tracker = nullptr)
{
    x.writeStartElement(u"w:p"_s);
    const bool tracked = mark != docx::Paragraph::Mark::Same && tracker;
    if (!style.isEmpty() || keepWithSignature || tracked) {
        x.writeStartElement(u"w:pPr"_s);
        if (!style.isEmpty())
            wEmpty(x, u"pStyle"_s, style);
        if (keepWithSignature)
            x.writeEmptyElement(u"w:keepNext"_s);
        if (lastBodyParagraph)
            wEmpty(x, u"widowControl"_s, u"1"_s);
        if (tracked) {
            x.writeStartElement(u"w:rPr"_s);
            tracker->mark(mark == docx::Paragraph::Mark::Inserted);
            x.writeEndElement();
        }
        x.writeEndElement();
    }
}

void emptyParagraph(QXmlStreamWriter &x, bool keepWithSignature = false)
{
    startParagraph(x, QString(), keepWithSignature);
    x.writeEndElement();
}

/// Characters `from`..`to` of a body paragraph: cut at emphasis spans and at a run-in heading's end.
void writeBlockRuns(QXmlStreamWriter &x, const LayoutBlock &b, const QString &headingCharStyle, int from, int to,
                    bool deleted = false)
{
    QList<int> cuts{from, to};
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
        const int a = cuts.at(i);
        const int z = cuts.at(i + 1);
        if (a < from || z > to || a < 0 || z > b.text.size() || a >= z)
            continue;
        bool bold = false;
        bool italic = false;
        for (const InlineSpan &s : b.spans)
            if (a >= s.start && a < s.start + s.length) {
                bold = bold || s.bold;
                italic = italic || s.italic;
            }
        writeRun(x, b.text.mid(a, z - a), a < heading ? headingCharStyle : QString(), bold, italic, deleted);
    }
}

/// A paragraph's content: its pieces, tracked where inserted or deleted, with comment ranges.
void writePieces(QXmlStreamWriter &x, Tracker &t, const docx::Paragraph &p, const QString &headingCharStyle)
{
    using Kind = docx::Piece::Kind;
    for (const docx::Piece &piece : p.pieces) {
        switch (piece.kind) {
        case Kind::Same:
            if (piece.from < piece.to) {
                t.same();
                writeBlockRuns(x, p.block, headingCharStyle, piece.from, piece.to);
            }
            break;
        case Kind::Inserted:
        case Kind::Deleted: {
            if (piece.from >= piece.to)
                break;
            const bool inserted = piece.kind == Kind::Inserted;
            t.start(inserted);
            writeBlockRuns(x, inserted ? p.block : p.oldBlock, headingCharStyle, piece.from, piece.to, !inserted);
            x.writeEndElement();
            break;
        }
        case Kind::CommentStart:
            x.writeEmptyElement(u"w:commentRangeStart"_s);
            x.writeAttribute(u"w:id"_s, QString::number(piece.commentId));
            break;
        case Kind::CommentEnd:
            x.writeEmptyElement(u"w:commentRangeEnd"_s);
            x.writeAttribute(u"w:id"_s, QString::number(piece.commentId));
            x.writeStartElement(u"w:r"_s);
            x.writeEmptyElement(u"w:commentReference"_s);
            x.writeAttribute(u"w:id"_s, QString::number(piece.commentId));
            x.writeEndElement();
            break;
        }
    }
}

QByteArray documentXml(const QList<docx::Paragraph> &paragraphs, Tracker *tracker, Xml &xml)
{
    QXmlStreamWriter &x = *xml;
    x.writeNamespace(W, u"w"_s);
    x.writeNamespace(R, u"r"_s);
    x.writeStartElement(W, u"document"_s);
    x.writeStartElement(u"w:body"_s);
    bool signatureBlank = false;
    // The last block above the signature block keeps with it (GB/T 9704: the block is never alone on a
    // page); the signature paragraphs keep with each other through their styles.
    qsizetype lastBody = -1;
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        if (paragraphs.at(i).block.kind == BlockKind::Signature || paragraphs.at(i).block.kind == BlockKind::Date) {
            lastBody = i - 1;
            break;
        }
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const docx::Paragraph &p = paragraphs.at(i);
        const LayoutBlock &b = p.block;
        const bool keep = i == lastBody;
        const auto start = [&](const QString &style, bool keepNext, bool last = false) {
            startParagraph(x, style, keepNext, last, p.mark, tracker);
        };
        switch (b.kind) {
        case BlockKind::Title:
            start(docx::styleTitle, keep);
            if (p.pieces.isEmpty()) {
                const QStringList lines = OfficialPaginator::titleLines(b.text);
                x.writeStartElement(u"w:r"_s);
                for (int l = 0; l < lines.size(); ++l) {
                    if (l)
                        x.writeEmptyElement(u"w:br"_s);
                    writeText(x, lines.at(l));
                }
                x.writeEndElement();
                x.writeEndElement();
                if (tracker)
                    tracker->same();
                continue;
            }
            break;
        case BlockKind::Addressee:
            emptyParagraph(x); // one blank line under the title
            start(docx::styleAddressee, keep);
            break;
        case BlockKind::PartHeading:
            start(docx::styleHeading1, keep);
            break;
        case BlockKind::SubHeading:
            start(docx::styleHeading2, keep);
            break;
        case BlockKind::Signature:
        case BlockKind::Date:
            if (!signatureBlank)
                emptyParagraph(x, true); // one blank line below the text, kept with the block
            signatureBlank = true;
            start(b.kind == BlockKind::Signature ? docx::styleSignature : docx::styleDate, false);
            break;
        case BlockKind::Note:
            start(docx::styleNote, keep);
            break;
        default:
            start(QString(), keep, keep);
            break; // Normal: the body style
        }
        if (p.pieces.isEmpty() || !tracker) {
            writeBlockRuns(x, b, docx::styleHeading2Char, 0, int(b.text.size()));
            if (tracker)
                tracker->same();
        } else {
            writePieces(x, *tracker, p, docx::styleHeading2Char);
        }
        if (tracker && p.mark == docx::Paragraph::Mark::Same)
            tracker->same();
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

/// `track`: the document opens with change tracking on, so that a reviewer's further edits are tracked too.
QByteArray settingsXml(bool track)
{
    Xml xml;
    QXmlStreamWriter &x = *xml;
    x.writeNamespace(W, u"w"_s);
    x.writeStartElement(W, u"settings"_s);
    wEmpty(x, u"zoom"_s);
    x.writeAttribute(u"w:percent"_s, u"100"_s);
    wEmpty(x, u"defaultTabStop"_s, u"420"_s);
    if (track)
        wEmpty(x, u"trackRevisions"_s);
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

QByteArray contentTypes(bool comments)
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
    if (comments) {
        x.writeEmptyElement(u"Override"_s);
        x.writeAttribute(u"PartName"_s, u"/word/comments.xml"_s);
        x.writeAttribute(u"ContentType"_s, wml + u"comments+xml"_s);
        x.writeEmptyElement(u"Override"_s);
        x.writeAttribute(u"PartName"_s, u"/word/commentsExtended.xml"_s);
        x.writeAttribute(u"ContentType"_s, u"application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"_s);
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


const QString W14 = u"http://schemas.microsoft.com/office/word/2010/wordml"_s;
const QString W15 = u"http://schemas.microsoft.com/office/word/2012/wordml"_s;

/// The paragraph id (w14:paraId) of a comment's paragraph, which commentsExtended.xml links replies by.
QString paraId(int commentId) { return u"%1"_s.arg(0x10000000 + commentId, 8, 16, QChar(u'0')).toUpper(); }

QByteArray commentsXml(const QList<docx::WordComment> &comments)
{
    Xml xml;
    QXmlStreamWriter &x = *xml;
    x.writeNamespace(W, u"w"_s);
    x.writeNamespace(W14, u"w14"_s);
    x.writeStartElement(W, u"comments"_s);
    for (const docx::WordComment &c : comments) {
        x.writeStartElement(u"w:comment"_s);
        x.writeAttribute(u"w:id"_s, QString::number(c.id));
        x.writeAttribute(u"w:author"_s, c.author);
        x.writeAttribute(u"w:date"_s, c.date.toUTC().toString(Qt::ISODate));
        x.writeAttribute(u"w:initials"_s, c.author.left(1));
        const QStringList lines = c.text.split(u'\n');
        for (qsizetype l = 0; l < lines.size(); ++l) {
            x.writeStartElement(u"w:p"_s);
            if (l == lines.size() - 1)
                x.writeAttribute(W14, u"paraId"_s, paraId(c.id));
            writeRun(x, lines.at(l));
            x.writeEndElement();
        }
        x.writeEndElement();
    }
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

/// Threads: each reply names its parent's paragraph (Word 2013 and later, LibreOffice).
QByteArray commentsExtendedXml(const QList<docx::WordComment> &comments)
{
    Xml xml;
    QXmlStreamWriter &x = *xml;
    x.writeNamespace(W15, u"w15"_s);
    x.writeStartElement(W15, u"commentsEx"_s);
    for (const docx::WordComment &c : comments) {
        x.writeEmptyElement(W15, u"commentEx"_s);
        x.writeAttribute(W15, u"paraId"_s, paraId(c.id));
        if (c.parent >= 0)
            x.writeAttribute(W15, u"paraIdParent"_s, paraId(c.parent));
        x.writeAttribute(W15, u"done"_s, u"0"_s);
    }
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

QList<docx::Paragraph> DocxExporter::paragraphs(const ReportDocument &doc)
{
    QList<docx::Paragraph> list;
    const ReportLayout layout = ReportLayout::build(doc);
    for (const LayoutBlock &b : layout.blocks())
        list.append(docx::Paragraph{.block = b});
    return list;
}

QMap<QString, QByteArray> DocxExporter::parts(const ReportDocument &doc)
{
    return parts(doc, paragraphs(doc), {}, {});
}

QMap<QString, QByteArray> DocxExporter::parts(const ReportDocument &doc, const QList<docx::Paragraph> &paragraphs,
                                             const docx::Revision &revision,
                                             const QList<docx::WordComment> &comments, int *changes)
{
    const bool tracked = !revision.author.isEmpty();
    const QString officeRel = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"_s;
    QMap<QString, QByteArray> p;
    p.insert(u"[Content_Types].xml"_s, contentTypes(!comments.isEmpty()));
    p.insert(u"_rels/.rels"_s,
             relationships(
                 {{u"rId1"_s, officeRel + u"officeDocument"_s, u"word/document.xml"_s},
                  {u"rId2"_s,
                   u"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"_s,
                   u"docProps/core.xml"_s},
                  {u"rId3"_s, officeRel + u"extended-properties"_s, u"docProps/app.xml"_s}}));
    QList<std::tuple<QString, QString, QString>> wordRels{
        {u"rIdStyles"_s, officeRel + u"styles"_s, u"styles.xml"_s},
        {u"rIdSettings"_s, officeRel + u"settings"_s, u"settings.xml"_s},
        {u"rIdFonts"_s, officeRel + u"fontTable"_s, u"fontTable.xml"_s},
        {u"rIdFooterOdd"_s, officeRel + u"footer"_s, u"footer1.xml"_s},
        {u"rIdFooterEven"_s, officeRel + u"footer"_s, u"footer2.xml"_s},
        {u"rIdReportData"_s, officeRel + u"customXml"_s, u"../customXml/item1.xml"_s}};
    if (!comments.isEmpty()) {
        wordRels.append({u"rIdComments"_s, officeRel + u"comments"_s, u"comments.xml"_s});
        wordRels.append({u"rIdCommentsEx"_s, u"http://schemas.microsoft.com/office/2011/relationships/commentsExtended"_s,
                         u"commentsExtended.xml"_s});
        p.insert(u"word/comments.xml"_s, commentsXml(comments));
        p.insert(u"word/commentsExtended.xml"_s, commentsExtendedXml(comments));
    }
    p.insert(u"word/_rels/document.xml.rels"_s, relationships(wordRels));
    {
        Xml xml;
        int firstId = 1;
        for (const docx::WordComment &c : comments)
            firstId = std::max(firstId, c.id + 1);
        Tracker tracker(*xml, revision, firstId);
        p.insert(u"word/document.xml"_s, documentXml(paragraphs, tracked ? &tracker : nullptr, xml));
        if (changes)
            *changes = tracker.changes();
    }
    p.insert(u"word/styles.xml"_s, docx::stylesXml());
    p.insert(u"word/fontTable.xml"_s, docx::fontTableXml());
    p.insert(u"word/settings.xml"_s, settingsXml(tracked));
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
