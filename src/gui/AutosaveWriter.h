// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ReportDocument.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace fazhi {

/// What one autosave writes: copies of the changed rows.
struct SaveBatch
{
    qint64 reportId = 0;
    QList<Section> sections;                    ///< written whole (heading, run-in, body)
    QList<std::pair<qint64, QString>> bodies;   ///< body-only changes: the keystroke path
    std::optional<Report> report;
    QList<MetricValue> metrics;
    QStringList removedMetrics;
    QList<Problem> problems;
    QStringList editedHeadings;                 ///< for the session journal
};

/// Writes autosave batches on its own thread and database connection, so that a slow disk (each write is a
/// transaction with synchronous=FULL) never stalls typing. Batches are written in the order submitted.
class AutosaveWriter : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool ok, const QString &error, qint64 ms)>;

    explicit AutosaveWriter(const QString &databasePath, QObject *parent = nullptr);
    ~AutosaveWriter() override;

    /// Queues `batch`; `done` runs on this object's thread when it has been written (or failed).
    void submit(SaveBatch batch, Done done);
    /// Blocks until every submitted batch is written and its `done` has run.
    void waitIdle();

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace fazhi
