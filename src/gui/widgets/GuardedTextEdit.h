// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace fazhi {

/// A plain-text field of the report that refuses a paste or a drop far larger than any report (a whole
/// file, a spreadsheet, an image taken as text) with a message, and changes nothing. Taking in 100 MB would
/// freeze the window, then the checks, the preview and every autosave after it. A paste or drop loses its
/// control characters and escape sequences (input::clean).
class GuardedTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    /// Characters one paste or drop may bring: several times a whole report (which is about 30,000).
    static constexpr qsizetype maxInsert = 200'000;

    explicit GuardedTextEdit(QWidget *parent = nullptr);

protected:
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace fazhi
