// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave and the crash journal, without a window: typing reaches the database on its own, in the
// background, and the journal says afterwards which report and which sections were being edited.
#include "SessionTestSupport.h"

#include "EditCommands.h"
#include "SessionJournal.h"
#include "storage/SectionRepository.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

TEST_CASE("Typing reaches the database without a flush, and the journal names the edited section",
          "[session][autosave][journal]")
{
    SessionFixture fx;
    ReportSession &s = fx.s();
    SessionJournal(fx.db).markRunning();
    SessionJournal(fx.db).noteOpened(fx.reportId);
    const Section sec = s.document().sections.at(1);
    s.undoStack()->push(new EditBodyCommand(&s, sec.id, sec.body, sec.body + u"自动保存的文字"_s));
    CHECK(s.hasUnsavedChanges());

    Database probe;
    probe.open(fx.path());
    REQUIRE(waitFor([&] { return SectionRepository(probe).find(sec.id)->body.endsWith(u"自动保存的文字"_s); }, 5000));
    REQUIRE(waitFor([&] { return !s.hasUnsavedChanges(); }));

    // Were the program killed now, the next start would find this.
    const auto recovery = SessionJournal(probe).pendingRecovery();
    REQUIRE(recovery.has_value());
    CHECK(recovery->reportId == fx.reportId);
    CHECK(recovery->savedAt.isValid());
    REQUIRE(recovery->editedHeadings.size() == 1);
    CHECK(recovery->editedHeadings.first().contains(sec.heading));
}

TEST_CASE("A clean exit leaves nothing to recover, and opening another report starts a new edit list",
          "[session][journal]")
{
    SessionFixture fx;
    SessionJournal journal(fx.db);
    journal.markRunning();
    journal.noteOpened(fx.reportId);
    const Section sec = fx.s().document().sections.at(1);
    fx.s().undoStack()->push(new EditBodyCommand(&fx.s(), sec.id, sec.body, sec.body + u"。"_s));
    fx.s().flush();
    REQUIRE(journal.pendingRecovery().has_value());
    CHECK_FALSE(journal.pendingRecovery()->editedHeadings.isEmpty());

    journal.noteOpened(fx.reportId);
    CHECK(journal.pendingRecovery()->editedHeadings.isEmpty());
    journal.markCleanExit();
    CHECK_FALSE(journal.pendingRecovery().has_value());
    CHECK(journal.lastReport() == fx.reportId);
}

TEST_CASE("Undo and redo of typing are written like the typing itself", "[session][autosave]")
{
    SessionFixture fx;
    ReportSession &s = fx.s();
    const Section sec = s.document().sections.at(2);
    s.undoStack()->push(new EditBodyCommand(&s, sec.id, sec.body, sec.body + u"甲"_s));
    s.flush();
    CHECK(SectionRepository(fx.db).find(sec.id)->body == sec.body + u"甲"_s);
    REQUIRE(s.undo());
    s.flush();
    CHECK(SectionRepository(fx.db).find(sec.id)->body == sec.body);
    REQUIRE(s.redo());
    s.flush();
    CHECK(SectionRepository(fx.db).find(sec.id)->body == sec.body + u"甲"_s);
}
