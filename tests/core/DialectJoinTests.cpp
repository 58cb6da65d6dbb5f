// SPDX-License-Identifier: GPL-3.0-or-later
// The per-report joins of SqlDialect (a LATERAL subquery on the server, a plain join on SQLite) answer what
// the plain joins answer, on both engines.
#include "TestDatabase.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/ProblemRepository.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/SummaryRepository.h"
#include "storage/UnitRepository.h"

#include <QSqlQuery>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

QStringList rows(Database &db, const QString &statement)
{
    QStringList result;
    QSqlQuery q = sql::run(db.connection(), statement);
    while (q.next())
        result << u"%1|%2"_s.arg(q.value(0).toLongLong()).arg(q.value(1).isNull() ? u"NULL"_s : q.value(1).toString());
    return result;
}

} // namespace

TEST_CASE("per-report joins answer as plain joins, a year's rows only", "[repo]")
{
    QTemporaryDir dir;
    test::TestDatabase where{dir, u"joins.sqlite"_s};
    Database db;
    db.open(where.location());
    const Engine engine = db.engine();
    const qint64 a = UnitRepository(db).insert({.fullName = u"白沙镇人民政府"_s, .kind = UnitKind::Township});
    const qint64 b = UnitRepository(db).insert({.fullName = u"四屏镇人民政府"_s, .kind = UnitKind::Township});
    const qint64 a2024 = DocumentStore(db).createReport(a, 2024, false);
    const qint64 a2025 = DocumentStore(db).createReport(a, 2025, false);
    const qint64 b2025 = DocumentStore(db).createReport(b, 2025, false);
    Problem earlier;
    earlier.reportId = a2024;
    earlier.text = u"执法人员法治素养有待提升"_s;
    const qint64 p1 = ProblemRepository(db).insert(earlier);
    Problem carried = earlier;
    carried.reportId = a2025;
    carried.continuesId = p1;
    const qint64 p2 = ProblemRepository(db).insert(carried);
    Problem fresh = earlier;
    fresh.reportId = b2025;
    const qint64 p3 = ProblemRepository(db).insert(fresh);
    QStringList keys;
    QSqlQuery k = sql::run(db.connection(), u"SELECT key FROM metric_definitions ORDER BY key LIMIT 2"_s);
    while (k.next())
        keys << k.value(0).toString();
    REQUIRE(keys.size() == 2);
    for (const auto &[report, key] : {std::pair{a2024, keys.at(0)}, {a2025, keys.at(0)}, {a2025, keys.at(1)}, {b2025, keys.at(1)}})
        sql::run(db.connection(), u"INSERT INTO metric_values (report_id, metric_key, value) VALUES (?, ?, 3)"_s, {report, key});
    SummaryRepository(db).store({.reportId = a2025, .revision = 7, .errors = 1, .warnings = 2, .score = 90, .missingParts = {}});

    const QString year = u" WHERE r.year = 2025 ORDER BY 1, 2"_s;
    const QStringList metrics = rows(db, u"SELECT r.id, m.metric_key FROM reports r"_s
                                             + dialect::perReportJoin(engine, u"metric_values"_s, u"m"_s, u"metric_key"_s, false) + year);
    CHECK(metrics == rows(db, u"SELECT r.id, m.metric_key FROM reports r JOIN metric_values m ON m.report_id = r.id"_s + year));
    CHECK(metrics.size() == 3);
    const QStringList summaries = rows(db, u"SELECT r.id, s.revision FROM reports r"_s
                                               + dialect::perReportJoin(engine, u"report_summaries"_s, u"s"_s, u"revision"_s, true) + year);
    CHECK(summaries == QStringList{u"%1|7"_s.arg(a2025), u"%1|NULL"_s.arg(b2025)});
    const QStringList problems = rows(db, u"SELECT p.id, p.continues_id FROM reports r"_s
                                              + dialect::perReportJoin(engine, u"problems"_s, u"p"_s, u"id, continues_id"_s, false)
                                              + year);
    CHECK(problems == QStringList{u"%1|%2"_s.arg(p2).arg(p1), u"%1|NULL"_s.arg(p3)});
}
