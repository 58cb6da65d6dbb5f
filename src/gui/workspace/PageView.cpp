// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageView.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QWheelEvent>

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
        for (int i = 0; i < page.lines.size(); ++i) {
            const OfficialLine &line = page.lines.at(i);
            if (line.row >= 0 && line.block >= 0 && line.block < blocks.size())
                spots.append({line.row, blocks.at(line.block).offset + line.start, line.length, i});
        }
        m_spots.append(spots);
    }
    m_highlightPage = m_highlightRow = -1;
    updateExtent();
    updateGeometry();
    update();
}

int PageView::pageWidth() const
{
    if (m_zoom > 0)
        return qRound(Page::pageSize.width() * realScale() * m_zoom);
    return qMax(200, width() - 2 * kGap);
}

qreal PageView::realScale() const { return logicalDpiX() / 72.0; }

int PageView::zoomPercent() const { return qRound(100.0 * scale() / realScale()); }

void PageView::setZoom(qreal zoom)
{
    zoom = zoom <= 0 ? 0 : qBound(kMinZoom, zoom, kMaxZoom);
    if (qFuzzyCompare(1 + zoom, 1 + m_zoom))
        return;
    m_zoom = zoom;
    updateExtent();
    update();
    emit zoomChanged();
}

void PageView::zoomBy(int steps)
{
    qreal z = zoomPercent() / 100.0;
    for (int i = 0; i < qAbs(steps); ++i)
        z = steps > 0 ? z * 1.1 : z / 1.1;
    setZoom(qBound(kMinZoom, z, kMaxZoom));
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        event->ignore(); // the scroll area scrolls
        return;
    }
    m_wheelAngle += event->angleDelta().y();
    const int steps = m_wheelAngle / 120;
    m_wheelAngle -= steps * 120;
    if (steps != 0)
        zoomBy(steps);
    event->accept();
}

void PageView::updateExtent()
{
    // At a fixed zoom the pages may be wider than the view (it scrolls sideways); fitted, they follow its width.
    setMinimumWidth(m_zoom > 0 ? pageWidth() + 2 * kGap : 0);
    const int wanted = int(m_pages.size()) * (pageHeight() + kGap) + kGap;
    if (minimumHeight() != wanted)
        setMinimumHeight(wanted);
}
int PageView::pageHeight() const { return qRound(pageWidth() * Page::pageSize.height() / Page::pageSize.width()); }
qreal PageView::scale() const { return pageWidth() / Page::pageSize.width(); }

QSize PageView::sizeHint() const { return {420, int(m_pages.size()) * (pageHeight() + kGap) + kGap}; }

void PageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateExtent();
    if (m_zoom <= 0 && event->size().width() != event->oldSize().width())
        emit zoomChanged(); // fitted: the percentage follows the width
}

QRect PageView::pageRect(int page) const
{
    const int left = qMax(kGap, (width() - pageWidth()) / 2); // centred when narrower than the view
    return {left, kGap + page * (pageHeight() + kGap), pageWidth(), pageHeight()};
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

void PageView::setMarks(QList<std::pair<int, int>> marks)
{
    if (marks == m_marks)
        return;
    m_marks = std::move(marks);
    update();
}

QList<QRectF> PageView::markRects(int page) const
{
    QList<QRectF> rects;
    if (m_marks.isEmpty() || page < 0 || page >= m_spots.size())
        return rects;
    const QRect pageArea = pageRect(page);
    const qreal s = scale();
    for (const LineSpot &spot : m_spots.at(page)) {
        const OfficialLine &line = m_pages.at(page).lines.at(spot.line);
        // The glyphs' left edges in reading order: one glyph a character on an official line.
        QList<qreal> xs;
        for (const OfficialRun &run : line.runs)
            for (const QPointF &p : run.positions)
                xs.append(p.x());
        if (xs.isEmpty())
            continue;
        for (const auto &[offset, length] : m_marks) {
            const int from = qMax(offset, spot.offset) - spot.offset;
            const int to = qMin(offset + length, spot.offset + spot.length) - spot.offset;
            if (from >= to || from >= xs.size())
                continue;
            const qreal left = xs.at(from);
            // To the next glyph, or a character's width past the last one.
            const qreal right = to < xs.size() ? xs.at(to) : xs.last() + Page::linePitch * 0.57;
            const QRectF row = rowRect(page, spot.row);
            rects.append(QRectF(pageArea.left() + left * s, row.top(), (right - left) * s, row.height()));
        }
    }
    return rects;
}

void PageView::contextMenuEvent(QContextMenuEvent *event)
{
    for (int p = 0; p < m_spots.size(); ++p) {
        if (!pageRect(p).contains(event->pos()))
            continue;
        for (const LineSpot &spot : m_spots.at(p)) {
            if (!rowRect(p, spot.row).contains(event->pos()) || spot.length <= 0)
                continue;
            QMenu menu(this);
            QAction *comment = menu.addAction(tr("Comment on this line…"));
            if (menu.exec(event->globalPos()) == comment)
                emit commentRequested(spot.offset, spot.length);
            return;
        }
    }
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
        // Commented words: a pale blue ground and a blue line under them, as in the editor's margin.
        for (const QRectF &r : markRects(p)) {
            painter.fillRect(r, QColor(66, 133, 244, 45));
            painter.fillRect(QRectF(r.left(), r.bottom() - qMax(1.0, r.height() / 14), r.width(),
                                    qMax(1.0, r.height() / 14)),
                             QColor(66, 133, 244, 200));
        }
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
