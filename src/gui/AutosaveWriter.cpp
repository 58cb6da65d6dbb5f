// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutosaveWriter.h"

#include "SessionJournal.h"
#include "storage/Database.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SectionRepository.h"
#include "util/Failure.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>

namespace fazhi {

class AutosaveWriter::Worker : public QObject
{
public:
    explicit Worker(QString path) : m_path(std::move(path)) {}

    /// Runs on the writer thread. Returns an empty string on success, else the reason.
    QString write(const SaveBatch &b)
    {
        try {
            if (!m_db) {
                m_db = std::make_unique<Database>();
                m_db->open(m_path);
            }
            Database &db = *m_db;
            Transaction tx(db);
            SectionRepository sections(db);
            for (const Section &s : b.sections)
                sections.update(s);
            for (const auto &[id, body] : b.bodies)
                sections.updateBody(id, body);
            ReportRepository reports(db);
            if (b.report)
                reports.update(*b.report);
            MetricRepository metrics(db);
            for (const MetricValue &v : b.metrics)
                metrics.set(v);
            for (const QString &key : b.removedMetrics)
                metrics.remove(b.reportId, key);
            ProblemRepository problems(db);
            for (const Problem &p : b.problems)
                problems.update(p);
            reports.touch(b.reportId);
            SessionJournal(db).noteSaved(b.reportId, b.editedHeadings);
            tx.commit();
            return {};
        } catch (const Failure &f) {
            return f.message();
        }
    }
    void close() { m_db.reset(); }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

AutosaveWriter::AutosaveWriter(const QString &databasePath, QObject *parent)
    : QObject(parent), m_worker(new Worker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("autosave"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
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
    QMetaObject::invokeMethod(
        m_worker,
        [this, w = m_worker, batch = std::move(batch), done = std::move(done)] {
            QElapsedTimer timer;
            timer.start();
            const QString error = w->write(batch);
            const qint64 ms = timer.elapsed();
            QMetaObject::invokeMethod(this, [done, error, ms] { done(error.isEmpty(), error, ms); },
                                      Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void AutosaveWriter::waitIdle()
{
    // Batches run in order: once this no-op has run, all earlier ones are written.
    QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace fazhi
