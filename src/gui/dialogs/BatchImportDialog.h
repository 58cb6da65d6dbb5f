// SPDX-License-Identifier: GPL-3.0-or-later
// A folder of reports imported at once from the workspace, as `fazhi import FOLDER` does: each file in its
// own transaction on a worker thread with its own connection, a progress dialog that can be cancelled, then
// what became of each file.
#pragma once

#include "overview/BatchImport.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QTableWidget;

namespace fazhi {

class BatchImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// `databasePath` is what Database::open takes (a file or a server address): the worker connects to it.
    BatchImportDialog(QString databasePath, QString folder, QWidget *parent = nullptr);
    ~BatchImportDialog() override;

    /// Imports the folder's files with a progress dialog, the interface staying live, and fills in the
    /// outcome; returns when the batch has finished or was cancelled. Throws Failure when the folder cannot
    /// be listed.
    void run();
    /// Stops the batch after the file being imported (files done stay stored). Safe from any thread.
    void cancel() { m_cancelled = true; }
    bool wasCancelled() const { return m_cancelled; }
    const QList<BatchImportItem> &items() const { return m_items; }
    int imported() const;

signals:
    /// After each file, from the worker thread: connect directly to act on it before the next file starts.
    void fileDone(int index, int total);

private:
    void showOutcome(int total);

    QString m_databasePath;
    QString m_folder;
    std::atomic_bool m_cancelled = false;
    QList<BatchImportItem> m_items;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace fazhi
