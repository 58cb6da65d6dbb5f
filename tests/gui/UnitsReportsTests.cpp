// SPDX-License-Identifier: GPL-3.0-or-later
// Putting slips right in the list of units and reports: a report's year, a unit's details, deleting a draft
// report or a unit, each undoable while the window is open and deletions recorded in the audit trail.
#include "GuiTestSupport.h"

#include "UnitDialog.h"
#include "UnitsController.h"
#include "UnitsDock.h"
#include "storage/AuditLog.h"
#include "storage/DocumentStore.h"
#include "storage/RowSnapshot.h"
#include "storage/UnitRepository.h"

#include <QAction>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

/// What a report is made of, to compare before a deletion and after its undo.
QStringList contentOf(Database &db, qint64 reportId)
{
    const ReportDocument doc = DocumentStore(db).load(reportId, false);
    QStringList out{doc.report.title, QString::number(doc.report.year), doc.report.opening};
    for (const Section &s : doc.sections)
        out << u"%1|%2|%3|%4"_s.arg(s.id).arg(s.parentId).arg(s.heading, s.body);
    for (const MetricValue &m : doc.metrics)
        out << u"%1=%2"_s.arg(m.key).arg(m.value);
    for (const Problem &p : doc.problems)
        out << u"%1|%2|%3"_s.arg(p.id).arg(p.continuesId).arg(p.text);
    return out;
}

struct Reports
{
    qint64 published = 0; // 2024
    qint64 draft = 0;     // 2025
};

Reports demoReports(Database &db)
{
    Reports r;
    for (const Report &report : ReportRepository(db).all())
        (report.year == 2024 ? r.published : r.draft) = report.id;
    return r;
}

} // namespace

TEST_CASE("A draft report is deleted from the list, recorded in the audit trail, and undo brings it back whole",
          "[gui][units]")
{
    Workspace ws;
    const Reports ids = demoReports(ws.db);
    ws.openDemoReport();
    const QStringList before = contentOf(ws.db, ids.draft);
    UnitsController *units = ws.window->unitsController();
    ws.window->unitsDock()->selectReport(ids.draft);
    REQUIRE(units->deleteReport->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No);
    units->deleteReport->trigger();
    CHECK(ReportRepository(ws.db).find(ids.draft).has_value());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    units->deleteReport->trigger();
    CHECK_FALSE(ReportRepository(ws.db).find(ids.draft).has_value());
    CHECK(ws.window->session() == nullptr); // it was open: the window shows the start page
    const QList<AuditEntry> trail = AuditLog(ws.db).forReport(ids.draft);
    REQUIRE_FALSE(trail.isEmpty());
    CHECK(trail.last().action == u"delete"_s);
    CHECK(trail.last().detail.contains(u"2025"_s));
    CHECK_FALSE(trail.last().person.isEmpty());

    units->undo->trigger();
    REQUIRE(ReportRepository(ws.db).find(ids.draft).has_value());
    CHECK(contentOf(ws.db, ids.draft) == before);
    CHECK(AuditLog(ws.db).forReport(ids.draft).last().action == u"undelete"_s);
    CHECK(AuditLog(ws.db).verify().ok);
    REQUIRE(ws.window->openReport(ids.draft)); // and it opens and can be written as before
    CHECK(ws.session().document().sections.size() == DocumentStore(ws.db).load(ids.draft, false).sections.size());

    units->redo->trigger();
    CHECK_FALSE(ReportRepository(ws.db).find(ids.draft).has_value());
    CHECK(ws.window->session() == nullptr);
}

TEST_CASE("A submitted report is never deleted", "[gui][units]")
{
    Workspace ws;
    const Reports ids = demoReports(ws.db);
    UnitsController *units = ws.window->unitsController();
    ws.window->unitsDock()->selectReport(ids.published);
    MessageBox::clearHistory();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    units->deleteReport->trigger();
    CHECK(ReportRepository(ws.db).find(ids.published).has_value());
    REQUIRE_FALSE(MessageBox::history().isEmpty());
    CHECK(MessageBox::history().last().contains(u"never deleted"_s));
    CHECK_FALSE(units->undoStack()->canUndo());
}

TEST_CASE("A report's year changes within 2015 to next year, its title follows, and undo puts it back", "[gui][units]")
{
    Workspace ws;
    const Reports ids = demoReports(ws.db);
    ws.openDemoReport();
    UnitsController *units = ws.window->unitsController();
    const QString title = ReportRepository(ws.db).find(ids.draft)->title;
    REQUIRE(title.contains(u"2025年"_s));

    for (const QString &slip : {u"2052"_s, u"1925"_s, u"二〇二五"_s}) {
        MessageBox::clearHistory();
        ws.window->unitsDock()->selectReport(ids.draft);
        InputDialog::setNextText(slip);
        units->changeYear->trigger();
        CHECK(ReportRepository(ws.db).find(ids.draft)->year == 2025);
        REQUIRE_FALSE(MessageBox::history().isEmpty());
        CHECK(MessageBox::history().last().contains(slip));
    }
    // 2024 has its report already: one report a unit a year.
    InputDialog::setNextText(u"2024"_s);
    units->changeYear->trigger();
    CHECK(ReportRepository(ws.db).find(ids.draft)->year == 2025);
    CHECK_FALSE(units->undoStack()->canUndo());

    ws.window->unitsDock()->selectReport(ids.draft);
    InputDialog::setNextText(u"2023"_s);
    units->changeYear->trigger();
    const Report moved = *ReportRepository(ws.db).find(ids.draft);
    CHECK(moved.year == 2023);
    CHECK(moved.title == QString(title).replace(u"2025年"_s, u"2023年"_s));
    REQUIRE(ws.window->session());
    CHECK(ws.session().document().report.year == 2023); // the open report shows it

    units->undo->trigger();
    CHECK(ReportRepository(ws.db).find(ids.draft)->year == 2025);
    CHECK(ReportRepository(ws.db).find(ids.draft)->title == title);
    CHECK(ws.session().document().report.year == 2025);
}

TEST_CASE("A unit is edited in its dialog, and undo puts the old details back", "[gui][units]")
{
    Workspace ws;
    const qint64 unitId = UnitRepository(ws.db).all().first().id;
    const Unit before = *UnitRepository(ws.db).find(unitId);
    ws.window->unitsDock()->selectUnit(unitId);
    Unit shown;
    DialogRunner::setNextHook([&](QDialog *d) {
        auto *dialog = static_cast<UnitDialog *>(d);
        shown = dialog->unit();
        dialog->setFullName(u"示例区综合行政执法局"_s);
        return int(QDialog::Accepted);
    });
    ws.window->unitsController()->editUnit->trigger();
    CHECK(shown.fullName == before.fullName);
    CHECK(shown.signatories == before.signatories);
    CHECK(shown.addressee == before.addressee);
    CHECK(UnitRepository(ws.db).find(unitId)->fullName == u"示例区综合行政执法局"_s);
    CHECK(UnitRepository(ws.db).find(unitId)->signatories == before.signatories);
    ws.window->unitsController()->undo->trigger();
    CHECK(UnitRepository(ws.db).find(unitId)->fullName == before.fullName);
}

TEST_CASE("A unit with reports is deleted only after a confirmation that names them, and comes back on undo",
          "[gui][units]")
{
    Workspace ws;
    UnitsController *units = ws.window->unitsController();

    // The demo unit has a published report: never deleted.
    const qint64 demo = UnitRepository(ws.db).all().first().id;
    ws.window->unitsDock()->selectUnit(demo);
    MessageBox::clearHistory();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    units->deleteUnit->trigger();
    CHECK(UnitRepository(ws.db).find(demo).has_value());
    CHECK(MessageBox::history().last().contains(u"2024"_s));

    Unit unit;
    unit.fullName = u"示例区司法局"_s;
    unit.parentId = demo;
    const qint64 unitId = UnitRepository(ws.db).insert(unit);
    const qint64 reportId = DocumentStore(ws.db).createReport(unitId, 2025, false);
    Unit child;
    child.fullName = u"示例区司法局某司法所"_s;
    child.parentId = unitId;
    const qint64 childId = UnitRepository(ws.db).insert(child);
    ws.window->reloadUnits();
    const QStringList before = contentOf(ws.db, reportId);

    ws.window->unitsDock()->selectUnit(unitId);
    MessageBox::clearHistory();
    MessageBox::setNextAnswer(QMessageBox::No);
    units->deleteUnit->trigger();
    CHECK(UnitRepository(ws.db).find(unitId).has_value());
    REQUIRE_FALSE(MessageBox::history().isEmpty());
    CHECK(MessageBox::history().last().contains(u"2025"_s));
    CHECK(MessageBox::history().last().contains(QString::number(reportId)));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    units->deleteUnit->trigger();
    CHECK_FALSE(UnitRepository(ws.db).find(unitId).has_value());
    CHECK_FALSE(ReportRepository(ws.db).find(reportId).has_value());
    CHECK(UnitRepository(ws.db).find(childId)->parentId == 0);
    CHECK(AuditLog(ws.db).forReport(reportId).last().action == u"delete"_s);

    units->undo->trigger();
    REQUIRE(UnitRepository(ws.db).find(unitId).has_value());
    CHECK(UnitRepository(ws.db).find(unitId)->parentId == demo);
    CHECK(UnitRepository(ws.db).find(childId)->parentId == unitId);
    CHECK(contentOf(ws.db, reportId) == before);

    // An empty unit: a plain confirmation.
    ws.window->unitsDock()->selectUnit(childId);
    MessageBox::clearHistory();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    units->deleteUnit->trigger();
    CHECK_FALSE(UnitRepository(ws.db).find(childId).has_value());
    CHECK(MessageBox::history().last().contains(u"no reports"_s));
}
