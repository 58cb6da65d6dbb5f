// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuardedTextEdit.h"

#include "Dialogs.h"
#include "text/InputText.h"

#include <QMimeData>

namespace fazhi {

GuardedTextEdit::GuardedTextEdit(QWidget *parent) : QPlainTextEdit(parent) {}

void GuardedTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (source && source->hasText()) {
        const qsizetype size = source->text().size();
        if (size > maxInsert) {
            MessageBox::warning(this, tr("Text too long"),
                                tr("The text to paste has %1 characters; one paste may bring at most %2. A whole "
                                   "report is usually under 30,000 characters: check what was copied, or paste it "
                                   "in parts. Nothing was changed.")
                                    .arg(size)
                                    .arg(maxInsert));
            return;
        }
    }
    // Control characters and terminal escape sequences never enter the report: they would pass into the
    // TXT, Markdown and HTML exports as they are.
    if (source && source->hasText() && input::hasControlCharacters(source->text())) {
        QMimeData cleaned;
        cleaned.setText(input::clean(source->text()));
        QPlainTextEdit::insertFromMimeData(&cleaned);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace fazhi
