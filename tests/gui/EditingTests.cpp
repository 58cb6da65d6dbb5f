// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "Actions.h"
#include "BodyEdit.h"
#include "Dialogs.h"
#include "EditCommands.h"
#include "FindReplaceDialog.h"
#include "OutlinePanel.h"
#include "PreviewPanel.h"
#include "SectionEditor.h"
#include "StatusIndicators.h"
#include "TextStats.h"
#include "storage/SectionRepository.h"

#include <QAction>
#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

QString storedBody(Database &db, qint64 sectionId) { return SectionRepository(db).find(sectionId)->body; }

QStringList subsectionLabels(MainWindow &w)
{
    QStringList out;
    for (const QString &l : w.outline()->labels())
        if (l.startsWith(u'（'))
            out << l;
    return out;
}

} // namespace

TEST_CASE("Typing into a section goes onto the undo stack and Ctrl+Z takes it back", "[gui][editing]")
{
    Workspace ws;
    ws.openDemoReport();
    SectionEditor *editor = ws.window->sectionEditor();
    const qint64 id = editor->sectionId();
    REQUIRE(id > 0);
    const QString before = ws.session().section(id)->body;

    BodyEdit *body = editor->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    typeText(body, u"新增内容"_s);
    CHECK(ws.session().section(id)->body == before + u"新增内容"_s);
    CHECK(ws.session().undoStack()->canUndo());

    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    CHECK(ws.session().section(id)->body == before);
    CHECK(body->toPlainText() == before);

    QTest::keyClick(body, Qt::Key_Y, Qt::ControlModifier);
    CHECK(body->toPlainText() == before + u"新增内容"_s);
}

TEST_CASE("What is typed reaches the database within about a second, in the background", "[gui][editing][autosave]")
{
    Workspace ws;
    ws.openDemoReport();
    const qint64 id = ws.window->sectionEditor()->sectionId();
    BodyEdit *body = ws.window->sectionEditor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    typeText(body, u"自动保存"_s);
    CHECK(ws.session().hasUnsavedChanges());
    CHECK(waitFor([&] { return storedBody(ws.db, id).endsWith(u"自动保存"_s); }, 1500));
    // The writer's commit is visible in the database before its completion reaches the GUI thread's queue;
    // the session says "saved" once that completion has been handled, a moment later.
    CHECK(waitFor([&] { return !ws.session().hasUnsavedChanges(); }, 500));
    CHECK(ws.window->indicators()->saveText().contains(u"saved"_s));
}

TEST_CASE("Headings are fields without numbers, the number is shown beside them", "[gui][editing]")
{
    Workspace ws;
    ws.openDemoReport();
    SectionEditor *editor = ws.window->sectionEditor();
    auto *heading = editor->findChild<QLineEdit *>(u"headingEdit"_s);
    REQUIRE(heading);
    heading->selectAll();
    typeText(heading, u"学习贯彻法治思想"_s);
    const qint64 id = editor->sectionId();
    CHECK(ws.session().section(id)->heading == u"学习贯彻法治思想"_s);
    CHECK(subsectionLabels(*ws.window).first() == u"（一）学习贯彻法治思想"_s);
    ws.window->actions()->undo->trigger();
    CHECK(ws.session().section(id)->heading == u"深入学习贯彻习近平法治思想"_s);
}

TEST_CASE("Reordering subsections renumbers them, in the outline and in the database", "[gui][outline]")
{
    Workspace ws;
    ws.openDemoReport();
    MainWindow &w = *ws.window;
    const QStringList before = subsectionLabels(w);
    REQUIRE(before.size() >= 3);
    CHECK(before.at(0) == u"（一）深入学习贯彻习近平法治思想"_s);
    CHECK(before.at(1) == u"（二）严格规范公正文明执法"_s);

    // Select the second subsection and move it up (Alt+Shift+Up, or drag in the outline).
    const qint64 second = ws.session().document().subsections(ws.session().section(w.sectionEditor()->sectionId())->parentId).at(1).id;
    w.outline()->selectSection(second);
    w.actions()->moveUp->trigger();
    const QStringList after = subsectionLabels(w);
    CHECK(after.at(0) == u"（一）严格规范公正文明执法"_s);
    CHECK(after.at(1) == u"（二）深入学习贯彻习近平法治思想"_s);
    CHECK(SectionRepository(ws.db).find(second)->position == 0);
    CHECK(w.preview()->isVisible());

    w.actions()->undo->trigger();
    CHECK(subsectionLabels(w) == before);
    CHECK(SectionRepository(ws.db).find(second)->position == 1);
}

TEST_CASE("Subsections can be added and deleted, and deletion is undone with the text intact", "[gui][outline]")
{
    Workspace ws;
    ws.openDemoReport();
    MainWindow &w = *ws.window;
    const int count = int(subsectionLabels(w).size());
    w.actions()->addSubsection->trigger();
    CHECK(subsectionLabels(w).size() == count + 1);
    const qint64 added = w.outline()->currentSectionId();
    CHECK(ws.session().section(added)->heading == u"New subsection"_s);
    CHECK(SectionRepository(ws.db).find(added).has_value());

    // Delete the first subsection (it has text: the question is answered yes) and undo.
    const qint64 first = ws.session().document().subsections(ws.session().section(added)->parentId).first().id;
    const QString text = ws.session().section(first)->body;
    w.outline()->selectSection(first);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.actions()->deleteSubsection->trigger();
    CHECK_FALSE(SectionRepository(ws.db).find(first).has_value());
    CHECK(subsectionLabels(w).first() == u"（一）New subsection"_s); // added after the first, now first
    w.actions()->undo->trigger();
    REQUIRE(SectionRepository(ws.db).find(first).has_value());
    CHECK(SectionRepository(ws.db).find(first)->body == text);
    CHECK(subsectionLabels(w).first() == u"（一）深入学习贯彻习近平法治思想"_s);
}

TEST_CASE("Find and replace works across the whole report as one undo step", "[gui][find]")
{
    Workspace ws;
    ws.openDemoReport();
    FindReplaceDialog *find = ws.window->findDialog();
    find->setFindText(u"执法"_s);
    const int found = int(find->matches().size());
    CHECK(found >= 4);
    find->setReplaceText(u"执纪"_s);
    CHECK(find->replaceAll() == found);
    CHECK(find->matches().isEmpty());
    int sections = 0;
    for (const Section &s : ws.session().document().sections)
        sections += s.body.contains(u"执纪"_s) || s.heading.contains(u"执纪"_s);
    CHECK(sections >= 2);
    ws.session().undoStack()->undo();
    find->setFindText(u"执法"_s);
    CHECK(find->matches().size() == found);
}

TEST_CASE("The open find dialog follows edits made elsewhere, and a replacement is an undo step of its own",
          "[gui][find]")
{
    Workspace ws;
    ws.openDemoReport();
    FindReplaceDialog *find = ws.window->findDialog();
    find->show();
    find->setFindText(u"执法"_s);
    auto *results = find->findChild<QListWidget *>(u"resultsList"_s);
    REQUIRE(results);
    const int found = results->count();
    REQUIRE(found >= 4);

    // Typed in the editor while the dialog stays open: the list catches up once the typing pauses.
    const qint64 typedIn = ws.window->sectionEditor()->sectionId();
    const QString typedBody = ws.session().section(typedIn)->body;
    ws.session().undoStack()->push(new EditBodyCommand(&ws.session(), typedIn, typedBody, typedBody + u"严格执法"_s));
    CHECK(waitFor([&] { return results->count() == found + 1; }, 2000));

    int row = 0;
    while (row < find->matches().size() && find->matches().at(row).inHeading)
        ++row;
    REQUIRE(row < find->matches().size());
    const qint64 id = find->matches().at(row).sectionId;
    const QString before = ws.session().section(id)->body;
    results->setCurrentRow(row);
    find->setReplaceText(u"执纪"_s);
    QUndoStack *stack = ws.session().undoStack();
    const int steps = stack->count();
    find->replaceCurrent();
    CHECK(results->count() == found); // at once: the clerk pressed Replace
    CHECK(stack->count() == steps + 1);
    CHECK(stack->undoText() == u"Replace"_s);
    const QString replaced = ws.session().section(id)->body;
    CHECK(replaced != before);

    // Typing straight after the replacement does not merge into it.
    stack->push(new EditBodyCommand(&ws.session(), id, replaced, replaced + u"。"_s));
    CHECK(stack->count() == steps + 2);
    stack->undo();
    CHECK(ws.session().section(id)->body == replaced);
    stack->undo();
    CHECK(ws.session().section(id)->body == before);
    find->close();
}

TEST_CASE("字数 counts characters the Chinese way: no punctuation, no spaces", "[gui][status]")
{
    CHECK(TextStats::wordCount(u"一、依法行政，2025年！ ab"_s) == 12);
    CHECK(TextStats::wordCount(u"“法治”。"_s) == 2);
    CHECK(TextStats::wordCount(u"**加粗** 文字"_s) == 4);
    Workspace ws;
    ws.openDemoReport();
    settle(200);
    CHECK(ws.window->indicators()->sectionCount() > 0);
    CHECK(ws.window->indicators()->reportCount() > ws.window->indicators()->sectionCount());
}

TEST_CASE("A paste far larger than any report is refused with a message and changes nothing", "[gui][editing]")
{
    Workspace ws;
    ws.openDemoReport();
    SectionEditor *editor = ws.window->sectionEditor();
    const qint64 id = editor->sectionId();
    const QString before = ws.session().section(id)->body;
    BodyEdit *body = editor->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    MessageBox::clearHistory();

    // 100 MB on the clipboard: 50 million UTF-16 characters.
    QGuiApplication::clipboard()->setText(QString(50'000'000, u'字'));
    QElapsedTimer t;
    t.start();
    QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier);
    CHECK(t.elapsed() < 2000);
    CHECK(body->toPlainText() == before);
    CHECK(ws.session().section(id)->body == before);
    CHECK_FALSE(ws.session().hasUnsavedChanges());
    REQUIRE(MessageBox::history().size() == 1);
    CHECK(MessageBox::history().last().contains(u"50000000"_s));

    // An ordinary paste still goes in, as one edit.
    QGuiApplication::clipboard()->setText(u"粘贴的一句话。"_s);
    QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier);
    CHECK(ws.session().section(id)->body == before + u"粘贴的一句话。"_s);
    CHECK(MessageBox::history().size() == 1);
}
