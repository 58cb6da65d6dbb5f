// SPDX-License-Identifier: GPL-3.0-or-later
// One ordered write path for the open report, without a window: what the session shows is what is stored,
// whatever the order of moves, inserts, deletes, undo and typing; changes made by other programs are neither
// reverted nor lost; a failing write changes nothing and loses nothing typed.
#include "SessionTestSupport.h"

#include "EditCommands.h"
#include "storage/MetricRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/SectionRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

#include <random>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

void runSql(Database &db, const QString &statement)
{
    QSqlQuery q(db.connection());
    INFO(statement.toStdString());
    REQUIRE(q.exec(statement));
}

} // namespace

TEST_CASE("A seeded random run of moves, inserts, deletes, undo, redo and typing ends with the stored report equal "
          "to the session, and a new session on it reads the same", "[session][writepath]")
{
    SessionFixture fx(4);
    ReportSession &s = fx.s();
    QUndoStack *stack = s.undoStack();
    const QStringList metricKeys{u"enforcement_cases"_s, u"admin_review_cases"_s, u"training_sessions"_s};

    const unsigned seed = GENERATE(20260101u, 7u, 424242u);
    const int steps = 2500;
    INFO("seed " << seed << ", " << steps << " steps");
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return n <= 0 ? 0 : int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    auto subsections = [&] {
        QList<qint64> ids;
        for (const Section &sec : s.document().sections)
            if (!sec.isPart())
                ids << sec.id;
        return ids;
    };
    auto parts = [&] {
        QList<qint64> ids;
        for (const Section &sec : s.document().sections)
            if (sec.isPart())
                ids << sec.id;
        return ids;
    };
    int counter = 0;
    for (int step = 0; step < steps; ++step) {
        const int op = pick(16);
        const QList<qint64> subs = subsections(), ps = parts();
        const QString mark = QString::number(++counter);
        switch (op) {
        case 0: case 1: case 2: { // typing, in any section
            const QList<Section> &all = s.document().sections;
            const Section &sec = all.at(pick(int(all.size())));
            stack->push(new EditBodyCommand(&s, sec.id, sec.body, sec.body + u"字"_s + mark));
            break;
        }
        case 3: { // heading
            if (subs.isEmpty())
                break;
            const Section *sec = s.section(subs.at(pick(int(subs.size()))));
            stack->push(new EditHeadingCommand(&s, sec->id, sec->heading.left(12) + mark, pick(2) == 0));
            break;
        }
        case 4: // add a subsection
            stack->push(new AddSubsectionCommand(&s, ps.at(pick(int(ps.size()))), pick(5), u"新小节"_s + mark));
            break;
        case 5: // delete one
            if (subs.size() > 2)
                stack->push(new DeleteSubsectionCommand(&s, subs.at(pick(int(subs.size())))));
            break;
        case 6: case 7: { // move one, within its part or to another
            if (subs.isEmpty())
                break;
            stack->push(new MoveSubsectionCommand(&s, subs.at(pick(int(subs.size()))), ps.at(pick(int(ps.size()))),
                                                  pick(5)));
            break;
        }
        case 8: case 9:
            stack->undo();
            break;
        case 10:
            stack->redo();
            break;
        case 11: { // problems: add at the end, delete any (the first too), edit one
            const QList<Problem> &problems = s.document().problems;
            const int which = pick(3);
            if (which == 0 || problems.isEmpty()) {
                Problem p;
                p.text = u"新问题"_s + mark;
                p.position = int(problems.size());
                stack->push(new AddRemoveProblemCommand(&s, p, false));
            } else if (which == 1) {
                stack->push(new AddRemoveProblemCommand(&s, problems.at(pick(int(problems.size()))), true));
            } else {
                Problem p = problems.at(pick(int(problems.size())));
                p.measure = u"措施"_s + mark;
                stack->push(new EditProblemCommand(&s, p));
            }
            break;
        }
        case 12: { // a metric
            MetricValue v;
            v.key = metricKeys.at(pick(int(metricKeys.size())));
            v.value = pick(2000);
            v.note = u"注"_s + mark;
            stack->push(new SetMetricCommand(&s, v.key, v));
            break;
        }
        case 13: { // a report field
            Report r = s.document().report;
            r.opening = r.opening.left(40) + mark;
            stack->push(new EditReportCommand(&s, r, u"Opening"_s));
            break;
        }
        case 14: // the debounce timer fires: pending text goes to the writer while edits go on
            s.startSave();
            break;
        case 15: // the event loop runs a little: completions arrive, timers fire
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            break;
        }
    }
    s.flush();
    REQUIRE(waitFor([&] { return !s.hasUnsavedChanges(); }));
    const ReportDocument stored = fx.stored();
    CHECK(sectionsOf(stored) == sectionsOf(s.document()));
    CHECK(problemsOf(stored) == problemsOf(s.document()));
    CHECK(metricsOf(stored) == metricsOf(s.document()));
    CHECK(stored.report.opening == s.document().report.opening);
    for (int i = 0; i < s.document().problems.size(); ++i)
        CHECK(stored.problems.at(i).position == i);

    // The session ends and the next one (the next start) opens the report: the same state.
    const ReportDocument last = s.document();
    fx.session.reset();
    fx.open();
    CHECK(sectionsOf(fx.s().document()) == sectionsOf(last));
    CHECK(problemsOf(fx.s().document()) == problemsOf(last));
    CHECK(metricsOf(fx.s().document()) == metricsOf(last));
    CHECK(fx.s().document().report.opening == last.report.opening);
}

TEST_CASE("Undoing the deletion of the first problem puts it back first, as stored", "[session][writepath][problems]")
{
    SessionFixture fx(3);
    ReportSession &s = fx.s();
    const QStringList before = problemsOf(s.document());
    REQUIRE(before.size() >= 3);
    s.undoStack()->push(new AddRemoveProblemCommand(&s, s.document().problems.first(), true));
    s.undoStack()->undo();
    CHECK(problemsOf(s.document()) == before);
    s.flush();
    CHECK(problemsOf(fx.stored()) == before);
}

TEST_CASE("Another program changes a report field, a metric and a problem while the session edits other fields of "
          "the same rows: nothing is reverted, and the session shows both", "[session][writepath][outside]")
{
    SessionFixture fx(2);
    const qint64 id = fx.reportId;
    ReportSession &s = fx.s();
    QSignalSpy fieldsChanged(&s, &ReportSession::reportFieldsChanged); // the window's title follows it
    Database cli; // what `fazhi report/metric/problem …` does: its own connection, whole rows
    cli.open(fx.path());

    // The clerk edits the opening, a metric's note and a problem's measure (not yet saved) …
    Report r = s.document().report;
    r.opening = u"本窗口改写的开头。"_s;
    s.undoStack()->push(new EditReportCommand(&s, r, u"Opening"_s));
    MetricValue v = *s.document().metric(u"enforcement_cases"_s);
    v.note = u"含简易程序"_s;
    s.undoStack()->push(new SetMetricCommand(&s, v.key, v));
    Problem p = s.document().problems.first();
    p.measure = u"建立常态化轮训机制"_s;
    s.undoStack()->push(new EditProblemCommand(&s, p));

    // … while the command line changes the title, the same metric's value and the same problem's status.
    Report outside = *ReportRepository(cli).find(id);
    outside.title = u"外部修改的报告标题"_s;
    ReportRepository(cli).update(outside);
    MetricRepository(cli).set({id, u"enforcement_cases"_s, 1650, fazhi::Approx::MoreThan, {}, {}});
    Problem outsideProblem = *ProblemRepository(cli).find(p.id);
    outsideProblem.status = ProblemStatus::Rectified;
    ProblemRepository(cli).update(outsideProblem);

    s.flush();
    REQUIRE(waitFor([&] { return !s.hasUnsavedChanges(); }));
    const ReportDocument stored = fx.stored();
    CHECK(stored.report.title == u"外部修改的报告标题"_s);
    CHECK(stored.report.opening == u"本窗口改写的开头。"_s);
    REQUIRE(stored.metric(u"enforcement_cases"_s));
    CHECK(stored.metric(u"enforcement_cases"_s)->value == 1650);
    CHECK(stored.metric(u"enforcement_cases"_s)->note == u"含简易程序"_s);
    CHECK(stored.problems.first().status == ProblemStatus::Rectified);
    CHECK(stored.problems.first().measure == u"建立常态化轮训机制"_s);

    // The session loads what the other program changed, and keeps the clerk's edits.
    CHECK(waitFor([&] { return s.document().report.title == u"外部修改的报告标题"_s; }, 5000));
    CHECK(s.document().report.opening == u"本窗口改写的开头。"_s);
    CHECK(s.document().metric(u"enforcement_cases"_s)->value == 1650);
    CHECK(s.document().metric(u"enforcement_cases"_s)->note == u"含简易程序"_s);
    CHECK(s.document().problems.first().status == ProblemStatus::Rectified);
    CHECK(s.document().problems.first().measure == u"建立常态化轮训机制"_s);
    CHECK(fieldsChanged.count() >= 1);
}

TEST_CASE("Text another program wrote into a section the clerk has not touched appears in the session",
          "[session][writepath][outside]")
{
    SessionFixture fx;
    ReportSession &s = fx.s();
    const Section sec = s.document().sections.at(1);
    Database cli;
    cli.open(fx.path());
    SectionRepository(cli).updateBody(sec.id, sec.body + u"另一程序补充的一句。"_s);
    CHECK(waitFor([&] { return s.section(sec.id)->body.endsWith(u"另一程序补充的一句。"_s); }, 5000));
    s.flush();
    CHECK(SectionRepository(cli).find(sec.id)->body.endsWith(u"另一程序补充的一句。"_s));
}

TEST_CASE("The same field changed in the session and by another program: the clerk's text is kept and the other "
          "is kept as a reference of the report, and the clerk is told", "[session][writepath][outside]")
{
    SessionFixture fx;
    const qint64 id = fx.reportId;
    ReportSession &s = fx.s();
    QSignalSpy told(&s, &ReportSession::outsideConflict);
    Database cli;
    cli.open(fx.path());

    Report mine = s.document().report;
    mine.title = u"本窗口的标题"_s;
    s.undoStack()->push(new EditReportCommand(&s, mine, u"Title"_s));
    Report theirs = *ReportRepository(cli).find(id);
    theirs.title = u"命令行写的标题"_s;
    ReportRepository(cli).update(theirs);

    const auto kept = [&] {
        for (const ReportReference &ref : ReferenceRepository(cli).forReport(id))
            if (ref.body == u"命令行写的标题"_s)
                return true;
        return false;
    };
    REQUIRE(waitFor([&] { return kept() && !s.hasUnsavedChanges(); }, 6000));
    CHECK(ReportRepository(cli).find(id)->title == u"本窗口的标题"_s);
    CHECK(s.document().report.title == u"本窗口的标题"_s);
    CHECK(std::any_of(s.references().begin(), s.references().end(),
                      [](const ReportReference &ref) { return ref.body == u"命令行写的标题"_s; }));
    REQUIRE(told.count() >= 1);
    const QString message = told.last().at(0).toString();
    CHECK(message.contains(u"命令行写的标题"_s));
    CHECK(message.contains(u"本窗口的标题"_s));
}

TEST_CASE("A write that fails changes nothing, says why, and loses nothing typed, and it is saved when the fault clears",
          "[session][writepath][faults]")
{
    SessionFixture fx(2);
    ReportSession &s = fx.s();
    QUndoStack *stack = s.undoStack();
    Database other;
    other.open(fx.path());

    // One successful structural edit, to undo while the fault lasts.
    const QList<qint64> parts = partsOf(s.document());
    stack->push(new AddSubsectionCommand(&s, parts.at(0), 0, u"故障前加的小节"_s));
    s.flush();
    REQUIRE(!s.hasUnsavedChanges());

    // The fault: every write to the report's tables is refused by the database.
    const QStringList tables{u"sections"_s, u"problems"_s, u"metric_values"_s, u"reports"_s};
    const QStringList events{u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s};
    for (const QString &table : tables)
        for (const QString &event : events)
            runSql(other, u"CREATE TRIGGER fault_%1_%2 BEFORE %2 ON %1 BEGIN SELECT RAISE(ABORT, 'injected fault'); END"_s
                              .arg(table, event));
    QSignalSpy failed(&s, &ReportSession::editFailed);
    const QStringList sectionsBefore = sectionsOf(s.document());
    const QStringList problemsBefore = problemsOf(s.document());
    int messages = 0;

    // Undo: refused, the subsection still there, the history where it was.
    const int index = stack->index();
    CHECK_FALSE(s.undo());
    CHECK(stack->index() == index);
    CHECK(sectionsOf(s.document()) == sectionsBefore);
    CHECK(failed.count() == ++messages);

    // Structural edits: each refused with a message, nothing changed, no step in the history.
    const QList<qint64> subs = subsectionsOf(s.document());
    REQUIRE(subs.size() >= 2);
    Problem added;
    added.text = u"故障中加的问题"_s;
    added.position = int(s.document().problems.size());
    const QList<QUndoCommand *> edits{
        new AddSubsectionCommand(&s, parts.at(0), 1, u"故障中加的小节"_s),
        new MoveSubsectionCommand(&s, subs.at(0), parts.at(1), 0),
        new DeleteSubsectionCommand(&s, subs.at(1)),
        new AddRemoveProblemCommand(&s, added, false),
        new AddRemoveProblemCommand(&s, s.document().problems.first(), true),
    };
    for (QUndoCommand *edit : edits) {
        const int count = stack->count();
        stack->push(edit);
        CHECK(stack->count() == count);
        CHECK(sectionsOf(s.document()) == sectionsBefore);
        CHECK(problemsOf(s.document()) == problemsBefore);
        CHECK(failed.count() == ++messages);
    }

    // Typing and a metric: kept in the document and pending, the failure reported.
    QSignalSpy saveFailed(&s, &ReportSession::saveFailed);
    const Section target = s.document().sections.at(2);
    stack->push(new EditBodyCommand(&s, target.id, target.body, target.body + u"故障期间输入的文字"_s));
    MetricValue v = *s.document().metric(u"enforcement_cases"_s);
    v.value = 1777;
    stack->push(new SetMetricCommand(&s, v.key, v));
    s.flush();
    CHECK(s.hasUnsavedChanges());
    CHECK(saveFailed.count() >= 1);
    CHECK(s.section(target.id)->body.endsWith(u"故障期间输入的文字"_s));
    CHECK_FALSE(SectionRepository(other).find(target.id)->body.endsWith(u"故障期间输入的文字"_s));

    // The fault clears: the retry writes what was typed.
    for (const QString &table : tables)
        for (const QString &event : events)
            runSql(other, u"DROP TRIGGER fault_%1_%2"_s.arg(table, event));
    REQUIRE(waitFor([&] { return !s.hasUnsavedChanges(); }, 8000));
    const ReportDocument stored = fx.stored();
    CHECK(sectionsOf(stored) == sectionsOf(s.document()));
    CHECK(SectionRepository(other).find(target.id)->body.endsWith(u"故障期间输入的文字"_s));
    REQUIRE(stored.metric(u"enforcement_cases"_s));
    CHECK(stored.metric(u"enforcement_cases"_s)->value == 1777);

    // And the history works again.
    CHECK(s.undo());
    s.flush();
    CHECK(sectionsOf(fx.stored()) == sectionsOf(s.document()));
}
