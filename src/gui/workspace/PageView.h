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
    int pageWidth() const;
    QSize sizeHint() const override;

signals:
    void lineClicked(int offset);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// A printed line's grid row and the plain-text offset of its first character.
    struct LineSpot
    {
        int row = 0;
        int offset = 0;
    };

    QRect pageRect(int page) const;
    QRectF rowRect(int page, int row) const;
    int pageHeight() const;
    qreal scale() const; ///< pixels per point
    void loadFonts(const OfficialPage &page);

    QList<OfficialPage> m_pages;
    QList<QList<LineSpot>> m_spots; ///< per page, the text lines in row order
    OfficialFonts m_fonts;
    QList<QRawFont> m_slotFonts; ///< the paginator's fonts by slot, made on the GUI thread when first needed
    int m_highlightPage = -1;
    int m_highlightRow = -1;
};

} // namespace fazhi
