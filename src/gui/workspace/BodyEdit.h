// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GuardedTextEdit.h"

namespace fazhi {

/// The plain-text editor of a section body. Its own undo is off: Ctrl+Z and Ctrl+Y go to the report's
/// undo stack, so that typing, heading edits and outline changes undo in one history. Pastes too large for a
/// report are refused (GuardedTextEdit).
class BodyEdit : public GuardedTextEdit
{
    Q_OBJECT

public:
    explicit BodyEdit(QWidget *parent = nullptr);

    /// Replaces the text without notifying listeners as an edit, keeping the cursor near `cursor`.
    void setTextSilently(const QString &text, int cursor);
    bool isSilent() const { return m_silent; }

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_silent = false;
};

} // namespace fazhi
