// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewers' half of the workspace: who is working, the review steps, comments in the margin and their
// dock, versions with their diff, and the report's history.
#include "GuiTestSupport.h"

#include "Actions.h"
#include "BodyEdit.h"
#include "CommentMargin.h"
#include "CommentTracker.h"
#include "CommentsDock.h"
#include "DiffView.h"
#include "PageView.h"
#include "PersonDialog.h"
#include "PreviewPanel.h"
#include "ReviewController.h"
#include "ReviewPanel.h"
#include "SectionEditor.h"
#include "StudioApp.h"
#include "VersionsDock.h"
#include "storage/AuditLog.h"
#include "storage/CommentRepository.h"
#include "storage/DocumentStore.h"
#include "storage/PersonRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/SectionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/UnitRepository.h"
#include "storage/VersionRepository.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

using Transition = ReviewWorkflow::Transition;

Person personNamed(Database &db, const QString &name)
{
    const auto p = PersonRepository(db).findByName(name);
    REQUIRE(p.has_value());
    return *p;
}

ReportStatus statusOf(Database &db, qint64 id) { return ReportRepository(db).find(id)->status; }

/// Lets the session write what was typed and the comment places follow it into the database.
void saveAll(MainWindow &w)
{
    w.session()->flush();
    settle(30);
    REQUIRE(waitFor([&] { return !w.session()->hasUnsavedChanges() && !w.review()->comments()->hasUnstoredPlaces(); }));
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FAZHI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    settle(100);
    CHECK(widget->grab().save(QDir(dir).filePath(name + u".png"_s)));
}

} // namespace

TEST_CASE("A report goes from the drafter through the reviewer's comment and return to the signer's publication",
          "[gui][review]")
{
    // Screenshots show the interface as users see it, in Chinese.
    if (!qEnvironmentVariableIsEmpty("FAZHI_SCREENSHOT_DIR"))
        StudioApp::installTranslations(*qApp, u"zh_CN"_s);
    Workspace ws;
    MainWindow &w = *ws.window;
    ReviewController &review = *w.review();
    ReviewPanel &panel = *review.panel();
    const Person drafter = personNamed(ws.db, u"张晓明"_s);
    const Person reviewer = personNamed(ws.db, u"李建国"_s);
    const Person signer = personNamed(ws.db, u"王志强"_s);
    const qint64 id = ws.openDemoReport();

    // The drafter writes: the session records them as an editor of this round.
    review.setPerson(drafter);
    auto *personLabel = w.statusBar()->findChild<QLabel *>(u"personLabel"_s);
    REQUIRE(personLabel);
    CHECK(personLabel->text().contains(u"张晓明"_s));
    REQUIRE_FALSE(w.session()->isReadOnly());
    SectionEditor *editor = w.sectionEditor();
    const qint64 sectionId = editor->sectionId();
    REQUIRE(sectionId > 0);
    BodyEdit *body = editor->bodyEdit();
    body->moveCursor(QTextCursor::End);
    typeText(body, u"全年新增执法记录仪30台。"_s);
    saveAll(w);
    CHECK(ReviewRepository(ws.db).editors(id).contains(drafter.name));
    CHECK(panel.button(Transition::Submit)->isEnabled());
    CHECK_FALSE(panel.button(Transition::Approve)->isEnabled());
    CHECK_FALSE(panel.button(Transition::Approve)->toolTip().isEmpty());
    REQUIRE(panel.run(Transition::Submit));
    CHECK(statusOf(ws.db, id) == ReportStatus::Submitted);
    // Submitted: read-only to its drafter, and nothing typed reaches the session.
    CHECK(w.session()->isReadOnly());
    CHECK(w.sectionEditor()->bodyEdit()->isReadOnly());
    CHECK(panel.statusText().contains(reportStatusLabel(ReportStatus::Submitted)));

    // The reviewer selects words, comments on them and returns the report.
    review.setPerson(reviewer);
    CHECK(w.session()->isReadOnly());
    CHECK(panel.button(Transition::Approve)->isEnabled());
    CHECK(panel.button(Transition::Return)->isEnabled());
    CHECK_FALSE(panel.button(Transition::Submit)->isEnabled());
    CHECK_FALSE(panel.button(Transition::Publish)->isEnabled());
    const QString words = u"执法记录仪30台"_s;
    int at = int(w.session()->section(sectionId)->body.indexOf(words));
    REQUIRE(at >= 0);
    w.jumpTo(JumpPlace::section(sectionId, at, int(words.size())));
    InputDialog::setNextText(u"请注明配备到哪些执法中队。"_s);
    const qint64 commentId = review.addCommentOnSelection();
    REQUIRE(commentId > 0);
    CHECK(CommentRepository(ws.db).find(commentId)->quote == words);
    CHECK(review.commentsDock()->tree()->topLevelItemCount() == 1);
    // In the margin, beside the line of the words.
    settle(50);
    CommentMargin *margin = review.margin();
    CHECK(margin->isVisible());
    margin->repaint();
    REQUIRE(margin->boxes().size() == 1);
    CHECK(margin->boxes().first().first == commentId);
    // On the preview's pages too: the very words, marked.
    w.preview()->refreshNow();
    PageView *pages = w.preview()->pageView();
    REQUIRE(pages->marks().size() == 1);
    const auto [markAt, markLength] = pages->marks().first();
    CHECK(w.preview()->layout().plainText().mid(markAt, markLength) == words);
    int markedPages = 0;
    for (int p = 0; p < pages->pages().size(); ++p)
        markedPages += pages->markRects(p).isEmpty() ? 0 : 1;
    CHECK(markedPages == 1);
    screenshot(w.preview(), u"review-preview-comment"_s);

    CHECK(margin->boxes().first().second.top() >= margin->lineTop(at) - 1);
    REQUIRE(panel.run(Transition::Return));
    CHECK(statusOf(ws.db, id) == ReportStatus::Returned);

    // The drafter edits the commented words: the comment follows them.
    review.setPerson(drafter);
    REQUIRE_FALSE(w.session()->isReadOnly());
    body = w.sectionEditor()->bodyEdit();
    at = int(w.session()->section(sectionId)->body.indexOf(words));
    w.jumpTo(JumpPlace::section(sectionId, at + 5, 2)); // "30"
    typeText(body, u"45"_s);
    w.jumpTo(JumpPlace::section(sectionId, 0, 0));
    typeText(body, u"截至年底，"_s);
    saveAll(w);
    const QString edited = u"执法记录仪45台"_s;
    const QString stored = SectionRepository(ws.db).find(sectionId)->body;
    const auto moved = CommentRepository(ws.db).find(commentId);
    REQUIRE(moved);
    CHECK(moved->quote == edited);
    CHECK(moved->start == stored.indexOf(edited));
    CHECK_FALSE(moved->isOrphaned());
    w.resize(1366, 768);
    review.jumpToComment(commentId);
    screenshot(&w, u"review-margin"_s);
    InputDialog::setNextText(u"已补充为全局各执法中队。"_s);
    CHECK(review.commentsDock()->reply(commentId));
    CHECK(review.commentsDock()->setResolved(commentId, true));
    CHECK(CommentRepository(ws.db).find(commentId)->status == Comment::Status::Resolved);
    REQUIRE(panel.run(Transition::Submit));
    CHECK(statusOf(ws.db, id) == ReportStatus::Submitted);

    // The reviewer compares the two submissions, then approves.
    review.setPerson(reviewer);
    QList<int> submissions;
    for (const ReportVersion &v : VersionRepository(ws.db).forReport(id))
        if (v.kind == ReportVersion::Kind::Submission)
            submissions << v.number;
    REQUIRE(submissions.size() == 2);
    review.versionsDock()->selectVersions(submissions);
    CHECK(review.versionsDock()->selectedVersions() == submissions);
    DiffView *diff = review.versionsDock()->showDiff(submissions.first(), submissions.last());
    REQUIRE(diff);
    CHECK(diff->changeCount() >= 2);
    CHECK(diff->html().contains(u"截至年底，"_s));
    CHECK(diff->html().contains(u"line-through\">30<"_s));
    CHECK(diff->html().contains(u"underline\">45<"_s));
    CHECK(diff->currentChange() == 1);
    diff->nextChange();
    CHECK(diff->currentChange() == 2);
    diff->resize(1366, 768);
    screenshot(diff, u"review-diff"_s);
    REQUIRE(panel.run(Transition::Approve));
    CHECK(statusOf(ws.db, id) == ReportStatus::Approved);
    CHECK_FALSE(panel.button(Transition::Publish)->isEnabled());

    // The signer publishes.
    review.setPerson(signer);
    REQUIRE(panel.button(Transition::Publish)->isEnabled());
    panel.setPublication(QDate(2026, 3, 20), u"https://www.example.gov.cn/fzzfjs/2025.html"_s);
    REQUIRE(panel.run(Transition::Publish));
    CHECK(statusOf(ws.db, id) == ReportStatus::Published);
    CHECK(ReportRepository(ws.db).find(id)->publishedUrl == u"https://www.example.gov.cn/fzzfjs/2025.html"_s);

    // The history shows every step; the chain holds.
    QStringList actions;
    for (const AuditEntry &e : AuditLog(ws.db).forReport(id))
        actions << e.action;
    const QStringList expected = {u"submit"_s, u"comment"_s, u"return"_s,  u"comment"_s,
                                  u"resolve"_s, u"submit"_s,  u"approve"_s, u"publish"_s};
    CHECK(actions == expected);
    CHECK(review.versionsDock()->history()->topLevelItemCount() == actions.size());
    CHECK(AuditLog(ws.db).verify().ok);
}

TEST_CASE("Whoever edits a report in the workspace cannot approve it, and the panel says why", "[gui][review]")
{
    Workspace ws;
    MainWindow &w = *ws.window;
    ReviewController &review = *w.review();
    const qint64 unit = ReportRepository(ws.db).all().first().unitId;
    // Someone who both drafts and reviews for the unit edits the text, then a colleague submits it.
    Person both{.name = u"周双岗"_s, .unitId = unit, .roles = {{unit, Role::Drafter}, {unit, Role::Reviewer}}};
    both.id = PersonRepository(ws.db).insert(both);
    both = personNamed(ws.db, both.name);
    const qint64 id = ws.openDemoReport();
    review.setPerson(both);
    typeText(w.sectionEditor()->bodyEdit(), u"补充一句。"_s);
    saveAll(w);
    review.setPerson(personNamed(ws.db, u"张晓明"_s));
    REQUIRE(review.panel()->run(Transition::Submit));

    review.setPerson(both);
    QPushButton *approve = review.panel()->button(Transition::Approve);
    CHECK_FALSE(approve->isEnabled());
    CHECK(approve->toolTip().contains(u"不能自己审核通过"_s));
    MessageBox::clearHistory();
    CHECK_FALSE(review.panel()->run(Transition::Approve));
    CHECK(review.panel()->lastMessage().contains(u"不能自己审核通过"_s));
    CHECK(statusOf(ws.db, id) == ReportStatus::Submitted);
    // Returning without a reason or an open comment is refused with the core's sentence.
    CHECK_FALSE(review.panel()->run(Transition::Return));
    CHECK(review.panel()->lastMessage().contains(u"理由"_s));
    CHECK(statusOf(ws.db, id) == ReportStatus::Submitted);
}

TEST_CASE("The person chosen is remembered, and a database without people lets the first one be added",
          "[gui][review]")
{
    Workspace ws;
    MainWindow &w = *ws.window;
    ReviewController &review = *w.review();
    DialogRunner::setNextHook([](QDialog *d) {
        auto *dialog = static_cast<PersonDialog *>(d);
        CHECK_FALSE(dialog->mayAdd()); // nobody chosen yet, and people exist: no admin to add anyone
        dialog->choose(u"李建国"_s);
        return int(QDialog::Accepted);
    });
    review.chooseAtStart();
    REQUIRE(review.person());
    CHECK(review.person()->name == u"李建国"_s);
    CHECK(SettingsRepository(ws.db).value(u"review.person"_s) == u"李建国"_s);
    review.setPerson(std::nullopt);
    SettingsRepository(ws.db).setValue(u"review.person"_s, u"李建国"_s);
    review.chooseAtStart(false);
    REQUIRE(review.person());
    CHECK(review.person()->name == u"李建国"_s);

    // On a database without people the dialog adds the first one.
    QTemporaryDir dir;
    Database empty;
    empty.open(dir.filePath(u"empty.sqlite"_s));
    Unit unit;
    unit.fullName = u"示例区司法局"_s;
    unit.kind = UnitKind::Department;
    const qint64 unitId = UnitRepository(empty).insert(unit);
    PersonDialog dialog(empty, std::nullopt);
    REQUIRE(dialog.mayAdd());
    dialog.setNewPerson(u"陈管理"_s, unitId, {Role::Admin, Role::Drafter});
    REQUIRE(dialog.addPerson());
    REQUIRE(dialog.chosen());
    CHECK(dialog.chosen()->name == u"陈管理"_s);
    CHECK(dialog.chosen()->roles.size() == 2);
}

TEST_CASE("Anchored ranges follow edits before, inside and after them", "[gui][review][comments]")
{
    const QString text = u"一是加强执法监督。二是深化改革。"_s;
    const int at = int(text.indexOf(u"加强执法监督"_s));
    // Before: shifted.
    CHECK((CommentTracker::follow(text, u"今年"_s + text, at, 6) == std::pair{at + 2, 6}));
    // After: unchanged.
    CHECK((CommentTracker::follow(text, text + u"三是其他。"_s, at, 6) == std::pair{at, 6}));
    // Inside: the words grow with what was typed.
    QString inside = text;
    inside.insert(at + 2, u"行政"_s);
    CHECK((CommentTracker::follow(text, inside, at, 6) == std::pair{at, 8}));
    // Deleted whole: orphaned.
    QString gone = text;
    gone.remove(at, 6);
    CHECK(CommentTracker::follow(text, gone, at, 6).first == -1);
}

TEST_CASE("A reviewer comments on a printed line from the preview, and the comment holds that line's words",
          "[gui][review][comments]")
{
    Workspace ws;
    MainWindow &w = *ws.window;
    ReviewController &review = *w.review();
    const qint64 id = ws.openDemoReport();
    review.setPerson(personNamed(ws.db, u"李建国"_s));
    w.preview()->refreshNow();
    PageView *pages = w.preview()->pageView();
    const ReportLayout &layout = w.preview()->layout();
    // The first printed line of a body paragraph in a subsection.
    int lineAt = -1, lineLength = 0;
    for (const OfficialPage &page : pages->pages())
        for (const OfficialLine &line : page.lines)
            if (lineAt < 0 && line.block >= 0 && layout.blocks().at(line.block).kind == BlockKind::Paragraph &&
                layout.blocks().at(line.block).sectionId > 0 && line.length > 10) {
                lineAt = layout.blocks().at(line.block).offset + line.start;
                lineLength = line.length;
            }
    REQUIRE(lineAt >= 0);
    const QString printed = layout.plainText().mid(lineAt, lineLength);
    InputDialog::setNextText(u"这一行的数字请核实。"_s);
    emit pages->commentRequested(lineAt, lineLength);
    settle(50);
    const QList<Comment> comments = CommentRepository(ws.db).forReport(id);
    INFO(MessageBox::history().join(u" | "_s).toStdString() << " line " << printed.toStdString());
    REQUIRE(comments.size() == 1);
    const Comment &c = comments.first();
    INFO(printed.toStdString() << " / " << c.quote.toStdString());
    CHECK(c.body == u"这一行的数字请核实。"_s);
    // The body's words on that line (a run-in heading at its start is not body text).
    CHECK(c.quote.size() >= 5);
    CHECK(printed.endsWith(c.quote));
    CHECK(w.session()->section(c.sectionId)->body.mid(c.start, c.quote.size()) == c.quote);
    // And it is marked where it was asked for.
    REQUIRE(pages->marks().size() == 1);
    CHECK(pages->marks().first().first + pages->marks().first().second == lineAt + lineLength);
}

TEST_CASE("Restoring a version is one step that Undo takes back", "[gui][review][versions]")
{
    Workspace ws;
    MainWindow &w = *ws.window;
    ReviewController &review = *w.review();
    const Person drafter = personNamed(ws.db, u"张晓明"_s);
    const qint64 id = ws.openDemoReport();
    review.setPerson(drafter);
    REQUIRE_FALSE(w.session()->isReadOnly());
    const int v1 = ReviewWorkflow(ws.db, drafter).saveVersion(id, u"初稿"_s);

    // Typed after the version, then the version restored: the words are gone.
    const qint64 sectionId = w.sectionEditor()->sectionId();
    REQUIRE(sectionId > 0);
    BodyEdit *body = w.sectionEditor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    typeText(body, u"全年新增执法记录仪30台。"_s);
    saveAll(w);
    const auto bodyHas = [&](const QString &words) {
        for (const Section &s : w.session()->document().sections)
            if (s.body.contains(words))
                return true;
        return false;
    };
    REQUIRE(bodyHas(u"执法记录仪30台"_s));
    REQUIRE(review.versionsDock()->restore(v1));
    settle(50);
    CHECK_FALSE(bodyHas(u"执法记录仪30台"_s));
    CHECK(w.actions()->undo->isEnabled());
    CHECK(w.session()->undoStack()->undoText().contains(QString::number(v1)));

    // Undo: what was there before the restore, in the window and in the database.
    w.actions()->undo->trigger();
    REQUIRE(waitFor([&] { return bodyHas(u"执法记录仪30台"_s); }));
    const ReportDocument stored = DocumentStore(ws.db).load(id, false);
    CHECK(std::any_of(stored.sections.cbegin(), stored.sections.cend(),
                      [](const Section &s) { return s.body.contains(u"执法记录仪30台"_s); }));
    // Both steps are in the report's history.
    int restores = 0;
    for (const AuditEntry &e : AuditLog(ws.db).forReport(id))
        restores += e.action == u"restore"_s;
    CHECK(restores == 2);
}
