// SPDX-License-Identifier: GPL-3.0-or-later
// The compliance overview and search at a province's scale, on generated databases:
//  - units × years of reports with all five parts, metrics and problems (a tenth continue the year
//    before), grown from 1,000 to 100,000 reports: the overview of one year (first, with every summary to
//    compute; again; after one edit), the whole `fazhi overview --json` process, the file size per report;
//    and search in them, against grep over the same text in files;
//  - full reports of about 30,000 characters, grown from 200 to 2,000 (about 60 million characters):
//    search for one, two and many characters, against grep.
// Text is the fixtures' sentences with one Han character in twelve replaced at random, so that the index
// sees far more distinct character runs than real reports have (a pessimistic vocabulary).
// Usage: bench_overview [--units N] [--years N] [--full N] [--dir DIR]
//        bench_overview --open FILE [--year Y]   (the same figures for a database made before; it is changed:
//                                                 summaries stored, one draft edited)
#include "overview/Overview.h"
#include "model/ReportDocument.h"
#include "storage/Database.h"
#include "storage/OverviewRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SearchRepository.h"
#include "storage/SectionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/UnitRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

/// The median processor time of this thread over `runs` runs of `work`, in ms: on a loaded machine the
/// wall time also counts waiting for a core.
double medianCpuMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        timespec start{}, end{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
        work();
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
        times << double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

/// Sentences of the real reports, varied at random.
class TextSource
{
public:
    TextSource()
    {
        QString all;
        for (const QString &name : {u"jiangjin-cgj-2025.txt"_s, u"jiulongpo-cgj-2023.txt"_s, u"siping-town-2025.txt"_s}) {
            QFile f(QStringLiteral(FAZHI_FIXTURES_DIR "/") + name);
            if (f.open(QIODevice::ReadOnly))
                all += QString::fromUtf8(f.readAll());
        }
        static const QRegularExpression end(u"(?<=[。；])"_s);
        for (QString s : all.split(end)) {
            s = s.simplified().remove(u' ');
            if (s.size() >= 8)
                m_sentences << s;
        }
        for (const QChar c : all)
            if (c.script() == QChar::Script_Han)
                m_han << c;
    }
    QString sentence()
    {
        QString s = m_sentences.at(m_random.bounded(int(m_sentences.size())));
        for (QChar &c : s)
            if (c.script() == QChar::Script_Han && m_random.bounded(12) == 0)
                c = m_han.at(m_random.bounded(int(m_han.size())));
        return s;
    }
    QString paragraph(int chars)
    {
        QString p;
        while (p.size() < chars)
            p += sentence();
        return p;
    }
    int bounded(int n) { return m_random.bounded(n); }

private:
    QStringList m_sentences;
    QList<QChar> m_han;
    QRandomGenerator m_random{20261202};
};

struct District
{
    QList<Unit> units;
    QHash<qint64, qint64> lastProblem; ///< unit → its last stored problem, for the next year to continue
};

/// A report of `unit` for `year`: five parts, two subsections each, `chars` characters of text in all.
ReportDocument makeReport(TextSource &text, const Unit &unit, int year, int chars, int lastYear)
{
    ReportDocument doc;
    doc.unit = unit;
    doc.report.unitId = unit.id;
    doc.report.year = year;
    doc.report.title = u"%1关于%2年法治政府建设情况的报告"_s.arg(unit.fullName).arg(year);
    doc.report.writtenDate = QDate(year + 1, 2, 10 + text.bounded(40) % 19);
    // Older years published; the last year a mix, as in February of the year after.
    const int roll = text.bounded(10);
    if (year < lastYear || roll < 5) {
        doc.report.status = ReportStatus::Published;
        doc.report.publishedDate = QDate(year + 1, 3, 1).addDays(text.bounded(45));
    } else if (roll < 8) {
        doc.report.status = ReportStatus::Submitted;
    }
    const QStringList headings{u"%1年推进法治政府建设的主要举措和成效"_s.arg(year),
                               u"%1年推进法治政府建设存在的不足和原因"_s.arg(year),
                               u"%1年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"_s.arg(year),
                               u"%1年推进法治政府建设的主要安排"_s.arg(year + 1), u"其他需要报告的情况"_s};
    const int perBody = std::max(30, chars / 15);
    qint64 id = 0;
    for (int part = 1; part <= 5; ++part) {
        Section p;
        p.id = ++id;
        p.part = part;
        p.heading = headings.at(part - 1);
        p.body = text.paragraph(perBody);
        doc.sections << p;
        for (int sub = 0; sub < 2; ++sub) {
            Section s;
            s.id = ++id;
            s.parentId = p.id;
            s.heading = text.sentence().left(12);
            s.body = text.paragraph(perBody);
            doc.sections << s;
        }
    }
    for (const char *key : {"major_decisions", "enforcement_cases", "admin_review_cases"}) {
        MetricValue v;
        v.key = QString::fromLatin1(key);
        v.value = text.bounded(500);
        doc.metrics << v;
    }
    for (int i = 0; i < 2; ++i) {
        Problem pr;
        pr.text = text.sentence().left(30);
        pr.measure = text.sentence().left(40);
        pr.dueDate = QDate(year + 1, 6, 30);
        pr.status = year < lastYear - 1 ? ProblemStatus::Rectified : ProblemStatus(text.bounded(3));
        doc.problems << pr;
    }
    return doc;
}

/// Writes generated reports with statements prepared once, in the caller's transaction: the same rows
/// DocumentStore writes. Most of the time left is the triggers' (both search indexes, the revisions):
/// about 9 ms a report of 900 characters on a loaded two-core machine, 100,000 reports in about 20 minutes.
class BulkWriter
{
public:
    explicit BulkWriter(Database &db)
        : m_report(db.connection()), m_section(db.connection()), m_metric(db.connection()), m_problem(db.connection()),
          m_status(db.connection())
    {
        m_report.prepare(u"INSERT INTO reports (unit_id, year, title, written_date, published_date, created_at, updated_at) "
                         u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        m_section.prepare(u"INSERT INTO sections (report_id, parent_id, part, position, heading, body) VALUES (?, ?, ?, ?, ?, ?)"_s);
        m_metric.prepare(u"INSERT INTO metric_values (report_id, metric_key, value) VALUES (?, ?, ?)"_s);
        m_problem.prepare(u"INSERT INTO problems (report_id, position, text, measure, due_date, status, continues_id) "
                          u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        m_status.prepare(u"UPDATE reports SET status = ? WHERE id = ?"_s);
    }

    /// Stores the report; returns the id of its last problem.
    qint64 store(const ReportDocument &doc)
    {
        const Report &r = doc.report;
        const QString now = u"2026-02-01T00:00:00Z"_s;
        exec(m_report, {r.unitId, r.year, r.title, sql::dateValue(r.writtenDate), sql::dateValue(r.publishedDate), now, now});
        const qint64 reportId = m_report.lastInsertId().toLongLong();
        QHash<qint64, qint64> ids;
        int position = 0;
        for (const Section &sec : doc.sections) {
            exec(m_section, {reportId, sql::idValue(ids.value(sec.parentId)), sec.part > 0 ? QVariant(sec.part) : QVariant(),
                             position++, sec.heading, sec.body});
            ids.insert(sec.id, m_section.lastInsertId().toLongLong());
        }
        for (const MetricValue &v : doc.metrics)
            exec(m_metric, {reportId, v.key, v.value});
        qint64 last = 0;
        position = 0;
        for (const Problem &p : doc.problems) {
            exec(m_problem, {reportId, position++, p.text, p.measure, sql::dateValue(p.dueDate), problemStatusKey(p.status),
                             sql::idValue(p.continuesId)});
            last = m_problem.lastInsertId().toLongLong();
        }
        if (r.status != ReportStatus::Draft) // content first: a submitted or published report is locked
            exec(m_status, {reportStatusKey(r.status), reportId});
        return last;
    }

private:
    static void exec(QSqlQuery &q, const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            qFatal("bench insert failed: %s", qPrintable(q.lastError().text()));
    }
    QSqlQuery m_report, m_section, m_metric, m_problem, m_status;
};

/// Adds units (a district government, then its departments and townships) up to `count`, and their
/// reports for `years` years ending with `lastYear`.
void grow(Database &db, TextSource &text, District &d, int count, int years, int lastYear, int chars)
{
    // A large page cache while generating: the transaction's pages stay in memory instead of spilling.
    QSqlQuery(db.connection()).exec(u"PRAGMA cache_size = -524288"_s);
    Transaction tx(db);
    UnitRepository units(db);
    BulkWriter writer(db);
    while (d.units.size() < count) {
        const int n = int(d.units.size());
        Unit u;
        if (n % 200 == 0) {
            u.fullName = u"第%1区人民政府"_s.arg(n / 200 + 1);
            u.kind = UnitKind::Government;
        } else {
            const qint64 root = d.units.at(n - n % 200).id;
            u.parentId = root;
            u.kind = n % 5 == 0 ? UnitKind::Township : UnitKind::Department;
            u.fullName = u"第%1区%2%3"_s.arg(n / 200 + 1).arg(n % 200).arg(u.kind == UnitKind::Township ? u"镇人民政府"_s
                                                                                                   : u"司法局"_s);
        }
        u.id = units.insert(u);
        d.units << u;
        for (int year = lastYear - years + 1; year <= lastYear; ++year) {
            // A unit in ten has not written the last year's report yet.
            if (year == lastYear && n % 10 == 7)
                continue;
            ReportDocument doc = makeReport(text, u, year, chars, lastYear);
            // A problem in ten continues the year before's.
            if (d.lastProblem.contains(u.id) && text.bounded(10) == 0)
                doc.problems.first().continuesId = d.lastProblem.value(u.id);
            if (const qint64 last = writer.store(doc); last > 0)
                d.lastProblem.insert(u.id, last);
        }
    }
    tx.commit();
    QSqlQuery(db.connection()).exec(u"PRAGMA cache_size = -2000"_s); // back to SQLite's default for the figures
}

/// The file's size once its log is written back into it.
double fileMb(Database &db, const QString &path)
{
    QSqlQuery(db.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return double(QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size()) / 1048576.0;
}

/// Processor time (user and system) of the child processes waited for so far, in ms.
double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

/// Runs the program with `args` `runs` times; the median wall time and the mean processor time, in ms.
std::pair<double, double> runProcess(const QString &program, const QStringList &args, int runs)
{
    const double cpuBefore = childrenCpuMs();
    const double wall = medianMs(runs, [&] {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(600000);
        if (p.exitCode() != 0)
            std::printf("%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
    });
    return {wall, (childrenCpuMs() - cpuBefore) / runs};
}

/// Every report's text written to a file of its own (as a user with grep would have it), then
/// `grep -c QUERY -r DIR`: the time of reading every text once, against the index.
double grepMs(Database &db, const QString &dir, const QString &query)
{
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    QSqlQuery q(db.connection());
    q.exec(u"SELECT report_id, heading || char(10) || body FROM sections ORDER BY report_id, id"_s);
    qint64 current = -1;
    QFile file;
    while (q.next()) {
        if (q.value(0).toLongLong() != current) {
            file.close();
            current = q.value(0).toLongLong();
            file.setFileName(dir + u"/%1.txt"_s.arg(current));
            file.open(QIODevice::WriteOnly);
        }
        file.write(q.value(1).toString().toUtf8());
        file.write("\n");
    }
    file.close();
    return runProcess(u"grep"_s, {u"-c"_s, u"-r"_s, query, dir}, 3).first;
}

/// Search times for one, two, three, four and six characters, common and rare, in process (median of 5)
/// and as a whole `fazhi search` process; grep over the same text exported to files.
void searchFigures(Database &db, const QString &path, const QString &dir, const QString &title)
{
    static const QStringList queries{u"法"_s, u"鑫"_s, u"复议"_s, u"普法"_s, u"行政执法"_s, u"谁执法谁普法"_s, u"不在报告里的话"_s};
    QSqlQuery chars(db.connection());
    chars.exec(u"SELECT SUM(length(heading) + length(body) + 1) FROM sections"_s);
    chars.next();
    std::printf("    %s (%.1f M characters; ms, hits up to 200 in brackets):\n   ", qPrintable(title),
                chars.value(0).toDouble() / 1e6);
    for (const QString &q : queries) {
        int hits = 0;
        const double ms = medianMs(5, [&] { hits = int(SearchRepository(db).search(q).size()); });
        std::printf(" %s %.1f (%d)", qPrintable(q), ms, hits);
    }
    const auto [process, processCpu] =
        runProcess(QStringLiteral(FAZHI_CLI_PATH), {u"--db"_s, path, u"--json"_s, u"search"_s, u"复议"_s}, 3);
    std::printf("\n    fazhi search 复议 as a process: %.1f ms (processor %.1f ms); grep -c -r over the same text in "
                "files: 复议 %.1f ms, 谁执法谁普法 %.1f ms\n",
                process, processCpu, grepMs(db, dir + u"/grep"_s, u"复议"_s), grepMs(db, dir + u"/grep"_s, u"谁执法谁普法"_s));
    QDir(dir + u"/grep"_s).removeRecursively();
    std::fflush(stdout);
}

/// The overview of `year` in process (first, again, after one edit of a draft), as a whole `fazhi overview
/// --json` process, and the file's size per report: one line of the table.
void overviewFigures(Database &db, const QString &path, int lastYear, int units, const QString &note)
{
    const FixedClock clock(QDate(lastYear + 1, 4, 2));
    CheckOptions options = SettingsRepository(db).checkOptions();
    options.clock = &clock;
    int rows = 0;
    const double first = medianMs(1, [&] { rows = int(Overview::build(db, lastYear, 0, options).size()); });
    const double again = medianMs(5, [&] { Overview::build(db, lastYear, 0, options); });
    const double againCpu = medianCpuMs(5, [&] { Overview::build(db, lastYear, 0, options); });
    // One edit in a draft of the year: its summary goes stale, and only it is checked again.
    qint64 draftSection = 0;
    for (const auto &r : OverviewRepository(db).reports(lastYear))
        if (r.status == ReportStatus::Draft) {
            draftSection = SectionRepository(db).forReport(r.id).value(1).id;
            break;
        }
    int edit = 0;
    const double afterEdit = medianMs(3, [&] {
        if (draftSection > 0)
            SectionRepository(db).updateBody(draftSection, u"修改后的正文第%1稿。"_s.arg(++edit));
        Overview::build(db, lastYear, 0, options);
    });
    const auto [process, processCpu] =
        runProcess(QStringLiteral(FAZHI_CLI_PATH),
                   {u"--db"_s, path, u"--json"_s, u"overview"_s, u"--year"_s, QString::number(lastYear), u"--today"_s,
                    clock.today().toString(Qt::ISODate)},
                   3);
    QSqlQuery countQuery(db.connection());
    countQuery.exec(u"SELECT COUNT(*) FROM reports"_s);
    countQuery.next();
    const int reportCount = countQuery.value(0).toInt();
    std::printf("%9d %8d %10.1f %9.1f %11.1f %11.1f %14.1f %12.1f %13.1f   (%d rows; %s%s)\n", reportCount, units,
                first, again, againCpu, afterEdit, process, processCpu, fileMb(db, path) * 1024.0 / reportCount, rows,
                qPrintable(note), draftSection > 0 ? "" : "; no draft to edit");
    std::fflush(stdout);
}

void printOverviewHeader(int year)
{
    std::printf("Overview of %d for all units (ms; the first computes every report's summary; the process: wall "
                "time, and its processor time)\n",
                year);
    std::printf("%9s %8s %10s %9s %11s %11s %14s %12s %13s\n", "reports", "units", "first", "again",
                "(processor)", "after edit", "fazhi process", "(processor)", "KB per report");
}

void benchOverview(const QString &dir, int maxUnits, int years)
{
    const QString path = dir + u"/overview.sqlite"_s;
    Database db;
    db.open(path);
    TextSource text;
    District d;
    const int lastYear = 2025;
    printOverviewHeader(lastYear);
    for (int units = std::max(1, maxUnits / 100); units <= maxUnits; units *= 10) {
        QElapsedTimer gen;
        gen.start();
        grow(db, text, d, units, years, lastYear, 900);
        const double genS = double(gen.elapsed()) / 1000.0;
        overviewFigures(db, path, lastYear, units, u"generated in %1 s"_s.arg(genS, 0, 'f', 0));
        searchFigures(db, path, dir, u"search in these reports"_s);
    }
}

void benchSearch(const QString &dir, int maxReports)
{
    const QString path = dir + u"/search.sqlite"_s;
    Database db;
    db.open(path);
    TextSource text;
    District d;
    std::printf("\nSearch over full reports of about 30,000 characters\n");
    for (int reports = std::max(10, maxReports / 10); reports <= maxReports; reports *= 10) {
        QElapsedTimer gen;
        gen.start();
        grow(db, text, d, reports / 10, 10, 2025, 30000);
        std::printf("%9d reports, generated in %.0f s, %.1f KB per report\n", reports, double(gen.elapsed()) / 1000.0,
                    fileMb(db, path) * 1024.0 / reports);
        searchFigures(db, path, dir, u"search"_s);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const qsizetype dirIndex = args.indexOf(u"--dir"_s);
    QTemporaryDir temp;
    const QString dir = dirIndex >= 0 && dirIndex + 1 < args.size() ? args.at(dirIndex + 1) : temp.path();
    if (const qsizetype open = args.indexOf(u"--open"_s); open >= 0 && open + 1 < args.size()) {
        const QString path = args.at(open + 1);
        Database db;
        db.open(path);
        QSqlQuery units(db.connection());
        units.exec(u"SELECT COUNT(*) FROM units"_s);
        units.next();
        const int year = option(u"--year"_s, 2025);
        printOverviewHeader(year);
        overviewFigures(db, path, year, units.value(0).toInt(), u"made before"_s);
        searchFigures(db, path, dir, u"search in these reports"_s);
        return 0;
    }
    QDir().mkpath(dir);
    QFile::remove(dir + u"/overview.sqlite"_s);
    QFile::remove(dir + u"/search.sqlite"_s);
    const int units = option(u"--units"_s, 10000);
    const int years = option(u"--years"_s, 10);
    const int full = option(u"--full"_s, 2000);
    if (units > 0)
        benchOverview(dir, units, years);
    if (full > 0)
        benchSearch(dir, full);
    return 0;
}
