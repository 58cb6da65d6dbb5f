// SPDX-License-Identifier: GPL-3.0-or-later
// What opening a database must never do: change a file it refuses, write to a read-only one, lose a
// failed COMMIT's rollback, or treat a URL or :memory: as a file.
#include "TestSupport.h"

#include "overview/Overview.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <unistd.h>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

/// Runs statements on a file through a plain connection, as another program would.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-safety"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements) {
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw-safety"_s);
}

/// The file and what lies beside it, so that a refusal can be shown to have changed nothing.
struct Snapshot
{
    QByteArray hash;
    QStringList files;
    static Snapshot of(const QString &path)
    {
        return {test::sha256(path), QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files, QDir::Name)};
    }
    bool operator==(const Snapshot &) const = default;
};

Failure openFailure(const QString &path)
{
    Database db;
    try {
        db.open(path);
    } catch (const Failure &f) {
        CHECK_FALSE(db.isOpen());
        return f;
    }
    FAIL("the database was opened");
    return Failure(QString());
}

/// Damages the middle of a b-tree page three pages before the end of the file (past the header and the
/// schema pages) of a file larger than `atLeast` bytes.
void scribbleNearEnd(const QString &path, qint64 atLeast)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.size() > atLeast);
    f.seek(f.size() - 3 * 4096 + 100);
    f.write(QByteArray(2000, '\x5a'));
}

} // namespace

TEST_CASE("another program's SQLite file is refused and left byte for byte unchanged", "[db][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    rawExec(path, {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
                   u"INSERT INTO notes (text) VALUES ('a note')"_s});
    const Snapshot before = Snapshot::of(path);
    const Failure f = openFailure(path);
    CHECK(f.kind() == Failure::Kind::Input);
    CHECK(f.message().contains(u"其他程序"_s));
    CHECK(Snapshot::of(path) == before);
}

TEST_CASE("a foreign database in WAL mode is refused without a log or index appearing", "[db][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"wal-notes.db"_s);
    rawExec(path, {u"PRAGMA journal_mode = WAL"_s, u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s});
    const Snapshot before = Snapshot::of(path);
    CHECK(openFailure(path).kind() == Failure::Kind::Input);
    CHECK(Snapshot::of(path) == before);
}

TEST_CASE("a database whose migration table was dropped is refused and unchanged", "[db][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"dropped.sqlite"_s);
    { Database db; db.open(path); }
    rawExec(path, {u"PRAGMA journal_mode = DELETE"_s, u"DROP TABLE schema_migrations"_s});
    const Snapshot before = Snapshot::of(path);
    const Failure f = openFailure(path);
    CHECK(f.kind() == Failure::Kind::Input);
    CHECK(f.message().contains(u"结构版本"_s));
    CHECK(Snapshot::of(path) == before);
}

TEST_CASE("a database with a damaged table is refused before anything is written", "[db][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged-table.sqlite"_s);
    {
        Database db;
        db.open(path);
        UnitRepository units(db);
        for (int i = 0; i < 200; ++i)
            units.insert({.fullName = u"重庆市某某区第%1局"_s.arg(i)});
    }
    scribbleNearEnd(path, 8 * 4096);
    const Snapshot before = Snapshot::of(path);
    const Failure f = openFailure(path);
    CHECK(f.kind() == Failure::Kind::Input);
    CHECK(f.message().contains(u"损坏"_s));
    CHECK(Snapshot::of(path) == before);
}

TEST_CASE("a large database is checked whole before the first write, and a damaged one refuses it", "[db][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large-damaged.sqlite"_s);
    {
        Database db;
        db.open(path);
        // Past the size checked whole when opened (64 MiB): a large value first, the units after it, at
        // the end of the file.
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(u"INSERT INTO settings (key, value) VALUES ('bulk', zeroblob(70 * 1024 * 1024))"_s));
        UnitRepository units(db);
        for (int i = 0; i < 200; ++i)
            units.insert({.fullName = u"重庆市某某区第%1局"_s.arg(i)});
    }
    scribbleNearEnd(path, 70 * 1024 * 1024);
    const Snapshot before = Snapshot::of(path);
    Database db;
    db.open(path); // opening reads the schema, not every page
    try {
        Transaction tx(db);
        UnitRepository(db).insert({.fullName = u"新的局"_s});
        tx.commit();
        FAIL("a damaged database was written to");
    } catch (const Failure &f) {
        CHECK(f.message().contains(u"损坏"_s));
    }
    db.close();
    CHECK(Snapshot::of(path).hash == before.hash);
}

TEST_CASE("a large database keeps the overview's summaries without checking every page, not content", "[db][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large-derived.sqlite"_s);
    {
        Database db;
        db.open(path);
        Unit u;
        u.fullName = u"区城市管理局"_s;
        DocumentStore(db).createReport(UnitRepository(db).insert(u), 2025, false);
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(u"INSERT INTO settings (key, value) VALUES ('bulk', zeroblob(70 * 1024 * 1024))"_s));
        // Rows the overview never reads, last in the file: the damage goes there.
        REQUIRE(q.exec(u"CREATE TABLE filler (text TEXT)"_s));
        for (int i = 0; i < 300; ++i)
            REQUIRE(q.exec(u"INSERT INTO filler VALUES ('%1')"_s.arg(QString(200, QChar(u'法' + i % 7)))));
    }
    scribbleNearEnd(path, 70 * 1024 * 1024);
    Database db;
    db.open(path);
    CheckOptions options;
    const QList<OverviewRow> rows = Overview::build(db, 2025, 0, options);
    REQUIRE(rows.size() == 1);
    QSqlQuery count(db.connection());
    REQUIRE(count.exec(u"SELECT COUNT(*) FROM report_summaries"_s));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 1);
    // Content still waits for the whole check, which finds the damage.
    try {
        Transaction tx(db);
        UnitRepository(db).insert({.fullName = u"新的局"_s});
        tx.commit();
        FAIL("a damaged database was written to");
    } catch (const Failure &f) {
        CHECK(f.message().contains(u"损坏"_s));
    }
}

TEST_CASE("a new database is marked as ours in its header", "[db][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ours.sqlite"_s);
    Database db;
    db.open(path);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"PRAGMA application_id"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == Database::kApplicationId);
}

TEST_CASE("opening a current database writes nothing", "[db][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"quiet.sqlite"_s);
    { Database db; db.open(path); }
    const QByteArray before = test::sha256(path);
    {
        Database db;
        db.open(path);
        CHECK(UnitRepository(db).all().isEmpty());
    }
    CHECK(test::sha256(path) == before);
}

TEST_CASE("a database on a read-only medium is read, and a write is refused in Chinese", "[db][safety][readonly]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"src"_s);
    QDir().mkpath(source);
    const QString sourceDb = source + u"/ro.sqlite"_s;
    {
        Database db;
        db.open(sourceDb);
        UnitRepository(db).insert({.fullName = u"重庆市江津区司法局"_s});
    }
    test::ReadOnlyFolder folder(source, dir.filePath(u"ro"_s));
    REQUIRE(folder.ok);
    const QString path = folder.path + u"/ro.sqlite"_s;
    const Snapshot before = Snapshot::of(path);
    {
        Database db;
        db.open(path);
        CHECK(db.isReadOnly());
        const QList<Unit> units = UnitRepository(db).all();
        REQUIRE(units.size() == 1);
        CHECK(units.first().fullName == u"重庆市江津区司法局"_s);
        try {
            UnitRepository(db).insert({.fullName = u"重庆市江津区财政局"_s});
            FAIL("a read-only database was written");
        } catch (const Failure &f) {
            CHECK(f.message().contains(u"只读"_s));
            CHECK_FALSE(f.message().contains(u"readonly"_s));
        }
    }
    CHECK(Snapshot::of(path) == before);
}

TEST_CASE("a database asked for read-only never migrates or writes", "[db][safety][readonly]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"asked-ro.sqlite"_s);
    { Database db; db.open(path); }
    const QByteArray before = test::sha256(path);
    Database db;
    db.open(path, Database::Access::ReadOnly);
    CHECK(db.isReadOnly());
    CHECK_THROWS_AS(UnitRepository(db).insert({.fullName = u"甲局"_s}), Failure);
    db.close();
    CHECK(test::sha256(path) == before);
}

TEST_CASE("Other URLs, :memory:, an empty path and a server that does not answer are refused as input, creating nothing",
          "[db][safety]")
{
    QTemporaryDir dir;
    QDir::setCurrent(dir.path());
    // Port 1 on the loopback: no PostgreSQL answers there, whatever runs on this machine's 5432.
    for (const QString &path : {u"postgresql://clerk@127.0.0.1:1/fazhi"_s, u"postgres://127.0.0.1:1/fazhi"_s,
                                u"sqlite:///tmp/x.sqlite"_s, u":memory:"_s, QString(), u"  "_s}) {
        INFO(path.toStdString());
        Database db;
        try {
            db.open(path);
            FAIL("opened");
        } catch (const Failure &f) {
            CHECK(f.kind() == Failure::Kind::Input);
        }
    }
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("a COMMIT that fails leaves its transaction for the rollback to undo", "[db][safety]")
{
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(u"commit.sqlite"_s));
    const qint64 unit = UnitRepository(db).insert({.fullName = u"甲局"_s});
    {
        Transaction tx(db);
        QSqlQuery q(db.connection());
        // A deferred foreign key is checked at COMMIT: the commit fails.
        REQUIRE(q.exec(u"PRAGMA defer_foreign_keys = ON"_s));
        REQUIRE(q.exec(u"INSERT INTO reports (unit_id, year, title, created_at, updated_at) "
                       u"VALUES (%1, 2025, 'x', '2025-01-01', '2025-01-01')"_s.arg(unit)));
        REQUIRE(q.exec(u"UPDATE reports SET unit_id = 999999"_s));
        CHECK_THROWS_AS(tx.commit(), Failure);
    }
    CHECK(db.transactionDepth() == 0);
    // The failed transaction was rolled back: nothing of it is stored and a new one can begin.
    CHECK(ReportRepository(db).forUnit(unit).isEmpty());
    Transaction next(db);
    UnitRepository(db).insert({.fullName = u"乙局"_s});
    next.commit();
    CHECK(UnitRepository(db).all().size() == 2);
}

TEST_CASE("a second connection of the process to the same file connects without inspecting", "[db][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"two.sqlite"_s);
    Database first;
    first.open(path);
    Database second;
    second.open(path);
    UnitRepository(first).insert({.fullName = u"甲局"_s});
    CHECK(UnitRepository(second).all().size() == 1);
    second.close();
    UnitRepository(first).insert({.fullName = u"乙局"_s});
    CHECK(UnitRepository(first).all().size() == 2);
}
