// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ReportDocument.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

namespace fazhi {

class Database;
class Failure;

/// A heading change of one section: only the heading and the run-in flag are written.
struct HeadingChange
{
    qint64 id = 0;
    QString heading;
    bool runIn = false;
};

/// What one autosave writes: the changed columns of the changed rows, never whole rows, so that a column
/// changed meanwhile by another program (or by a structural edit) keeps its value.
struct SaveBatch
{
    qint64 reportId = 0;
    QList<HeadingChange> headings;
    QList<std::pair<qint64, QString>> bodies;   ///< body-only changes: the keystroke path
    /// The stored revision each changed section had when the session last read or wrote it: headings and
    /// bodies are saved only while the section is still at it (compare-and-set), so that a save never
    /// overwrites what another desk saved meanwhile.
    QHash<qint64, int> revisions;
    std::optional<Report> report;
    ReportRepository::Fields reportFields;      ///< which fields of `report` to write
    QList<std::pair<MetricValue, MetricRepository::Fields>> metrics;
    QStringList removedMetrics;
    QList<std::pair<Problem, ProblemRepository::Fields>> problems;
    QStringList editedHeadings;                 ///< for the session journal
    qint64 editorId = 0;                        ///< the person making the change, recorded as an editor of the round

    bool isEmpty() const
    {
        return headings.isEmpty() && bodies.isEmpty() && !report && metrics.isEmpty() && removedMetrics.isEmpty()
               && problems.isEmpty();
    }
};

/// The one writer of a session: every change of the open report goes, in the order made, through this
/// object's thread and database connection. Text changes are batched (a slow disk, each write being a
/// transaction with synchronous=FULL, never stalls typing); structural changes that need their result at
/// once (an id) run through `run`, which blocks until the writer has done everything queued before them.
class AutosaveWriter : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool ok, const QString &error, qint64 ms)>;
    using Operation = std::function<void(Database &)>;

    explicit AutosaveWriter(const QString &databasePath, QObject *parent = nullptr);
    /// The error a batch fails with when a section was saved elsewhere since the session read it: nothing
    /// of the batch was written; the session merges and saves again.
    static QString staleMessage();
    /// The error a batch fails with when the server cannot be reached (stopped, restarting, the network
    /// down): nothing of it was written; the session keeps it in its LocalJournal and tries again.
    static QString unreachableMessage();
    ~AutosaveWriter() override;

    /// Queues `batch`; `done` runs on this object's thread when it has been written (or failed).
    void submit(SaveBatch batch, Done done);
    /// Queues `operation` (run in one transaction on the writer's connection) and `done` after it.
    void submit(Operation operation, Done done);
    /// Runs `operation` in one transaction on the writer's connection after everything queued before it,
    /// and waits for it. Throws the Failure it threw (the transaction then rolled back).
    void run(const Operation &operation);
    /// Blocks until every submitted batch is written and its `done` has run.
    void waitIdle();

private:
    class Worker;
    QThread m_thread;
    /// The revisions of the writer's own last saves (used on the writer thread only; see writeBatch).
    std::shared_ptr<QHash<qint64, int>> m_ownRevisions = std::make_shared<QHash<qint64, int>>();
    Worker *m_worker = nullptr;
};

} // namespace fazhi
