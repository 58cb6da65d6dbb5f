// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPaintEvent>

namespace fazhi {

namespace {

constexpr int kGap = 16;
using Page = OfficialPaginator;

} // namespace

PageView::PageView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::ClickFocus);
    setPages({OfficialPage{.number = 1}}, ReportLayout());
}

void PageView::setPages(QList<OfficialPage> pages, const ReportLayout &layout)
{
    m_pages = std::move(pages);
    m_spots.clear();
    const QList<LayoutBlock> &blocks = layout.blocks();
    for (const OfficialPage &page : std::as_const(m_pages)) {
        QList<LineSpot> spots;
        for (const OfficialLine &line : page.lines)
            if (line.row >= 0 && line.block >= 0 && line.block < blocks.size())
                spots.append({line.row, blocks.at(line.block).offset + line.start});
        m_spots.append(spots);
    }
    m_highlightPage = m_highlightRow = -1;
    setMinimumHeight(int(m_pages.size()) * (pageHeight() + kGap) + kGap);
    updateGeometry();
    update();
}

int PageView::pageWidth() const { return qMax(200, width() - 2 * kGap); }
int PageView::pageHeight() const { return qRound(pageWidth() * Page::pageSize.height() / Page::pageSize.width()); }
qreal PageView::scale() const { return pageWidth() / Page::pageSize.width(); }

QSize PageView::sizeHint() const { return {420, int(m_pages.size()) * (pageHeight() + kGap) + kGap}; }

void PageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int wanted = int(m_pages.size()) * (pageHeight() + kGap) + kGap;
    if (minimumHeight() != wanted)
        setMinimumHeight(wanted);
}

QRect PageView::pageRect(int page) const
{
    return {kGap, kGap + page * (pageHeight() + kGap), pageWidth(), pageHeight()};
}

QRectF PageView::rowRect(int page, int row) const
{
    const QRect p = pageRect(page);
    const qreal s = scale();
    return {p.left() + Page::marginLeft * s, p.top() + (Page::marginTop + row * Page::linePitch) * s,
            Page::textWidth * s, Page::linePitch * s};
}

QRect PageView::highlightOffset(int offset)
{
    const auto rectOf = [this](int page, int row) {
        return page < 0 ? QRect() : rowRect(page, row).toAlignedRect().adjusted(-2, -2, 2, 2);
    };
    const QRect old = rectOf(m_highlightPage, m_highlightRow);
    m_highlightPage = m_highlightRow = -1;
    bool done = false;
    for (int p = 0; p < m_spots.size() && !done; ++p) {
        for (const LineSpot &spot : m_spots.at(p)) {
            if (spot.offset > offset) {
                done = true;
                break;
            }
            m_highlightPage = p;
            m_highlightRow = spot.row;
        }
    }
    const QRect now = rectOf(m_highlightPage, m_highlightRow);
    if (old != now) {
        update(old);
        update(now);
    }
    return now;
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    for (int p = 0; p < m_spots.size(); ++p) {
        if (!pageRect(p).contains(event->position().toPoint()))
            continue;
        for (const LineSpot &spot : m_spots.at(p))
            if (rowRect(p, spot.row).contains(event->position()))
                emit lineClicked(spot.offset);
    }
    QWidget::mousePressEvent(event);
}

void PageView::loadFonts(const OfficialPage &page)
{
    // Each font is loaded the first time a page in view uses it, not while the window is being built.
    if (m_slotFonts.isEmpty())
        m_slotFonts.resize(OfficialPaginator::slotCount);
    for (const OfficialLine &line : page.lines)
        for (const OfficialRun &run : line.runs)
            if (run.slot >= 0 && run.slot < m_slotFonts.size() && !m_slotFonts.at(run.slot).isValid())
                m_slotFonts[run.slot] = OfficialPaginator::slotFont(m_fonts, run.slot);
}

void PageView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Mid));
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal s = scale();
    for (int p = 0; p < m_pages.size(); ++p) {
        const QRect page = pageRect(p);
        if (!page.adjusted(0, 0, 2, 2).intersects(event->rect()))
            continue;
        painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 60));
        painter.fillRect(page, Qt::white);
        if (p == m_highlightPage)
            painter.fillRect(rowRect(p, m_highlightRow), QColor(255, 214, 0, 70));
        painter.save();
        painter.setClipRect(page.intersected(event->rect()));
        painter.translate(page.topLeft());
        painter.scale(s, s);
        loadFonts(m_pages.at(p));
        OfficialPaginator::paint(painter, m_pages.at(p), m_slotFonts);
        painter.restore();
    }
}

} // namespace fazhi
