// SPDX-License-Identifier: GPL-3.0-or-later
// Repositories: round trips, constraints, and starting a report from last year's.
#include "TestDatabase.h"
#include "TestSupport.h"

#include "template/ReportSkeleton.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SectionRepository.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <atomic>
#include <thread>
#include <vector>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    test::TestDatabase where{dir, u"repo.sqlite"_s};
    Database db;
    Fixture() { db.open(where.location()); }

    qint64 addUnit(const QString &name, UnitKind kind = UnitKind::Department)
    {
        Unit u;
        u.fullName = name;
        u.kind = kind;
        u.signatories = {u"中共"_s + name + u"委员会"_s, name};
        u.addressee = u"区委、区政府"_s;
        return UnitRepository(db).insert(u);
    }
};

} // namespace

TEST_CASE("a unit round-trips with its signatories, parent and kind", "[repo]")
{
    Fixture f;
    const qint64 parent = f.addUnit(u"重庆市江津区人民政府"_s, UnitKind::Government);
    Unit u;
    u.fullName = u"重庆市江津区四屏镇人民政府"_s;
    u.shortName = u"四屏镇"_s;
    u.kind = UnitKind::Township;
    u.parentId = parent;
    u.signatories = {u"中共重庆市江津区四屏镇委员会"_s, u"重庆市江津区四屏镇人民政府"_s};
    u.addressee = u"区委、区政府"_s;
    const qint64 id = UnitRepository(f.db).insert(u);
    const auto back = UnitRepository(f.db).find(id);
    REQUIRE(back);
    CHECK(back->fullName == u.fullName);
    CHECK(back->shortName == u.shortName);
    CHECK(back->kind == UnitKind::Township);
    CHECK(back->parentId == parent);
    CHECK(back->signatories == u.signatories);
    CHECK(back->addressee == u.addressee);
    CHECK(UnitRepository(f.db).findByName(u"四屏镇"_s)->id == id);
}

TEST_CASE("unit names are unique and not empty", "[repo]")
{
    Fixture f;
    f.addUnit(u"区司法局"_s);
    CHECK_THROWS_AS(f.addUnit(u"区司法局"_s), Failure);
    CHECK_THROWS_AS(f.addUnit(u"  "_s), Failure);
    CHECK(UnitRepository(f.db).all().size() == 1);
}

TEST_CASE("one unit and year have at most one report", "[repo]")
{
    Fixture f;
    const qint64 unit = f.addUnit(u"区市场监管局"_s);
    DocumentStore store(f.db);
    store.createReport(unit, 2025, false);
    CHECK_THROWS_AS(store.createReport(unit, 2025, false), Failure);
    CHECK(ReportRepository(f.db).forUnit(unit).size() == 1);
}

TEST_CASE("a report refers to an existing unit", "[repo]")
{
    Fixture f;
    Report r;
    r.unitId = 4242;
    r.year = 2025;
    CHECK_THROWS_AS(ReportRepository(f.db).insert(r), Failure);
}

TEST_CASE("a new report has the five canonical parts with the right years", "[repo]")
{
    Fixture f;
    const qint64 unit = f.addUnit(u"区城市管理局"_s);
    const qint64 id = DocumentStore(f.db).createReport(unit, 2025, false);
    const ReportDocument doc = DocumentStore(f.db).load(id);
    const QList<Section> parts = doc.parts();
    REQUIRE(parts.size() == 5);
    for (int i = 0; i < 5; ++i)
        CHECK(parts.at(i).part == i + 1);
    CHECK(parts.at(0).heading.startsWith(u"2025年"_s));
    CHECK(parts.at(3).heading.startsWith(u"2026年"_s)); // part 4 is about next year
    CHECK_FALSE(parts.at(0).heading.contains(u"一、"_s)); // numbers are derived, never stored
    CHECK(doc.report.signatories == QStringList{u"中共区城市管理局委员会"_s, u"区城市管理局"_s});
    CHECK(doc.report.addressee == u"区委、区政府"_s);
}

TEST_CASE("sections, metrics and problems round-trip", "[repo]")
{
    Fixture f;
    const qint64 unit = f.addUnit(u"区城市管理局"_s);
    const qint64 id = DocumentStore(f.db).createReport(unit, 2025, false);
    SectionRepository sections(f.db);
    const Section part1 = sections.forReport(id).first();
    Section sub;
    sub.reportId = id;
    sub.parentId = part1.id;
    sub.heading = u"严格规范公正文明执法"_s;
    sub.body = u"全年办理行政处罚案件**1500余件**。"_s;
    sub.runIn = true;
    sub.id = sections.insert(sub);
    sections.updateBody(sub.id, u"改过的正文。"_s);
    const auto back = sections.find(sub.id);
    REQUIRE(back);
    CHECK(back->body == u"改过的正文。"_s);
    CHECK(back->runIn);
    CHECK(back->parentId == part1.id);

    MetricRepository metrics(f.db);
    metrics.set({id, u"enforcement_cases"_s, 1500, fazhi::Approx::MoreThan, u"含简易程序"_s, {}});
    metrics.set({id, u"enforcement_cases"_s, 1600, fazhi::Approx::About, {}, {}}); // replaces
    const QList<MetricValue> values = metrics.forReport(id);
    REQUIRE(values.size() == 1);
    CHECK(values.first().value == 1600);
    CHECK(values.first().approx == fazhi::Approx::About);
    CHECK(formatMetricValue(values.first(), u"件"_s) == u"约1600件"_s);
    CHECK_THROWS_AS(metrics.set({id, u"no_such_metric"_s, 1, fazhi::Approx::Exact, {}, {}}), Failure);
    CHECK_THROWS_AS(metrics.set({id, u"leader_court_rate"_s, 120, fazhi::Approx::Exact, {}, {}}), Failure);

    ProblemRepository problems(f.db);
    Problem p;
    p.reportId = id;
    p.text = u"执法队伍不稳定"_s;
    p.reason = u"人员流动性大"_s;
    p.dueDate = QDate(2026, 6, 30);
    p.status = ProblemStatus::InProgress;
    p.id = problems.insert(p);
    const auto pb = problems.find(p.id);
    REQUIRE(pb);
    CHECK(pb->reason == p.reason);
    CHECK(pb->dueDate == p.dueDate);
    CHECK(pb->status == ProblemStatus::InProgress);
    p.text = u" "_s;
    CHECK_THROWS_AS(problems.insert(p), Failure);
}

TEST_CASE("deleting a report removes its sections, metrics and problems", "[repo]")
{
    Fixture f;
    const qint64 unit = f.addUnit(u"区城市管理局"_s);
    const qint64 id = DocumentStore(f.db).createReport(unit, 2025, false);
    MetricRepository(f.db).set({id, u"admin_review_cases"_s, 8, fazhi::Approx::Exact, {}, {}});
    ProblemRepository(f.db).insert({.reportId = id, .text = u"问题"_s});
    ReportRepository(f.db).remove(id);
    CHECK(SectionRepository(f.db).forReport(id).isEmpty());
    CHECK(MetricRepository(f.db).forReport(id).isEmpty());
    CHECK(ProblemRepository(f.db).forReport(id).isEmpty());
}

TEST_CASE("a report from the previous year carries over open problems and last year's plans", "[repo][carry-over]")
{
    Fixture f;
    const qint64 unit = f.addUnit(u"区城市管理局"_s);
    DocumentStore store(f.db);
    const qint64 lastYear = store.createReport(unit, 2024, false);
    Report r = *ReportRepository(f.db).find(lastYear);
    r.addressee = u"区委、区政府、区人大常委会"_s;
    r.signatories = {u"区城市管理局"_s};
    ReportRepository(f.db).update(r);

    ProblemRepository problems(f.db);
    const qint64 open = problems.insert({.reportId = lastYear, .text = u"执法队伍不稳定"_s, .reason = u"流动性大"_s});
    const qint64 inProgress =
        problems.insert({.reportId = lastYear, .text = u"普法针对性不强"_s, .status = ProblemStatus::InProgress});
    problems.insert({.reportId = lastYear, .text = u"已整改的问题"_s, .status = ProblemStatus::Rectified});

    SectionRepository sections(f.db);
    for (Section s : sections.forReport(lastYear))
        if (s.part == 4) {
            s.body = u"一是加强执法培训。二是推进执法数字化。"_s;
            sections.update(s);
        }
    MetricRepository(f.db).set({lastYear, u"admin_review_cases"_s, 10, fazhi::Approx::Exact, {}, {}});

    const qint64 id = store.createReport(unit, 2025, true);
    const ReportDocument doc = store.load(id);
    CHECK(doc.report.addressee == r.addressee);
    CHECK(doc.report.signatories == r.signatories);
    REQUIRE(doc.problems.size() == 2);
    CHECK(doc.problems.at(0).continuesId == open);
    CHECK(doc.problems.at(0).status == ProblemStatus::Open);
    CHECK(doc.problems.at(0).reason == u"流动性大"_s);
    CHECK(doc.problems.at(1).continuesId == inProgress);
    CHECK(doc.problems.at(1).status == ProblemStatus::InProgress);

    const QList<ReportReference> refs = ReferenceRepository(f.db).forReport(id);
    REQUIRE(refs.size() == 1);
    CHECK(refs.first().kind == u"previous-plans"_s);
    CHECK(refs.first().body.contains(u"推进执法数字化"_s));

    // Year-over-year change is derived from the previous report, never stored.
    REQUIRE(doc.previous);
    CHECK(doc.previous->report.year == 2024);
    MetricRepository(f.db).set({id, u"admin_review_cases"_s, 8, fazhi::Approx::Exact, {}, {}});
    const ReportDocument withValue = store.load(id);
    CHECK(formatChange(withValue.previous->metric(u"admin_review_cases"_s)->value,
                       withValue.metric(u"admin_review_cases"_s)->value) == u"下降20%"_s);
}

TEST_CASE("starting from the previous report fails cleanly when there is none", "[repo][carry-over]")
{
    Fixture f;
    const qint64 unit = f.addUnit(u"区城市管理局"_s);
    CHECK_THROWS_AS(DocumentStore(f.db).createReport(unit, 2025, true), Failure);
    CHECK(ReportRepository(f.db).forUnit(unit).isEmpty()); // nothing half-written
}

TEST_CASE("year-over-year change reads like a report", "[model]")
{
    CHECK(formatChange(1187, 1500) == u"增长26.37%"_s);
    CHECK(formatChange(10, 8) == u"下降20%"_s);
    CHECK(formatChange(100, 100) == u"持平"_s);
    CHECK_FALSE(formatChange(0, 5).has_value());
    CHECK(formatMetricValue({0, u"k"_s, 1500, fazhi::Approx::MoreThan, {}, {}}, u"件"_s) == u"1500余件"_s);
    CHECK(formatMetricValue({0, u"k"_s, 1.5, fazhi::Approx::Exact, {}, {}}, u"万元"_s) == u"1.5万元"_s);
}

TEST_CASE("metric values are read the way reports write them, thousands included", "[model]")
{
    CHECK(parseMetricValue(u"3千"_s)->value == 3000);
    CHECK(parseMetricValue(u"3千"_s)->approx == fazhi::Approx::Exact);
    CHECK(parseMetricValue(u"约1.5千"_s)->value == 1500);
    CHECK(parseMetricValue(u"约1.5千"_s)->approx == fazhi::Approx::About);
    CHECK(parseMetricValue(u"2千余"_s)->approx == fazhi::Approx::MoreThan);
    CHECK(parseMetricValue(u"超1.5万"_s)->value == 15000);
    CHECK(parseMetricValue(u"逾3亿"_s)->approx == fazhi::Approx::MoreThan);
    CHECK_FALSE(parseMetricValue(u"三千"_s));
    // The parts as the importer and the checker capture them: a word such as 共 leaves the figure exact.
    CHECK(metricValueFromParts(u"共", u"12", u"千", {})->value == 12000);
    CHECK(metricValueFromParts(u"共", u"12", u"千", {})->approx == fazhi::Approx::Exact);
    CHECK(metricValueFromParts({}, u"200", {}, {}, u"左右")->approx == fazhi::Approx::About);
    CHECK_FALSE(metricValueFromParts(u"约", u"很多", {}, {}));
}

TEST_CASE("unit kinds are guessed from names", "[model]")
{
    CHECK(guessUnitKind(u"重庆市江津区人民政府"_s) == UnitKind::Government);
    CHECK(guessUnitKind(u"重庆市江津区城市管理局"_s) == UnitKind::Department);
    CHECK(guessUnitKind(u"重庆市江津区四屏镇人民政府"_s) == UnitKind::Township);
    CHECK(guessUnitKind(u"中共重庆市江津区四屏镇委员会"_s) == UnitKind::Township);
    CHECK(guessUnitKind(u"某某街道办事处"_s) == UnitKind::Township);
}

TEST_CASE("column-level updates leave the columns another connection changed as it left them", "[repo][columns]")
{
    Fixture f;
    const qint64 unit = f.addUnit(u"区城市管理局"_s);
    const qint64 id = DocumentStore(f.db).createReport(unit, 2025, false);
    Database other; // another program on the same database
    other.open(f.where.location());

    // Report: this side read the row, the other changed the title, this side writes only its opening.
    Report mine = *ReportRepository(f.db).find(id);
    Report theirs = *ReportRepository(other).find(id);
    theirs.title = u"外部修改的标题"_s;
    ReportRepository(other).update(theirs);
    const Report read = mine;
    mine.opening = u"本窗口写的开头。"_s;
    CHECK(ReportRepository::changedFields(read, mine) == ReportRepository::Field::Opening);
    ReportRepository(f.db).updateFields(mine, ReportRepository::Field::Opening);
    const Report stored = *ReportRepository(other).find(id);
    CHECK(stored.title == u"外部修改的标题"_s);
    CHECK(stored.opening == u"本窗口写的开头。"_s);

    // Problem: the other side changed its status, this side writes only the measure.
    Problem p;
    p.reportId = id;
    p.text = u"执法队伍不稳定"_s;
    p.id = ProblemRepository(f.db).insert(p);
    Problem theirsP = *ProblemRepository(other).find(p.id);
    theirsP.status = ProblemStatus::Rectified;
    ProblemRepository(other).update(theirsP);
    p.measure = u"建立轮训机制"_s;
    ProblemRepository(f.db).updateFields(p, ProblemRepository::Field::Measure);
    const Problem storedP = *ProblemRepository(other).find(p.id);
    CHECK(storedP.status == ProblemStatus::Rectified);
    CHECK(storedP.measure == u"建立轮训机制"_s);
    p.text = u" "_s;
    CHECK_THROWS_AS(ProblemRepository(f.db).updateFields(p, ProblemRepository::Field::Text), Failure);

    // Metric: the other side changed the value, this side writes only the note.
    MetricValue v{id, u"enforcement_cases"_s, 1500, fazhi::Approx::MoreThan, {}, {}};
    MetricRepository(f.db).set(v);
    MetricRepository(other).set({id, u"enforcement_cases"_s, 1650, fazhi::Approx::MoreThan, {}, {}});
    v.note = u"含简易程序"_s;
    MetricRepository(f.db).setFields(v, MetricRepository::Field::Note);
    const QList<MetricValue> values = MetricRepository(other).forReport(id);
    REQUIRE(values.size() == 1);
    CHECK(values.first().value == 1650);
    CHECK(values.first().note == u"含简易程序"_s);
    // A value the report does not have yet is inserted whole.
    MetricRepository(f.db).setFields({id, u"admin_review_cases"_s, 8, fazhi::Approx::Exact, u"注"_s, {}},
                                     MetricRepository::Field::Note);
    CHECK(MetricRepository(other).forReport(id).size() == 2);

    // Sections: a heading write and a placement write leave the body alone, and the other way round.
    SectionRepository sections(f.db);
    const QList<Section> parts = sections.forReport(id);
    Section sub;
    sub.reportId = id;
    sub.parentId = parts.at(0).id;
    sub.heading = u"严格执法"_s;
    sub.body = u"原正文。"_s;
    sub.id = sections.insert(sub);
    SectionRepository(other).updateBody(sub.id, u"另一程序写的正文。"_s);
    sections.updateHeading(sub.id, u"严格规范公正文明执法"_s, true);
    sections.updatePlacement(sub.id, parts.at(1).id, 0);
    const Section back = *SectionRepository(other).find(sub.id);
    CHECK(back.body == u"另一程序写的正文。"_s);
    CHECK(back.heading == u"严格规范公正文明执法"_s);
    CHECK(back.runIn);
    CHECK(back.parentId == parts.at(1).id);
}

TEST_CASE("problem positions set in one go give the stored order", "[repo][columns]")
{
    Fixture f;
    const qint64 unit = f.addUnit(u"区城市管理局"_s);
    const qint64 id = DocumentStore(f.db).createReport(unit, 2025, false);
    ProblemRepository problems(f.db);
    QList<qint64> ids;
    for (const QString &text : {u"甲"_s, u"乙"_s, u"丙"_s}) {
        Problem p;
        p.reportId = id;
        p.text = text;
        p.position = 0; // all at the same position: the order is undefined until set
        ids << problems.insert(p);
    }
    const QList<qint64> wanted{ids.at(2), ids.at(0), ids.at(1)};
    problems.setPositions(wanted);
    QList<qint64> stored;
    for (const Problem &p : problems.forReport(id))
        stored << p.id;
    CHECK(stored == wanted);
}

TEST_CASE("two clients saving the same section: the stale save is refused and nothing is lost", "[repo][conflict]")
{
    Fixture f;
    const qint64 unit = f.addUnit(u"区城市管理局"_s);
    const qint64 report = DocumentStore(f.db).createReport(unit, 2025, false);
    const qint64 id = SectionRepository(f.db).forReport(report).first().id;
    Database other; // a second desk on the same database
    other.open(f.where.location());

    const Section mine = *SectionRepository(f.db).find(id);
    const Section theirs = *SectionRepository(other).find(id);
    REQUIRE(mine.revision == theirs.revision);
    const auto saved = SectionRepository(other).saveBody(id, u"另一位起草人写的一段。"_s, theirs.revision);
    REQUIRE(saved);
    CHECK(*saved == theirs.revision + 1);
    // This desk still holds the revision it read: its save is refused and writes nothing.
    CHECK_FALSE(SectionRepository(f.db).saveBody(id, u"我写的一段。"_s, mine.revision));
    const Section stored = *SectionRepository(f.db).find(id);
    CHECK(stored.body == u"另一位起草人写的一段。"_s);
    CHECK(stored.revision == *saved);
    // Merged against the stored revision, both texts are kept.
    REQUIRE(SectionRepository(f.db).saveBody(id, stored.body + u"\n\n我写的一段。"_s, stored.revision));
    CHECK(SectionRepository(other).find(id)->body == u"另一位起草人写的一段。\n\n我写的一段。"_s);
    // Every other write of the text raises the revision too, so a save over it is refused as well.
    const int before = SectionRepository(f.db).find(id)->revision;
    SectionRepository(other).updateHeading(id, u"主要举措"_s, false);
    CHECK_FALSE(SectionRepository(f.db).saveHeading(id, u"另一个标题"_s, false, before));
    CHECK(SectionRepository(f.db).find(id)->heading == u"主要举措"_s);
}

TEST_CASE("clients saving one section at once lose none of each other's words", "[repo][conflict]")
{
    Fixture f;
    const qint64 unit = f.addUnit(u"区城市管理局"_s);
    const qint64 report = DocumentStore(f.db).createReport(unit, 2025, false);
    const qint64 id = SectionRepository(f.db).forReport(report).first().id;
    const QString location = f.where.location();
    constexpr int kClients = 4;
    constexpr int kSaves = 15;
    std::atomic<int> refused{0};
    std::atomic<int> failed{0};
    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c) {
        clients.emplace_back([&, c] {
            try {
                Database db;
                db.open(location);
                SectionRepository sections(db);
                for (int i = 0; i < kSaves; ++i) {
                    // Each client appends its own word, merging with what it finds when refused.
                    for (;;) {
                        const Section s = *sections.find(id);
                        if (sections.saveBody(id, s.body + u"[%1-%2]"_s.arg(c).arg(i), s.revision))
                            break;
                        ++refused;
                    }
                }
            } catch (const Failure &) {
                ++failed;
            }
        });
    }
    for (std::thread &t : clients)
        t.join();
    CHECK(failed == 0);
    const QString body = SectionRepository(f.db).find(id)->body;
    for (int c = 0; c < kClients; ++c)
        for (int i = 0; i < kSaves; ++i)
            CHECK(body.contains(u"[%1-%2]"_s.arg(c).arg(i)));
    CHECK(SectionRepository(f.db).find(id)->revision == kClients * kSaves);
    INFO("saves refused as stale and merged: " << refused.load());
}
