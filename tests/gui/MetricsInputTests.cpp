// SPDX-License-Identifier: GPL-3.0-or-later
// Metric values the clerk types that cannot be read are kept and explained; figures found in the text are
// offered only from the parts about the report's own year.
#include "GuiTestSupport.h"

#include "EditCommands.h"
#include "MetricsTab.h"
#include "PreviewPanel.h"
#include "storage/MetricRepository.h"

#include <QTableWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

double storedValue(Workspace &ws, const QString &key)
{
    ws.session().flush();
    for (const MetricValue &m : MetricRepository(ws.db).forReport(ws.session().reportId()))
        if (m.key == key)
            return m.value;
    return -1;
}

} // namespace

TEST_CASE("A metric value that cannot be read keeps what was typed, records nothing and says why", "[gui][metrics]")
{
    Workspace ws;
    ws.openDemoReport();
    ws.window->showTab(1);
    MetricsTab *tab = ws.window->metricsTab();
    auto *table = tab->findChild<QTableWidget *>(u"metricsTable"_s);
    REQUIRE(table);
    const int row = tab->rowOf(u"admin_review_cases"_s);
    REQUIRE(row >= 0);
    CHECK(tab->valueMessage().isEmpty());

    table->item(row, 1)->setText(u"约十余次"_s); // what the cell's editor does when the clerk presses Enter
    CHECK(table->item(row, 1)->text() == u"约十余次"_s);
    CHECK(ws.session().document().metric(u"admin_review_cases"_s)->value == 8);
    CHECK(storedValue(ws, u"admin_review_cases"_s) == 8);
    const QString message = tab->valueMessage();
    CHECK(message.contains(u"约十余次"_s));
    CHECK(message.contains(u"Chinese numerals"_s));
    CHECK(message.contains(u"8件"_s)); // the value that stays recorded
    CHECK(table->item(row, 1)->toolTip().contains(u"约十余次"_s));

    // Another metric recorded meanwhile: the unread text is still shown in its cell.
    CHECK(tab->setValueText(u"training_sessions"_s, u"9"_s));
    CHECK(table->item(tab->rowOf(u"admin_review_cases"_s), 1)->text() == u"约十余次"_s);

    table->item(row, 1)->setText(u"10余"_s);
    CHECK(ws.session().document().metric(u"admin_review_cases"_s)->value == 10);
    CHECK(ws.session().document().metric(u"admin_review_cases"_s)->approx == fazhi::Approx::MoreThan);
    CHECK(tab->valueMessage().isEmpty());
    CHECK(table->item(tab->rowOf(u"admin_review_cases"_s), 1)->text() == u"10余件"_s);

    CHECK(MetricsTab::unreadableReason(u"很多"_s).contains(u"no figure"_s));
    CHECK(MetricsTab::unreadableReason(u"8件左右吧"_s).contains(u"only a figure"_s));
    CHECK(MetricsTab::unreadableReason(u"约200"_s).isEmpty());
}

TEST_CASE("Figures found in the text come from the parts about this year, not part four's targets", "[gui][metrics]")
{
    Workspace ws;
    ws.openDemoReport();
    const Section plans = ws.session().document().parts().at(3);
    REQUIRE(plans.part == 4);
    ws.session().undoStack()->push(new EditBodyCommand(&ws.session(), plans.id, plans.body,
                                                       plans.body + u"\n全年开展会前学法20次。"_s));
    ws.window->preview()->refreshNow();
    ws.window->showTab(1);
    MetricsTab *tab = ws.window->metricsTab();
    REQUIRE(waitFor([&] {
        return std::any_of(tab->candidates().begin(), tab->candidates().end(),
                           [](const MetricCandidate &c) { return c.key == u"party_meetings_law"_s; });
    }));
    QList<double> offered;
    for (const MetricCandidate &c : tab->candidates())
        if (c.key == u"party_meetings_law"_s)
            offered << c.value;
    CHECK(offered == QList<double>{12}); // part one's 12, never part four's 20
}
