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
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::ClickFocus);
    setPages({PreviewPage{}});
}

void PageView::setPages(QList<PreviewPage> pages)
{
    m_pages = std::move(pages);
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

QRectF PageView::lineRect(int page, int line) const
{
    const QRectF p = pageRect(page);
    const double mm = p.width() / kPageWidthMm;
    const QRectF block(p.left() + kLeftMm * mm, p.top() + kTopMm * mm, (kPageWidthMm - kLeftMm - kRightMm) * mm,
                       (kPageHeightMm - kTopMm - kBottomMm) * mm);
    const double pitch = block.height() / PreviewPaginator::kLinesPerPage;
    return {block.left(), block.top() + line * pitch, block.width(), pitch};
}

QRect PageView::highlightOffset(int offset)
{
    m_highlightPage = m_highlightLine = -1;
    for (int p = 0; p < m_pages.size(); ++p) {
        const QList<PreviewLine> &lines = m_pages.at(p).lines;
        for (int l = 0; l < lines.size(); ++l) {
            if (lines.at(l).blockIndex < 0)
                continue;
            if (lines.at(l).offset <= offset) {
                m_highlightPage = p;
                m_highlightLine = l;
            } else {
                update();
                return m_highlightPage < 0 ? QRect() : lineRect(m_highlightPage, m_highlightLine).toAlignedRect();
            }
        }
    }
    update();
    return m_highlightPage < 0 ? QRect() : lineRect(m_highlightPage, m_highlightLine).toAlignedRect();
}

void PageView::mousePressEvent(QMouseEvent *event)
{
    for (int p = 0; p < m_pages.size(); ++p) {
        if (!pageRect(p).contains(event->position().toPoint()))
            continue;
        const QList<PreviewLine> &lines = m_pages.at(p).lines;
        for (int l = 0; l < lines.size(); ++l)
            if (lineRect(p, l).contains(event->position()) && lines.at(l).blockIndex >= 0)
                emit lineClicked(lines.at(l).offset);
    }
    QWidget::mousePressEvent(event);
}

void PageView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Mid));
    painter.setRenderHint(QPainter::TextAntialiasing);
    const Faces &f = faces();
    for (int p = 0; p < m_pages.size(); ++p) {
        const QRect page = pageRect(p);
        if (!page.intersects(event->rect()))
            continue;
        painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 60));
        painter.fillRect(page, Qt::white);
        const QRectF first = lineRect(p, 0);
        const double cell = first.width() / PreviewPaginator::kCharsPerLine;
        const QList<PreviewLine> &lines = m_pages.at(p).lines;
        for (int l = 0; l < lines.size(); ++l) {
            const PreviewLine &line = lines.at(l);
            const QRectF r = lineRect(p, l);
            if (p == m_highlightPage && l == m_highlightLine)
                painter.fillRect(r, QColor(255, 240, 160));
            if (line.text.isEmpty())
                continue;
            QFont font(f.song);
            double size = cell;
            switch (line.kind) {
            case BlockKind::Title:
                font.setFamily(f.title);
                font.setBold(true);
                size = cell * 22.0 / 16.0;
                break;
            case BlockKind::PartHeading:
                font.setFamily(f.hei);
                break;
            case BlockKind::SubHeading:
                font.setFamily(f.kai);
                break;
            default:
                break;
            }
            font.setPixelSize(qMax(4, int(size * 0.96)));
            painter.setFont(font);
            painter.setPen(Qt::black);
            QRectF textRect = r.adjusted(line.indent * cell, 0, 0, 0);
            if (line.kind == BlockKind::Signature || line.kind == BlockKind::Date)
                textRect.adjust(0, 0, -2 * cell, 0);
            painter.drawText(textRect, int(line.align | Qt::AlignVCenter) | Qt::TextSingleLine, line.text);
        }
        // Page number: "— n —", odd pages right, even pages left, one character in.
        QFont number(f.song);
        number.setPixelSize(qMax(4, int(cell * 14.0 / 16.0)));
        painter.setFont(number);
        const QRectF last = lineRect(p, PreviewPaginator::kLinesPerPage - 1);
        const QRectF numberRect(last.left() + cell, last.bottom() + cell * 0.9, last.width() - 2 * cell, cell * 1.2);
        painter.drawText(numberRect, ((p % 2 == 0) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                         u"— %1 —"_s.arg(p + 1));
    }
}

} // namespace fazhi
