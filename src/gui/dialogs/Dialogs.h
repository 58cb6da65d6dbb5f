// SPDX-License-Identifier: GPL-3.0-or-later
// Thin wrappers around the dialogs that ask the user something, so that tests can answer in advance.
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QDialog;
class QWidget;

namespace fazhi {

class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                   const QString &filter);
    static QString getExistingDirectory(QWidget *parent, const QString &caption);
    /// The next call returns `fileName` without showing anything (an empty name means "cancelled").
    static void setNextFileName(const QString &fileName);
};

class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);

    /// The next question is answered with `answer` without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Non-interactive mode (tests, screenshots): nothing is shown; questions get their default answer.
    static void setNonInteractive(bool on);
    static bool isNonInteractive();
    /// The texts shown (or, non-interactively, not shown) so far, newest last.
    static QStringList history();
    static void clearHistory();
};

class InputDialog
{
public:
    /// Asks for one line of text; returns false when cancelled.
    static bool getText(QWidget *parent, const QString &title, const QString &label, QString *text);
    static void setNextText(const QString &text, bool accepted = true);
};

/// Runs a dialog modally, or hands it to the test's hook (which fills it in and accepts or rejects it).
class DialogRunner
{
public:
    static int exec(QDialog *dialog);
    static void setNextHook(std::function<int(QDialog *)> hook);
};

} // namespace fazhi
