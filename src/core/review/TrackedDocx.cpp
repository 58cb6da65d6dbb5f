// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/TrackedDocx.h"

#include "import/ZipPart.h"
#include "util/Failure.h"

#include <quazip/quazip.h>

#include <QBuffer>
#include <QHash>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QString kW = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
const QString kW14 = u"http://schemas.microsoft.com/office/word/2010/wordml"_s;
const QString kW15 = u"http://schemas.microsoft.com/office/word/2012/wordml"_s;

/// The part `name` of the package within the import limit; false if absent.
bool readPart(QuaZip &zip, const QString &name, QByteArray &out) { return zippart::read(zip, name, out, u"Word"_s); }

QString wAttr(const QXmlStreamReader &xml, const QString &name) { return xml.attributes().value(kW, name).toString(); }

QDateTime dateOf(const QString &text)
{
    QDateTime d = QDateTime::fromString(text, Qt::ISODate);
    if (d.isValid() && d.timeSpec() == Qt::LocalTime)
        d.setTimeSpec(Qt::UTC); // Word writes local times without a zone; taken as they stand
    return d;
}

/// Builds the text as it was and the changes, from the document's runs in reading order.
class Stream
{
public:
    explicit Stream(TrackedDocx &out) : m_out(out) {}

    void same(const QString &text) { m_out.original += text; }
    void inserted(const QString &text, const QString &author, const QDateTime &date)
    {
        if (text.isEmpty())
            return;
        const int at = int(m_out.original.size());
        if (!m_out.changes.isEmpty()) {
            TrackedDocx::Change &last = m_out.changes.last();
            if (last.kind == TrackedDocx::Change::Kind::Inserted && last.at == at && last.author == author) {
                last.text += text;
                return;
            }
        }
        m_out.changes.append({TrackedDocx::Change::Kind::Inserted, at, text, author, date});
    }
    void deleted(const QString &text, const QString &author, const QDateTime &date)
    {
        if (text.isEmpty())
            return;
        const int at = int(m_out.original.size());
        m_out.original += text;
        if (!m_out.changes.isEmpty()) {
            TrackedDocx::Change &last = m_out.changes.last();
            if (last.kind == TrackedDocx::Change::Kind::Deleted && last.at + last.text.size() == at &&
                last.author == author) {
                last.text += text;
                return;
            }
        }
        m_out.changes.append({TrackedDocx::Change::Kind::Deleted, at, text, author, date});
    }
    int position() const { return int(m_out.original.size()); }

private:
    TrackedDocx &m_out;
};

struct Revision
{
    bool deleted = false;
    QString author;
    QDateTime date;
};

void readDocument(const QByteArray &data, TrackedDocx &out)
{
    Stream stream(out);
    QXmlStreamReader xml(data);
    QList<Revision> revisions; // open w:ins / w:del (and moves) around the current run
    int pPrDepth = 0;
    bool paragraphMarkTracked = false;
    Revision paragraphMark;
    QHash<QString, int> starts;
    const auto put = [&](const QString &text, bool deletedText) {
        bool inserted = false;
        bool deleted = deletedText;
        Revision by;
        for (const Revision &r : revisions) {
            (r.deleted ? deleted : inserted) = true;
            by = r;
        }
        if (inserted && deleted)
            return; // inserted, then deleted again: in neither text
        if (inserted)
            stream.inserted(text, by.author, by.date);
        else if (deleted)
            stream.deleted(text, by.author, by.date);
        else
            stream.same(text);
    };
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.namespaceUri() != kW)
                continue;
            const QStringView name = xml.name();
            const bool change = name == u"ins" || name == u"del" || name == u"moveTo" || name == u"moveFrom";
            if (name == u"pPr") {
                ++pPrDepth;
            } else if (change && pPrDepth > 0) {
                // In the paragraph's properties: its mark was inserted or deleted.
                paragraphMarkTracked = true;
                paragraphMark = {name == u"del" || name == u"moveFrom", wAttr(xml, u"author"_s), dateOf(wAttr(xml, u"date"_s))};
            } else if (change) {
                revisions.append({name == u"del" || name == u"moveFrom", wAttr(xml, u"author"_s), dateOf(wAttr(xml, u"date"_s))});
            } else if (name == u"p") {
                paragraphMarkTracked = false;
            } else if (name == u"t" || name == u"delText") {
                put(xml.readElementText(QXmlStreamReader::IncludeChildElements), name == u"delText");
            } else if (name == u"commentRangeStart") {
                starts.insert(wAttr(xml, u"id"_s), stream.position());
            } else if (name == u"commentRangeEnd" || name == u"commentReference") {
                const QString id = wAttr(xml, u"id"_s);
                for (TrackedDocx::Remark &r : out.comments)
                    if (r.id == id && r.end < 0) {
                        r.start = starts.value(id, stream.position());
                        r.end = stream.position();
                    }
                if (!starts.contains(id) || name == u"commentRangeEnd")
                    starts.remove(id);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.namespaceUri() != kW)
                continue;
            const QStringView name = xml.name();
            if (name == u"pPr") {
                pPrDepth = std::max(0, pPrDepth - 1);
            } else if (pPrDepth == 0 && (name == u"ins" || name == u"del" || name == u"moveTo" || name == u"moveFrom")) {
                if (!revisions.isEmpty())
                    revisions.removeLast();
            } else if (name == u"p") {
                if (paragraphMarkTracked && paragraphMark.deleted)
                    stream.deleted(u"\n"_s, paragraphMark.author, paragraphMark.date);
                else if (paragraphMarkTracked)
                    stream.inserted(u"\n"_s, paragraphMark.author, paragraphMark.date);
                else
                    stream.same(u"\n"_s);
                paragraphMarkTracked = false;
            }
        }
    }
    if (xml.hasError())
        throw Failure(u"Word 文件的正文无法读取（XML 有误）。"_s, Failure::Kind::Input, xml.errorString());
}

/// comments.xml: each comment's text (its paragraphs, a line each) and the paragraph ids replies name.
void readComments(const QByteArray &data, TrackedDocx &out, QHash<QString, QString> &commentOfParagraph)
{
    QXmlStreamReader xml(data);
    TrackedDocx::Remark *current = nullptr;
    QStringList lines;
    QString line;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.namespaceUri() == kW) {
            if (xml.name() == u"comment") {
                out.comments.append({wAttr(xml, u"id"_s), wAttr(xml, u"author"_s), dateOf(wAttr(xml, u"date"_s)), {}, {}, -1, -1});
                current = &out.comments.last();
                lines.clear();
            } else if (current && xml.name() == u"p") {
                line.clear();
                const QString paraId = xml.attributes().value(kW14, u"paraId"_s).toString();
                if (!paraId.isEmpty())
                    commentOfParagraph.insert(paraId, current->id);
            } else if (current && xml.name() == u"t") {
                line += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (token == QXmlStreamReader::EndElement && xml.namespaceUri() == kW) {
            if (current && xml.name() == u"p") {
                lines << line;
            } else if (current && xml.name() == u"comment") {
                while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
                    lines.removeLast();
                current->text = lines.join(u'\n').trimmed();
                current = nullptr;
            }
        }
    }
    if (xml.hasError())
        throw Failure(u"Word 文件的批注无法读取（XML 有误）。"_s, Failure::Kind::Input, xml.errorString());
}

/// commentsExtended.xml: which comment each reply answers.
void readThreads(const QByteArray &data, TrackedDocx &out, const QHash<QString, QString> &commentOfParagraph)
{
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.namespaceUri() != kW15 || xml.name() != u"commentEx")
            continue;
        const QString parent = xml.attributes().value(kW15, u"paraIdParent"_s).toString();
        if (parent.isEmpty())
            continue;
        const QString id = commentOfParagraph.value(xml.attributes().value(kW15, u"paraId"_s).toString());
        for (TrackedDocx::Remark &r : out.comments)
            if (r.id == id && !id.isEmpty())
                r.parent = commentOfParagraph.value(parent);
    }
}

} // namespace

TrackedDocx TrackedDocx::read(const QByteArray &docx)
{
    QByteArray bytes = docx;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        throw Failure(u"这不是可以读取的 Word 文档（.docx）。"_s, Failure::Kind::Input);
    QByteArray document;
    if (!readPart(zip, u"word/document.xml"_s, document))
        throw Failure(u"这个 Word 文档里没有正文（缺少 word/document.xml）。"_s, Failure::Kind::Input);
    TrackedDocx out;
    QByteArray part;
    QHash<QString, QString> commentOfParagraph;
    if (readPart(zip, u"word/comments.xml"_s, part))
        readComments(part, out, commentOfParagraph);
    if (readPart(zip, u"word/commentsExtended.xml"_s, part))
        readThreads(part, out, commentOfParagraph);
    readDocument(document, out);
    // A reply carries its parent's range when the document gives it none.
    for (Remark &r : out.comments)
        if (r.start < 0 && !r.parent.isEmpty())
            for (const Remark &p : std::as_const(out.comments))
                if (p.id == r.parent) {
                    r.start = p.start;
                    r.end = p.end;
                }
    return out;
}

} // namespace fazhi
