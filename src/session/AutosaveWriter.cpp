// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutosaveWriter.h"

#include "SessionJournal.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"
#include "storage/SectionRepository.h"
#include "storage/SectionSaveRepository.h"
#include "storage/SqlDialect.h"
#include "util/Failure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <memory>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

Q_LOGGING_CATEGORY(lcWriter, "fazhi.autosave")

/// `own`: the revisions this writer's own saves left, on the writer thread only. A batch made before the
/// previous one was saved names the revision that one started from; the writer's own later revision is
/// then the one to expect (a write by anyone else still shows as a different stored revision).
Failure stale() { return Failure(AutosaveWriter::staleMessage(), Failure::Kind::Operation, u"stale section"_s); }

/// The keystroke path on a server: headings and bodies only, in one statement (SectionSaveRepository), which
/// is its own transaction: one round trip.
void writeSections(Database &db, const SaveBatch &b, const QHash<qint64, int> &revisions, QHash<qint64, int> &own)
{
    QList<SectionSaveRepository::Change> changes;
    const auto change = [&](qint64 id) {
        SectionSaveRepository::Change c;
        c.id = id;
        if (revisions.contains(id))
            c.revision = revisions.value(id);
        return c;
    };
    for (const HeadingChange &h : b.headings) {
        SectionSaveRepository::Change c = change(h.id);
        c.heading = h.heading;
        c.runIn = h.runIn;
        changes << c;
    }
    for (const auto &[id, body] : b.bodies) {
        SectionSaveRepository::Change c = change(id);
        c.body = body;
        changes << c;
    }
    const std::optional<SectionSaveRepository::Saved> saved = SectionSaveRepository(db).saveSections(
        b.reportId, changes, b.editorId, SessionJournal(db).savedNote(b.editedHeadings));
    if (!saved)
        throw stale();
    for (auto it = saved->revisions.cbegin(); it != saved->revisions.cend(); ++it)
        if (b.revisions.contains(it.key()))
            own.insert(it.key(), it.value());
    b.outcome->before = saved->before;
    b.outcome->after = saved->after;
}

/// `own`: the revisions this writer's own saves left, on the writer thread only. A batch made before the
/// previous one was saved names the revision that one started from; the writer's own later revision is
/// then the one to expect (a write by anyone else still shows as a different stored revision).
/// `oneStatement`: the batch is section text on a server, written by writeSections outside a transaction.
void writeBatch(Database &db, const SaveBatch &b, QHash<qint64, int> &own, bool oneStatement)
{
    QHash<qint64, int> revisions = b.revisions;
    for (auto it = revisions.begin(); it != revisions.end(); ++it)
        if (own.contains(it.key()) && own.value(it.key()) > it.value())
            it.value() = own.value(it.key());
    if (oneStatement) {
        writeSections(db, b, revisions, own);
        return;
    }
    SectionRepository sections(db);
    // SQLite's write transaction (BEGIN IMMEDIATE) holds the file's write lock from its start: the report's
    // stamp read now is what it was before this save, and nobody else changes it until the commit.
    SectionSaveRepository stamps(db);
    const bool exact = db.engine() == Engine::Sqlite;
    if (exact)
        b.outcome->before = stamps.stamp(b.reportId);
    for (const HeadingChange &h : b.headings) {
        if (!revisions.contains(h.id)) {
            sections.updateHeading(h.id, h.heading, h.runIn);
            continue;
        }
        const std::optional<int> now = sections.saveHeading(h.id, h.heading, h.runIn, revisions.value(h.id));
        if (!now)
            throw stale();
        revisions.insert(h.id, *now);
    }
    for (const auto &[id, body] : b.bodies) {
        if (!revisions.contains(id)) {
            sections.updateBody(id, body);
            continue;
        }
        const std::optional<int> now = sections.saveBody(id, body, revisions.value(id));
        if (!now)
            throw stale();
        revisions.insert(id, *now);
    }
    ReportRepository reports(db);
    if (b.report)
        reports.updateFields(*b.report, b.reportFields);
    MetricRepository metrics(db);
    for (const auto &[value, fields] : b.metrics)
        metrics.setFields(value, fields);
    for (const QString &key : b.removedMetrics)
        metrics.remove(b.reportId, key);
    ProblemRepository problems(db);
    for (const auto &[problem, fields] : b.problems)
        problems.updateFields(problem, fields);
    reports.touch(b.reportId);
    if (b.editorId > 0)
        ReviewRepository(db).noteEditor(b.reportId, b.editorId);
    for (auto it = revisions.cbegin(); it != revisions.cend(); ++it)
        if (b.revisions.contains(it.key()))
            own.insert(it.key(), it.value());
    SessionJournal(db).noteSaved(b.reportId, b.editedHeadings);
    if (exact)
        b.outcome->after = stamps.stamp(b.reportId);
}

} // namespace

/// Whether connecting to the server failed for want of the server (refused, timed out, starting up or
/// shutting down) rather than because it refused the login: libpq's own errors carry no "FATAL", the
/// server's do.
static bool cannotReach(const Failure &f)
{
    if (!f.message().startsWith(u"无法连接数据库服务器"_s))
        return false;
    const QString detail = f.detail();
    return !detail.contains(u"FATAL"_s) || detail.contains(u"starting up"_s) || detail.contains(u"shutting down"_s);
}

class AutosaveWriter::Worker : public QObject
{
public:
    explicit Worker(QString path) : m_path(std::move(path)) {}

    /// Runs on the writer thread: `operation` in one transaction. Returns the failure, if any; nothing
    /// thrown ever leaves this function (it would end the thread). `unreachable` tells whether the failure
    /// was the server being out of reach (stopped, restarting, the network down) rather than a refusal.
    std::optional<Failure> execute(const Operation &operation, bool *unreachable = nullptr, bool transaction = true)
    {
        if (unreachable)
            *unreachable = false;
        bool opening = false;
        try {
            if (!m_db) {
                opening = true;
                openDatabase();
                opening = false;
            }
            if (!transaction) {
                operation(*m_db); // one statement: a transaction of its own
                return std::nullopt;
            }
            Transaction tx(*m_db);
            operation(*m_db);
            tx.commit();
            return std::nullopt;
        } catch (const Failure &f) {
            qCWarning(lcWriter) << "write failed:" << f.message() << f.detail();
            if (unreachable)
                *unreachable = opening ? cannotReach(f) : m_db->isConnectionLost();
            return f;
        } catch (const std::exception &e) {
            qCWarning(lcWriter) << "write failed:" << e.what();
            if (unreachable)
                *unreachable = m_db && m_db->isConnectionLost();
            return Failure(QCoreApplication::translate("AutosaveWriter", "The change could not be saved."),
                           Failure::Kind::Operation, QString::fromLocal8Bit(e.what()));
        }
    }
    void close() { m_db.reset(); }
    /// Opens the writer's connection ahead of the first save, as the session opens the report: on a server
    /// connecting and checking the schema take many round trips, which the first keystroke should not wait
    /// for. A failure is left to the first save, which tries again and reports it.
    void openAhead()
    {
        if (m_db)
            return;
        try {
            openDatabase();
        } catch (const Failure &f) {
            qCInfo(lcWriter) << "opening the writer's connection ahead failed; the first save tries again:"
                             << f.message() << f.detail();
        } catch (const std::exception &e) {
            qCInfo(lcWriter) << "opening the writer's connection ahead failed; the first save tries again:" << e.what();
        }
    }

private:
    void openDatabase()
    {
        auto db = std::make_unique<Database>();
        db->open(m_path);
        m_db = std::move(db);
    }

    QString m_path;
    std::unique_ptr<Database> m_db;
};

QString AutosaveWriter::unreachableMessage()
{
    return QCoreApplication::translate("AutosaveWriter",
                                       "The database server cannot be reached; your text is kept on this computer.");
}

QString AutosaveWriter::staleMessage()
{
    return QCoreApplication::translate("AutosaveWriter", "Someone else saved this text meanwhile; merging.");
}

AutosaveWriter::AutosaveWriter(const QString &databasePath, QObject *parent)
    : QObject(parent), m_server(dialect::isServerAddress(databasePath)), m_worker(new Worker(databasePath))
{
    m_thread.setObjectName(u"autosave"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->openAhead(); }, Qt::QueuedConnection);
}

AutosaveWriter::~AutosaveWriter()
{
    waitIdle();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void AutosaveWriter::submit(SaveBatch batch, Done done)
{
    const bool oneStatement = m_server && batch.isSectionText();
    submit(Operation([batch = std::move(batch), own = m_ownRevisions, oneStatement](Database &db) {
               writeBatch(db, batch, *own, oneStatement);
           }),
           std::move(done), !oneStatement);
}

void AutosaveWriter::submit(Operation operation, Done done) { submit(std::move(operation), std::move(done), true); }

void AutosaveWriter::submit(Operation operation, Done done, bool transaction)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, w = m_worker, operation = std::move(operation), done = std::move(done), transaction] {
            QElapsedTimer timer;
            timer.start();
            bool unreachable = false;
            const std::optional<Failure> failure = w->execute(operation, &unreachable, transaction);
            const qint64 ms = timer.elapsed();
            const QString error = !failure ? QString() : unreachable ? unreachableMessage() : failure->message();
            QMetaObject::invokeMethod(this, [done, ok = !failure, error, ms] { done(ok, error, ms); },
                                      Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void AutosaveWriter::run(const Operation &operation)
{
    std::optional<Failure> failure;
    // Queued behind every batch submitted before: the writer does them in order, then this.
    // A structural write may move revisions anywhere (an undone deletion restores the old one): the
    // session reads them back after it, so the writer forgets its own.
    QMetaObject::invokeMethod(m_worker, [&, own = m_ownRevisions] {
        failure = m_worker->execute(operation);
        own->clear();
    }, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    if (failure)
        throw *failure;
}

void AutosaveWriter::waitIdle()
{
    // Batches run in order: once this no-op has run, all earlier ones are written.
    QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace fazhi
