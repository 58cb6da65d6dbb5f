// SPDX-License-Identifier: GPL-3.0-or-later
// Several processes on one database: the CLI beside a program that holds the database open, several
// processes creating the same new database, concurrent writers; and databases the CLI must not change.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/UnitRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

/// The files this process has open that were deleted from under it.
QStringList deletedOpenFiles()
{
    QStringList deleted;
    const QDir fds(u"/proc/self/fd"_s);
    for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
        if (target.endsWith(u" (deleted)"_s))
            deleted << target;
    }
    return deleted;
}

QStringList unitNames(const QJsonValue &list)
{
    QStringList names;
    for (const QJsonValue &u : list.toArray())
        names << u.toObject().value(u"full_name"_s).toString(u.toObject().value(u"name"_s).toString());
    return names;
}

QProcess *startCli(const QString &db, const QStringList &args, const QString &dataDir)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"FAZHI_DB"_s);
    env.insert(u"FAZHI_DATA_DIR"_s, dataDir);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(FAZHI_CLI_PATH), QStringList{u"--db"_s, db} + args);
    return p;
}

} // namespace

TEST_CASE("a process holding the database keeps its log while the CLI opens and closes it", "[cli][db][safety]")
{
    test::CliSession cli;
    // Two connections, as the desktop program has (its own and the autosave writer's).
    Database first;
    first.open(cli.db);
    Database second;
    second.open(cli.db);
    UnitRepository(second).insert({.fullName = u"重庆市江津区城市管理局"_s});

    for (int i = 0; i < 3; ++i)
        REQUIRE(cli({u"unit"_s, u"list"_s}).exitCode == 0);
    CHECK(deletedOpenFiles().isEmpty());
    CHECK(QFileInfo::exists(cli.db + u"-wal"_s));

    // What this process commits after the CLI has come and gone is what the next process reads.
    UnitRepository(second).insert({.fullName = u"重庆市江津区司法局"_s});
    const QStringList names = unitNames(cli.json({u"unit"_s, u"list"_s}));
    CHECK(names.contains(u"重庆市江津区城市管理局"_s));
    CHECK(names.contains(u"重庆市江津区司法局"_s));
    CHECK(deletedOpenFiles().isEmpty());
}

TEST_CASE("four processes creating the same new database all succeed", "[cli][db][safety][concurrency]")
{
    QTemporaryDir dir;
    int failures = 0;
    QStringList errors;
    for (int trial = 0; trial < 20; ++trial) {
        const QString db = dir.filePath(u"new-%1.sqlite"_s.arg(trial));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i)
            processes.emplace_back(startCli(db, {u"unit"_s, u"list"_s}, dir.filePath(u"data"_s)));
        for (auto &p : processes) {
            REQUIRE(p->waitForFinished(60000));
            if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0) {
                ++failures;
                errors << QString::fromUtf8(p->readAllStandardError());
            }
        }
    }
    INFO(errors.join(u'\n').toStdString());
    CHECK(failures == 0);
}

TEST_CASE("problems added by concurrent processes get distinct positions", "[cli][db][safety][concurrency]")
{
    test::CliSession cli;
    const qint64 unit = cli.json({u"unit"_s, u"add"_s, u"--name"_s, u"重庆市江津区城市管理局"_s}).toObject().value(u"id"_s).toInteger();
    const qint64 report = cli.json({u"report"_s, u"new"_s, u"--unit"_s, QString::number(unit), u"--year"_s, u"2025"_s})
                              .toObject()
                              .value(u"id"_s)
                              .toInteger();
    REQUIRE(report > 0);
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int writer = 0; writer < 4; ++writer) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"FAZHI_DATA_DIR"_s, cli.dir.filePath(u"data"_s));
        p->setProcessEnvironment(env);
        QString script;
        for (int i = 0; i < 8; ++i)
            script += u"\"$0\" --db \"$1\" problem add --report %1 --text '问题 %2-%3' >/dev/null || exit 1\n"_s
                          .arg(report)
                          .arg(writer)
                          .arg(i);
        p->start(u"sh"_s, {u"-c"_s, script, QStringLiteral(FAZHI_CLI_PATH), cli.db});
        processes.push_back(std::move(p));
    }
    for (auto &p : processes) {
        REQUIRE(p->waitForFinished(120000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitCode() == 0);
    }
    QSet<int> positions;
    int rows = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"positions"_s);
        db.setDatabaseName(cli.db);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT position FROM problems WHERE report_id = %1"_s.arg(report)));
        while (q.next()) {
            ++rows;
            positions.insert(q.value(0).toInt());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"positions"_s);
    CHECK(rows == 32);
    CHECK(positions.size() == 32);
}

TEST_CASE("the CLI refuses another program's database with exit 2 and changes nothing", "[cli][db][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery(db).exec(u"CREATE TABLE contacts (name TEXT)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    const QByteArray before = test::sha256(path);
    for (const QStringList &args : {QStringList{u"report"_s, u"list"_s}, QStringList{u"unit"_s, u"add"_s, u"--name"_s, u"甲局"_s}}) {
        const test::CliResult r = test::runCli(path, args, dir.filePath(u"data"_s));
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"其他程序"_s));
    }
    CHECK(test::sha256(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{u"other.db"_s});
}

TEST_CASE("the CLI reads a database on a read-only medium and refuses writes in Chinese", "[cli][db][safety][readonly]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"src"_s);
    QDir().mkpath(source);
    const QString data = dir.filePath(u"data"_s);
    REQUIRE(test::runCli(source + u"/ro.sqlite"_s, {u"unit"_s, u"add"_s, u"--name"_s, u"重庆市江津区司法局"_s}, data).exitCode == 0);
    test::ReadOnlyFolder folder(source, dir.filePath(u"ro"_s));
    REQUIRE(folder.ok);
    const QString path = folder.path + u"/ro.sqlite"_s;
    const QByteArray before = test::sha256(path);

    const test::CliResult list = test::runCli(path, {u"unit"_s, u"list"_s}, data);
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(u"重庆市江津区司法局"_s));

    const test::CliResult add = test::runCli(path, {u"unit"_s, u"add"_s, u"--name"_s, u"重庆市江津区财政局"_s}, data);
    CHECK(add.exitCode == 1);
    CHECK(add.err.contains(u"只读"_s));
    CHECK_FALSE(add.err.contains(u"readonly"_s));
    CHECK(test::sha256(path) == before);
}

TEST_CASE("an unreachable server, other URLs and :memory: are usage errors", "[cli][db][safety]")
{
    QTemporaryDir dir;
    // Port 1 on the loopback: no PostgreSQL answers there, whatever runs on this machine's 5432.
    for (const QString &db : {u"postgresql://clerk@127.0.0.1:1/fazhi"_s, u"postgres://127.0.0.1:1/fazhi"_s,
                              u"sqlite:///tmp/fazhi.sqlite"_s, u":memory:"_s}) {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(FAZHI_CLI_PATH), {u"--db"_s, db, u"unit"_s, u"list"_s});
        REQUIRE(p.waitForFinished(30000));
        INFO(db.toStdString());
        CHECK(p.exitCode() == 2);
    }
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}
