// SPDX-License-Identifier: GPL-3.0-or-later
// The district's server under load, on a PostgreSQL 15 server of its own (tests/pg/pg-server.sh) or on
// FAZHI_BENCH_PG (a postgresql:// address of an empty database):
//  - 20 clients autosaving for 60 s (p50/p99 save latency, every write accounted for);
//  - the compliance overview of one year as units grow to 10,000 × 10 years (100,000 reports), in process
//    and as a whole `fazhi overview --json` process, with the database's size per report;
//  - search over 2,000 full reports (about 60 M characters) for one, two and many characters.
//   bench_pg [seconds] [clients] [units] [full reports searched] [--from-sqlite FILE] [--explain]
// --from-sqlite FILE moves an office's database onto the server with `fazhi db copy` (timed) and takes the
// overview of its newest year instead of generating units; --explain prints the server's plans of the
// overview's reads on the largest database.
#include "check/CheckOptions.h"
#include "overview/Overview.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/ReportRepository.h"
#include "storage/SearchRepository.h"
#include "storage/SectionRepository.h"
#include "storage/Sql.h"
#include "storage/UnitRepository.h"
#include "util/Clock.h"
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

/// The median of `runs` timings of `work`, in ms.
template<typename F>
double medianMs(int runs, F work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    return percentile(times, 0.5);
}

/// A number the server answers.
double number(const QSqlDatabase &c, const QString &statement)
{
    QSqlQuery q = sql::run(c, statement);
    return q.next() ? q.value(0).toDouble() : 0;
}

/// Units `from`..`to` of the generated district, each with a report for each of `years` years up to 2025
/// (written year by year, as a district enters them: a year's reports, problems and metric values lie
/// together) and
/// what years of use leave with them: metric values (now and then one missing), two problems a report
/// (open, in progress or rectified, with a due date; a third of them continuing last year's), and current
/// check summaries. Written in bulk with the triggers off (session_replication_role), the derived rows they
/// would have written (the problems' search rows) written here; no section text (the overview reads none).
void fillUnits(const QSqlDatabase &c, qint64 district, int from, int to, int years)
{
    sql::run(c, u"SET session_replication_role = replica"_s);
    sql::run(c, u"INSERT INTO units (full_name, kind, parent_id) SELECT '江津区第' || g || '号单位', "
                u"CASE WHEN g % 4 = 0 THEN 'township' ELSE 'department' END, ? FROM generate_series(?::integer, ?::integer) g"_s,
             {district, from, to});
    sql::run(c, u"CREATE TEMPORARY TABLE new_units AS SELECT id FROM units WHERE full_name LIKE '江津区第%号单位' "
                u"AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.unit_id = units.id)"_s);
    sql::run(c, u"INSERT INTO reports (unit_id, year, title, status, written_date, submitted_at, published_date, created_at, updated_at) "
                u"SELECT u.id, y, '法治政府建设年度报告', s.status, "
                u"CASE WHEN s.status <> 'draft' THEN (y + 1) || '-01-' || lpad((5 + (u.id + y) % 25)::text, 2, '0') END, "
                u"CASE WHEN s.status <> 'draft' THEN (y + 1) || '-01-' || lpad((5 + (u.id + y) % 25)::text, 2, '0') || 'T02:00:00.000Z' END, "
                u"CASE WHEN s.status = 'published' THEN (y + 1) || '-' || CASE WHEN (u.id + y) % 5 = 0 THEN '04-12' ELSE '03-20' END END, "
                u"(y + 1) || '-01-02T08:00:00Z', (y + 1) || '-01-20T08:00:00Z' "
                u"FROM new_units u, generate_series(2026 - ?::integer, 2025) y, "
                u"LATERAL (SELECT CASE WHEN y < 2025 THEN 'published' ELSE (ARRAY['draft', 'submitted', 'returned', 'approved', "
                u"'published'])[1 + (u.id % 5)] END AS status) s ORDER BY y, u.id"_s,
             {years});
    sql::run(c, u"INSERT INTO report_summaries (report_id, revision, errors, warnings, score, missing_parts) "
                u"SELECT r.id, r.revision, r.id % 3, r.id % 5, 70 + r.id % 30, CASE WHEN r.id % 7 = 0 THEN '4' WHEN r.id % 11 = 0 THEN '3,5' ELSE '' END "
                u"FROM reports r JOIN new_units u ON u.id = r.unit_id ORDER BY r.id"_s);
    sql::run(c, u"INSERT INTO metric_values (report_id, metric_key, value) "
                u"SELECT r.id, d.key, (r.id * 7 + d.rowid) % 200 FROM reports r JOIN new_units u ON u.id = r.unit_id "
                u"CROSS JOIN (SELECT key, rowid FROM metric_definitions ORDER BY rowid LIMIT 8) d WHERE (r.id + d.rowid) % 13 <> 0 ORDER BY r.id, d.rowid"_s);
    sql::run(c, u"INSERT INTO problems (report_id, position, text, reason, measure, due_date, status) "
                u"SELECT r.id, p, CASE p WHEN 1 THEN '基层执法人员法治素养有待提升' ELSE '行政规范性文件备案审查不够及时' END, "
                u"'培训和监督不足', '开展专题培训，建立月度通报制度', (r.year + 1) || '-0' || (3 + p * 2) || '-30', "
                u"(ARRAY['open', 'in-progress', 'rectified'])[1 + (r.id + p) % 3] "
                u"FROM reports r JOIN new_units u ON u.id = r.unit_id, generate_series(1, 2) p ORDER BY r.id, p"_s);
    sql::run(c, u"UPDATE problems p SET continues_id = pp.id FROM reports r, reports pr, problems pp, new_units u "
                u"WHERE r.id = p.report_id AND u.id = r.unit_id AND pr.unit_id = r.unit_id AND pr.year = r.year - 1 "
                u"AND pp.report_id = pr.id AND pp.position = p.position AND (r.unit_id + p.position) % 3 = 0"_s);
    // The summaries are current, as the overview keeps them: what it counts of each report's metrics and
    // problems as well (every continued problem continues the year before's).
    sql::run(c, u"UPDATE report_summaries s SET facts = 1, "
                u"metric_keys = COALESCE((SELECT string_agg(m.metric_key, ',') FROM metric_values m WHERE m.report_id = s.report_id), ''), "
                u"problems_open = (SELECT COUNT(*) FROM problems p WHERE p.report_id = s.report_id AND p.status = 'open'), "
                u"problems_in_progress = (SELECT COUNT(*) FROM problems p WHERE p.report_id = s.report_id AND p.status = 'in-progress'), "
                u"problems_rectified = (SELECT COUNT(*) FROM problems p WHERE p.report_id = s.report_id AND p.status = 'rectified'), "
                u"problems_carried = (SELECT COUNT(*) FROM problems p WHERE p.report_id = s.report_id AND p.continues_id IS NOT NULL), "
                u"problems_repeated = (SELECT COUNT(*) FROM problems p WHERE p.report_id = s.report_id AND p.continues_id IS NOT NULL), "
                u"unrectified_due = COALESCE((SELECT string_agg(p.due_date::text, ',') FROM problems p "
                u"WHERE p.report_id = s.report_id AND p.status <> 'rectified' AND p.due_date IS NOT NULL), '') "
                u"FROM reports r JOIN new_units u ON u.id = r.unit_id WHERE r.id = s.report_id"_s);
    sql::run(c, u"INSERT INTO search_text (rowid, text, report_id, key) "
                u"SELECT p.id * 3 + 1, p.text || chr(10) || p.reason || chr(10) || p.measure, p.report_id, "
                u"fazhi_search_key(r.year, r.unit_id, p.id * 3 + 1) "
                u"FROM problems p JOIN reports r ON r.id = p.report_id JOIN new_units u ON u.id = r.unit_id"_s);
    sql::run(c, u"DROP TABLE new_units"_s);
    sql::run(c, u"SET session_replication_role = DEFAULT"_s);
    sql::run(c, u"VACUUM ANALYZE"_s);
}

/// The server's plans of the overview's reads of `year` (the statements OverviewRepository and
/// SummaryRepository run), with their times.
void explainOverview(const QSqlDatabase &c, int year)
{
    const QString y = QString::number(year);
    const QStringList reads{
        u"SELECT r.id, r.unit_id, r.status, r.submitted_at, r.written_date, r.published_date, r.revision, s.revision, s.errors, "
        u"s.warnings, s.score, s.missing_parts FROM reports r LEFT JOIN report_summaries s ON s.report_id = r.id WHERE r.year = "_s + y,
        u"SELECT id, unit_id, status, submitted_at, written_date, published_date FROM reports WHERE year = "_s + y,
        u"SELECT s.report_id, s.revision, s.errors, s.warnings, s.score, s.missing_parts FROM report_summaries s "
        u"JOIN reports r ON r.id = s.report_id WHERE r.year = "_s + y,
        u"SELECT r.id, r.revision FROM reports r LEFT JOIN report_summaries s ON s.report_id = r.id "
        u"WHERE r.year = "_s + y + u" AND (s.report_id IS NULL OR s.revision <> r.revision)"_s,
        u"SELECT m.report_id, m.metric_key FROM metric_values m JOIN reports r ON r.id = m.report_id WHERE r.year = "_s + y,
        u"SELECT p.report_id, p.status, p.due_date, COALESCE(pr.year, 0) FROM problems p JOIN reports r ON r.id = p.report_id "
        u"LEFT JOIN problems pp ON pp.id = p.continues_id LEFT JOIN reports pr ON pr.id = pp.report_id WHERE r.year = "_s + y,
        u"SELECT id, full_name, short_name, kind, parent_id, signatories, addressee FROM units ORDER BY id"_s};
    for (const QString &read : reads) {
        std::printf("\n%s\n", qPrintable(read));
        QSqlQuery q = sql::run(c, u"EXPLAIN (ANALYZE, BUFFERS) "_s + read);
        while (q.next())
            std::printf("    %s\n", qPrintable(q.value(0).toString()));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString fromSqlite;
    if (const qsizetype at = args.indexOf(u"--from-sqlite"_s); at >= 0 && at + 1 < args.size()) {
        fromSqlite = args.at(at + 1);
        args.remove(at, 2);
    }
    const bool explain = args.removeAll(u"--explain"_s) > 0;
    const int seconds = args.size() > 0 ? args.at(0).toInt() : 60;
    const int clientCount = args.size() > 1 ? args.at(1).toInt() : 20;
    const int unitCount = args.size() > 2 ? args.at(2).toInt() : 10000;
    const int fullReports = args.size() > 3 ? args.at(3).toInt() : 2000;
    constexpr int kYears = 10;

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
        if (!fromSqlite.isEmpty()) {
            // An office's database moved in, as a district would: one `fazhi db copy`, verified row for row.
            QElapsedTimer copy;
            copy.start();
            QProcess p;
            p.start(QStringLiteral(FAZHI_CLI_PATH), {u"db"_s, u"copy"_s, u"--from"_s, fromSqlite, u"--to"_s, address});
            p.waitForFinished(-1);
            if (p.exitCode() != 0) {
                std::fprintf(stderr, "fazhi db copy failed: %s\n", p.readAllStandardError().constData());
                return 2;
            }
            std::printf("fazhi db copy of %s: %.0f s\n", qPrintable(fromSqlite), copy.nsecsElapsed() / 1e9);
        }
        db.open(address);
        std::printf("server: %s (schema %d)\n", qPrintable(db.path()), db.schemaVersion());
        if (!fromSqlite.isEmpty()) {
            // What autovacuum does soon after a bulk load: the GIN index's pending entries merged, statistics.
            QElapsedTimer vacuum;
            vacuum.start();
            sql::run(db.connection(), u"VACUUM ANALYZE"_s);
            std::printf("VACUUM ANALYZE after the copy: %.0f s\n", vacuum.nsecsElapsed() / 1e9);
        }

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

        // --- the overview of one year as the district grows to 100,000 reports --------------------------
        const FixedClock asOf(QDate(2026, 4, 2));
        CheckOptions options;
        options.clock = &asOf;
        const QSqlDatabase c = db.connection();
        int year = 2025;
        QList<int> steps;
        if (fromSqlite.isEmpty()) {
            for (const int units : {100, 1000, 10000, 100000})
                if (units < unitCount)
                    steps << units;
            steps << unitCount;
        } else {
            steps << 0;
            year = int(number(c, u"SELECT COALESCE(MAX(year), 2025) FROM reports"_s));
        }
        std::printf("\noverview of %d for all units on PostgreSQL (ms; in process: the first, then the median of 3; "
                    "the process: median wall time of 3)\n  %9s %8s %10s %9s %14s %14s\n",
                    year, "reports", "units", "first", "again", "fazhi process", "KB per report");
        int filled = 0;
        for (const int units : std::as_const(steps)) {
            QElapsedTimer fill;
            fill.start();
            if (units > filled) {
                fillUnits(c, district, filled + 1, units, kYears);
                filled = units;
            }
            const double fillS = fill.nsecsElapsed() / 1e9;
            QList<OverviewRow> rows;
            const double first = medianMs(1, [&] { rows = Overview::build(db, year, 0, options); });
            const double again = medianMs(3, [&] { rows = Overview::build(db, year, 0, options); });
            const double process = medianMs(3, [&] {
                QProcess p;
                p.setStandardOutputFile(QProcess::nullDevice());
                p.start(QStringLiteral(FAZHI_CLI_PATH), {u"--db"_s, address, u"--json"_s, u"overview"_s, u"--year"_s,
                                                         QString::number(year), u"--today"_s, u"2026-04-02"_s});
                p.waitForFinished(600000);
                if (p.exitCode() != 0)
                    std::printf("fazhi overview failed: %s\n", p.readAllStandardError().constData());
            });
            const double reports = number(c, u"SELECT COUNT(*) FROM reports"_s);
            const double kb = number(c, u"SELECT pg_database_size(current_database())"_s) / 1024.0 / reports;
            std::printf("  %9.0f %8lld %10.1f %9.1f %14.1f %14.1f   (%lld rows; filled in %.0f s)\n", reports,
                        static_cast<long long>(number(c, u"SELECT COUNT(*) FROM units"_s)), first, again, process, kb,
                        static_cast<long long>(rows.size()), fillS);
            std::fflush(stdout);
        }
        if (explain)
            explainOverview(c, year);

        // --- search over full reports ------------------------------------------------------------------
        // Drafts of the newest year get fifteen sections of about 2,000 characters each (sentences of the
        // fixtures in turn), about 30,000 characters a report, written as the program writes them (the
        // triggers index each); an office's database moved in keeps its own text. Then search as the
        // program does on the server (migration 0010).
        QElapsedTimer fillText;
        fillText.start();
        if (fromSqlite.isEmpty() && fullReports > 0) {
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
                        u"FROM (SELECT id FROM reports WHERE status IN ('draft', 'returned') AND year = ? ORDER BY id LIMIT ?) r, "
                        u"generate_series(1, 15) p"_s,
                     {year, fullReports});
            sql::run(c, u"VACUUM ANALYZE"_s);
        }
        std::printf("\nsearch on PostgreSQL over %.0f sections, problems and comments (%.1f M characters; %s in %.0f s), "
                    "ms, median of 5, hits up to 200 in brackets:\n  ",
                    number(c, u"SELECT COUNT(*) FROM search_text"_s), number(c, u"SELECT SUM(length(text)) FROM search_text"_s) / 1e6,
                    fromSqlite.isEmpty() ? "sections written" : "copied", fillText.nsecsElapsed() / 1e9);
        for (const QString &query : {u"法"_s, u"鑫"_s, u"复议"_s, u"普法"_s, u"行政执法"_s, u"谁执法谁普法"_s, u"不在报告里的话"_s}) {
            int hits = 0;
            const double ms = medianMs(5, [&] { hits = int(SearchRepository(db).search(query).size()); });
            std::printf(" %s %.1f (%d)", qPrintable(query), ms, hits);
        }
        int yearHits = 0;
        const double yearMs = medianMs(5, [&] { yearHits = int(SearchRepository(db).search(u"复议"_s, 0, year - 1).size()); });
        std::printf("\n  复议 in %d only: %.1f (%d)", year - 1, yearMs, yearHits);
        const double process = medianMs(3, [&] {
            QProcess p;
            p.setStandardOutputFile(QProcess::nullDevice());
            p.start(QStringLiteral(FAZHI_CLI_PATH), {u"--db"_s, address, u"--json"_s, u"search"_s, u"复议"_s});
            p.waitForFinished(600000);
        });
        std::printf("\n  fazhi search 复议 as a process: %.1f ms\n", process);
    } catch (const Failure &f) {
        std::fprintf(stderr, "failed: %s (%s)\n", qPrintable(f.message()), qPrintable(f.detail()));
        exitCode = 2;
    }
    return exitCode;
}
