// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OfficialFonts.h"
#include "OfficialPaginator.h"

#include <QWidget>

#include <utility>

namespace fazhi {

/// Draws the report's pages one under the other, exactly as the PDF prints them: the pages come from the
/// export's OfficialPaginator (laid out on a worker thread) and only the pages in view are painted, glyph
/// runs scaled from points to the screen.
class PageView : public QWidget
{
    Q_OBJECT

public:
    explicit PageView(QWidget *parent = nullptr);

    /// Shows `pages`, laid out from `layout` (whose plain-text offsets the lines map to).
    void setPages(QList<OfficialPage> pages, const ReportLayout &layout);
    const QList<OfficialPage> &pages() const { return m_pages; }
    /// Marks the line containing plain-text `offset` and returns its rectangle (for scrolling into view).
    QRect highlightOffset(int offset);
    /// The marked line: its page (0-based, -1 for none) and grid row.
    std::pair<int, int> highlightedLine() const { return {m_highlightPage, m_highlightRow}; }
    /// Ranges of the plain text to mark on the pages (what reviewers commented on): offset and length.
    void setMarks(QList<std::pair<int, int>> marks);
    const QList<std::pair<int, int>> &marks() const { return m_marks; }
    /// The parts of the printed lines a mark covers on `page` (0-based), in widget coordinates.
    QList<QRectF> markRects(int page) const;
    int pageWidth() const;
    QSize sizeHint() const override;

    /// Zoom: 0 fits the page to the width of the view; otherwise a factor of the page's real size (1.0 is 100%:
    /// a centimetre of paper is a centimetre on the screen).
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }
    /// The size shown as a percentage of the real page, whatever the zoom mode.
    int zoomPercent() const;
    /// Zooms in (steps > 0) or out by steps of 10 %, from what is shown now.
    void zoomBy(int steps);
    static constexpr qreal kMinZoom = 0.25;
    static constexpr qreal kMaxZoom = 4.0;

signals:
    void lineClicked(int offset);
    /// The context menu's "comment on this line": the line's plain-text offset and length.
    void commentRequested(int offset, int length);
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    /// A printed line's grid row and the plain-text offset of its first character.
    struct LineSpot
    {
        int row = 0;
        int offset = 0;
        int length = 0; ///< characters of the block on the line
        int line = 0;   ///< index into the page's lines
    };

    QRect pageRect(int page) const;
    QRectF rowRect(int page, int row) const;
    int pageHeight() const;
    qreal scale() const; ///< pixels per point
    qreal realScale() const; ///< pixels per point at 100 %
    void updateExtent();
    void loadFonts(const OfficialPage &page);

    QList<OfficialPage> m_pages;
    QList<QList<LineSpot>> m_spots; ///< per page, the text lines in row order
    OfficialFonts m_fonts;
    QList<QRawFont> m_slotFonts; ///< the paginator's fonts by slot, made on the GUI thread when first needed
    QList<std::pair<int, int>> m_marks;
    int m_highlightPage = -1;
    int m_highlightRow = -1;
    qreal m_zoom = 0;
    int m_wheelAngle = 0;
};

} // namespace fazhi
