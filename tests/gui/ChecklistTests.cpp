// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "BodyEdit.h"
#include "ChecklistDock.h"
#include "EditCommands.h"
#include "SectionEditor.h"
#include "StatusIndicators.h"
#include "storage/WaiverRepository.h"

#include <QPushButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

int findingOf(const ChecklistDock &dock, const QString &rule, const QString &excerptPart = {})
{
    const QList<Finding> &findings = dock.result().findings;
    for (int i = 0; i < findings.size(); ++i)
        if (findings.at(i).rule == rule && findings.at(i).excerpt.contains(excerptPart))
            return i;
    return -1;
}

/// Appends text to the body of the second subsection of part one, as typing would.
qint64 appendToSecondSubsection(Workspace &ws, const QString &text)
{
    const Section part = ws.session().document().parts().first();
    const Section sub = ws.session().document().subsections(part.id).at(1);
    ws.session().undoStack()->push(new EditBodyCommand(&ws.session(), sub.id, sub.body, sub.body + text));
    return sub.id;
}

} // namespace

TEST_CASE("Findings jump to their place in the editor", "[gui][checklist]")
{
    Workspace ws;
    ws.openDemoReport();
    const qint64 id = appendToSecondSubsection(ws, u"我们坚持依法行政,全面推进政务公开。"_s);
    ChecklistDock *dock = ws.window->checklist();
    dock->checkNow();
    const int index = findingOf(*dock, u"lint.punct.halfwidth"_s);
    REQUIRE(index >= 0);

    dock->activateFinding(index);
    SectionEditor *editor = ws.window->sectionEditor();
    CHECK(editor->sectionId() == id);
    CHECK(editor->bodyEdit()->textCursor().selectedText() == u","_s);

    SECTION("the fix button applies the exact fix, as one undo step")
    {
        REQUIRE(dock->result().findings.at(index).fix.has_value());
        CHECK(dock->applyFix(index));
        CHECK(ws.session().section(id)->body.contains(u"依法行政，全面推进"_s));
        ws.session().undoStack()->undo();
        CHECK(ws.session().section(id)->body.contains(u"依法行政,全面推进"_s));
    }
    SECTION("marking it not applicable keeps the reason and hides the finding")
    {
        CHECK(dock->waive(index, u"引用原文，保留半角逗号"_s));
        CHECK(findingOf(*dock, u"lint.punct.halfwidth"_s) < 0);
        const QList<Waiver> waivers = WaiverRepository(ws.db).forReport(ws.session().reportId());
        REQUIRE(waivers.size() == 1);
        CHECK(waivers.first().reason == u"引用原文，保留半角逗号"_s);
    }
}

TEST_CASE("The checklist follows typing in the background without taking the focus", "[gui][checklist]")
{
    Workspace ws;
    ws.openDemoReport();
    ChecklistDock *dock = ws.window->checklist();
    REQUIRE(waitFor([&] { return dock->isCurrent(); }));
    const int before = int(dock->result().findings.size());
    BodyEdit *body = ws.window->sectionEditor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    typeText(body, u"的的确确,"_s);
    CHECK_FALSE(dock->isCurrent());
    REQUIRE(waitFor([&] { return dock->isCurrent(); }, 5000));
    CHECK(dock->result().findings.size() > before);
    CHECK(QApplication::focusWidget() == body);
    CHECK(ws.window->indicators()->checklistText().contains(u"warning"_s));
}

TEST_CASE("Check now while a background check runs keeps the newer result", "[gui][checklist]")
{
    Workspace ws;
    ws.openDemoReport();
    ChecklistDock *dock = ws.window->checklist();
    REQUIRE(waitFor([&] { return dock->isCurrent(); }));

    // A check of this revision starts on the worker; the text changes and the clerk presses F7 before the
    // worker is done. The worker's result, now older, must not replace the newer one.
    auto *recheck = dock->findChild<QPushButton *>(u"recheckButton"_s);
    REQUIRE(recheck);
    recheck->click();
    const qint64 id = appendToSecondSubsection(ws, u"坚持依法行政,全面推进政务公开。"_s);
    dock->checkNow();
    CHECK(findingOf(*dock, u"lint.punct.halfwidth"_s) >= 0);
    REQUIRE(waitFor([&] { return dock->isCurrent(); }, 5000));
    CHECK(findingOf(*dock, u"lint.punct.halfwidth"_s) >= 0);
    CHECK(ws.session().section(id)->body.contains(u"依法行政,全面"_s));
}

TEST_CASE("The fix button changes the occurrence the finding points at", "[gui][checklist][fix]")
{
    Workspace ws;
    ws.openDemoReport();
    const qint64 id = appendToSecondSubsection(ws, u"\n**依法**行政,全面推进，**严格**执法,公正司法。"_s);
    ChecklistDock *dock = ws.window->checklist();
    dock->checkNow();
    // The second of the two commas: the later of the two findings (their excerpts overlap).
    int index = -1;
    for (int i = 0; i < dock->result().findings.size(); ++i)
        if (dock->result().findings.at(i).rule == u"lint.punct.halfwidth"_s &&
            dock->result().findings.at(i).excerpt.contains(u"执法,公正"_s) &&
            (index < 0 || dock->result().findings.at(i).offset > dock->result().findings.at(index).offset))
            index = i;
    REQUIRE(index >= 0);
    CHECK(dock->applyFix(index));
    INFO(ws.session().section(id)->body.toStdString());
    CHECK(ws.session().section(id)->body.endsWith(u"\n**依法**行政,全面推进，**严格**执法，公正司法。"_s));
}

TEST_CASE("The fix button fixes a heading and the note", "[gui][checklist][fix]")
{
    Workspace ws;
    ws.openDemoReport();
    const Section part = ws.session().document().parts().first();
    const Section sub = ws.session().document().subsections(part.id).first();
    ws.session().undoStack()->push(new EditHeadingCommand(&ws.session(), sub.id, u"开展２场专题培训"_s, sub.runIn));
    Report r = ws.session().document().report;
    const QString opening = r.opening;
    r.note = u"本报告数据截至２０２５年１２月３１日。"_s;
    ws.session().undoStack()->push(new EditReportCommand(&ws.session(), r, u"test"_s));
    ChecklistDock *dock = ws.window->checklist();
    dock->checkNow();

    int index = findingOf(*dock, u"lint.number.fullwidth"_s, u"２场"_s);
    REQUIRE(index >= 0);
    CHECK(dock->applyFix(index));
    CHECK(ws.session().section(sub.id)->heading == u"开展2场专题培训"_s);

    dock->checkNow();
    index = findingOf(*dock, u"lint.number.fullwidth"_s, u"２０２５"_s);
    REQUIRE(index >= 0);
    CHECK(dock->applyFix(index));
    CHECK(ws.session().document().report.note.startsWith(u"本报告数据截至2025年"_s));
    CHECK(ws.session().document().report.opening == opening);
    ws.session().undoStack()->undo();
    CHECK(ws.session().document().report.note.startsWith(u"本报告数据截至２０２５年"_s));
}
