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
    const QString studio = studioPath();
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"studio.sqlite"_s);
    qint64 reportId = 0;
    {
        Database db;
        db.open(dbPath);
        DemoData::seedIfEmpty(db);
        QList<Report> reports = ReportRepository(db).all();
        std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.year < b.year; });
        reportId = reports.last().id;
    }

    QProcess studioProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FAZHI_DB"_s, dbPath);
    env.insert(u"FAZHI_DATA_DIR"_s, dir.filePath(u"data"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"FAZHI_TEST_OPEN"_s, QString::number(reportId));
    env.insert(u"FAZHI_TEST_TYPE"_s, u"崩溃前输入的内容"_s);
    studioProcess.setProcessEnvironment(env);
    studioProcess.start(studio, {});
    REQUIRE(studioProcess.waitForStarted(10000));
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains("typed into section") && t.elapsed() < 20000) {
        studioProcess.waitForReadyRead(200);
        out += studioProcess.readAllStandardOutput();
    }
    REQUIRE(out.contains("typed into section"));
    const qint64 sectionId = QString::fromUtf8(out.mid(out.indexOf("typed into section") + 19)).trimmed().toLongLong();
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
