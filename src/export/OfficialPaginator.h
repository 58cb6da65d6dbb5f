// SPDX-License-Identifier: GPL-3.0-or-later
// Lays a report out in the official layout (GB/T 9704-2012) and cuts it into A4 pages of positioned glyphs.
//
// The PDF export paints these pages; the GUI's live preview can paint the very same ones:
//
//     OfficialFonts fonts;                       // once; needs a QGuiApplication
//     OfficialPaginator paginator(fonts);
//     const QList<OfficialPage> pages = paginator.paginate(ReportLayout::build(doc));
//     // for page i, with a painter whose unit is one point and origin the page's top-left corner:
//     painter.scale(dpi / 72.0, dpi / 72.0);
//     OfficialPaginator::paint(painter, pages.at(i), paginator.usedFonts());
//
// Geometry: A4 210×297 mm; margins top 37, bottom 35, left 28, right 26 mm; a 156×225 mm text block on a
// grid of 22 lines × 28 characters (line pitch 28.95 pt, character pitch 15.79 pt). Every line of text sits
// on one grid row; full-width characters take one grid cell each. Lines never start with closing punctuation
// nor end with opening punctuation (避头尾): the preceding character moves down, or, when that cannot help,
// the mark hangs in the right margin. Lines of a justified paragraph are spread to the full width. The
// signature block (organs and 成文日期) is kept whole on the page of the last body lines: when it does not
// fit, it goes over with the last two lines of the body (GB/T 9704 forbids a page of signature alone).
#pragma once

#include "OfficialFonts.h"
#include "text/ReportLayout.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRawFont>
#include <QSizeF>

class QPainter;

namespace fazhi {

/// Glyphs of one font on one line.
struct OfficialRun
{
    int slot = 0;  ///< role × 2, plus 1 in bold: which of the paginator's fonts draws the glyphs
    QString text;  ///< the characters these glyphs show
    QList<quint32> glyphs;
    QList<QPointF> positions; ///< baseline origin of each glyph, in points from the page's top-left corner
};

/// One printed line.
struct OfficialLine
{
    int row = 0;    ///< grid row on the page, 0–21; the page number has row -1
    int block = -1; ///< index into ReportLayout::blocks(); -1 for the page number
    int start = 0;  ///< first UTF-16 unit of the block's text on this line
    int length = 0; ///< UTF-16 units of the block's text on this line
    QList<OfficialRun> runs;
};

struct OfficialPage
{
    int number = 0;            ///< 1-based; odd pages carry the number at the right, even at the left
    QList<OfficialLine> lines; ///< text lines in row order, then the page number line
};

class OfficialPaginator
{
public:
    static constexpr qreal mm = 72.0 / 25.4; ///< points per millimetre
    static constexpr QSizeF pageSize{210 * mm, 297 * mm};
    static constexpr qreal marginTop = 37 * mm;
    static constexpr qreal marginBottom = 35 * mm;
    static constexpr qreal marginLeft = 28 * mm;
    static constexpr qreal marginRight = 26 * mm;
    static constexpr qreal textWidth = 156 * mm;
    static constexpr qreal textHeight = 225 * mm;
    static constexpr int linesPerPage = 22;
    static constexpr int charsPerLine = 28;
    static constexpr qreal linePitch = 28.95; ///< 579 twips, as the DOCX grid says
    static constexpr qreal charPitch = textWidth / charsPerLine;
    static constexpr qreal pageNumberGap = 7 * mm; ///< from the text block's bottom to the page number

    explicit OfficialPaginator(const OfficialFonts &fonts);

    /// The report's pages. Never empty: an empty report is one blank numbered page.
    QList<OfficialPage> paginate(const ReportLayout &layout) const;
    /// The fonts of the slots the pages laid out so far use, by slot (the others invalid): what paint()
    /// draws them with on this paginator's thread.
    QList<QRawFont> usedFonts() const;
    /// Paints one page; the painter's unit must be one point with the origin at the page's top-left corner.
    /// Paints glyphs only (no paper background), each run with `fontsBySlot[run.slot]`. Pages carry no
    /// fonts: a font engine serves only the thread that made it, so pages laid out on a worker are painted
    /// with fonts of the painting thread (slotFont()).
    static void paint(QPainter &painter, const OfficialPage &page, const QList<QRawFont> &fontsBySlot);
    /// How many fonts a layout can use: every role, in regular and in bold.
    static constexpr int slotCount = OfficialFonts::RoleCount * 2;
    /// The font of a slot, made on the calling thread.
    static QRawFont slotFont(const OfficialFonts &fonts, int slot);

    /// Splits a title into lines of at most `maxUnits` full-width characters (half-width count as half),
    /// where meaning stays whole: between issuing organs (at a space, or where one organ's name ends),
    /// before "关于", else evenly between words.
    static QStringList titleLines(const QString &title, qreal maxUnits = 20);

private:
    struct Glyph
    {
        quint32 index = 0;
        qreal advance = 0;
        int slot = 0; ///< the raw font that has it
    };
    struct Unit;
    struct UnitGlyph;
    struct Style;

    Glyph glyph(OfficialFonts::Role role, bool bold, char32_t c, int *fontSlot) const;
    QList<Unit> units(const LayoutBlock &block, const QString &text, int textOffset, const Style &style,
                      QList<UnitGlyph> *glyphs) const;
    QList<OfficialLine> layoutParagraph(const LayoutBlock &block, int blockIndex, const QString &text,
                                        int textOffset, const Style &style) const;
    OfficialLine pageNumberLine(int number) const;
    /// Adds a glyph to the line's last run, or to a new run when its font differs.
    void appendGlyph(OfficialLine &line, const UnitGlyph &glyph, const QString &text, QPointF position) const;

    /// One raw font of the layout: a role in regular or bold, loaded when a glyph first needs it.
    struct Slot
    {
        bool loaded = false;
        QRawFont font;
        QByteArray hmtx;          ///< the horizontal metrics table: design advances without loading glyphs
        int horizontalMetrics = 0; ///< entries with their own advance (hhea.numberOfHMetrics)
        qreal scale = 0;           ///< points per design unit
    };
    const Slot &slot(int index) const;
    qreal advance(const Slot &slot, quint32 glyph) const;

    OfficialFonts m_fonts;
    mutable QList<Slot> m_slots; ///< by role × bold
    mutable QHash<quint64, Glyph> m_glyphs;
};

} // namespace fazhi
