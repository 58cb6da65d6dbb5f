// SPDX-License-Identifier: GPL-3.0-or-later
// The overview's per-report summaries: checked once, stored against the report's revision, checked again
// only when the report changed, and never stored through a read-only connection.
#include "TestDatabase.h"
#include "TestSupport.h"

#include "overview/Overview.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/ProblemRepository.h"
#include "storage/SectionRepository.h"
#include "storage/UnitRepository.h"
#include "util/Clock.h"

#include <QSqlQuery>

#include <ctime>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

struct District
{
    QTemporaryDir dir;
    test::TestDatabase where{dir, u"overview.sqlite"_s};
    Database db;
    FixedClock clock{QDate(2026, 2, 20)};
    CheckOptions options;
    qint64 bureau = 0;
    qint64 town = 0;
    qint64 townUnit = 0;

    District()
    {
        db.open(where.location());
        options.clock = &clock;
        bureau = report(u"区城市管理局"_s, UnitKind::Department);
        town = report(u"区白沙镇人民政府"_s, UnitKind::Township, &townUnit);
    }
    qint64 report(const QString &name, UnitKind kind, qint64 *unitId = nullptr)
    {
        Unit u;
        u.fullName = name;
        u.kind = kind;
        const qint64 unit = UnitRepository(db).insert(u);
        if (unitId)
            *unitId = unit;
        return DocumentStore(db).createReport(unit, 2025, false);
    }
    OverviewRow row(Database &from, qint64 reportId)
    {
        for (const OverviewRow &r : Overview::build(from, 2025, 0, options))
            if (r.reportId == reportId)
                return r;
        FAIL("no row for report " << reportId);
        return {};
    }
    /// The revision each stored summary was checked at, by report.
    QHash<qint64, qint64> storedRevisions()
    {
        QHash<qint64, qint64> result;
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(u"SELECT report_id, revision FROM report_summaries"_s));
        while (q.next())
            result.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        return result;
    }
    Section part(qint64 reportId, int number)
    {
        for (const Section &s : SectionRepository(db).forReport(reportId))
            if (s.part == number)
                return s;
        FAIL("no part " << number);
        return {};
    }
};

} // namespace

TEST_CASE("the overview checks a report once and again only after it changed", "[overview]")
{
    District d;
    CHECK(d.row(d.db, d.bureau).missingParts.isEmpty());
    const QHash<qint64, qint64> first = d.storedRevisions();
    REQUIRE(first.size() == 2);
    CHECK(Overview::refreshSummaries(d.db, 2025) == 0);

    // Part 3 of the bureau's report is deleted: only that report is checked again, and shows it.
    SectionRepository(d.db).remove(d.part(d.bureau, 3).id);
    CHECK(Overview::refreshSummaries(d.db, 2025) == 1);
    const QHash<qint64, qint64> second = d.storedRevisions();
    CHECK(second.value(d.bureau) > first.value(d.bureau));
    CHECK(second.value(d.town) == first.value(d.town));
    CHECK(d.row(d.db, d.bureau).missingParts == QList<int>{3});
    CHECK(d.row(d.db, d.town).missingParts.isEmpty());

    // Summaries stored before they kept metric and problem counts (migration 0010) are checked again.
    QSqlQuery(d.db.connection()).exec(u"UPDATE report_summaries SET facts = 0"_s);
    CHECK(Overview::refreshSummaries(d.db, 2025) == 2);
    CHECK(Overview::refreshSummaries(d.db, 2025) == 0);
}

TEST_CASE("the overview counts problems from the summary, and overdue against today", "[overview]")
{
    District d;
    Problem p;
    p.reportId = d.town;
    p.text = u"执法记录仪使用不规范"_s;
    p.dueDate = QDate(2026, 3, 31);
    ProblemRepository(d.db).insert(p);
    p.text = u"合法性审查力量不足"_s;
    p.status = ProblemStatus::Rectified;
    ProblemRepository(d.db).insert(p);

    OverviewRow row = d.row(d.db, d.town);
    CHECK(row.problemsOpen == 1);
    CHECK(row.problemsRectified == 1);
    CHECK(row.problemsOverdue == 0);
    // A day past the due date, with nothing changed: the stored summary answers, and the open one is overdue.
    d.clock.set(QDate(2026, 4, 1));
    CHECK(Overview::refreshSummaries(d.db, 2025) == 0);
    row = d.row(d.db, d.town);
    CHECK(row.problemsOverdue == 1);
    CHECK(row.problemsRectified == 1);
}

TEST_CASE("a read-only overview checks changed reports for its answer and stores nothing", "[overview]")
{
    District d;
    Overview::build(d.db, 2025, 0, d.options);
    const QHash<qint64, qint64> before = d.storedRevisions();
    SectionRepository(d.db).remove(d.part(d.town, 2).id);

    Database reader;
    reader.open(d.where.location(), Database::Access::ReadOnly);
    CHECK(d.row(reader, d.town).missingParts == QList<int>{2});
    CHECK(d.storedRevisions() == before);
    // The writable connection still finds it stale, and stores it.
    CHECK(Overview::refreshSummaries(d.db, 2025) == 1);
    CHECK(d.storedRevisions() != before);
}

TEST_CASE("one unit's overview checks again only that unit's reports", "[overview]")
{
    District d;
    Overview::build(d.db, 2025, 0, d.options);
    SectionRepository(d.db).remove(d.part(d.bureau, 5).id);
    SectionRepository(d.db).remove(d.part(d.town, 5).id);

    const QList<OverviewRow> town = Overview::build(d.db, 2025, d.townUnit, d.options);
    REQUIRE(town.size() == 1);
    CHECK(town.first().missingParts == QList<int>{5});
    // The bureau's report was not checked for the town's page: it is still to do.
    CHECK(Overview::refreshSummaries(d.db, 2025) == 1);
}

TEST_CASE("a submission's day is the local day, also just after midnight", "[overview]")
{
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    District d;
    // 00:30 on 1 March in Beijing is still 28 February in UTC; 00:30 on 2 March is a day late.
    QSqlQuery(d.db.connection())
        .exec(u"UPDATE reports SET submitted_at = '2026-02-28T16:30:00.000Z' WHERE id = %1"_s.arg(d.bureau));
    QSqlQuery(d.db.connection())
        .exec(u"UPDATE reports SET submitted_at = '2026-03-01T16:30:00.000Z' WHERE id = %1"_s.arg(d.town));
    const OverviewRow bureau = d.row(d.db, d.bureau);
    const OverviewRow town = d.row(d.db, d.town);
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    tzset();
    CHECK(bureau.submitted == QDate(2026, 3, 1));
    CHECK_FALSE(bureau.submitLate);
    CHECK(town.submitted == QDate(2026, 3, 2));
    CHECK(town.submitLate);
}
