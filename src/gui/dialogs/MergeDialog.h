// SPDX-License-Identifier: GPL-3.0-or-later
// Two desks changed the same section's text: this window's text and the other desk's side by side, and
// below them the text to keep, which starts as the clerk's own and can be edited or replaced by the other.
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace fazhi {

class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const QString &what, const QString &mine, const QString &theirs, QWidget *parent = nullptr);

    /// The text to keep (the clerk's own unless changed).
    QString merged() const;
    void setMerged(const QString &text);
    QPlainTextEdit *mineView() const { return m_mine; }
    QPlainTextEdit *theirsView() const { return m_theirs; }

private:
    QPlainTextEdit *m_mine;
    QPlainTextEdit *m_theirs;
    QPlainTextEdit *m_merged;
};

} // namespace fazhi
