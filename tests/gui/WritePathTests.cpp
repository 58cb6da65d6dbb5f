// SPDX-License-Identifier: GPL-3.0-or-later
// What the window adds to the session's write path (tests/session has the write path itself): a write that
// fails is shown to the clerk, and the window's Undo is refused like the session's.
#include "GuiTestSupport.h"

#include "Actions.h"
#include "EditCommands.h"

#include <QSqlQuery>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

TEST_CASE("A write that fails is shown in a message box, and Undo from the window changes nothing",
          "[gui][writepath][faults]")
{
    Workspace ws;
    ws.openDemoReport();
    ReportSession &s = ws.session();
    QUndoStack *stack = s.undoStack();
    const qint64 part = s.document().parts().first().id;
    stack->push(new AddSubsectionCommand(&s, part, 0, u"故障前加的小节"_s));
    s.flush();
    REQUIRE(!s.hasUnsavedChanges());

    Database other;
    other.open(ws.dir.filePath(u"test.sqlite"_s));
    QSqlQuery q(other.connection());
    for (const QString &event : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s})
        REQUIRE(q.exec(u"CREATE TRIGGER fault_%1 BEFORE %1 ON sections BEGIN SELECT RAISE(ABORT, 'injected fault'); END"_s
                           .arg(event)));
    MessageBox::clearHistory();
    const int index = stack->index();
    const int sections = int(s.document().sections.size());
    REQUIRE(ws.window->actions()->undo->isEnabled());
    ws.window->actions()->undo->trigger();
    CHECK(stack->index() == index);
    CHECK(s.document().sections.size() == sections);
    CHECK(MessageBox::history().size() == 1);

    stack->push(new AddSubsectionCommand(&s, part, 1, u"故障中加的小节"_s));
    CHECK(s.document().sections.size() == sections);
    CHECK(MessageBox::history().size() == 2);
}
