// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficialPaginator.h"

#include <QGlyphRun>
#include <QtEndian>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

constexpr int primarySlots = OfficialPaginator::slotCount;

/// Marks that may not start a line (GB/T 15834 and common 避头 practice).
bool noLineStart(char32_t c)
{
    static const QString marks = u"，。、；：？！）》」』〉】〕”’…—·%‰℃,.;:?!)]}>"_s;
    return c < 0x10000 && marks.contains(QChar(char16_t(c)));
}

/// Marks that may not end a line (避尾).
bool noLineEnd(char32_t c)
{
    static const QString marks = u"（《「『〈【〔“‘([{<"_s;
    return c < 0x10000 && marks.contains(QChar(char16_t(c)));
}

/// Characters that take a full grid cell: CJK, full-width forms and the marks Chinese fonts set full width.
bool isFullWidth(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000 || c == 0x2014 || c == 0x2026 || c == 0x2018 ||
           c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x00B7 || c == 0x2103 || c == 0x2116 ||
           (c >= 0x2460 && c <= 0x24FF) || c == 0x00D7 || c == 0x00F7;
}

/// Marks that come in pairs and must not be split: —— and …….
bool isPairedMark(char32_t c)
{
    return c == 0x2014 || c == 0x2026;
}

qreal widthUnits(char32_t c)
{
    return isFullWidth(c) ? 1.0 : 0.5;
}

} // namespace

struct OfficialPaginator::Style
{
    OfficialFonts::Role role = OfficialFonts::Body;
    Qt::Alignment align = Qt::AlignJustify;
    qreal firstIndent = 0; ///< points
    qreal rightIndent = 0; ///< points
    bool grid = true;      ///< full-width characters take one grid cell
    bool keepWithNext = false;
};

/// An unbreakable piece of a line: one full-width character, a Latin word or number, or a paired mark.
struct OfficialPaginator::Unit
{
    int start = 0; ///< in the text
    int length = 0;
    qreal width = 0;
    bool cell = false;
    char32_t first = 0;
    char32_t last = 0;
    int firstGlyph = 0; ///< into the paragraph's glyph list
    int glyphCount = 0;
};

struct OfficialPaginator::UnitGlyph
{
    int slot = 0;
    quint32 index = 0;
    qreal offset = 0; ///< from the unit's left edge
    int textPos = 0;
    int textLen = 0;
};

OfficialPaginator::OfficialPaginator(const OfficialFonts &fonts)
    : m_fonts(fonts), m_slots(primarySlots)
{
}

const OfficialPaginator::Slot &OfficialPaginator::slot(int index) const
{
    Slot &s = m_slots[index];
    if (s.loaded)
        return s;
    s.loaded = true;
    s.font = slotFont(m_fonts, index);
    if (!s.font.isValid())
        return s;
    // Advances come from the font's own metrics table: asking FreeType for them loads (for the CFF outlines
    // of Noto CJK, interprets) every glyph, which costs more than the rest of the layout together.
    const QByteArray hhea = s.font.fontTable("hhea");
    s.hmtx = s.font.fontTable("hmtx");
    if (hhea.size() >= 36 && s.font.unitsPerEm() > 0) {
        s.horizontalMetrics = qFromBigEndian<quint16>(hhea.constData() + 34);
        s.horizontalMetrics = std::min(s.horizontalMetrics, int(s.hmtx.size() / 4));
        s.scale = s.font.pixelSize() / s.font.unitsPerEm();
    }
    return s;
}

qreal OfficialPaginator::advance(const Slot &slot, quint32 glyph) const
{
    if (slot.horizontalMetrics > 0) {
        // Glyphs past the last full entry share its advance (OpenType hmtx).
        const int entry = std::min(int(glyph), slot.horizontalMetrics - 1);
        return qFromBigEndian<quint16>(slot.hmtx.constData() + 4 * entry) * slot.scale;
    }
    QPointF adv;
    slot.font.advancesForGlyphIndexes(&glyph, &adv, 1);
    return adv.x();
}

OfficialPaginator::Glyph OfficialPaginator::glyph(OfficialFonts::Role role, bool bold, char32_t c,
                                                  int *fontSlot) const
{
    const int primary = int(role) * 2 + (bold ? 1 : 0);
    const quint64 key = (quint64(primary) << 32) | c;
    if (const auto it = m_glyphs.constFind(key); it != m_glyphs.cend()) {
        *fontSlot = it->slot;
        return *it;
    }
    QChar chars[2];
    int n = 1;
    if (QChar::requiresSurrogates(c)) {
        chars[0] = QChar(QChar::highSurrogate(c));
        chars[1] = QChar(QChar::lowSurrogate(c));
        n = 2;
    } else {
        chars[0] = QChar(char16_t(c));
    }
    // The role's own font first, then the body font, then every other role's, for a character it lacks.
    std::array<int, 2 + OfficialFonts::RoleCount> order{primary, int(OfficialFonts::Body) * 2};
    for (int r = 0; r < OfficialFonts::RoleCount; ++r)
        order[2 + r] = 2 * r;
    Glyph g;
    int used = primary;
    for (const int index : order) {
        const Slot &candidate = slot(index);
        if (!candidate.font.isValid())
            continue;
        quint32 idx[2] = {0, 0};
        int count = 2;
        if (candidate.font.glyphIndexesForChars(chars, n, idx, &count) && count >= 1 && idx[0] != 0) {
            g = {idx[0], advance(candidate, idx[0]), index};
            used = index;
            break;
        }
    }
    if (g.index == 0) // nothing has it: keep the role's font (it draws its .notdef) and a sensible width
        g.advance = OfficialFonts::pointSize(role) * widthUnits(c);
    g.slot = used;
    m_glyphs.insert(key, g);
    *fontSlot = used;
    return g;
}

QList<OfficialPaginator::Unit> OfficialPaginator::units(const LayoutBlock &block, const QString &text,
                                                        int textOffset, const Style &style,
                                                        QList<UnitGlyph> *glyphs) const
{
    glyphs->clear();
    glyphs->reserve(text.size());
    QList<Unit> out;
    out.reserve(text.size());
    const qreal size = OfficialFonts::pointSize(style.role);
    const qreal cellWidth = style.grid ? OfficialPaginator::charPitch * size / 16.0 : size;
    Unit current;
    bool open = false;
    const auto close = [&] {
        if (open)
            out.append(current);
        open = false;
        current = Unit{};
    };
    for (int i = 0; i < text.size();) {
        const bool pair =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const int len = pair ? 2 : 1;
        const char32_t ch =
            pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : char32_t(text.at(i).unicode());
        const int blockPos = textOffset + i;
        OfficialFonts::Role role = style.role;
        if (block.headingLength > 0 && block.kind != BlockKind::SubHeading && blockPos < block.headingLength)
            role = OfficialFonts::Heading2;
        bool bold = false;
        for (const InlineSpan &span : block.spans)
            if (blockPos >= span.start && blockPos < span.start + span.length)
                bold = bold || span.bold;
        int slot = 0;
        const Glyph g = glyph(role, bold, ch, &slot);
        const bool full = isFullWidth(ch);
        const bool space = ch == u' ';
        // Full-width characters stand alone, except a mark doubled (—— ……) which stays together.
        const bool joinsPair =
            open && current.cell && isPairedMark(ch) && current.last == ch && current.length < 2;
        const bool joinsWord = open && !current.cell && !full && !space && current.last != u' ';
        if (!joinsPair && !joinsWord)
            close();
        if (!open) {
            open = true;
            current.start = i;
            current.firstGlyph = int(glyphs->size());
            current.cell = full;
            current.first = ch;
        }
        const qreal w = full ? cellWidth : g.advance;
        const qreal inset = full ? (cellWidth - g.advance) / 2 : 0;
        glyphs->append({slot, g.index, current.width + inset, i, len});
        ++current.glyphCount;
        current.width += w;
        current.length += len;
        current.last = ch;
        if (space)
            close();
        i += len;
    }
    close();
    return out;
}

void OfficialPaginator::appendGlyph(OfficialLine &line, const UnitGlyph &glyph, const QString &text,
                                    QPointF position) const
{
    if (line.runs.isEmpty() || line.runs.last().slot != glyph.slot) {
        OfficialRun run;
        run.slot = glyph.slot;
        line.runs.append(run);
    }
    OfficialRun &run = line.runs.last();
    run.text.append(QStringView(text).mid(glyph.textPos, glyph.textLen));
    run.glyphs.append(glyph.index);
    run.positions.append(position);
}

QList<OfficialLine> OfficialPaginator::layoutParagraph(const LayoutBlock &block, int blockIndex,
                                                       const QString &text, int textOffset,
                                                       const Style &style) const
{
    QList<OfficialLine> lines;
    QList<UnitGlyph> glyphs;
    const QList<Unit> all = units(block, text, textOffset, style, &glyphs);
    const qreal size = OfficialFonts::pointSize(style.role);
    const qreal baselineOffset = linePitch / 2 + 0.38 * size;
    int begin = 0;
    bool firstLine = true;
    do {
        const qreal indent = firstLine ? style.firstIndent : 0;
        const qreal avail = textWidth - indent - style.rightIndent;
        qreal width = 0;
        int end = begin;
        while (end < all.size() && width + all.at(end).width <= avail + 0.01)
            width += all.at(end++).width;
        bool hanging = false;
        if (end < all.size() && end > begin) {
            // 避头尾: pull characters down until the next line does not start with a closing mark and this
            // one does not end with an opening mark; if three moves do not do it, hang the mark instead.
            int e = end;
            int moves = 0;
            while (e > begin + 1 && moves < 3 &&
                   (noLineStart(all.at(e).first) || noLineEnd(all.at(e - 1).last))) {
                --e;
                ++moves;
            }
            if (!noLineStart(all.at(e).first) && !noLineEnd(all.at(e - 1).last)) {
                end = e;
            } else if (noLineStart(all.at(end).first) && all.at(end).length == 1) {
                ++end;
                hanging = true;
            }
        } else if (end == begin && end < all.size()) {
            ++end; // a single piece wider than the line: let it overflow rather than loop
        }
        // Trailing spaces do not count.
        int visibleEnd = end;
        while (visibleEnd > begin + 1 && text.at(all.at(visibleEnd - 1).start) == u' ')
            --visibleEnd;
        width = 0;
        for (int u = begin; u < visibleEnd; ++u)
            width += all.at(u).width;
        const bool last = end >= all.size();
        qreal x = marginLeft + indent;
        qreal gap = 0;
        const qreal usedWidth = hanging ? width - all.at(visibleEnd - 1).width : width;
        if (style.align & Qt::AlignHCenter)
            x += (avail - width) / 2;
        else if (style.align & Qt::AlignRight)
            x += avail - width;
        else if ((style.align & Qt::AlignJustify) && !last && visibleEnd - begin > 1)
            gap = (avail - usedWidth) / (visibleEnd - begin - (hanging ? 2 : 1));
        if (gap > charPitch) // a line cut short by a long word is not stretched beyond a cell a gap
            gap = 0;

        OfficialLine line;
        line.block = blockIndex;
        line.start = textOffset + (begin < all.size() ? all.at(begin).start : int(text.size()));
        line.length = (end > begin ? all.at(end - 1).start + all.at(end - 1).length : 0) -
                      (begin < all.size() ? all.at(begin).start : 0);
        for (int u = begin; u < visibleEnd; ++u) {
            const Unit &unit = all.at(u);
            for (int k = unit.firstGlyph; k < unit.firstGlyph + unit.glyphCount; ++k) // y: from the row's top
                appendGlyph(line, glyphs.at(k), text, QPointF(x + glyphs.at(k).offset, baselineOffset));
            x += unit.width + (u + 1 < visibleEnd ? gap : 0);
        }
        lines.append(line);
        begin = end;
        firstLine = false;
    } while (begin < all.size());
    if (lines.isEmpty())
        lines.append(OfficialLine{.block = blockIndex});
    return lines;
}

OfficialLine OfficialPaginator::pageNumberLine(int number) const
{
    const QString text = u"— %1 —"_s.arg(number);
    Style style;
    style.role = OfficialFonts::PageNumber;
    style.grid = false;
    LayoutBlock block;
    block.text = text;
    QList<UnitGlyph> glyphs;
    QList<Unit> all = units(block, text, 0, style, &glyphs);
    const qreal oneChar = OfficialFonts::pointSize(OfficialFonts::PageNumber);
    qreal width = 0;
    for (Unit &u : all) {
        if (u.first == u' ')
            u.width = oneChar / 2; // a half-width space each side of the number, as word processors set it
        width += u.width;
    }
    qreal x = number % 2 ? pageSize.width() - marginRight - oneChar - width : marginLeft + oneChar;
    const qreal ascent = 0.88 * oneChar;
    const qreal baseline = marginTop + textHeight + pageNumberGap + ascent;
    OfficialLine line;
    line.row = -1;
    line.length = int(text.size());
    for (const Unit &unit : all) {
        for (int k = unit.firstGlyph; k < unit.firstGlyph + unit.glyphCount; ++k)
            appendGlyph(line, glyphs.at(k), text, QPointF(x + glyphs.at(k).offset, baseline));
        x += unit.width;
    }
    return line;
}

QList<OfficialPage> OfficialPaginator::paginate(const ReportLayout &layout) const
{
    struct Row
    {
        OfficialLine line;
        bool blank = false;
        bool keepWithNext = false;
    };
    QList<Row> rows;
    const QList<LayoutBlock> &blocks = layout.blocks();
    bool blankBeforeSignature = false;
    for (int b = 0; b < blocks.size(); ++b) {
        const LayoutBlock &block = blocks.at(b);
        Style style;
        style.firstIndent = 2 * charPitch;
        switch (block.kind) {
        case BlockKind::Title:
            style.role = OfficialFonts::Title;
            style.align = Qt::AlignHCenter;
            style.firstIndent = 0;
            style.grid = false;
            style.keepWithNext = true;
            break;
        case BlockKind::Addressee:
            style.firstIndent = 0;
            style.align = Qt::AlignLeft;
            rows.append(Row{.blank = true});
            break;
        case BlockKind::PartHeading:
            style.role = OfficialFonts::Heading1;
            style.keepWithNext = true;
            break;
        case BlockKind::SubHeading:
            style.role = OfficialFonts::Heading2;
            style.keepWithNext = true;
            break;
        case BlockKind::Signature:
        case BlockKind::Date:
            if (!blankBeforeSignature)
                rows.append(Row{.blank = true});
            blankBeforeSignature = true;
            style.firstIndent = 0;
            style.align = Qt::AlignRight;
            style.rightIndent = (block.kind == BlockKind::Signature ? 2 : 4) * charPitch;
            break;
        default:
            break;
        }
        if (block.kind == BlockKind::Title) {
            // A title splits where its meaning stays whole; each piece is a centred line of its own.
            int offset = 0;
            for (const QString &piece : titleLines(block.text)) {
                const int at = int(block.text.indexOf(piece, offset));
                for (const OfficialLine &l : layoutParagraph(block, b, piece, std::max(at, 0), style))
                    rows.append(Row{.line = l, .keepWithNext = true});
                offset = std::max(at, 0) + int(piece.size());
            }
            continue;
        }
        const QList<OfficialLine> lines = layoutParagraph(block, b, block.text, 0, style);
        for (const OfficialLine &l : lines)
            rows.append(Row{.line = l, .keepWithNext = style.keepWithNext});
    }

    // The signature block (发文机关署名 and 成文日期) never stands alone on a page and never splits: it goes
    // on one page with the last lines of the body, two of them when the last paragraph has two or more.
    int blockStart = -1;
    int blockEnd = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).blank || rows.at(i).line.block < 0)
            continue;
        const BlockKind kind = blocks.at(rows.at(i).line.block).kind;
        if (kind != BlockKind::Signature && kind != BlockKind::Date)
            continue;
        if (blockStart < 0) {
            int last = i - 1;
            while (last >= 0 && rows.at(last).blank)
                --last;
            if (last < 0)
                break; // nothing above it to keep it company
            blockStart = last;
            if (last > 0 && !rows.at(last - 1).blank &&
                rows.at(last - 1).line.block == rows.at(last).line.block)
                blockStart = last - 1;
        }
        blockEnd = i;
    }

    QList<OfficialPage> pages;
    OfficialPage page{.number = 1};
    int row = 0;
    const auto newPage = [&] {
        page.lines.append(pageNumberLine(page.number));
        pages.append(std::move(page));
        page = OfficialPage{.number = int(pages.size()) + 1};
        row = 0;
    };
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        if (i == blockStart && row > 0) {
            const int height = blockEnd - blockStart + 1;
            if (row + height > linesPerPage && height <= linesPerPage) {
                // A paragraph does not leave its first line alone at the foot of the page either: the line
                // goes over too (as the DOCX's widow control makes word processors do).
                const int block = rows.at(i).line.block;
                int onPage = 0;
                while (onPage < page.lines.size() &&
                       page.lines.at(page.lines.size() - 1 - onPage).block == block)
                    ++onPage;
                QList<OfficialLine> carried;
                if (onPage == 1 && row > 1 && height + 1 <= linesPerPage) {
                    carried.append(page.lines.takeLast());
                    const qreal shift = -(marginTop + carried.last().row * linePitch);
                    for (OfficialRun &run : carried.last().runs)
                        for (QPointF &p : run.positions)
                            p.ry() += shift;
                }
                newPage();
                for (OfficialLine &line : carried) {
                    line.row = row;
                    for (OfficialRun &run : line.runs)
                        for (QPointF &p : run.positions)
                            p.ry() += marginTop + row * linePitch;
                    page.lines.append(std::move(line));
                    ++row;
                }
            }
        }
        if (r.blank) {
            if (row > 0)
                ++row;
            if (row >= linesPerPage)
                newPage();
            continue;
        }
        if (row >= linesPerPage)
            newPage();
        if (r.keepWithNext && row > 0) {
            // A heading keeps at least one following line on its page.
            int run = 0;
            while (i + run < rows.size() && rows.at(i + run).keepWithNext && !rows.at(i + run).blank)
                ++run;
            if (i + run < rows.size() && row + run + 1 > linesPerPage && run < linesPerPage - 1)
                newPage();
        }
        OfficialLine line = std::move(rows[i].line); // the row is read once: shift its positions in place
        line.row = row;
        const qreal top = marginTop + row * linePitch;
        for (OfficialRun &run : line.runs)
            for (QPointF &p : run.positions)
                p.ry() += top;
        page.lines.append(std::move(line));
        ++row;
    }
    newPage();
    return pages;
}

QRawFont OfficialPaginator::slotFont(const OfficialFonts &fonts, int slot)
{
    return fonts.rawFont(OfficialFonts::Role(slot / 2), slot % 2 == 1);
}

QList<QRawFont> OfficialPaginator::usedFonts() const
{
    QList<QRawFont> fonts;
    for (const Slot &s : std::as_const(m_slots))
        fonts.append(s.loaded ? s.font : QRawFont());
    return fonts;
}

void OfficialPaginator::paint(QPainter &painter, const OfficialPage &page, const QList<QRawFont> &fontsBySlot)
{
    painter.save();
    painter.setPen(Qt::black);
    for (const OfficialLine &line : page.lines) {
        for (const OfficialRun &run : line.runs) {
            if (run.glyphs.isEmpty() || run.slot >= fontsBySlot.size())
                continue;
            QGlyphRun glyphs;
            glyphs.setRawFont(fontsBySlot.at(run.slot));
            glyphs.setGlyphIndexes(run.glyphs);
            glyphs.setPositions(run.positions);
            painter.drawGlyphRun(QPointF(0, 0), glyphs);
        }
    }
    painter.restore();
}

namespace {

qreal measureUnits(QStringView s)
{
    qreal u = 0;
    for (const QChar c : s)
        if (!c.isLowSurrogate())
            u += widthUnits(c.unicode());
    return u;
}

/// Where, in a title line too long to stand alone, one issuing organ's name ends and the next begins
/// ("中共某某镇委员会|某某镇人民政府"), keeping the lines the even cut would need: the cut nearest `target`
/// units, or -1.
qsizetype organBreak(const QString &piece, qreal target, qreal maxUnits, int linesAfter)
{
    static const QRegularExpression ending(u"委员会|人民政府|办公室|办事处|党工委|党组|党委|局"_s);
    const qreal total = measureUnits(piece);
    qsizetype best = -1;
    qreal bestDistance = 0;
    for (auto it = ending.globalMatch(piece); it.hasNext();) {
        const qsizetype at = it.next().capturedEnd();
        const qreal before = measureUnits(QStringView(piece).left(at));
        if (at >= piece.size() || before > maxUnits)
            break;
        // "人民政府|办公室", "司法局|党组": the name goes on.
        const bool continues =
            ending.match(piece, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                .hasMatch();
        if (continues || total - before > linesAfter * maxUnits)
            continue;
        if (best < 0 || std::abs(before - target) < bestDistance) {
            best = at;
            bestDistance = std::abs(before - target);
        }
    }
    return best;
}

/// An even cut near `target` units: never inside a run of digits or Latin letters, a surrogate pair, or
/// before a mark that may not start a line.
qsizetype evenBreak(const QString &piece, qreal target)
{
    qreal u = 0;
    qsizetype cut = 0;
    while (cut < piece.size() && u + widthUnits(piece.at(cut).unicode()) <= target + 0.01)
        u += widthUnits(piece.at(cut++).unicode());
    const auto latin = [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); };
    while (cut > 1 && cut < piece.size() &&
           ((latin(piece.at(cut)) && latin(piece.at(cut - 1))) || piece.at(cut).isLowSurrogate() ||
            noLineStart(piece.at(cut).unicode())))
        --cut;
    return std::max<qsizetype>(cut, 1);
}

} // namespace

QStringList OfficialPaginator::titleLines(const QString &title, qreal maxUnits)
{
    const QString flat = QString(title.simplified()).remove(u' ');
    if (flat.isEmpty())
        return {};
    if (measureUnits(flat) <= maxUnits)
        return {flat};
    // Organs named one after another ("中共某某镇委员会 某某镇人民政府关于……") each take a line, and the
    // subject starting at "关于" takes its own.
    QStringList pieces;
    for (const QString &word : title.simplified().split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype about = word.indexOf(u"关于"_s);
        if (about > 0) {
            pieces.append(word.left(about));
            pieces.append(word.mid(about));
        } else {
            pieces.append(word);
        }
    }
    QStringList lines;
    for (const QString &piece : pieces) {
        // Too long alone: cut where one organ's name ends if that needs no extra line, else evenly.
        QString rest = piece;
        while (measureUnits(rest) > maxUnits) {
            const int count = int(std::ceil(measureUnits(rest) / maxUnits));
            const qreal target = measureUnits(rest) / count;
            qsizetype cut = organBreak(rest, target, maxUnits, count - 1);
            if (cut < 0)
                cut = evenBreak(rest, target);
            lines.append(rest.left(cut));
            rest = rest.mid(cut);
        }
        if (!rest.isEmpty())
            lines.append(rest);
    }
    return lines;
}

} // namespace fazhi
