// SPDX-License-Identifier: GPL-3.0-or-later
// The district's PostgreSQL server: its schema checks, and access by unit enforced by the server's own
// policies — shown through the program and through plain SQL as each person's login role.
// Tagged [.][server]: run by the suite's PostgreSQL registration (FAZHI_TEST_ENGINE=postgresql).
#include "TestDatabase.h"
#include "TestSupport.h"

#include "review/ReviewWorkflow.h"
#include "storage/AuditLog.h"
#include "storage/CommentRepository.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/LoginRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReportRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/SearchRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/ServerConnection.h"
#include "storage/Sql.h"
#include "storage/SectionRepository.h"
#include "storage/SectionSaveRepository.h"
#include "storage/UnitRepository.h"
#include "util/Failure.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QProcess>
#include <QUuid>

#include <functional>

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

/// A plain SQL connection (no program in between) that is closed and removed at the end.
struct PlainSql
{
    QString name = u"plain-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db;
    PlainSql(const test::TestServer &server, const QString &database, const QString &login)
        : db(server.connect(name, database, login))
    {
    }
    ~PlainSql()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    qint64 number(const QString &statement)
    {
        QSqlQuery q(db);
        INFO(statement.toStdString());
        REQUIRE(q.exec(statement));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    /// Runs `statement`; returns the rows it changed, or -1 when the server refused it.
    int change(const QString &statement, QString *error = nullptr)
    {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            if (error)
                *error = q.lastError().nativeErrorCode();
            return -1;
        }
        return q.numRowsAffected();
    }
};

/// A district with two departments; a drafter in each, a reviewer at the district, each with a login role
/// of their own and a password kept in a PGPASSFILE (as ~/.pgpass would keep it).
struct District
{
    QTemporaryDir dir;
    test::TestDatabase where{dir, u"server.sqlite"_s};
    Database owner; // the district's IT staff: the schema's owner
    qint64 district = 0, cityDept = 0, justiceDept = 0, cityReport = 0, justiceReport = 0;
    Person cityDrafter, justiceDrafter, reviewer;
    QString cityLogin, justiceLogin, reviewerLogin;

    District()
    {
        REQUIRE(where.isServer());
        owner.open(where.location());
        UnitRepository units(owner);
        district = units.insert({.fullName = u"重庆市江津区人民政府"_s, .kind = UnitKind::Government});
        cityDept = units.insert({.fullName = u"重庆市江津区城市管理局"_s, .kind = UnitKind::Department, .parentId = district});
        justiceDept = units.insert({.fullName = u"重庆市江津区司法局"_s, .kind = UnitKind::Department, .parentId = district});
        cityReport = DocumentStore(owner).createReport(cityDept, 2025, false);
        justiceReport = DocumentStore(owner).createReport(justiceDept, 2025, false);
        cityDrafter = person(u"张起草"_s, cityDept, Role::Drafter);
        justiceDrafter = person(u"孙起草"_s, justiceDept, Role::Drafter);
        reviewer = person(u"王督察"_s, district, Role::Reviewer);
        // Login roles belong to the whole server: named after this test's database, so that tests running
        // at once never share one.
        const QString suffix = where.serverDatabase().mid(QStringLiteral("fazhi_test_").size());
        cityLogin = u"city_"_s + suffix;
        justiceLogin = u"justice_"_s + suffix;
        reviewerLogin = u"review_"_s + suffix;
        LoginRepository logins(owner);
        logins.grant(cityLogin, cityDrafter.id, u"城管-密码-1"_s);
        logins.grant(justiceLogin, justiceDrafter.id, u"司法-密码-2"_s);
        logins.grant(reviewerLogin, reviewer.id, u"督察-密码-3"_s);
        const QString passFile = dir.filePath(u"pgpass"_s);
        QString lines;
        for (const auto &[login, password] : {std::pair{cityLogin, u"城管-密码-1"_s}, std::pair{justiceLogin, u"司法-密码-2"_s},
                                              std::pair{reviewerLogin, u"督察-密码-3"_s}})
            lines += u"127.0.0.1:%1:*:%2:%3\n"_s.arg(where.server().port).arg(login, password);
        test::writeFile(passFile, lines.toUtf8());
        QFile::setPermissions(passFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", QFile::encodeName(passFile));
    }
    Person person(const QString &name, qint64 unit, Role role)
    {
        Person p{.name = name, .unitId = unit, .roles = {{unit, role}}};
        p.id = PersonRepository(owner).insert(p);
        return *PersonRepository(owner).find(p.id);
    }
    QString address(const QString &login) const { return where.server().address(where.serverDatabase(), login); }
    qint64 firstPart(Database &db, qint64 report)
    {
        for (const Section &s : SectionRepository(db).forReport(report))
            if (s.isPart())
                return s.id;
        FAIL("no part");
        return 0;
    }
    QString bodyAsOwner(qint64 section) { return SectionRepository(owner).find(section)->body; }
};

QList<qint64> reportIds(Database &db)
{
    QList<qint64> ids;
    for (const Report &r : ReportRepository(db).all())
        ids << r.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

TEST_CASE("each person sees and changes only what the server's policies allow, in the program", "[.][server][access]")
{
    District d;
    const qint64 citySection = d.firstPart(d.owner, d.cityReport);
    const qint64 justiceSection = d.firstPart(d.owner, d.justiceReport);

    Database city, justice, review;
    city.open(d.address(d.cityLogin));
    justice.open(d.address(d.justiceLogin));
    review.open(d.address(d.reviewerLogin));

    // Who is logged in is the login's person, not a name the client claims.
    CHECK(PersonRepository(city).loggedIn()->name == u"张起草"_s);
    CHECK(PersonRepository(review).loggedIn()->name == u"王督察"_s);

    // Reading: each drafter their own unit's report, the district reviewer both.
    CHECK(reportIds(city) == QList<qint64>{d.cityReport});
    CHECK(reportIds(justice) == QList<qint64>{d.justiceReport});
    CHECK(reportIds(review) == QList<qint64>{d.cityReport, d.justiceReport});
    CHECK_FALSE(SectionRepository(justice).find(citySection));
    CHECK(SectionRepository(justice).forReport(d.cityReport).isEmpty());
    SectionRepository(d.owner).updateBody(citySection, u"城市管理领域推进严格规范公正文明执法。"_s);
    CHECK(SearchRepository(justice).search(u"文明执法"_s, 0, 0, 10).isEmpty());
    CHECK(SearchRepository(review).search(u"文明执法"_s, 0, 0, 10).size() == 1);

    // Writing: the drafter writes their own draft; the other drafter and the reviewer change nothing there.
    SectionRepository(city).updateBody(citySection, u"城管局自己写的正文。"_s);
    CHECK(d.bodyAsOwner(citySection) == u"城管局自己写的正文。"_s);
    SectionRepository(justice).updateBody(citySection, u"司法局改写别人的正文。"_s);
    SectionRepository(review).updateBody(citySection, u"督察改写起草人的正文。"_s);
    CHECK(d.bodyAsOwner(citySection) == u"城管局自己写的正文。"_s);
    SectionRepository(city).updateBody(justiceSection, u"城管局改写司法局的正文。"_s);
    CHECK(d.bodyAsOwner(justiceSection).isEmpty());

    // Only an admin manages units; a drafter's attempt is refused by the server with a Chinese sentence.
    try {
        UnitRepository(city).insert({.fullName = u"重庆市江津区新设局"_s, .kind = UnitKind::Department});
        FAIL("a drafter created a unit");
    } catch (const Failure &f) {
        CHECK(f.message().contains(u"没有权限"_s));
    }
    CHECK_FALSE(UnitRepository(d.owner).findByName(u"重庆市江津区新设局"_s));

    // Review through the program: the drafter submits; the other department may not comment; the district
    // reviewer comments and returns it.
    const Person cityPerson = *PersonRepository(city).loggedIn();
    ReviewWorkflow(city, cityPerson).submit(d.cityReport);
    CHECK(ReportRepository(d.owner).find(d.cityReport)->status == ReportStatus::Submitted);
    const Person justicePerson = *PersonRepository(justice).loggedIn();
    CHECK_THROWS_AS(ReviewWorkflow(justice, justicePerson).addComment(d.cityReport, citySection, u"正文"_s, u"越权批注"_s),
                    Failure);
    const Person reviewPerson = *PersonRepository(review).loggedIn();
    ReviewWorkflow(review, reviewPerson).addComment(d.cityReport, citySection, u"正文"_s, u"请补充执法数据"_s);
    ReviewWorkflow(review, reviewPerson).returnReport(d.cityReport, u"缺少数据"_s);
    CHECK(ReportRepository(d.owner).find(d.cityReport)->status == ReportStatus::Returned);
    CHECK(CommentRepository(d.owner).forReport(d.cityReport).size() == 1);
    CHECK(AuditLog(d.owner).verify().ok);
}

TEST_CASE("each person sees and changes only what the server's policies allow, in plain SQL", "[.][server][access]")
{
    District d;
    const qint64 citySection = d.firstPart(d.owner, d.cityReport);
    SectionRepository(d.owner).updateBody(citySection, u"城市管理领域推进严格规范公正文明执法。"_s);
    const test::TestServer &server = d.where.server();
    const QString database = d.where.serverDatabase();

    PlainSql city(server, database, d.cityLogin);
    PlainSql justice(server, database, d.justiceLogin);
    PlainSql review(server, database, d.reviewerLogin);

    // What psql would show each of them.
    CHECK(city.number(u"SELECT COUNT(*) FROM reports"_s) == 1);
    CHECK(justice.number(u"SELECT COUNT(*) FROM reports"_s) == 1);
    CHECK(review.number(u"SELECT COUNT(*) FROM reports"_s) == 2);
    CHECK(justice.number(u"SELECT COUNT(*) FROM sections WHERE report_id = %1"_s.arg(d.cityReport)) == 0);
    CHECK(justice.number(u"SELECT COUNT(*) FROM search_text WHERE text LIKE '%文明执法%'"_s) == 0);
    CHECK(review.number(u"SELECT COUNT(*) FROM search_text WHERE text LIKE '%文明执法%'"_s) == 1);

    // What they can change.
    CHECK(city.change(u"UPDATE sections SET body = '城管局用 psql 改的' WHERE id = %1"_s.arg(citySection)) == 1);
    CHECK(justice.change(u"UPDATE sections SET body = '司法局用 psql 改的' WHERE id = %1"_s.arg(citySection)) == 0);
    CHECK(review.change(u"UPDATE sections SET body = '督察用 psql 改的' WHERE id = %1"_s.arg(citySection)) == 0);
    CHECK(justice.change(u"DELETE FROM sections WHERE report_id = %1"_s.arg(d.cityReport)) == 0);
    CHECK(d.bodyAsOwner(citySection) == u"城管局用 psql 改的"_s);

    QString error;
    CHECK(justice.change(u"INSERT INTO comments (report_id, body, created_at) VALUES (%1, '越权', 'x')"_s.arg(d.cityReport),
                         &error) == -1);
    CHECK(error == u"42501"_s);
    CHECK(review.change(u"INSERT INTO comments (report_id, body, created_at) VALUES (%1, '请补充', 'x')"_s.arg(d.cityReport))
          == 1);
    // A drafter submits but never approves their own report; the reviewer moves it on.
    CHECK(city.change(u"UPDATE reports SET status = 'approved' WHERE id = %1"_s.arg(d.cityReport), &error) == -1);
    CHECK(city.change(u"UPDATE reports SET status = 'submitted' WHERE id = %1"_s.arg(d.cityReport)) == 1);
    CHECK(city.change(u"UPDATE sections SET body = '报送后再改' WHERE id = %1"_s.arg(citySection), &error) == -1);
    CHECK(review.change(u"UPDATE reports SET status = 'approved' WHERE id = %1"_s.arg(d.cityReport)) == 1);
    CHECK(review.change(u"UPDATE reports SET title = '督察改标题' WHERE id = %1"_s.arg(d.cityReport), &error) == -1);
    // Units, people and the audit trail.
    CHECK(city.change(u"INSERT INTO units (full_name, kind) VALUES ('私设单位', 'other')"_s, &error) == -1);
    CHECK(error == u"42501"_s);
    CHECK(city.change(u"INSERT INTO person_roles (person_id, unit_id, role) VALUES (%1, %2, 'reviewer')"_s
                          .arg(d.cityDrafter.id)
                          .arg(d.district),
                      &error)
          == -1);
    CHECK(review.change(u"DELETE FROM audit_log"_s, &error) == -1);
    CHECK(review.change(u"UPDATE audit_log SET person = '某人'"_s, &error) == -1);
    CHECK(d.owner.connection().isOpen());
    CHECK(ReportRepository(d.owner).find(d.cityReport)->status == ReportStatus::Approved);
}

TEST_CASE("autosave's one-statement save of section text is held to the same policies and is all or nothing",
          "[.][server][access]")
{
    District d;
    const qint64 citySection = d.firstPart(d.owner, d.cityReport);
    QList<qint64> cityParts;
    for (const Section &s : SectionRepository(d.owner).forReport(d.cityReport))
        if (s.isPart())
            cityParts << s.id;
    REQUIRE(cityParts.size() >= 2);
    const qint64 secondSection = cityParts.at(1);
    const auto revision = [&](qint64 id) { return SectionRepository(d.owner).find(id)->revision; };
    const auto body = [](qint64 id, int rev, const QString &text) {
        SectionSaveRepository::Change c;
        c.id = id;
        c.revision = rev;
        c.body = text;
        return c;
    };
    const auto note = [](const QString &login) {
        return SectionSaveRepository::JournalNote{u"workspace.%1."_s.arg(login), u"2026-12-03T10:00:00"_s, u"一、总体情况"_s};
    };
    Database city, justice, review;
    city.open(d.address(d.cityLogin));
    justice.open(d.address(d.justiceLogin));
    review.open(d.address(d.reviewerLogin));

    // The drafter saves their own section: written, the revision moved by one, the report's stamp before and
    // after (one section row: one more revision), the editor and the login's journal noted.
    const int start = revision(citySection);
    const std::optional<ReportStamp> stampBefore = SectionSaveRepository(city).stamp(d.cityReport);
    const auto saved = SectionSaveRepository(city).saveSections(d.cityReport, {body(citySection, start, u"城管局自动保存的正文。"_s)},
                                                                d.cityDrafter.id, note(d.cityLogin));
    REQUIRE(saved);
    CHECK(d.bodyAsOwner(citySection) == u"城管局自动保存的正文。"_s);
    CHECK(saved->revisions.value(citySection) == start + 1);
    REQUIRE(saved->before);
    REQUIRE(saved->after);
    CHECK(saved->before == stampBefore);
    CHECK(saved->after->revision == stampBefore->revision + 1);
    CHECK(saved->after == SectionSaveRepository(d.owner).stamp(d.cityReport));
    CHECK(ReviewRepository(d.owner).editors(d.cityReport) == QStringList{u"张起草"_s});
    CHECK(SettingsRepository(d.owner).value(u"workspace.%1.edited"_s.arg(d.cityLogin)) == u"一、总体情况"_s);

    // Another unit's drafter and the reviewer write nothing there: to them the section is not there, which
    // the compare-and-set reports as stale.
    CHECK_FALSE(SectionSaveRepository(justice).saveSections(d.cityReport, {body(citySection, start + 1, u"司法局改写。"_s)},
                                                            d.justiceDrafter.id, note(d.justiceLogin)));
    CHECK_FALSE(SectionSaveRepository(review).saveSections(d.cityReport, {body(citySection, start + 1, u"督察改写。"_s)},
                                                           d.reviewer.id, note(d.reviewerLogin)));
    CHECK(d.bodyAsOwner(citySection) == u"城管局自动保存的正文。"_s);
    // Nor another login's journal: refused by the server, and the section of the same call is not written.
    CHECK_THROWS_AS(SectionSaveRepository(city).saveSections(d.cityReport, {body(citySection, start + 1, u"带着别人的记录。"_s)},
                                                             d.cityDrafter.id, note(d.justiceLogin)),
                    Failure);
    CHECK(d.bodyAsOwner(citySection) == u"城管局自动保存的正文。"_s);
    CHECK(revision(citySection) == start + 1);

    // All or nothing: a stale compare-and-set after a good one leaves both sections as they were.
    const int second = revision(secondSection);
    CHECK_FALSE(SectionSaveRepository(city).saveSections(
        d.cityReport, {body(citySection, start + 1, u"先写的这节。"_s), body(secondSection, second - 1, u"过时的这节。"_s)},
        d.cityDrafter.id, note(d.cityLogin)));
    CHECK(d.bodyAsOwner(citySection) == u"城管局自动保存的正文。"_s);
    CHECK(revision(citySection) == start + 1);
    CHECK(revision(secondSection) == second);
}

TEST_CASE("a revoked login sees nothing any more", "[.][server][access]")
{
    District d;
    LoginRepository(d.owner).revoke(d.justiceLogin);
    PlainSql justice(d.where.server(), d.where.serverDatabase(), d.justiceLogin);
    QString error;
    CHECK(justice.change(u"SELECT COUNT(*) FROM reports"_s, &error) == -1);
    CHECK(error == u"42501"_s);
    CHECK(LoginRepository(d.owner).all().size() == 2);
}

TEST_CASE("a server database gets every migration, recorded with its checksum", "[.][server][schema]")
{
    QTemporaryDir dir;
    test::TestDatabase where{dir, u"schema.sqlite"_s};
    Database db;
    db.open(where.location());
    CHECK(db.engine() == Engine::Postgres);
    const QList<Migration> builtin = Database::builtinMigrations(Engine::Postgres);
    REQUIRE(builtin.size() == Database::builtinMigrations(Engine::Sqlite).size());
    CHECK(db.schemaVersion() == builtin.last().version);
    QSqlQuery q = sql::run(db.connection(), u"SELECT version, checksum FROM schema_migrations ORDER BY version"_s);
    for (const Migration &m : builtin) {
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == m.version);
        CHECK(q.value(1).toString() == m.checksum);
    }
    // Both engines number their migrations alike.
    for (int i = 0; i < builtin.size(); ++i)
        CHECK(builtin.at(i).version == Database::builtinMigrations(Engine::Sqlite).at(i).version);
    // A second client finds nothing to do.
    Database second;
    second.open(where.location());
    CHECK(second.schemaVersion() == builtin.last().version);
}

TEST_CASE("a server whose schema is newer, edited or another program's is refused and left untouched", "[.][server][schema]")
{
    QTemporaryDir dir;
    test::TestDatabase where{dir, u"schema.sqlite"_s};
    {
        Database db;
        db.open(where.location());
    }
    const auto snapshot = [&] {
        PlainSql sql(where.server(), where.serverDatabase(), {});
        return std::pair{sql.number(u"SELECT COUNT(*) FROM schema_migrations"_s),
                         sql.number(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s)};
    };
    SECTION("newer")
    {
        where.server().admin(u"INSERT INTO schema_migrations VALUES (99, 'future', 'x', 'x')"_s, where.serverDatabase());
        const auto before = snapshot();
        Database db;
        try {
            db.open(where.location());
            FAIL("a newer schema was opened");
        } catch (const Failure &f) {
            CHECK(f.kind() == Failure::Kind::Input);
            CHECK(f.message().contains(u"更新版本"_s));
        }
        CHECK(snapshot() == before);
    }
    SECTION("edited")
    {
        where.server().admin(u"UPDATE schema_migrations SET checksum = 'edited' WHERE version = 4"_s, where.serverDatabase());
        Database db;
        CHECK_THROWS_AS(db.open(where.location()), Failure);
    }
    SECTION("another program's")
    {
        QTemporaryDir other;
        test::TestDatabase foreign{other, u"other.sqlite"_s};
        foreign.server().admin(u"CREATE TABLE customers (id integer)"_s, foreign.serverDatabase());
        Database db;
        try {
            db.open(foreign.location());
            FAIL("another program's database was opened");
        } catch (const Failure &f) {
            CHECK(f.message().contains(u"不是法治报告工作台的数据库"_s));
        }
        PlainSql sql(foreign.server(), foreign.serverDatabase(), {});
        CHECK(sql.number(u"SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"_s) == 1);
    }
}

TEST_CASE("a password in the server address is refused before anything is sent or logged", "[.][server][schema]")
{
    Database db;
    try {
        db.open(u"postgresql://clerk:secret-word@127.0.0.1:5432/district"_s);
        FAIL("an address with a password was accepted");
    } catch (const Failure &f) {
        CHECK(f.kind() == Failure::Kind::Input);
        CHECK(f.message().contains(u"PGPASSWORD"_s));
        CHECK_FALSE(f.message().contains(u"secret-word"_s));
        CHECK_FALSE(f.detail().contains(u"secret-word"_s));
    }
}

TEST_CASE("a connection the server dropped is made again, and the next save lands", "[.][server][outage]")
{
    // A server of this test's own: stopping the shared one would cut every other test off.
    QTemporaryDir dir;
    const QString script = QStringLiteral(FAZHI_SOURCE_DIR "/tests/pg/pg-server.sh");
    const QString state = dir.filePath(u"server"_s);
    const auto control = [&](const QString &command) {
        return QProcess::execute(u"bash"_s, {script, command, state});
    };
    REQUIRE(control(u"start"_s) == 0);
    struct Stop
    {
        std::function<void()> f;
        ~Stop() { f(); }
    } stop{[&] { control(u"stop"_s); }};
    const QString folder = test::readText(state + u"/folder"_s).trimmed();
    const int port = test::readText(state + u"/port"_s).trimmed().toInt();
    test::TestServer server{folder, port};
    server.admin(u"CREATE DATABASE outage"_s);

    Database db;
    db.open(server.address(u"outage"_s));
    const qint64 unit = UnitRepository(db).insert({.fullName = u"重庆市江津区城市管理局"_s, .kind = UnitKind::Department});
    const qint64 report = DocumentStore(db).createReport(unit, 2025, false);
    const qint64 section = SectionRepository(db).forReport(report).first().id;
    SectionRepository(db).updateBody(section, u"停机前写下的。"_s);

    REQUIRE(control(u"halt"_s) == 0);
    try {
        SectionRepository(db).updateBody(section, u"停机时写下的。"_s);
        FAIL("a save reached a stopped server");
    } catch (const Failure &f) {
        CHECK(f.message().contains(u"连接断开"_s));
    }
    CHECK(db.transactionDepth() == 0);
    REQUIRE(control(u"resume"_s) == 0);

    // The same Database, no reopening by the caller.
    SectionRepository(db).updateBody(section, u"停机前写下的。停机时写下的。恢复后写下的。"_s);
    Database fresh;
    fresh.open(server.address(u"outage"_s));
    CHECK(SectionRepository(fresh).find(section)->body == u"停机前写下的。停机时写下的。恢复后写下的。"_s);
}

TEST_CASE("a password typed in the connection dialog is held in memory and used by every connection to that address",
          "[.][server][schema]")
{
    District d;
    // No ~/.pgpass entry and no PGPASSWORD: only what the dialog held.
    const QString empty = d.dir.filePath(u"empty-pgpass"_s);
    test::writeFile(empty, QByteArray());
    QFile::setPermissions(empty, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qputenv("PGPASSFILE", QFile::encodeName(empty));
    const QString address = d.address(d.cityLogin);
    const QString display = server::parse(address).display;
    {
        Database refused;
        CHECK_THROWS_AS(refused.open(address), Failure);
    }
    server::holdPassword(display, u"城管-密码-1"_s);
    {
        Database held;
        held.open(address);
        CHECK(ReportRepository(held).find(d.cityReport).has_value());
        Database second; // the autosave writer's own connection finds it too
        second.open(held.path());
        CHECK(ReportRepository(second).find(d.cityReport).has_value());
    }
    server::holdPassword(display, QString());
    Database forgotten;
    CHECK_THROWS_AS(forgotten.open(address), Failure);
}
