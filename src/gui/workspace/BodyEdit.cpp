// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyEdit.h"

#include "import/PasteCleaner.h"

#include <QKeyEvent>
#include <QMimeData>

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

void BodyEdit::insertFromMimeData(const QMimeData *source)
{
    // Too large, or nothing that is text: the guard says why (or Qt inserts nothing).
    if (!source || !source->hasText() || source->text().size() > maxInsert || isReadOnly()) {
        GuardedTextEdit::insertFromMimeData(source);
        return;
    }
    // Word and WPS put the paragraphs and tables on the clipboard as HTML too: that is read when there.
    const PasteResult paste = PasteCleaner::clean(source->text(), source->hasHtml() ? source->html() : QString());
    if (paste.blocks.isEmpty() && source->hasHtml()) { // HTML without text (an image): take the plain text
        GuardedTextEdit::insertFromMimeData(source);
        return;
    }
    if (paste.hasHeadings()) {
        emit structuredPaste(paste);
        return;
    }
    textCursor().insertText(paste.bodyText());
    ensureCursorVisible();
    if (!paste.changes.isEmpty())
        emit pasteCleaned(paste.changes);
}

} // namespace fazhi
