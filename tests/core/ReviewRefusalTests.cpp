// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewWorkflow::refusal, which front ends ask before offering a step, says exactly what the step does.
#include "TestSupport.h"

#include "review/ReviewWorkflow.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/PersonRepository.h"
#include "storage/ReportRepository.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

using Transition = ReviewWorkflow::Transition;

/// Takes `t` as `flow` would and returns the refusal it threw (empty when the step was taken).
QString take(ReviewWorkflow flow, qint64 report, Transition t)
{
    try {
        switch (t) {
        case Transition::Submit: flow.submit(report); break;
        case Transition::Return: flow.returnReport(report, u"请修改"_s); break;
        case Transition::Approve: flow.approve(report); break;
        case Transition::Publish: flow.publish(report, QDate(2026, 3, 20), u"https://example.gov.cn/r"_s); break;
        case Transition::Reopen: flow.reopen(report, u"更正"_s); break;
        }
    } catch (const Failure &f) {
        return f.message();
    }
    return {};
}

} // namespace

TEST_CASE("the refusal a front end is shown is the one the step gives, for every role, step and state",
          "[review]")
{
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(u"refusal.sqlite"_s));
    const qint64 unit = UnitRepository(db).insert({.fullName = u"重庆市江津区司法局"_s, .kind = UnitKind::Department});
    const qint64 report = DocumentStore(db).createReport(unit, 2025, false);
    PersonRepository people(db);
    QList<Person> everyone;
    for (const auto &[name, role] : {std::pair{u"起草甲"_s, Role::Drafter}, std::pair{u"审核乙"_s, Role::Reviewer},
                                     std::pair{u"签发丙"_s, Role::Signer}, std::pair{u"管理丁"_s, Role::Admin}}) {
        const qint64 id = people.insert(Person{.name = name, .unitId = unit, .roles = {{unit, role}}});
        everyone << *people.find(id);
    }
    const QList<Transition> steps = {Transition::Submit, Transition::Return, Transition::Approve, Transition::Publish,
                                     Transition::Reopen};
    // Through the whole path: at each state, every person is asked about every step; a step said to be
    // allowed is taken in a transaction that is rolled back, a refused one gives the same sentence.
    const QList<std::pair<int, Transition>> path = {{0, Transition::Submit}, {1, Transition::Return},
                                                    {0, Transition::Submit}, {1, Transition::Approve},
                                                    {2, Transition::Publish}, {3, Transition::Reopen}};
    int allowed = 0, refused = 0;
    for (const auto &[who, next] : path) {
        for (const Person &p : everyone) {
            for (Transition t : steps) {
                const QString said = ReviewWorkflow(db, p).refusal(report, t);
                const ReportStatus before = ReportRepository(db).find(report)->status;
                db.begin();
                const QString done = take(ReviewWorkflow(db, p), report, t);
                db.rollback();
                INFO(p.name.toStdString() << " step " << int(t) << ": " << said.toStdString());
                CHECK(said == done);
                CHECK(ReportRepository(db).find(report)->status == before);
                (said.isEmpty() ? allowed : refused)++;
            }
        }
        REQUIRE(ReviewWorkflow(db, everyone.at(who)).refusal(report, next).isEmpty());
        REQUIRE(take(ReviewWorkflow(db, everyone.at(who)), report, next).isEmpty());
    }
    CHECK(allowed >= 6);
    CHECK(refused > allowed);
}
