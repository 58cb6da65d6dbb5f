// SPDX-License-Identifier: GPL-3.0-or-later
// The district's server under load: 20 clients autosaving for 60 s (p50/p99 save latency, every write
// accounted for) and the compliance overview of 100,000 reports, on a PostgreSQL 15 server of its own
// (tests/pg/pg-server.sh) or on FAZHI_BENCH_PG (a postgresql:// address of an empty database).
//   bench_pg [seconds] [clients] [reports]
#include "check/CheckOptions.h"
#include "overview/Overview.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/ReportRepository.h"
#include "storage/SectionRepository.h"
#include "storage/Sql.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

QString readTrimmed(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()).trimmed() : QString();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5)));
}

struct ClientResult
{
    std::vector<double> latenciesMs;
    int failed = 0;
    int conflicts = 0;
    QString lastSaved;
    qint64 section = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::atoi(argv[1]) : 60;
    const int clientCount = argc > 2 ? std::atoi(argv[2]) : 20;
    const int reportCount = argc > 3 ? std::atoi(argv[3]) : 100000;

    QTemporaryDir dir;
    QString address = qEnvironmentVariable("FAZHI_BENCH_PG");
    const QString script = QStringLiteral(FAZHI_SOURCE_DIR "/tests/pg/pg-server.sh");
    const QString state = dir.filePath(u"server"_s);
    const bool ownServer = address.isEmpty();
    if (ownServer) {
        if (QProcess::execute(u"bash"_s, {script, u"start"_s, state}) != 0) {
            std::fprintf(stderr, "cannot start a PostgreSQL server\n");
            return 2;
        }
        const QString folder = readTrimmed(state + u"/folder"_s);
        const QString port = readTrimmed(state + u"/port"_s);
        QProcess::execute(u"psql"_s, {u"-h"_s, folder, u"-p"_s, port, u"-U"_s, u"postgres"_s, u"-qc"_s,
                                      u"CREATE DATABASE bench"_s});
        address = u"postgresql://postgres@localhost:%1/bench?host=%2"_s.arg(port, folder);
    }
    int exitCode = 0;
    try {
        Database db;
        db.open(address);
        std::printf("server: %s (schema %d)\n", qPrintable(db.path()), db.schemaVersion());

        // --- 20 clients autosaving -------------------------------------------------------------------
        const qint64 district = UnitRepository(db).insert({.fullName = u"重庆市江津区人民政府"_s, .kind = UnitKind::Government});
        std::vector<qint64> sections;
        for (int c = 0; c < clientCount; ++c) {
            const qint64 unit = UnitRepository(db).insert(
                {.fullName = u"重庆市江津区第%1局"_s.arg(c + 1), .kind = UnitKind::Department, .parentId = district});
            const qint64 report = DocumentStore(db).createReport(unit, 2025, false);
            sections.push_back(SectionRepository(db).forReport(report).first().id);
        }
        std::vector<ClientResult> results(static_cast<size_t>(clientCount), ClientResult{});
        std::atomic<bool> stop{false};
        std::vector<std::thread> clients;
        for (int c = 0; c < clientCount; ++c) {
            clients.emplace_back([&, c] {
                ClientResult &r = results.at(size_t(c));
                r.section = sections.at(size_t(c));
                try {
                    Database mine;
                    mine.open(address);
                    SectionRepository repo(mine);
                    ReportRepository reports(mine);
                    Section s = *repo.find(r.section);
                    QString text = s.body;
                    int revision = s.revision;
                    int n = 0;
                    // A clerk typing: a sentence every 250 ms, each save what the autosave writes (the body by
                    // compare-and-set, the report's time stamp) in one transaction.
                    while (!stop) {
                        text += u"第%1句，依法行政，严格规范公正文明执法。"_s.arg(++n);
                        QElapsedTimer t;
                        t.start();
                        try {
                            Transaction tx(mine);
                            const auto saved = repo.saveBody(r.section, text, revision);
                            if (!saved) {
                                ++r.conflicts;
                            } else {
                                revision = *saved;
                                reports.touch(s.reportId);
                            }
                            tx.commit();
                            r.lastSaved = text;
                        } catch (const Failure &) {
                            ++r.failed;
                        }
                        r.latenciesMs.push_back(t.nsecsElapsed() / 1e6);
                        QThread::msleep(250);
                    }
                } catch (const Failure &f) {
                    std::fprintf(stderr, "client %d: %s\n", c, qPrintable(f.message()));
                    ++r.failed;
                }
            });
        }
        QThread::sleep(seconds);
        stop = true;
        for (std::thread &t : clients)
            t.join();
        std::vector<double> all;
        int failed = 0, conflicts = 0, lost = 0;
        for (const ClientResult &r : results) {
            all.insert(all.end(), r.latenciesMs.begin(), r.latenciesMs.end());
            failed += r.failed;
            conflicts += r.conflicts;
            if (SectionRepository(db).find(r.section)->body != r.lastSaved)
                ++lost;
        }
        std::printf("%d clients autosaving for %d s: %zu saves, p50 %.2f ms, p99 %.2f ms, max %.2f ms; "
                    "%d failed, %d refused as stale, %d clients whose last save is not what is stored\n",
                    clientCount, seconds, all.size(), percentile(all, 0.5), percentile(all, 0.99),
                    all.empty() ? 0.0 : *std::max_element(all.begin(), all.end()), failed, conflicts, lost);
        if (failed || lost)
            exitCode = 1;

        // --- the overview of 100,000 reports ---------------------------------------------------------
        // Filled on the server in bulk (units, reports with five parts, current check summaries), as a
        // district's years of use would have left them.
        QElapsedTimer fill;
        fill.start();
        const QSqlDatabase c = db.connection();
        sql::run(c, u"INSERT INTO units (full_name, kind, parent_id) SELECT '江津区第' || g || '号单位', 'department', ? "
                    u"FROM generate_series(1, ?::integer) g"_s,
                 {district, reportCount});
        sql::run(c, u"INSERT INTO reports (unit_id, year, title, status, created_at, updated_at, submitted_at) "
                    u"SELECT id, 2024, '法治政府建设年度报告', CASE WHEN id % 3 = 0 THEN 'draft' ELSE 'submitted' END, "
                    u"'2025-01-10T08:00:00Z', '2025-01-10T08:00:00Z', CASE WHEN id % 3 = 0 THEN NULL ELSE '2025-01-20' END "
                    u"FROM units WHERE full_name LIKE '江津区第%号单位'"_s);
        sql::run(c, u"INSERT INTO report_summaries (report_id, revision, errors, warnings, score, missing_parts) "
                    u"SELECT id, revision, id % 3, id % 5, 80 + id % 20, CASE WHEN id % 7 = 0 THEN '4' ELSE '' END "
                    u"FROM reports WHERE year = 2024"_s);
        sql::run(c, u"ANALYZE"_s);
        std::printf("filled %d reports in %.1f s\n", reportCount, fill.nsecsElapsed() / 1e9);
        CheckOptions options;
        QList<OverviewRow> rows;
        std::vector<double> times;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            rows = Overview::build(db, 2024, 0, options);
            times.push_back(t.nsecsElapsed() / 1e6);
        }
        std::printf("overview of %lld rows (%d reports) on PostgreSQL: %.0f ms median of 3 (runs: %.0f, %.0f, %.0f ms)\n",
                    static_cast<long long>(rows.size()), reportCount, percentile(times, 0.5), times.at(0), times.at(1),
                    times.at(2));
    } catch (const Failure &f) {
        std::fprintf(stderr, "failed: %s (%s)\n", qPrintable(f.message()), qPrintable(f.detail()));
        exitCode = 2;
    }
    if (ownServer)
        QProcess::execute(u"bash"_s, {script, u"stop"_s, state});
    return exitCode;
}
