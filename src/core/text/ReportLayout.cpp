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

/// One paragraph's inline content, and where each of its characters is in the source: `at[i]` is the
/// source offset of text[i] (-1 when it has none), `width[i]` how many source characters it stands for (1,
/// or the length of an entity such as &amp;).
struct InlineText
{
    QString text;
    QList<InlineSpan> spans;
    int sourceOffset = -1; ///< where the paragraph's first character is in the source, -1 until known
    QList<int> at;
    QList<int> width;
};

/// Finds each character of cmark's literals in the source, in order, stepping over what Markdown adds
/// around them (emphasis and code marks, backslashes, indentation, line ends, link targets). cmark's own
/// inline positions cannot be used: they count columns after the indentation of continued lines is gone.
class SourceAligner
{
public:
    explicit SourceAligner(const QString &source) : m_source(source) {}

    void moveTo(int offset)
    {
        if (offset >= 0)
            m_cursor = offset;
    }

    void feed(const QString &literal, InlineText &out)
    {
        for (int i = 0; i < literal.size(); ++i) {
            const QChar c = literal.at(i);
            int p = m_cursor;
            int found = -1, width = 1;
            for (int steps = 0; p < m_source.size() && steps < kLookahead; ++steps) {
                const QChar s = m_source.at(p);
                if (s == u'&') {
                    const int entity = entityLength(p);
                    if (entity > 0 && QStringView(literal).mid(i).startsWith(QStringView(m_source).mid(p, entity))) {
                        found = p; // an unknown entity stays as typed
                        break;
                    }
                    if (entity > 0) {
                        found = p;
                        width = entity;
                        break;
                    }
                }
                if (s == c) {
                    found = p;
                    break;
                }
                if (!isMark(s))
                    break;
                ++p;
            }
            if (found < 0) {
                out.at.append(-1);
                out.width.append(0);
                continue;
            }
            out.at.append(found);
            out.width.append(width);
            m_cursor = found + width;
            // An entity for a character outside the BMP stands for both halves of the pair.
            if (width > 1 && c.isHighSurrogate() && i + 1 < literal.size()) {
                ++i;
                out.at.append(found);
                out.width.append(width);
            }
        }
    }

    /// After a link's text: steps over "](target)" or "][label]".
    void skipLinkTarget()
    {
        int p = m_cursor;
        while (p < m_source.size() && (m_source.at(p) == u'*' || m_source.at(p) == u'_'))
            ++p;
        if (p >= m_source.size() || m_source.at(p) != u']')
            return;
        ++p;
        if (p < m_source.size() && (m_source.at(p) == u'(' || m_source.at(p) == u'[')) {
            const QChar close = m_source.at(p) == u'(' ? u')' : u']';
            const qsizetype end = m_source.indexOf(close, p);
            if (end >= 0)
                p = int(end) + 1;
        }
        m_cursor = p;
    }

private:
    static constexpr int kLookahead = 256;

    static bool isMark(QChar s)
    {
        static const QString marks = u" \t\n\r\\*_`<>[]()!#=+-|~"_s;
        return marks.contains(s);
    }

    /// Length of the entity (&amp; &#20320; &#x4F60;) at `p`, 0 if none.
    int entityLength(int p) const
    {
        int q = p + 1;
        const int end = int(std::min<qsizetype>(m_source.size(), p + 40));
        if (q < end && m_source.at(q) == u'#') {
            ++q;
            const bool hex = q < end && (m_source.at(q) == u'x' || m_source.at(q) == u'X');
            if (hex)
                ++q;
            const int digits = q;
            while (q < end && (hex ? isHexDigit(m_source.at(q)) : (m_source.at(q) >= u'0' && m_source.at(q) <= u'9')))
                ++q;
            if (q == digits || q - digits > (hex ? 6 : 7))
                return 0;
        } else {
            const int name = q;
            while (q < end && m_source.at(q).unicode() < 0x80 && m_source.at(q).isLetterOrNumber())
                ++q;
            if (q == name)
                return 0;
        }
        return q < end && m_source.at(q) == u';' ? q + 1 - p : 0;
    }

    static bool isHexDigit(QChar c)
    {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    }

    const QString &m_source;
    int m_cursor = 0;
};

void collectInline(cmark_node *node, SourceAligner &align, QList<InlineText> &out, bool bold, bool italic)
{
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        const cmark_node_type type = cmark_node_get_type(child);
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
            align.feed(literal, current);
            break;
        }
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out.append(InlineText{});
            break;
        case CMARK_NODE_STRONG: collectInline(child, align, out, true, italic); break;
        case CMARK_NODE_EMPH: collectInline(child, align, out, bold, true); break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            collectInline(child, align, out, bold, italic);
            align.skipLinkTarget();
            break;
        default: collectInline(child, align, out, bold, italic); break;
        }
    }
}

/// Trims a paragraph, moving its spans and source positions with the text and dropping what falls outside.
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
    inl.at = inl.at.mid(lead, end - lead);
    inl.width = inl.width.mid(lead, end - lead);
    for (int i = 0; i < inl.at.size(); ++i)
        if (inl.at.at(i) >= 0) {
            inl.sourceOffset = inl.at.at(i) - i;
            break;
        }
}

/// Runs of characters copied one to one (or one entity each) from the source.
QList<SourceRun> runsOf(const InlineText &inl, SourceField field)
{
    QList<SourceRun> runs;
    for (int i = 0; i < inl.at.size(); ++i) {
        const int at = inl.at.at(i), width = inl.width.at(i);
        if (at < 0)
            continue;
        if (width > 1) {
            int length = 1;
            if (i + 1 < inl.at.size() && inl.at.at(i + 1) == at)
                length = 2, ++i;
            runs.append({i + 1 - length, length, field, at, width});
            continue;
        }
        if (!runs.isEmpty()) {
            SourceRun &last = runs.last();
            if (last.length == last.sourceLength && last.start + last.length == i &&
                last.sourceStart + last.sourceLength == at) {
                ++last.length;
                ++last.sourceLength;
                continue;
            }
        }
        runs.append({i, 1, field, at, 1});
    }
    return runs;
}

void collectBlocks(cmark_node *parent, int listDepth, const SourceMap &map, SourceAligner &align,
                   QList<LayoutBlock> &out)
{
    for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_LIST) {
            const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
            int index = 0;
            for (cmark_node *item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
                ++index;
                QList<LayoutBlock> inner;
                collectBlocks(item, listDepth + 1, map, align, inner);
                if (!inner.isEmpty() && ordered && inner.first().kind == BlockKind::Paragraph) {
                    LayoutBlock &first = inner.first();
                    const int level = std::min(3 + listDepth, 4);
                    first.kind = BlockKind::Item;
                    first.level = level;
                    first.number = numbering::label(level, index);
                    for (InlineSpan &span : first.spans)
                        span.start += int(first.number.size());
                    for (SourceRun &run : first.sources)
                        run.start += int(first.number.size());
                    first.text = first.number + first.text;
                }
                out.append(inner);
            }
            continue;
        }
        if (type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_ITEM) {
            collectBlocks(node, listDepth, map, align, out);
            continue;
        }
        if (type == CMARK_NODE_THEMATIC_BREAK)
            continue;
        const int start = map.offset(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
        align.moveTo(start);
        QList<InlineText> paragraphs{InlineText{}};
        if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK) {
            // An indented or fenced block, or raw HTML, is the clerk's text too: a paragraph a line.
            const QStringList lines = QString::fromUtf8(cmark_node_get_literal(node)).split(u'\n');
            paragraphs.clear();
            const bool fenced =
                type == CMARK_NODE_CODE_BLOCK && map.opensFence(cmark_node_get_start_line(node));
            const int firstLine = cmark_node_get_start_line(node) + (fenced ? 1 : 0);
            for (qsizetype l = 0; l < lines.size(); ++l) {
                InlineText line{.text = lines.at(l).trimmed()};
                align.moveTo(map.contentStart(firstLine + int(l)));
                align.feed(line.text, line);
                paragraphs.append(line);
            }
        } else {
            collectInline(node, align, paragraphs, type == CMARK_NODE_HEADING, false);
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
            block.sources = runsOf(inl, SourceField::Body);
            out.append(block);
        }
    }
}

/// One run over a plain field: `text` is `source` trimmed (and cut to `length` when given).
SourceRun plainRun(const QString &source, SourceField field, int textStart = 0)
{
    int lead = 0;
    while (lead < source.size() && source.at(lead).isSpace())
        ++lead;
    const int length = int(source.trimmed().size());
    return {textStart, length, field, lead, length};
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
    SourceAligner align(markdown);
    collectBlocks(root, 0, map, align, blocks);
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

std::optional<SourceRange> ReportLayout::sourceRange(int from, int to) const
{
    if (from < 0 || to < from || to > m_plainText.size())
        return std::nullopt;
    const int index = blockAt(from);
    if (index < 0)
        return std::nullopt;
    const LayoutBlock &b = m_blocks.at(index);
    const int a = from - b.offset, z = to - b.offset;
    if (z > b.text.size())
        return std::nullopt;
    const auto range = [&b](const SourceRun &run, int start, int length) {
        return SourceRange{run.field, b.sectionId, b.item, start, length};
    };
    if (a == z) {
        // An insertion point: before a copied character (never inside an entity), else after the last one.
        for (const SourceRun &run : b.sources)
            if (a >= run.start && a < run.start + run.length) {
                if (run.length != run.sourceLength && a != run.start)
                    return std::nullopt;
                return range(run, run.sourceStart + (run.length == run.sourceLength ? a - run.start : 0), 0);
            }
        for (const SourceRun &run : b.sources)
            if (a == run.start + run.length)
                return range(run, run.sourceStart + run.sourceLength, 0);
        return std::nullopt;
    }
    for (const SourceRun &run : b.sources) {
        const int end = run.start + run.length;
        const bool whole = run.length == run.sourceLength;
        if (a >= run.start && a < end) {
            if (z > end)
                return std::nullopt; // crosses into Markdown marks or the layout's own characters
            if (whole)
                return range(run, run.sourceStart + a - run.start, z - a);
            if (a == run.start && z == end)
                return range(run, run.sourceStart, run.sourceLength);
            return std::nullopt;
        }
    }
    return std::nullopt;
}

ReportLayout ReportLayout::build(const ReportDocument &doc)
{
    ReportLayout layout;
    const Report &r = doc.report;
    if (!r.title.trimmed().isEmpty())
        layout.append({.kind = BlockKind::Title, .text = r.title.trimmed(),
                       .sources = {plainRun(r.title, SourceField::Title)}});
    if (!r.addressee.trimmed().isEmpty()) {
        layout.appendBlank();
        QString addressee = r.addressee.trimmed();
        while (addressee.endsWith(u'：') || addressee.endsWith(u':'))
            addressee.chop(1);
        SourceRun run = plainRun(r.addressee, SourceField::Addressee);
        run.length = run.sourceLength = int(addressee.size());
        layout.append({.kind = BlockKind::Addressee, .text = addressee + u"："_s, .sources = {run}});
    }
    for (LayoutBlock b : bodyBlocks(r.opening)) {
        b.kind = b.kind == BlockKind::Paragraph ? BlockKind::Opening : b.kind;
        for (SourceRun &run : b.sources)
            run.field = SourceField::Opening;
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
        heading.sources = {plainRun(part.heading, SourceField::Heading, int(heading.number.size()))};
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
                for (SourceRun &run : first.sources)
                    run.start += int(lead.size());
                first.sources.prepend(plainRun(sub.heading, SourceField::Heading, int(number.size())));
                first.text = lead + first.text;
                first.number = number;
                first.level = 2;
                first.headingLength = int(lead.size());
            } else {
                LayoutBlock h{.kind = BlockKind::SubHeading, .number = number, .level = 2};
                h.text = number + (sub.runIn ? runInHeading(sub.heading) : sub.heading.trimmed());
                h.headingLength = int(h.text.size());
                h.sources = {plainRun(sub.heading, SourceField::Heading, int(number.size()))};
                layout.append(inPart(h, sub.id));
            }
            for (const LayoutBlock &b : body)
                layout.append(inPart(b, sub.id));
        }
    }

    if (!r.signatories.isEmpty() || r.writtenDate.isValid())
        layout.appendBlank();
    for (int i = 0; i < r.signatories.size(); ++i) {
        const QString &organ = r.signatories.at(i);
        if (!organ.trimmed().isEmpty())
            layout.append({.kind = BlockKind::Signature, .text = organ.trimmed(),
                           .sources = {plainRun(organ, SourceField::Signatory)}, .item = i});
    }
    if (r.writtenDate.isValid()) {
        const QString date = officialDate(r.writtenDate);
        layout.append({.kind = BlockKind::Date, .text = date, .sources = {plainRun(date, SourceField::WrittenDate)}});
    }
    if (!r.note.trimmed().isEmpty())
        layout.append({.kind = BlockKind::Note, .text = r.note.trimmed(), .sources = {plainRun(r.note, SourceField::Note)}});
    return layout;
}

} // namespace fazhi
