// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommentMargin.h"

#include "BodyEdit.h"
#include "CommentTracker.h"
#include "SectionEditor.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

const QColor kOpenFill(0xff, 0xf4, 0xc2);
const QColor kOpenLine(0xd9, 0xa4, 0x00);
const QColor kResolvedFill(0xee, 0xee, 0xee);
const QColor kResolvedLine(0xa0, 0xa0, 0xa0);
const QColor kWords(0xff, 0xe5, 0x80);
const QColor kCurrentWords(0xff, 0xc8, 0x40);
constexpr int kBoxHeight = 58;
constexpr int kGap = 6;

} // namespace

CommentMargin::CommentMargin(BodyEdit *edit, QWidget *parent) : QWidget(parent), m_edit(edit)
{
    setObjectName(u"commentMargin"_s);
    setFixedWidth(170);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfa, 0xfa, 0xf6));
    setPalette(p);
    connect(edit->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(edit, &QPlainTextEdit::updateRequest, this, [this] { update(); });
    connect(edit, &QPlainTextEdit::textChanged, this, &CommentMargin::refresh);
}

void CommentMargin::setTracker(CommentTracker *tracker)
{
    m_tracker = tracker;
    m_current = 0;
    refresh();
}

qint64 CommentMargin::sectionId() const
{
    for (QWidget *w = m_edit->parentWidget(); w; w = w->parentWidget())
        if (auto *editor = qobject_cast<SectionEditor *>(w))
            return editor->sectionId();
    return 0;
}

void CommentMargin::setCurrent(qint64 commentId)
{
    m_current = commentId;
    refresh();
}

void CommentMargin::refresh()
{
    const bool any = m_tracker && !m_tracker->threads(sectionId()).isEmpty();
    setVisible(any);
    highlight();
    update();
}

void CommentMargin::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    const qint64 section = sectionId();
    const int size = m_edit->document()->characterCount() - 1;
    if (m_tracker && section > 0) {
        for (const Comment &c : m_tracker->threads(section)) {
            if (c.start < 0 || c.status == Comment::Status::Resolved || c.start + c.quote.size() > size)
                continue;
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(m_edit->document());
            s.cursor.setPosition(c.start);
            s.cursor.setPosition(c.start + int(c.quote.size()), QTextCursor::KeepAnchor);
            s.format.setBackground(c.id == m_current ? kCurrentWords : kWords);
            selections << s;
        }
    }
    m_edit->setExtraSelections(selections);
}

int CommentMargin::lineTop(int position) const
{
    QTextCursor cursor(m_edit->document());
    cursor.setPosition(qBound(0, position, m_edit->document()->characterCount() - 1));
    const QRect r = m_edit->cursorRect(cursor);
    return mapFromGlobal(m_edit->viewport()->mapToGlobal(r.topLeft())).y();
}

void CommentMargin::paintEvent(QPaintEvent *)
{
    m_boxes.clear();
    const qint64 section = sectionId();
    if (!m_tracker || section <= 0)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const int size = m_edit->document()->characterCount() - 1;
    int nextFree = 0;
    for (const Comment &c : m_tracker->threads(section)) {
        const bool orphan = c.start < 0 || c.start > size;
        const int anchorY = orphan ? -1 : lineTop(c.start);
        int top = qMax(orphan ? nextFree : anchorY, nextFree);
        const QRect box(8, top, width() - 14, kBoxHeight);
        nextFree = box.bottom() + kGap;
        if (box.bottom() < 0 || top > height())
            continue;
        const bool resolved = c.status == Comment::Status::Resolved;
        const QColor line = resolved ? kResolvedLine : kOpenLine;
        if (!orphan) {
            painter.setPen(QPen(line, 1));
            const int y = anchorY + fm.height() / 2;
            painter.drawLine(0, y, 8, y);
            if (top != anchorY)
                painter.drawLine(8, y, 8, top + 8);
        }
        painter.setPen(QPen(c.id == m_current ? QColor(0xb0, 0x60, 0x00) : line, c.id == m_current ? 2 : 1));
        painter.setBrush(resolved ? kResolvedFill : kOpenFill);
        painter.drawRoundedRect(box, 4, 4);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::WindowText));
        const int replies = m_tracker->replyCount(c.id);
        QString head = c.author;
        if (replies > 0)
            head += tr(" · %1 replies").arg(replies);
        if (resolved)
            head += tr(" · resolved");
        if (orphan)
            head += tr(" · words gone");
        const QRect inner = box.adjusted(6, 3, -6, -3);
        painter.drawText(inner.left(), inner.top() + fm.ascent(), fm.elidedText(head, Qt::ElideRight, inner.width()));
        painter.setFont(font());
        const QRect text = inner.adjusted(0, fm.height() + 1, 0, 0);
        QString body = c.body;
        body.replace(u'\n', u' ');
        // Two lines at most, the second elided.
        QString first = body, second;
        for (int n = int(body.size()); n > 0; --n)
            if (fm.horizontalAdvance(body.left(n)) <= text.width()) {
                first = body.left(n);
                second = body.mid(n);
                break;
            }
        painter.drawText(text.left(), text.top() + fm.ascent(), first);
        if (!second.isEmpty())
            painter.drawText(text.left(), text.top() + fm.height() + fm.ascent(),
                             fm.elidedText(second, Qt::ElideRight, text.width()));
        m_boxes.append({c.id, box});
    }
}

void CommentMargin::mousePressEvent(QMouseEvent *event)
{
    for (const auto &[id, box] : std::as_const(m_boxes))
        if (box.contains(event->position().toPoint())) {
            emit commentClicked(id);
            return;
        }
    QWidget::mousePressEvent(event);
}

} // namespace fazhi
