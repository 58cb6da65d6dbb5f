// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageView.h"

#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

constexpr double kPageWidthMm = 210, kPageHeightMm = 297;
constexpr double kTopMm = 37, kBottomMm = 35, kLeftMm = 28, kRightMm = 26;
constexpr int kGap = 16;

QString pickFamily(const QStringList &candidates)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &c : candidates)
        if (installed.contains(c))
            return c;
    return {};
}

struct Faces
{
    QString song, hei, kai, title;
};

/// The installed faces closest to the official ones (first used on the GUI thread).
const Faces &faces()
{
    static const Faces f = {
        pickFamily({u"FangSong_GB2312"_s, u"仿宋"_s, u"FandolFang"_s, u"Noto Serif CJK SC"_s, u"AR PL UMing CN"_s}),
        pickFamily({u"SimHei"_s, u"黑体"_s, u"Noto Sans CJK SC"_s, u"WenQuanYi Zen Hei"_s}),
        pickFamily({u"KaiTi_GB2312"_s, u"楷体"_s, u"LXGW WenKai"_s, u"AR PL UKai CN"_s, u"Noto Serif CJK SC"_s}),
        pickFamily({u"方正小标宋简体"_s, u"Noto Serif CJK SC"_s, u"AR PL UMing CN"_s}),
    };
    return f;
}

} // namespace

PageView::PageView(QWidget *parent) : QWidget(parent)
{
    faces();
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::ClickFocus);
    setPages({PreviewPage{}});
}

void PageView::setPages(QList<PreviewPage> pages, QList<QImage> images)
{
    m_pages = std::move(pages);
    m_images = std::move(images);
    m_highlightPage = m_highlightLine = -1;
    setMinimumHeight(int(m_pages.size()) * (pageHeight() + kGap) + kGap);
    updateGeometry();
    update();
}

int PageView::pageWidth() const { return qMax(200, width() - 2 * kGap); }
int PageView::pageHeight() const { return int(pageWidth() * kPageHeightMm / kPageWidthMm); }

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

QRectF PageView::lineRect(const QRectF &p, int line)
{
    const double mm = p.width() / kPageWidthMm;
    const QRectF block(p.left() + kLeftMm * mm, p.top() + kTopMm * mm, (kPageWidthMm - kLeftMm - kRightMm) * mm,
                       (kPageHeightMm - kTopMm - kBottomMm) * mm);
    const double pitch = block.height() / PreviewPaginator::kLinesPerPage;
    return {block.left(), block.top() + line * pitch, block.width(), pitch};
}

QRect PageView::highlightOffset(int offset)
{
    const auto rectOf = [this](int page, int line) {
        return page < 0 ? QRect() : lineRect(pageRect(page), line).toAlignedRect().adjusted(-2, -2, 2, 2);
    };
    const QRect old = rectOf(m_highlightPage, m_highlightLine);
    m_highlightPage = m_highlightLine = -1;
    bool done = false;
    for (int p = 0; p < m_pages.size() && !done; ++p) {
        const QList<PreviewLine> &lines = m_pages.at(p).lines;
        for (int l = 0; l < lines.size(); ++l) {
            if (lines.at(l).blockIndex < 0)
                continue;
            if (lines.at(l).offset > offset) {
                done = true;
                break;
            }
            m_highlightPage = p;
            m_highlightLine = l;
        }
    }
    const QRect now = rectOf(m_highlightPage, m_highlightLine);
    if (old != now) {
        update(old);
        update(now);
    }
    return now;
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    for (int p = 0; p < m_pages.size(); ++p) {
        if (!pageRect(p).contains(event->position().toPoint()))
            continue;
        const QList<PreviewLine> &lines = m_pages.at(p).lines;
        for (int l = 0; l < lines.size(); ++l)
            if (lineRect(pageRect(p), l).contains(event->position()) && lines.at(l).blockIndex >= 0)
                emit lineClicked(lines.at(l).offset);
    }
    QWidget::mousePressEvent(event);
}

void PageView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Mid));
    const int width = pageWidth();
    for (int p = 0; p < m_pages.size(); ++p) {
        const QRect page = pageRect(p);
        if (!page.adjusted(0, 0, 2, 2).intersects(event->rect()))
            continue;
        painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 60));
        const bool haveImage = p < m_images.size()
                               && qRound(m_images.at(p).width() / m_images.at(p).devicePixelRatio()) == width;
        if (haveImage)
            painter.drawImage(page.topLeft(), m_images.at(p));
        else
            paintPage(painter, m_pages.at(p), p, page, event->rect());
        if (p == m_highlightPage)
            painter.fillRect(lineRect(page, m_highlightLine), QColor(255, 214, 0, 70));
    }
}

QImage PageView::renderPage(const PreviewPage &page, int index, int width, qreal ratio)
{
    const int height = int(width * kPageHeightMm / kPageWidthMm);
    QImage image(QSize(width, height) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    QPainter painter(&image);
    const QRectF rect(0, 0, width, height);
    paintPage(painter, page, index, rect, rect);
    return image;
}

void PageView::paintPage(QPainter &painter, const PreviewPage &pageData, int index, const QRectF &page,
                         const QRectF &clip)
{
    painter.save();
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(page, Qt::white);
    const Faces &f = faces();
    const QRectF first = lineRect(page, 0);
    const double cell = first.width() / PreviewPaginator::kCharsPerLine;
    const QList<PreviewLine> &lines = pageData.lines;
    painter.setPen(Qt::black);
    for (int l = 0; l < lines.size(); ++l) {
        const PreviewLine &line = lines.at(l);
        const QRectF r = lineRect(page, l);
        if (line.text.isEmpty() || !r.intersects(clip))
            continue;
        QFont font(f.song);
        double size = cell;
        switch (line.kind) {
        case BlockKind::Title:
            font.setFamily(f.title);
            font.setBold(true);
            size = cell * 22.0 / 16.0;
            break;
        case BlockKind::PartHeading: font.setFamily(f.hei); break;
        case BlockKind::SubHeading: font.setFamily(f.kai); break;
        default: break;
        }
        font.setPixelSize(qMax(4, int(size * 0.96)));
        painter.setFont(font);
        QRectF textRect = r.adjusted(line.indent * cell, 0, 0, 0);
        if (line.kind == BlockKind::Signature || line.kind == BlockKind::Date)
            textRect.adjust(0, 0, -2 * cell, 0);
        painter.drawText(textRect, int(line.align | Qt::AlignVCenter) | Qt::TextSingleLine, line.text);
    }
    // Page number: "— n —" in 4号, odd pages right, even pages left, one character in.
    QFont number(f.song);
    number.setPixelSize(qMax(4, int(cell * 14.0 / 16.0)));
    painter.setFont(number);
    const QRectF last = lineRect(page, PreviewPaginator::kLinesPerPage - 1);
    const QRectF numberRect(last.left() + cell, last.bottom() + cell * 0.9, last.width() - 2 * cell, cell * 1.2);
    painter.drawText(numberRect, ((index % 2 == 0) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                     u"— %1 —"_s.arg(index + 1));
    painter.restore();
}

} // namespace fazhi
