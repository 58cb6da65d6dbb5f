// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ReportDocument.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SectionSaveRepository.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
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

/// What a save found, filled in on the writer thread before the session hears that it is done.
struct SaveOutcome
{
    /// The report's stamp just before the save and as the save left it, both read while nobody else could
    /// write the report; unset where the writer cannot know them that exactly. A session that finds `before`
    /// equal to what it last knew takes `after` as known: its own write, not another desk's.
    std::optional<ReportStamp> before;
    std::optional<ReportStamp> after;
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
    /// Shared by the copies of the batch: the writer fills it, the session reads it when the save is done.
    std::shared_ptr<SaveOutcome> outcome = std::make_shared<SaveOutcome>();

    /// Only headings and bodies: what typing makes (on a server one statement, SectionSaveRepository).
    bool isSectionText() const
    {
        return !report && metrics.isEmpty() && removedMetrics.isEmpty() && problems.isEmpty()
               && (!headings.isEmpty() || !bodies.isEmpty());
    }
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
/// The connection is opened on the writer's thread as the writer is made, before the first save. On a
/// server a batch of section text alone is one statement and one round trip (SectionSaveRepository); each
/// batch hands back the report's stamp before and after it where the writer can know them (SaveOutcome).
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
    void submit(Operation operation, Done done, bool transaction);

    class Worker;
    QThread m_thread;
    bool m_server = false; ///< on a PostgreSQL server (section text is saved in one statement there)
    /// The revisions of the writer's own last saves (used on the writer thread only; see writeBatch).
    std::shared_ptr<QHash<qint64, int>> m_ownRevisions = std::make_shared<QHash<qint64, int>>();
    Worker *m_worker = nullptr;
};

} // namespace fazhi
