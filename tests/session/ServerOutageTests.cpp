// SPDX-License-Identifier: GPL-3.0-or-later
// A clerk's session on the district's server when the server goes away: typing goes on, the text waits in
// the local journal (and the session says so), and all of it is stored once the server is back; after the
// program is killed while the server is away, the next session puts the journaled text back and saves it.
// Tagged [.][server]: run by the suite's PostgreSQL registration. Each test stops a server of its own:
// stopping the shared one would cut every other test off.
#include "SessionTestSupport.h"

#include "EditCommands.h"
#include "LocalJournal.h"
#include "TestDatabase.h"
#include "storage/SectionRepository.h"

#include <QProcess>
#include <QSignalSpy>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

const QString kScript = QStringLiteral(FAZHI_SOURCE_DIR "/tests/pg/pg-server.sh");

/// A PostgreSQL server of the test's own (tests/pg/pg-server.sh), stopped and removed at the end.
struct PrivateServer
{
    QTemporaryDir dir;
    QString state = dir.filePath(u"server"_s);
    TestServer server;

    PrivateServer()
    {
        REQUIRE(control(u"start"_s) == 0);
        server.folder = readText(state + u"/folder"_s).trimmed();
        server.port = readText(state + u"/port"_s).trimmed().toInt();
        server.admin(u"CREATE DATABASE outage"_s);
    }
    ~PrivateServer() { control(u"stop"_s); }
    int control(const QString &command) const { return QProcess::execute(u"bash"_s, {kScript, command, state}); }
    /// The database as the program opens it (the superuser over the server's socket).
    QString address() const { return server.address(u"outage"_s); }
};

/// FAZHI_DATA_DIR (where the local journal lives) pointed at a folder of the test's own while it runs.
struct DataFolder
{
    QTemporaryDir dir;
    QByteArray previous = qgetenv("FAZHI_DATA_DIR");
    DataFolder() { qputenv("FAZHI_DATA_DIR", QFile::encodeName(dir.path())); }
    ~DataFolder() { qputenv("FAZHI_DATA_DIR", previous); }
};

qint64 newestReport(Database &db)
{
    DemoData::seedIfEmpty(db);
    QList<Report> reports = ReportRepository(db).all();
    std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.year < b.year; });
    return reports.last().id;
}

/// Types `text` into the section's body a character at a time, letting the event loop (autosave) run.
void type(ReportSession &s, qint64 sectionId, const QString &text)
{
    for (const QChar c : text) {
        const QString before = s.section(sectionId)->body;
        s.undoStack()->push(new EditBodyCommand(&s, sectionId, before, before + c));
        settle(20);
    }
}

QString storedBody(const QString &address, qint64 sectionId)
{
    Database fresh;
    fresh.open(address);
    return SectionRepository(fresh).find(sectionId)->body;
}

QString journaledBody(const LocalJournal &journal, qint64 sectionId)
{
    const std::optional<LocalJournal::Entry> entry = journal.read();
    if (!entry)
        return {};
    for (const LocalJournal::SectionText &t : entry->sections)
        if (t.id == sectionId)
            return t.body;
    return {};
}

} // namespace

TEST_CASE("the server stops during autosave: typing goes on into the local journal, the session says so, and every "
          "character is stored when the server is back", "[.][server][outage][session]")
{
    PrivateServer pg;
    DataFolder data;
    Database db;
    db.open(pg.address());
    const qint64 reportId = newestReport(db);
    ReportSession s(db, reportId);
    QSignalSpy failed(&s, &ReportSession::saveFailed);
    const Section first = s.document().sections.at(1);
    const Section second = s.document().sections.at(2);
    REQUIRE(s.localJournalPath().startsWith(data.dir.path()));
    const LocalJournal journal(db.path(), reportId);
    REQUIRE(journal.path() == s.localJournalPath());

    type(s, first.id, u"停机前输入的。"_s);
    REQUIRE(waitFor([&] { return s.saveState() == ReportSession::SaveState::Saved; }, 10000));
    CHECK(storedBody(pg.address(), first.id) == first.body + u"停机前输入的。"_s);
    CHECK_FALSE(journal.exists());

    // The cut: a write is on its way when the server stops.
    type(s, first.id, u"保存途中断线，"_s);
    s.startSave();
    REQUIRE(pg.control(u"halt"_s) == 0);
    type(s, first.id, u"停机期间接着写的字。"_s);
    type(s, second.id, u"另一节在停机时也写了几句。"_s);
    const QString firstWanted = first.body + u"停机前输入的。保存途中断线，停机期间接着写的字。"_s;
    const QString secondWanted = second.body + u"另一节在停机时也写了几句。"_s;
    CHECK(s.section(first.id)->body == firstWanted);
    CHECK(s.section(second.id)->body == secondWanted);

    // Held on this computer, and the session says so (the status bar shows it).
    REQUIRE(waitFor([&] {
        return s.saveState() == ReportSession::SaveState::KeptLocally && journaledBody(journal, first.id) == firstWanted
               && journaledBody(journal, second.id) == secondWanted;
    }, 15000));
    CHECK(s.hasUnsavedChanges());
    CHECK(s.keptCharacters() >= firstWanted.size() + secondWanted.size());
    CHECK(failed.count() == 0); // an unreachable server is a state, not an error message every two seconds
    // Retries while the server is away change nothing of that.
    settle(ReportSession::kRetryDelayMs + 500);
    CHECK(s.saveState() == ReportSession::SaveState::KeptLocally);
    CHECK(journaledBody(journal, first.id) == firstWanted);

    REQUIRE(pg.control(u"resume"_s) == 0);
    REQUIRE(waitFor([&] { return s.saveState() == ReportSession::SaveState::Saved; }, 20000));
    CHECK(s.keptCharacters() == 0);
    CHECK_FALSE(journal.exists());
    CHECK(storedBody(pg.address(), first.id) == firstWanted);
    CHECK(storedBody(pg.address(), second.id) == secondWanted);

    // And the session goes on as before.
    type(s, second.id, u"恢复后。"_s);
    s.flush();
    CHECK(storedBody(pg.address(), second.id) == secondWanted + u"恢复后。"_s);
}

// The program the next test kills: it types, the server stops, it types on until its text is in the local
// journal, says so in a file, and waits to be killed. Run only as that test's child process.
TEST_CASE("child of the kill test: types while the server is away and waits to be killed", "[.][outage-child]")
{
    const QString address = qEnvironmentVariable("FAZHI_OUTAGE_DB");
    const QString state = qEnvironmentVariable("FAZHI_OUTAGE_SERVER");
    const QString ready = qEnvironmentVariable("FAZHI_OUTAGE_READY");
    if (address.isEmpty() || state.isEmpty() || ready.isEmpty()) {
        SUCCEED("not started by the kill test");
        return;
    }
    Database db;
    db.open(address);
    const qint64 reportId = qEnvironmentVariable("FAZHI_OUTAGE_REPORT").toLongLong();
    ReportSession s(db, reportId);
    const Section sec = s.document().sections.at(1);
    type(s, sec.id, u"被强行结束前已保存。"_s);
    REQUIRE(waitFor([&] { return s.saveState() == ReportSession::SaveState::Saved; }, 10000));
    REQUIRE(QProcess::execute(u"bash"_s, {kScript, u"halt"_s, state}) == 0);
    type(s, sec.id, u"停机后输入、随后程序被强行结束的文字。"_s);
    const QString wanted = s.section(sec.id)->body;
    const LocalJournal journal(db.path(), reportId);
    REQUIRE(waitFor([&] {
        return s.saveState() == ReportSession::SaveState::KeptLocally && journaledBody(journal, sec.id) == wanted;
    }, 15000));
    writeFile(ready, QStringLiteral("%1\n%2").arg(sec.id).arg(wanted).toUtf8());
    settle(120000); // killed long before
}

TEST_CASE("the program is killed while the server is away: the local journal survives, and the next session puts "
          "the text back and stores it", "[.][server][outage][session]")
{
    PrivateServer pg;
    DataFolder data;
    qint64 reportId = 0;
    {
        Database db;
        db.open(pg.address());
        reportId = newestReport(db);
    }
    const QString ready = data.dir.filePath(u"ready"_s);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FAZHI_OUTAGE_DB"_s, pg.address());
    env.insert(u"FAZHI_OUTAGE_SERVER"_s, pg.state);
    env.insert(u"FAZHI_OUTAGE_READY"_s, ready);
    env.insert(u"FAZHI_OUTAGE_REPORT"_s, QString::number(reportId));
    env.insert(u"FAZHI_DATA_DIR"_s, data.dir.path());
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"[outage-child]"_s});
    REQUIRE(child.waitForStarted());
    REQUIRE(waitFor([&] { return QFile::exists(ready) || child.state() == QProcess::NotRunning; }, 60000));
    REQUIRE(QFile::exists(ready));
    child.kill(); // SIGKILL: no destructor, no flush, nothing written on the way out
    REQUIRE(child.waitForFinished());
    CHECK(child.exitStatus() == QProcess::CrashExit);

    const QStringList said = readText(ready).split(u'\n');
    REQUIRE(said.size() == 2);
    const qint64 sectionId = said.at(0).toLongLong();
    const QString wanted = said.at(1);
    const LocalJournal journal(pg.address(), reportId);
    REQUIRE(journal.exists());
    CHECK(journaledBody(journal, sectionId) == wanted);

    REQUIRE(pg.control(u"resume"_s) == 0);
    CHECK(storedBody(pg.address(), sectionId) != wanted); // the server never got it
    Database db;
    db.open(pg.address());
    ReportSession s(db, reportId);
    CHECK(s.recoveredCharacters() >= wanted.size());
    CHECK(s.section(sectionId)->body == wanted);
    REQUIRE(waitFor([&] { return s.saveState() == ReportSession::SaveState::Saved; }, 15000));
    CHECK_FALSE(journal.exists());
    CHECK(storedBody(pg.address(), sectionId) == wanted);
    // Nobody else wrote meanwhile: nothing to merge, no other text kept.
    CHECK(std::none_of(s.references().begin(), s.references().end(),
                       [](const ReportReference &r) { return r.kind == u"outside-change"_s; }));
}
