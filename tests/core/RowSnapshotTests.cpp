// SPDX-License-Identifier: GPL-3.0-or-later
// A deletion copied first can be undone exactly: the rows it cascades to and the references it clears.
#include "storage/Database.h"
#include "storage/DemoData.h"
#include "storage/DocumentStore.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/RowSnapshot.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace fazhi;

namespace {

QStringList contentOf(Database &db, qint64 reportId)
{
    const ReportDocument doc = DocumentStore(db).load(reportId, false);
    QStringList out{doc.report.title, QString::number(doc.report.year), doc.report.opening,
                    doc.report.writtenDate.toString(Qt::ISODate)};
    for (const Section &s : doc.sections)
        out << u"%1|%2|%3|%4|%5|%6"_s.arg(s.id).arg(s.parentId).arg(s.part).arg(s.position).arg(s.heading, s.body);
    for (const MetricValue &m : doc.metrics)
        out << u"%1=%2"_s.arg(m.key).arg(m.value);
    for (const Problem &p : doc.problems)
        out << u"%1|%2|%3"_s.arg(p.id).arg(p.continuesId).arg(p.text);
    return out;
}

} // namespace

TEST_CASE("A report deleted after a snapshot comes back whole, with its ids and the links to it", "[storage][snapshot]")
{
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(u"s.sqlite"_s));
    DemoData::seedIfEmpty(db);
    qint64 older = 0, newer = 0;
    for (const Report &r : ReportRepository(db).all())
        (r.year == 2024 ? older : newer) = r.id;
    // The newer report's problems continue the older one's: deleting the older clears those links.
    QList<qint64> continuing;
    for (const Problem &p : ProblemRepository(db).forReport(newer))
        if (p.continuesId)
            continuing << p.id;
    REQUIRE_FALSE(continuing.isEmpty());
    const QStringList before = contentOf(db, newer);

    const RowSnapshot snap = RowSnapshot::take(db, u"reports"_s, newer);
    CHECK(snap.rowCount(u"reports"_s) == 1);
    CHECK(snap.rowCount(u"sections"_s) >= 8);
    CHECK(snap.rowCount(u"metric_values"_s) == 6);
    ReportRepository(db).remove(newer);
    CHECK_FALSE(ReportRepository(db).find(newer).has_value());
    snap.restore(db);
    CHECK(contentOf(db, newer) == before);
    // A second restore finds the ids taken and changes nothing.
    CHECK_THROWS_AS(snap.restore(db), Failure);
    CHECK(contentOf(db, newer) == before);
}

TEST_CASE("A unit deleted after a snapshot comes back with its reports and its child units' links", "[storage][snapshot]")
{
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(u"u.sqlite"_s));
    UnitRepository units(db);
    Unit parent;
    parent.fullName = u"示例区人民政府"_s;
    const qint64 parentId = units.insert(parent);
    Unit child;
    child.fullName = u"示例区司法局"_s;
    child.parentId = parentId;
    const qint64 childId = units.insert(child);
    const qint64 reportId = DocumentStore(db).createReport(parentId, 2025, false);
    const QStringList before = contentOf(db, reportId);

    const RowSnapshot snap = RowSnapshot::take(db, u"units"_s, parentId);
    units.remove(parentId);
    CHECK(units.find(childId)->parentId == 0);
    CHECK_FALSE(ReportRepository(db).find(reportId).has_value());
    snap.restore(db);
    REQUIRE(units.find(parentId).has_value());
    CHECK(units.find(childId)->parentId == parentId);
    CHECK(contentOf(db, reportId) == before);
}
