// SPDX-License-Identifier: GPL-3.0-or-later
// The district's server under load: 20 clients autosaving for 60 s (p50/p99 save latency, every write
// accounted for), the compliance overview of 100,000 reports, and search over 2,000 full reports, on a PostgreSQL 15 server of its own
// (tests/pg/pg-server.sh) or on FAZHI_BENCH_PG (a postgresql:// address of an empty database).
//   bench_pg [seconds] [clients] [reports] [full reports searched]
#include "check/CheckOptions.h"
#include "overview/Overview.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/ReportRepository.h"
#include "storage/SearchRepository.h"
#include "storage/SectionRepository.h"
#include "storage/Sql.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include "BenchServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace fazhi;
using fazhi::bench::percentile;
using namespace Qt::StringLiterals;

namespace {

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
    bench::PgServer server;
    if (address.isEmpty()) {
        if (!server.open(dir.filePath(u"server"_s), true)) {
            std::fprintf(stderr, "cannot start a PostgreSQL server\n");
            return 2;
        }
        server.psql(u"CREATE DATABASE bench"_s);
        address = u"postgresql://postgres@localhost:%1/bench?host=%2"_s.arg(server.port(), server.folder());
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

        // --- search over full reports ------------------------------------------------------------------
        // Drafts of the year above get fifteen sections of about 2,000 characters each (sentences of the
        // fixtures in turn), about 30,000 characters a report; search as the program does on the server
        // (pg_trgm and ILIKE for three characters or more, every text read for one or two).
        const int fullReports = argc > 4 ? std::atoi(argv[4]) : 2000;
        QElapsedTimer fillText;
        fillText.start();
        sql::run(c, u"CREATE TEMPORARY TABLE bench_sentences (n integer, s text)"_s);
        const QStringList sentences{
            u"全年办理行政复议案件十二件，依法纠正不当行政行为两件。"_s, u"深入落实谁执法谁普法普法责任制，开展法治宣传活动三十场次。"_s,
            u"严格规范公正文明执法，推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度。"_s,
            u"党政主要负责人切实履行推进法治建设第一责任人职责，专题研究法治政府建设工作。"_s,
            u"行政规范性文件全部经过合法性审核，备案审查率达到百分之百。"_s, u"基层执法人员法治素养有待提升，执法能力与新形势要求还有差距。"_s,
            u"健全重大行政决策程序，严格落实公众参与、专家论证、风险评估、合法性审查、集体讨论决定等法定程序。"_s,
            u"加强行政应诉工作，行政机关负责人出庭应诉率达到百分之百。"_s};
        for (int i = 0; i < sentences.size(); ++i)
            sql::run(c, u"INSERT INTO bench_sentences (n, s) VALUES (?, ?)"_s, {i, sentences.at(i)});
        sql::run(c, u"INSERT INTO sections (report_id, part, position, heading, body) "
                    u"SELECT r.id, (p % 5) + 1, p, '第' || p || '部分', "
                    u"(SELECT string_agg(s.s || g::text, '' ORDER BY g) FROM generate_series(1, 45) g "
                    u"JOIN bench_sentences s ON s.n = (r.id * 7 + p * 13 + g * 5) % 8) "
                    u"FROM (SELECT id FROM reports WHERE status = 'draft' AND year = 2024 ORDER BY id LIMIT ?) r, "
                    u"generate_series(1, 15) p"_s,
                 {fullReports});
        sql::run(c, u"ANALYZE"_s);
        QSqlQuery chars = sql::run(c, u"SELECT SUM(length(text)) FROM search_text"_s);
        chars.next();
        std::printf("search on PostgreSQL over %d reports of about 30,000 characters (%.1f M characters, filled in %.0f s), "
                    "ms, median of 5, hits up to 200:\n  ",
                    fullReports, chars.value(0).toDouble() / 1e6, fillText.nsecsElapsed() / 1e9);
        for (const QString &query : {u"法"_s, u"复议"_s, u"行政执法"_s, u"谁执法谁普法"_s, u"不在报告里的话"_s}) {
            std::vector<double> searchTimes;
            int hits = 0;
            for (int i = 0; i < 5; ++i) {
                QElapsedTimer t;
                t.start();
                hits = int(SearchRepository(db).search(query).size());
                searchTimes.push_back(t.nsecsElapsed() / 1e6);
            }
            std::printf(" %s %.1f (%d)", qPrintable(query), percentile(searchTimes, 0.5), hits);
        }
        std::printf("\n");
    } catch (const Failure &f) {
        std::fprintf(stderr, "failed: %s (%s)\n", qPrintable(f.message()), qPrintable(f.detail()));
        exitCode = 2;
    }
    return exitCode;
}
