// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "BodyEdit.h"
#include "ChecklistDock.h"
#include "EditCommands.h"
#include "MetricChart.h"
#include "MetricsTab.h"
#include "PreviewPanel.h"
#include "ProblemsTab.h"
#include "SectionEditor.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "util/Clock.h"

#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

TEST_CASE("A figure found in the text is accepted as a metric with one click", "[gui][metrics]")
{
    Workspace ws;
    ws.openDemoReport();
    MetricsTab *tab = ws.window->metricsTab();
    ws.window->showTab(1);
    REQUIRE(waitFor([&] {
        return std::any_of(tab->candidates().begin(), tab->candidates().end(),
                           [](const MetricCandidate &c) { return c.key == u"party_meetings_law"_s; });
    }));
    // "全年开展会前学法12次" names party_meetings_law, which the demo report has not recorded.
    int index = -1;
    for (int i = 0; i < tab->candidates().size(); ++i)
        if (tab->candidates().at(i).key == u"party_meetings_law"_s)
            index = i;
    REQUIRE(index >= 0);
    CHECK(tab->candidates().at(index).value == 12);
    auto *button = tab->findChild<QPushButton *>(u"acceptCandidate%1"_s.arg(index));
    REQUIRE(button);
    button->click();
    const MetricValue *v = ws.session().document().metric(u"party_meetings_law"_s);
    REQUIRE(v);
    CHECK(v->value == 12);
    ws.session().flush();
    const QList<MetricValue> stored = MetricRepository(ws.db).forReport(ws.session().reportId());
    CHECK(std::any_of(stored.begin(), stored.end(), [](const MetricValue &m) { return m.key == u"party_meetings_law"_s; }));
    CHECK(std::none_of(tab->candidates().begin(), tab->candidates().end(),
                       [](const MetricCandidate &c) { return c.key == u"party_meetings_law"_s; }));
    ws.session().undoStack()->undo();
    CHECK_FALSE(ws.session().document().metric(u"party_meetings_law"_s));
}

TEST_CASE("Metric values are typed as reports write them and compared with last year", "[gui][metrics]")
{
    CHECK(parseMetricValue(u"1500余"_s)->approx == fazhi::Approx::MoreThan);
    CHECK(parseMetricValue(u"约200"_s)->value == 200);
    CHECK(parseMetricValue(u"1.5万"_s)->value == 15000);
    CHECK_FALSE(parseMetricValue(u"很多"_s));

    Workspace ws;
    ws.openDemoReport();
    MetricsTab *tab = ws.window->metricsTab();
    CHECK(tab->setValueText(u"admin_review_cases"_s, u"12"_s));
    auto *table = tab->findChild<QTableWidget *>(u"metricsTable"_s);
    const int row = tab->rowOf(u"admin_review_cases"_s);
    CHECK(table->item(row, 2)->text() == u"10件"_s);
    CHECK(table->item(row, 3)->text() == u"增长20%"_s);
    table->setCurrentCell(row, 1);
    CHECK(tab->findChild<MetricChart *>()->pointCount() == 2);
}

TEST_CASE("Problems: carried-over marked, overdue highlighted, linked to where parts two and four mention them",
          "[gui][problems]")
{
    FixedClock clock(QDate(2026, 1, 15));
    Workspace ws;
    ws.window->setClock(clock);
    ws.openDemoReport();
    ProblemsTab *tab = ws.window->problemsTab();
    // The demo report carries over last year's open problem.
    const qsizetype carried = ws.session().document().problems.size();
    REQUIRE(carried == 1);
    CHECK(ws.session().document().problems.first().continuesId != 0);
    tab->addProblem(u"普法宣传的针对性还不够强"_s);
    REQUIRE(ws.session().document().problems.size() == carried + 1);
    Problem p = ws.session().document().problems.last();
    CHECK(ProblemRepository(ws.db).find(p.id).has_value());

    const QList<ProblemMention> mentions = ProblemsTab::mentions(ws.session(), p);
    REQUIRE_FALSE(mentions.isEmpty());
    CHECK(mentions.first().part == 2);

    clock.set(QDate(2026, 3, 1));
    p.dueDate = QDate(2026, 2, 1);
    ws.session().setProblem(p);
    CHECK(tab->overdueCount() == 1);
    // The checklist judges deadlines by the same clock: the report is not yet due for publication on
    // 1 March, and overdue once the clock passes 1 April.
    const auto publishOverdue = [&] {
        ws.window->checklist()->checkNow();
        const QList<Finding> &findings = ws.window->checklist()->result().findings;
        return std::any_of(findings.begin(), findings.end(),
                           [](const Finding &f) { return f.rule == u"date.publish-due"_s; });
    };
    CHECK_FALSE(publishOverdue());
    clock.set(QDate(2026, 4, 2));
    CHECK(publishOverdue());
    clock.set(QDate(2026, 3, 1));
    p.status = ProblemStatus::Rectified;
    ws.session().setProblem(p);
    CHECK(tab->overdueCount() == 0);

    // Double-clicking "mentioned in" goes to the text of part two.
    auto *table = tab->findChild<QTableWidget *>(u"problemsTable"_s);
    emit table->cellDoubleClicked(int(carried), 6);
    CHECK(ws.window->sectionEditor()->sectionId() == mentions.first().sectionId);
    CHECK(ws.window->sectionEditor()->bodyEdit()->textCursor().hasSelection());
}

TEST_CASE("Where a problem is mentioned follows text written while the problems tab was hidden", "[gui][problems]")
{
    Workspace ws;
    ws.openDemoReport();
    ProblemsTab *tab = ws.window->problemsTab();
    auto *table = tab->findChild<QTableWidget *>(u"problemsTable"_s);
    REQUIRE(table);
    const QString text = u"档案数字化进度明显滞后"_s;
    tab->addProblem(text);
    const int row = int(ws.session().document().problems.size()) - 1;
    REQUIRE(ProblemsTab::mentions(ws.session(), ws.session().document().problems.at(row)).isEmpty());
    CHECK(table->item(row, 6)->text() == u"Not mentioned"_s);

    const Section *partTwo = nullptr;
    for (const Section &s : ws.session().document().parts())
        if (s.part == 2)
            partTwo = ws.session().section(s.id);
    REQUIRE(partTwo);
    const QString body = partTwo->body;
    ws.session().undoStack()->push(
        new EditBodyCommand(&ws.session(), partTwo->id, body, body + u"\n\n"_s + text + u"。"_s));
    ws.window->showTab(2);
    CHECK(table->item(row, 6)->text() == u"Part 2"_s);

    // Shown, the table follows at once (an undo while looking at it).
    ws.session().undoStack()->undo();
    CHECK(table->item(row, 6)->text() == u"Not mentioned"_s);
}
