// SPDX-License-Identifier: GPL-3.0-or-later
// Two windows on one database: the second one reads, never writes, and never claims a recovery.
#include "GuiTestSupport.h"

#include "Actions.h"
#include "EditCommands.h"
#include "InstanceLock.h"
#include "SessionJournal.h"
#include "storage/SectionRepository.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QStackedWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

qint64 newestReport(Database &db)
{
    QList<Report> reports = ReportRepository(db).all();
    std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.year < b.year; });
    return reports.last().id;
}

} // namespace

TEST_CASE("One lock per database, whatever the spelling of its path, and a released lock can be taken again",
          "[gui][readonly]")
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"sub"_s);
    const QString path = dir.filePath(u"studio.sqlite"_s);
    const QString otherSpelling = dir.filePath(u"sub/../studio.sqlite"_s);
    CHECK(InstanceLock::canonicalKey(path) == InstanceLock::canonicalKey(otherSpelling));
    {
        InstanceLock first(path);
        REQUIRE(first.tryLock());
        InstanceLock second(otherSpelling);
        CHECK_FALSE(second.tryLock());
        InstanceLock elsewhere(dir.filePath(u"another.sqlite"_s));
        CHECK(elsewhere.tryLock());
    }
    InstanceLock again(path);
    CHECK(again.tryLock());
}

TEST_CASE("A read-only window shows the report, says why it is read-only, writes nothing and claims no recovery",
          "[gui][readonly]")
{
    MessageBox::setNonInteractive(true);
    MessageBox::clearHistory();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"studio.sqlite"_s);
    Database db;
    db.open(path);
    DemoData::seedIfEmpty(db);
    const qint64 reportId = newestReport(db);
    // The first window is running with this report open.
    SessionJournal(db).markRunning();
    SessionJournal(db).noteOpened(reportId);
    const QString journalBefore = SettingsRepository(db).value(u"workspace.running"_s);

    {
        MainWindow window(db);
        window.setReadOnly(true);
        window.show();
        window.recoverSession();
        CHECK(MessageBox::history().isEmpty()); // no "did not close normally … recovered"
        CHECK_FALSE(window.session());
        REQUIRE(window.openReport(reportId));
        ReportSession &s = *window.session();
        CHECK(s.isReadOnly());
        auto *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
        REQUIRE(banner);
        CHECK(banner->isVisible());
        CHECK_FALSE(banner->text().isEmpty());
        CHECK(window.windowTitle().contains(QObject::tr(" (read-only)").trimmed()));
        CHECK_FALSE(window.actions()->addSubsection->isEnabled());
        CHECK_FALSE(window.actions()->save->isEnabled());

        // An edit that reaches the session anyway is refused and says why.
        const Section sec = s.document().sections.at(1);
        s.undoStack()->push(new EditBodyCommand(&s, sec.id, sec.body, sec.body + u"只读窗口里的字"_s));
        CHECK(s.section(sec.id)->body == sec.body);
        CHECK(s.undoStack()->count() == 0);
        REQUIRE(MessageBox::history().size() == 1);
        CHECK_FALSE(s.hasUnsavedChanges());

        // What the first window writes (on its own connection) shows up here.
        Database first;
        first.open(path);
        SectionRepository(first).updateBody(sec.id, sec.body + u"第一个窗口写的字"_s);
        CHECK(waitFor([&] { return s.section(sec.id)->body.endsWith(u"第一个窗口写的字"_s); }, 5000));
        window.close();
    }
    CHECK(SettingsRepository(db).value(u"workspace.running"_s) == journalBefore);
    CHECK(SessionJournal(db).pendingRecovery().has_value()); // still the first window's, untouched
}

TEST_CASE("A second fazhi-studio on the same database opens read-only and says so", "[gui][readonly][process]")
{
    const QString studio = studioPath();
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"studio.sqlite"_s);
    const qint64 reportId = seedDemo(dbPath);
    QProcessEnvironment env = studioEnvironment(dbPath, dir.filePath(u"data"_s), reportId, u"第一个窗口输入的内容"_s);
    QProcess first;
    first.setProcessEnvironment(env);
    first.start(studioDriverPath(), {});
    waitUntilTyped(first);

    env.remove(u"FAZHI_TEST_TYPE"_s);
    QProcess second;
    second.setProcessEnvironment(env);
    second.start(studio, {});
    REQUIRE(second.waitForStarted(10000));
    QByteArray err;
    QElapsedTimer t;
    t.start();
    const QByteArray notice = u"此数据库已在另一个窗口中打开，当前为只读"_s.toUtf8(); // the interface is Chinese by default
    while (!err.contains(notice) && t.elapsed() < 30000) {
        second.waitForReadyRead(200);
        err += second.readAllStandardError();
    }
    CHECK(err.contains(notice));
    second.kill();
    second.waitForFinished(5000);
    first.kill();
    first.waitForFinished(5000);
}
