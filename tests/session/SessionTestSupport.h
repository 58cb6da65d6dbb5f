// SPDX-License-Identifier: GPL-3.0-or-later
// What the session tests share: a fresh database with the demo reports and a session on its newest report,
// without a window; a fresh connection to read what is stored; waiting for the writer and the event loop.
#pragma once

#include "ReportSession.h"
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/DocumentStore.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"

#include "EventLoop.h"
#include "TestSupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

namespace fazhi::test {

struct SessionFixture
{
    QTemporaryDir dir;
    Database db;
    qint64 reportId = 0;
    std::unique_ptr<ReportSession> session;

    /// `problems` problems are stored before the report is opened, as an earlier session would have.
    explicit SessionFixture(int problems = 0)
    {
        db.open(path());
        DemoData::seedIfEmpty(db);
        QList<Report> reports = ReportRepository(db).all();
        std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.year < b.year; });
        reportId = reports.last().id;
        ProblemRepository repo(db);
        for (int i = 0; i < problems; ++i) {
            Problem p;
            p.reportId = reportId;
            p.position = i;
            p.text = QStringLiteral("问题%1：执法人员培训不足").arg(i + 1);
            repo.insert(p);
        }
        open();
    }
    ~SessionFixture()
    {
        session.reset();
        QThreadPool::globalInstance()->waitForDone();
    }

    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    void open() { session = std::make_unique<ReportSession>(db, reportId); }
    ReportSession &s() { return *session; }

    /// The report as a fresh connection reads it, the way the next start (or another program) sees it.
    ReportDocument stored() const
    {
        Database fresh;
        fresh.open(path());
        return DocumentStore(fresh).load(reportId, false);
    }
};

inline QStringList sectionsOf(const ReportDocument &doc)
{
    QStringList out;
    for (const Section &s : doc.sections)
        out << QStringLiteral("%1|%2|%3|%4|%5").arg(s.id).arg(s.parentId).arg(s.heading).arg(s.runIn).arg(s.body);
    return out;
}

inline QStringList problemsOf(const ReportDocument &doc)
{
    QStringList out;
    for (const Problem &p : doc.problems)
        out << QStringLiteral("%1|%2|%3").arg(p.id).arg(p.text, p.measure);
    return out;
}

inline QStringList metricsOf(const ReportDocument &doc)
{
    QStringList out;
    for (const MetricValue &m : doc.metrics)
        out << QStringLiteral("%1|%2|%3").arg(m.key).arg(m.value).arg(m.note);
    out.sort();
    return out;
}

inline QList<qint64> partsOf(const ReportDocument &doc)
{
    QList<qint64> ids;
    for (const Section &s : doc.sections)
        if (s.isPart())
            ids << s.id;
    return ids;
}

inline QList<qint64> subsectionsOf(const ReportDocument &doc)
{
    QList<qint64> ids;
    for (const Section &s : doc.sections)
        if (!s.isPart())
            ids << s.id;
    return ids;
}

} // namespace fazhi::test
