// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "EditCommands.h"
#include "ReportFieldsEditor.h"
#include "storage/ReportRepository.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

ReportFieldsEditor *openFields(Workspace &ws)
{
    ws.window->jumpTo(JumpPlace::reportField(BlockKind::Title));
    auto *fields = ws.window->findChild<ReportFieldsEditor *>();
    REQUIRE(fields);
    return fields;
}

void storeDate(Workspace &ws, QDate date)
{
    Report r = ws.session().document().report;
    r.writtenDate = date;
    ws.session().undoStack()->push(new EditReportCommand(&ws.session(), r, u"date"_s));
    ws.session().flush();
}

QDate storedDate(Workspace &ws) { return ReportRepository(ws.db).find(ws.session().reportId())->writtenDate; }

} // namespace

TEST_CASE("An empty 成文日期 looks empty and stays empty when another field is edited", "[gui][fields]")
{
    Workspace ws;
    ws.openDemoReport();
    storeDate(ws, QDate());
    REQUIRE_FALSE(storedDate(ws).isValid());

    ReportFieldsEditor *fields = openFields(ws);
    auto *date = fields->findChild<QDateEdit *>(u"writtenDateEdit"_s);
    REQUIRE(date);
    // What the field shows is the "not set" text, no date at all.
    CHECK(date->text() == date->specialValueText());
    CHECK_FALSE(date->text().contains(u"20"_s));

    auto *title = fields->findChild<QLineEdit *>(u"titleEdit"_s);
    title->end(false);
    typeText(title, u"（草稿）"_s);
    ws.session().flush();
    CHECK(ReportRepository(ws.db).find(ws.session().reportId())->title.endsWith(u"（草稿）"_s));
    CHECK_FALSE(storedDate(ws).isValid());
}

TEST_CASE("The 成文日期 field shows the stored date, steps from empty to mid-January and can be cleared",
          "[gui][fields]")
{
    Workspace ws;
    ws.openDemoReport();
    const int year = ws.session().document().report.year;
    storeDate(ws, QDate(year + 1, 1, 21));
    ReportFieldsEditor *fields = openFields(ws);
    auto *date = fields->findChild<QDateEdit *>(u"writtenDateEdit"_s);
    REQUIRE(date);
    CHECK(date->text() == QDate(year + 1, 1, 21).toString(u"yyyy-MM-dd"_s));

    // Clear: stored empty, shown empty, and undo brings the date back.
    auto *clear = fields->findChild<QToolButton *>(u"clearDateButton"_s);
    REQUIRE(clear);
    clear->click();
    ws.session().flush();
    CHECK_FALSE(storedDate(ws).isValid());
    CHECK(date->text() == date->specialValueText());
    ws.session().undo();
    ws.session().flush();
    CHECK(storedDate(ws) == QDate(year + 1, 1, 21));
    CHECK(date->text() == QDate(year + 1, 1, 21).toString(u"yyyy-MM-dd"_s));

    // From empty, the up arrow starts at 15 January after the report year.
    clear->click();
    date->setFocus();
    date->stepUp();
    ws.session().flush();
    CHECK(storedDate(ws) == QDate(year + 1, 1, 15));
    CHECK(date->text() == QDate(year + 1, 1, 15).toString(u"yyyy-MM-dd"_s));
}
