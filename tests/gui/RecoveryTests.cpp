// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "SessionJournal.h"
#include "storage/SectionRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

TEST_CASE("Killing the program mid-edit loses nothing that was typed a second before, the next start says what "
          "it recovered", "[gui][recovery]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"studio.sqlite"_s);
    const qint64 reportId = seedDemo(dbPath);
    QProcess studioProcess;
    studioProcess.setProcessEnvironment(studioEnvironment(dbPath, dir.filePath(u"data"_s), reportId, u"崩溃前输入的内容"_s));
    studioProcess.start(studioDriverPath(), {});
    const qint64 sectionId = waitUntilTyped(studioProcess, 20000);
    // The clerk stops typing. Autosave writes within about a second of the first unsaved keystroke; watch
    // the database from outside (as the next start will), allowing a loaded machine some slack, then kill.
    {
        Database probe;
        probe.open(dbPath);
        QElapsedTimer sinceTyped;
        sinceTyped.start();
        bool stored = false;
        while (!(stored = SectionRepository(probe).find(sectionId)->body.endsWith(u"崩溃前输入的内容"_s))
               && sinceTyped.elapsed() < 5000)
            QThread::msleep(50);
        CHECK(stored);
    }
    studioProcess.kill(); // SIGKILL: no chance to save on the way out
    studioProcess.waitForFinished(5000);

    Database db;
    db.open(dbPath);
    REQUIRE(SectionRepository(db).find(sectionId).has_value());
    CHECK(SectionRepository(db).find(sectionId)->body.endsWith(u"崩溃前输入的内容"_s));
    const auto recovery = SessionJournal(db).pendingRecovery();
    REQUIRE(recovery.has_value());
    CHECK(recovery->reportId == reportId);
    CHECK_FALSE(recovery->editedHeadings.isEmpty());

    // The next start reopens the report and says what it recovered.
    MessageBox::setNonInteractive(true);
    MessageBox::clearHistory();
    {
        MainWindow window(db);
        window.show();
        window.recoverSession();
        REQUIRE(window.session());
        CHECK(window.session()->reportId() == reportId);
        REQUIRE_FALSE(MessageBox::history().isEmpty());
        CHECK(MessageBox::history().last().contains(window.session()->document().report.title));
        CHECK(window.session()->section(sectionId)->body.endsWith(u"崩溃前输入的内容"_s));
        window.close();
    }
    CHECK_FALSE(SessionJournal(db).pendingRecovery().has_value());
}

TEST_CASE("A clean exit leaves nothing to recover", "[gui][recovery]")
{
    Workspace ws;
    SessionJournal(ws.db).markRunning();
    ws.openDemoReport();
    ws.window->close();
    CHECK_FALSE(SessionJournal(ws.db).pendingRecovery().has_value());
}

TEST_CASE("The shipped program carries no test hooks: the process tests drive a test-only build of it",
          "[gui][recovery]")
{
    QFile program(studioPath());
    REQUIRE(program.open(QIODevice::ReadOnly));
    const QByteArray bytes = program.readAll();
    CHECK_FALSE(bytes.contains("FAZHI_TEST_OPEN"));
    CHECK_FALSE(bytes.contains("FAZHI_TEST_TYPE"));
    CHECK_FALSE(bytes.contains("typed into section"));
    QFile driver(studioDriverPath());
    REQUIRE(driver.open(QIODevice::ReadOnly));
    CHECK(driver.readAll().contains("FAZHI_TEST_OPEN"));
}
