// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PreviewPaginator.h"

#include <QImage>
#include <QWidget>

namespace fazhi {

/// Draws preview pages one under the other, A4 proportions and margins. Pages come pre-rendered as
/// images (drawn on a worker thread) so that scrolling and cursor following only copy pixels; pages
/// without a matching image are drawn directly.
class PageView : public QWidget
{
    Q_OBJECT

public:
    explicit PageView(QWidget *parent = nullptr);

    void setPages(QList<PreviewPage> pages, QList<QImage> images = {});
    const QList<PreviewPage> &pages() const { return m_pages; }
    /// Marks the line containing plain-text `offset` and returns its rectangle (for scrolling into view).
    QRect highlightOffset(int offset);
    int pageWidth() const;
    QSize sizeHint() const override;

    /// Draws one page (paper, lines, page number) into `page` of the painter's device.
    static void paintPage(QPainter &painter, const PreviewPage &page, int index, const QRectF &pageRect,
                          const QRectF &clip);
    /// One page as an image `width` logical pixels wide, for a screen with `ratio` device pixels a pixel.
    static QImage renderPage(const PreviewPage &page, int index, int width, qreal ratio);

signals:
    void lineClicked(int offset);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRect pageRect(int page) const;
    static QRectF lineRect(const QRectF &page, int line);
    int pageHeight() const;

    QList<PreviewPage> m_pages;
    QList<QImage> m_images;
    int m_highlightPage = -1;
    int m_highlightLine = -1;
};

} // namespace fazhi
