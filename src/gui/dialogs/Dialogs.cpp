// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialogs.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>

#include <optional>

namespace fazhi {

namespace {

std::optional<QString> g_nextFileName;
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<std::pair<QString, bool>> g_nextText;
std::function<int(QDialog *)> g_nextHook;
bool g_nonInteractive = false;
QStringList g_history;

template<typename T> std::optional<T> take(std::optional<T> &slot)
{
    std::optional<T> v = std::move(slot);
    slot.reset();
    return v;
}

} // namespace

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (auto next = take(g_nextFileName))
        return *next;
    if (g_nonInteractive)
        return {};
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                    const QString &filter)
{
    if (auto next = take(g_nextFileName))
        return *next;
    if (g_nonInteractive)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption)
{
    if (auto next = take(g_nextFileName))
        return *next;
    if (g_nonInteractive)
        return {};
    return QFileDialog::getExistingDirectory(parent, caption);
}

void FileDialog::setNextFileName(const QString &fileName) { g_nextFileName = fileName; }

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons)
{
    g_history << text;
    if (auto next = take(g_nextAnswer))
        return *next;
    if (g_nonInteractive)
        return (buttons & QMessageBox::Yes) ? QMessageBox::Yes : QMessageBox::Ok;
    return QMessageBox::question(parent, title, text, buttons);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    g_history << text;
    if (take(g_nextAnswer) || g_nonInteractive)
        return;
    QMessageBox::information(parent, title, text);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    g_history << text;
    if (take(g_nextAnswer) || g_nonInteractive)
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    g_history << text;
    if (take(g_nextAnswer) || g_nonInteractive)
        return;
    QMessageBox::critical(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer) { g_nextAnswer = answer; }
void MessageBox::setNonInteractive(bool on) { g_nonInteractive = on; }
bool MessageBox::isNonInteractive() { return g_nonInteractive; }
QStringList MessageBox::history() { return g_history; }
void MessageBox::clearHistory() { g_history.clear(); }

bool InputDialog::getText(QWidget *parent, const QString &title, const QString &label, QString *text)
{
    if (auto next = take(g_nextText)) {
        *text = next->first;
        return next->second;
    }
    if (g_nonInteractive)
        return false;
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, *text, &ok);
    if (ok)
        *text = value;
    return ok;
}

void InputDialog::setNextText(const QString &text, bool accepted) { g_nextText = std::make_pair(text, accepted); }

int DialogRunner::exec(QDialog *dialog)
{
    if (g_nextHook) {
        auto hook = std::move(g_nextHook);
        g_nextHook = nullptr;
        return hook(dialog);
    }
    if (g_nonInteractive)
        return QDialog::Rejected;
    return dialog->exec();
}

void DialogRunner::setNextHook(std::function<int(QDialog *)> hook) { g_nextHook = std::move(hook); }

} // namespace fazhi
