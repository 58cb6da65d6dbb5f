// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyEdit.h"

#include <QKeyEvent>

namespace fazhi {

BodyEdit::BodyEdit(QWidget *parent) : GuardedTextEdit(parent)
{
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

void BodyEdit::setTextSilently(const QString &text, int cursor)
{
    m_silent = true;
    setPlainText(text);
    QTextCursor c = textCursor();
    c.setPosition(qBound(0, cursor, int(text.size())));
    setTextCursor(c);
    m_silent = false;
}

bool BodyEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore(); // let the window's Undo/Redo actions have it
            return true;
        }
    }
    return GuardedTextEdit::event(event);
}

void BodyEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)) {
        event->ignore();
        return;
    }
    GuardedTextEdit::keyPressEvent(event);
}

} // namespace fazhi
