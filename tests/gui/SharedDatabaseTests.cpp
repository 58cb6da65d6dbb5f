// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop program and the CLI on one database: the program keeps its write-ahead log while the CLI
// opens and closes the database, and what both acknowledged survives killing the program.
#include "GuiTestSupport.h"

#include "Actions.h"
#include "EditCommands.h"
#include "MergeDialog.h"
#include "SectionEditor.h"

#include "storage/MetricRepository.h"
#include "storage/SectionRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QProcess>
#include <QThread>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

/// Files the process `pid` holds open that were deleted under it.
QStringList deletedFilesOf(qint64 pid)
{
    QStringList deleted;
    const QDir fds(u"/proc/%1/fd"_s.arg(pid));
    for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
        if (target.endsWith(u" (deleted)"_s))
            deleted << target;
    }
    return deleted;
}

} // namespace

TEST_CASE("The program and the CLI on one database: the log stays linked and both sides' writes survive a kill",
          "[gui][shared][process]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"shared.sqlite"_s);
    const qint64 reportId = seedDemo(dbPath);
    QProcess studio;
    studio.setProcessEnvironment(studioEnvironment(dbPath, dir.filePath(u"data"_s), reportId, u"共同数据库上输入的文字"_s));
    studio.start(studioDriverPath(), {});
    const qint64 sectionId = waitUntilTyped(studio);

    // The CLI comes and goes several times while the program holds the database.
    const QString data = dir.filePath(u"cli-data"_s);
    for (int i = 0; i < 3; ++i)
        REQUIRE(runCli(dbPath, {u"report"_s, u"list"_s}, data).exitCode == 0);
    const CliResult set = runCli(dbPath, {u"metric"_s, u"set"_s, u"--report"_s, QString::number(reportId), u"--key"_s,
                                          u"admin_review_cases"_s, u"--value"_s, u"17"_s},
                                 data);
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    REQUIRE(runCli(dbPath, {u"report"_s, u"list"_s}, data).exitCode == 0);
    CHECK(deletedFilesOf(studio.processId()).isEmpty());

    // The typed text reaches the database (autosave), as seen from outside; then the program is killed.
    bool stored = false;
    {
        Database probe;
        probe.open(dbPath);
        QElapsedTimer since;
        since.start();
        while (!(stored = SectionRepository(probe).find(sectionId)->body.endsWith(u"共同数据库上输入的文字"_s))
               && since.elapsed() < 5000)
            QThread::msleep(50);
    }
    CHECK(stored);
    CHECK(deletedFilesOf(studio.processId()).isEmpty());
    studio.kill();
    studio.waitForFinished(5000);

    Database db;
    db.open(dbPath);
    CHECK(SectionRepository(db).find(sectionId)->body.endsWith(u"共同数据库上输入的文字"_s));
    const MetricValue *metric = nullptr;
    const QList<MetricValue> metrics = MetricRepository(db).forReport(reportId);
    for (const MetricValue &m : metrics)
        if (m.key == u"admin_review_cases"_s)
            metric = &m;
    REQUIRE(metric);
    CHECK(metric->value == 17);
}

TEST_CASE("Text changed at another desk while the clerk edits it is offered side by side, and the merge is one undo step",
          "[gui][outside][merge]")
{
    Workspace ws;
    MainWindow &w = *ws.window;
    ws.openDemoReport();
    ReportSession *s = w.session();
    REQUIRE(s);
    const qint64 sectionId = w.sectionEditor()->sectionId();
    REQUIRE(sectionId > 0);
    const QString base = s->section(sectionId)->body;
    const QString mine = base + u"本窗口补充的一句。"_s;
    const QString merged = mine + u"另一处补充的一句。"_s;

    // This window's edit, not yet saved, and another desk's edit of the same text, saved.
    s->undoStack()->push(new EditBodyCommand(s, sectionId, base, mine));
    Database other;
    other.open(ws.db.path());
    SectionRepository(other).updateBody(sectionId, base + u"另一处补充的一句。"_s);

    QString shownMine, shownTheirs;
    DialogRunner::setNextHook([&](QDialog *d) {
        auto *dialog = qobject_cast<MergeDialog *>(d);
        REQUIRE(dialog);
        shownMine = dialog->mineView()->toPlainText();
        shownTheirs = dialog->theirsView()->toPlainText();
        dialog->setMerged(merged);
        return int(QDialog::Accepted);
    });
    REQUIRE(waitFor([&] { return !shownTheirs.isEmpty(); }, 10000));
    CHECK(shownMine == mine);
    CHECK(shownTheirs == base + u"另一处补充的一句。"_s);
    CHECK(s->section(sectionId)->body == merged);
    s->flush();
    REQUIRE(waitFor([&] { return SectionRepository(other).find(sectionId)->body == merged; }, 10000));

    // One undo takes the merge back to the clerk's own text.
    w.actions()->undo->trigger();
    CHECK(s->section(sectionId)->body == mine);
}
