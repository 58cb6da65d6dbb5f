// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PreviewPaginator.h"

#include <QWidget>

namespace fazhi {

/// Draws preview pages one under the other, A4 proportions and margins, only those in view.
class PageView : public QWidget
{
    Q_OBJECT

public:
    explicit PageView(QWidget *parent = nullptr);

    void setPages(QList<PreviewPage> pages);
    const QList<PreviewPage> &pages() const { return m_pages; }
    /// Marks the line containing plain-text `offset` and returns its rectangle (for scrolling into view).
    QRect highlightOffset(int offset);
    int pageWidth() const;
    QSize sizeHint() const override;

signals:
    void lineClicked(int offset);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRect pageRect(int page) const;
    QRectF lineRect(int page, int line) const;
    int pageHeight() const;

    QList<PreviewPage> m_pages;
    int m_highlightPage = -1;
    int m_highlightLine = -1;
};

} // namespace fazhi
