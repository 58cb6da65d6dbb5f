// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/ReportLayout.h"

#include "text/Numbering.h"
#include "text/OfficialDate.h"

#include <cmark.h>

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// Maps cmark's (1-based line, 1-based UTF-8 byte column) to a UTF-16 offset in the source.
class SourceMap
{
public:
    explicit SourceMap(const QString &source) : m_source(source)
    {
        m_lineStarts.append(0);
        for (int i = 0; i < source.size(); ++i)
            if (source.at(i) == u'\n')
                m_lineStarts.append(i + 1);
    }

    int offset(int line, int byteColumn) const
    {
        if (line < 1 || line > m_lineStarts.size())
            return -1;
        int pos = m_lineStarts.at(line - 1);
        int bytes = 1;
        while (pos < m_source.size() && bytes < byteColumn && m_source.at(pos) != u'\n') {
            const char16_t c = m_source.at(pos).unicode();
            if (QChar::isHighSurrogate(c)) {
                bytes += 4;
                pos += 2;
                continue;
            }
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            ++pos;
        }
        return pos;
    }

    /// Offset of the first character of a line that is not a space, -1 past the end.
    int contentStart(int line) const
    {
        if (line < 1 || line > m_lineStarts.size())
            return -1;
        int pos = m_lineStarts.at(line - 1);
        while (pos < m_source.size() && (m_source.at(pos) == u' ' || m_source.at(pos) == u'\t'))
            ++pos;
        return pos;
    }

    /// Whether a line opens a fenced code block (``` or ~~~ after at most three spaces).
    bool opensFence(int line) const
    {
        const int at = contentStart(line);
        if (at < 0 || at - m_lineStarts.at(line - 1) > 3)
            return false;
        const QStringView rest = QStringView(m_source).mid(at);
        return rest.startsWith(u"```") || rest.startsWith(u"~~~");
    }

private:
    const QString &m_source;
    QList<int> m_lineStarts;
};

/// One paragraph's inline content. A section body is a clerk's text, not a Markdown author's: every line
/// break inside a Markdown paragraph (soft or hard) ends one paragraph and starts the next.
struct InlineText
{
    QString text;
    QList<InlineSpan> spans;
    int sourceOffset = -1; ///< where the paragraph's first character is in the source, -1 until known
};

void collectInline(cmark_node *node, const SourceMap &map, QList<InlineText> &out, bool bold, bool italic)
{
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        const cmark_node_type type = cmark_node_get_type(child);
        if (out.back().sourceOffset < 0 && cmark_node_get_start_line(child) > 0)
            out.back().sourceOffset =
                map.offset(cmark_node_get_start_line(child), cmark_node_get_start_column(child));
        switch (type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE: {
            // Raw HTML is never passed through: it is kept as the literal text the clerk typed.
            const QString literal = QString::fromUtf8(cmark_node_get_literal(child));
            InlineText &current = out.back();
            if ((bold || italic) && !literal.isEmpty())
                current.spans.append({int(current.text.size()), int(literal.size()), bold, italic});
            current.text += literal;
            break;
        }
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out.append(InlineText{});
            break;
        case CMARK_NODE_STRONG: collectInline(child, map, out, true, italic); break;
        case CMARK_NODE_EMPH: collectInline(child, map, out, bold, true); break;
        default: collectInline(child, map, out, bold, italic); break;
        }
    }
}

/// Trims a paragraph, moving its spans with the text and dropping what falls outside.
void trimInline(InlineText &inl)
{
    int lead = 0;
    while (lead < inl.text.size() && inl.text.at(lead).isSpace())
        ++lead;
    int end = int(inl.text.size());
    while (end > lead && inl.text.at(end - 1).isSpace())
        --end;
    QList<InlineSpan> spans;
    for (InlineSpan span : std::as_const(inl.spans)) {
        const int from = std::max(span.start, lead) - lead;
        const int to = std::min(span.start + span.length, end) - lead;
        if (to > from)
            spans.append({from, to - from, span.bold, span.italic});
    }
    inl.text = inl.text.mid(lead, end - lead);
    inl.spans = spans;
    if (inl.sourceOffset >= 0)
        inl.sourceOffset += lead;
}

void collectBlocks(cmark_node *parent, int listDepth, const SourceMap &map, QList<LayoutBlock> &out)
{
    for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_LIST) {
            const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
            int index = 0;
            for (cmark_node *item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
                ++index;
                QList<LayoutBlock> inner;
                collectBlocks(item, listDepth + 1, map, inner);
                if (!inner.isEmpty() && ordered && inner.first().kind == BlockKind::Paragraph) {
                    LayoutBlock &first = inner.first();
                    const int level = std::min(3 + listDepth, 4);
                    first.kind = BlockKind::Item;
                    first.level = level;
                    first.number = numbering::label(level, index);
                    for (InlineSpan &span : first.spans)
                        span.start += int(first.number.size());
                    first.text = first.number + first.text;
                }
                out.append(inner);
            }
            continue;
        }
        if (type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_ITEM) {
            collectBlocks(node, listDepth, map, out);
            continue;
        }
        if (type == CMARK_NODE_THEMATIC_BREAK)
            continue;
        const int start = map.offset(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
        QList<InlineText> paragraphs{InlineText{.sourceOffset = start}};
        if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK) {
            // An indented or fenced block, or raw HTML, is the clerk's text too: a paragraph a line.
            const QStringList lines = QString::fromUtf8(cmark_node_get_literal(node)).split(u'\n');
            paragraphs.clear();
            const bool fenced =
                type == CMARK_NODE_CODE_BLOCK && map.opensFence(cmark_node_get_start_line(node));
            const int firstLine = cmark_node_get_start_line(node) + (fenced ? 1 : 0);
            for (qsizetype l = 0; l < lines.size(); ++l)
                paragraphs.append({lines.at(l).trimmed(), {}, map.contentStart(firstLine + int(l))});
        } else {
            collectInline(node, map, paragraphs, type == CMARK_NODE_HEADING, false);
        }
        for (InlineText &inl : paragraphs) {
            trimInline(inl);
            if (inl.text.isEmpty())
                continue;
            LayoutBlock block;
            block.kind = BlockKind::Paragraph;
            block.text = inl.text;
            block.spans = inl.spans;
            block.sourceOffset = inl.sourceOffset;
            out.append(block);
        }
    }
}

} // namespace

QString runInHeading(const QString &heading)
{
    const QString h = heading.trimmed();
    if (h.isEmpty())
        return h;
    static const QString enders = u"。！？：；.!?:;"_s;
    return enders.contains(h.back()) ? h : h + u"。"_s;
}

QString markdownEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u'*' || c == u'_' || c == u'`' || c == u'<' || c == u'[' || c == u']' || c == u'&')
            out += u'\\';
        out += c;
    }
    // Line-start constructs: headings, quotes, list markers, thematic breaks, "1." / "1)".
    QString result;
    const QStringList lines = out.split(u'\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QString line = lines.at(l);
        int lead = 0;
        while (lead < line.size() && line.at(lead) == u' ')
            ++lead;
        if (lead < line.size()) {
            const QChar first = line.at(lead);
            if (first == u'#' || first == u'>' || first == u'-' || first == u'+' || first == u'=' || first == u'|')
                line.insert(lead, u'\\');
            else if (first.isDigit()) {
                int d = lead;
                while (d < line.size() && line.at(d).isDigit())
                    ++d;
                if (d < line.size() && (line.at(d) == u'.' || line.at(d) == u')'))
                    line.insert(d, u'\\');
            }
        }
        if (l)
            result += u'\n';
        result += line;
    }
    return result;
}

QList<LayoutBlock> ReportLayout::bodyBlocks(const QString &markdown)
{
    QList<LayoutBlock> blocks;
    if (markdown.trimmed().isEmpty())
        return blocks;
    const QByteArray utf8 = markdown.toUtf8();
    cmark_node *root = cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_SAFE);
    if (!root)
        return blocks;
    const SourceMap map(markdown);
    collectBlocks(root, 0, map, blocks);
    cmark_node_free(root);
    return blocks;
}

void ReportLayout::append(LayoutBlock block)
{
    if (!m_plainText.isEmpty())
        m_plainText += u'\n';
    block.offset = int(m_plainText.size());
    m_plainText += block.text;
    m_blocks.append(std::move(block));
}

void ReportLayout::appendBlank()
{
    if (!m_plainText.isEmpty())
        m_plainText += u'\n';
}

int ReportLayout::blockAt(int offset) const
{
    auto it = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), offset,
                               [](int value, const LayoutBlock &b) { return value < b.offset; });
    if (it == m_blocks.cbegin())
        return -1;
    --it;
    return offset <= it->offset + it->text.size() ? int(it - m_blocks.cbegin()) : -1;
}

ReportLayout ReportLayout::build(const ReportDocument &doc)
{
    ReportLayout layout;
    const Report &r = doc.report;
    if (!r.title.trimmed().isEmpty())
        layout.append({.kind = BlockKind::Title, .text = r.title.trimmed()});
    if (!r.addressee.trimmed().isEmpty()) {
        layout.appendBlank();
        QString addressee = r.addressee.trimmed();
        while (addressee.endsWith(u'：') || addressee.endsWith(u':'))
            addressee.chop(1);
        layout.append({.kind = BlockKind::Addressee, .text = addressee + u"："_s});
    }
    for (LayoutBlock b : bodyBlocks(r.opening)) {
        b.kind = b.kind == BlockKind::Paragraph ? BlockKind::Opening : b.kind;
        layout.append(std::move(b));
    }

    const QList<Section> parts = doc.parts();
    for (int p = 0; p < parts.size(); ++p) {
        const Section &part = parts.at(p);
        const auto inPart = [&](LayoutBlock b, qint64 sectionId) {
            b.part = part.part;
            b.partIndex = p;
            b.sectionId = sectionId;
            return b;
        };
        LayoutBlock heading{.kind = BlockKind::PartHeading, .number = numbering::label(1, p + 1), .level = 1};
        heading.text = heading.number + part.heading.trimmed();
        layout.append(inPart(heading, part.id));
        for (const LayoutBlock &b : bodyBlocks(part.body))
            layout.append(inPart(b, part.id));

        const QList<Section> subs = doc.subsections(part.id);
        for (int s = 0; s < subs.size(); ++s) {
            const Section &sub = subs.at(s);
            const QString number = numbering::label(2, s + 1);
            QList<LayoutBlock> body = bodyBlocks(sub.body);
            if (sub.runIn && !sub.heading.trimmed().isEmpty() && !body.isEmpty() &&
                body.first().kind == BlockKind::Paragraph) {
                LayoutBlock &first = body.first();
                const QString lead = number + runInHeading(sub.heading);
                for (InlineSpan &span : first.spans)
                    span.start += int(lead.size());
                first.text = lead + first.text;
                first.number = number;
                first.level = 2;
                first.headingLength = int(lead.size());
            } else {
                LayoutBlock h{.kind = BlockKind::SubHeading, .number = number, .level = 2};
                h.text = number + (sub.runIn ? runInHeading(sub.heading) : sub.heading.trimmed());
                h.headingLength = int(h.text.size());
                layout.append(inPart(h, sub.id));
            }
            for (const LayoutBlock &b : body)
                layout.append(inPart(b, sub.id));
        }
    }

    if (!r.signatories.isEmpty() || r.writtenDate.isValid())
        layout.appendBlank();
    for (const QString &organ : r.signatories)
        if (!organ.trimmed().isEmpty())
            layout.append({.kind = BlockKind::Signature, .text = organ.trimmed()});
    if (r.writtenDate.isValid())
        layout.append({.kind = BlockKind::Date, .text = officialDate(r.writtenDate)});
    if (!r.note.trimmed().isEmpty())
        layout.append({.kind = BlockKind::Note, .text = r.note.trimmed()});
    return layout;
}

} // namespace fazhi
