// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, migrating and refusing databases.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SectionRepository.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

/// Runs one statement on a database file through a separate raw connection (as another program would).
void rawExec(const QString &path, const QString &statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

int latestBuiltinVersion() { return Database::builtinMigrations().last().version; }

} // namespace

TEST_CASE("a fresh database gets every migration, recorded with its checksum", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fresh.sqlite"_s);
    Database db;
    db.open(path);
    CHECK(db.schemaVersion() == latestBuiltinVersion());

    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT version, checksum FROM schema_migrations ORDER BY version"_s));
    const QList<Migration> builtin = Database::builtinMigrations();
    int i = 0;
    while (q.next()) {
        REQUIRE(i < builtin.size());
        CHECK(q.value(0).toInt() == builtin.at(i).version);
        CHECK(q.value(1).toString() == builtin.at(i).checksum);
        ++i;
    }
    CHECK(i == builtin.size());

    REQUIRE(q.exec(u"PRAGMA foreign_keys"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(u"PRAGMA journal_mode"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"wal"_s);

    // The metric catalogue ships as data and is in the database after opening.
    CHECK(MetricRepository(db).definitions().size() >= 29);
}

TEST_CASE("opening twice applies nothing again", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"twice.sqlite"_s);
    { Database db; db.open(path); }
    Database db;
    db.open(path);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT COUNT(*) FROM schema_migrations"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == Database::builtinMigrations().size());
}

TEST_CASE("a database of the first schema upgrades with its data intact", "[db][upgrade]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    REQUIRE(QFile::copy(test::testData(u"schema-0001.sqlite"_s), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    Database db;
    db.open(path);
    CHECK(db.schemaVersion() == latestBuiltinVersion());

    const auto unit = UnitRepository(db).find(2);
    REQUIRE(unit);
    CHECK(unit->fullName == u"重庆市江津区城市管理局"_s);
    CHECK(unit->parentId == 1);
    CHECK(unit->signatories.size() == 2);
    const auto report = ReportRepository(db).find(1);
    REQUIRE(report);
    CHECK(report->status == ReportStatus::Published);
    CHECK(report->writtenDate == QDate(2025, 1, 20));
    const QList<Section> sections = SectionRepository(db).forReport(1);
    REQUIRE(sections.size() == 4);
    CHECK(sections.at(1).parentId == 1);
    CHECK(sections.at(1).runIn);
    const QList<MetricValue> metrics = MetricRepository(db).forReport(1);
    REQUIRE(metrics.size() == 1);
    CHECK(metrics.first().value == 8);
    const QList<Problem> problems = ProblemRepository(db).forReport(1);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().dueDate == QDate(2025, 6, 30));

    // The second migration's tables exist and work.
    QSqlQuery q(db.connection());
    CHECK(q.exec(u"INSERT INTO settings (key, value) VALUES ('report_due', '03-01')"_s));
    // Later migrations take the old data in: every section and problem is in the search index, and the
    // published report's content is locked.
    REQUIRE(q.exec(u"SELECT COUNT(*) FROM search_text"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == sections.size() + problems.size());
    REQUIRE(q.exec(u"PRAGMA application_id"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == Database::kApplicationId);
    CHECK_THROWS_AS(SectionRepository(db).updateBody(sections.first().id, u"改动"_s), Failure);
}

TEST_CASE("a database written by a newer schema is refused and left byte for byte untouched", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_s);
    { Database db; db.open(path); }
    rawExec(path, u"INSERT INTO schema_migrations VALUES (9999, 'from_the_future', 'x', '2030-01-01T00:00:00Z')"_s);
    const QByteArray before = test::sha256(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    Database db;
    try {
        db.open(path);
        FAIL("a future schema was opened");
    } catch (const Failure &f) {
        CHECK(f.kind() == Failure::Kind::Input);
        CHECK(f.message().contains(u"更新版本"_s));
        CHECK(f.message().contains(u"9999"_s));
    }
    CHECK_FALSE(db.isOpen());
    CHECK(test::sha256(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == filesBefore);
}

TEST_CASE("an edited landed migration is detected and refused", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"edited.sqlite"_s);
    { Database db; db.open(path); }
    // The database recorded migration 1 from a file whose bytes differ from the program's file now.
    rawExec(path, u"UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1"_s);
    const QByteArray before = test::sha256(path);
    Database db;
    CHECK_THROWS_AS(db.open(path), Failure);
    try {
        db.open(path);
    } catch (const Failure &f) {
        CHECK(f.message().contains(u"0001"_s));
        CHECK(f.message().contains(u"修改"_s));
    }
    CHECK(test::sha256(path) == before);
}

TEST_CASE("a file that is not a SQLite database is refused without being overwritten", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.docx"_s);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is a clerk's Word file, not a database");
    }
    const QByteArray before = test::sha256(path);
    Database db;
    try {
        db.open(path);
        FAIL("a non-database file was opened");
    } catch (const Failure &f) {
        CHECK(f.kind() == Failure::Kind::Input);
        CHECK(f.message().contains(u"不是"_s));
    }
    CHECK(test::sha256(path) == before);
}

TEST_CASE("a damaged database is refused without being changed", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.sqlite"_s);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray bytes("SQLite format 3");
        bytes.append('\0');
        bytes.append(QByteArray(4096, '\x5a'));
        f.write(bytes);
    }
    const QByteArray before = test::sha256(path);
    Database db;
    try {
        db.open(path);
        FAIL("a damaged database was opened");
    } catch (const Failure &f) {
        CHECK(f.message().contains(u"损坏"_s));
    }
    CHECK(test::sha256(path) == before);
}

TEST_CASE("transactions roll back everything when not committed, savepoints nest", "[db]")
{
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(u"tx.sqlite"_s));
    UnitRepository units(db);
    {
        Transaction outer(db);
        units.insert({.fullName = u"甲局"_s});
        {
            Transaction inner(db);
            units.insert({.fullName = u"乙局"_s});
            // inner not committed: rolled back to its savepoint
        }
        outer.commit();
    }
    {
        Transaction tx(db);
        units.insert({.fullName = u"丙局"_s});
        // not committed
    }
    QStringList names;
    for (const Unit &u : units.all())
        names << u.fullName;
    CHECK(names == QStringList{u"甲局"_s});
}
