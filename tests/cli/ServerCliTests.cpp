// SPDX-License-Identifier: GPL-3.0-or-later
// Moving an office onto the district's server and back (fazhi db copy), and logins (fazhi admin grant).
// Tagged [.][server]: run by the suite's PostgreSQL registration.
#include "TestSupport.h"

using namespace Qt::StringLiterals;

namespace {

QString id(const QJsonValue &v) { return QString::number(v.toObject().value(u"id"_s).toInteger()); }

/// An office's SQLite file with three real reports, people, a review round with comments and versions.
struct Office
{
    QTemporaryDir dir;
    QString file = dir.filePath(u"office.sqlite"_s);
    QString report;

    fazhi::test::CliResult cli(const QString &db, const QStringList &args)
    {
        return fazhi::test::runCli(db, args, dir.filePath(u"data"_s));
    }
    QJsonValue json(const QString &db, const QStringList &args)
    {
        const auto r = cli(db, QStringList{u"--json"_s} + args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QJsonDocument doc = fazhi::test::parseJsonDocument(r);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }

    Office()
    {
        for (const QString &f : {u"jiangjin-cgj-2025.txt"_s, u"siping-town-2025.txt"_s, u"jiulongpo-cgj-2023.txt"_s})
            REQUIRE(cli(file, {u"import"_s, fazhi::test::fixture(f)}).exitCode == 0);
        const QJsonArray reports = json(file, {u"report"_s, u"list"_s}).toArray();
        REQUIRE(reports.size() == 3);
        const QString unit = QString::number(reports.first().toObject().value(u"unit_id"_s).toInteger());
        // The imported reports are published; the review round runs on the unit's next one.
        report = id(json(file, {u"report"_s, u"new"_s, u"--unit"_s, unit, u"--year"_s, u"2026"_s, u"--from-previous"_s}));
        json(file, {u"user"_s, u"add"_s, u"--name"_s, u"张起草"_s, u"--unit"_s, unit, u"--role"_s, u"drafter"_s});
        json(file, {u"user"_s, u"add"_s, u"--name"_s, u"王督察"_s, u"--unit"_s, unit, u"--role"_s, u"reviewer,signer"_s});
        json(file, {u"--as"_s, u"张起草"_s, u"report"_s, u"submit"_s, u"--report"_s, report});
        json(file, {u"--as"_s, u"王督察"_s, u"comment"_s, u"add"_s, u"--report"_s, report, u"--text"_s, u"请补充数据"_s});
        json(file, {u"--as"_s, u"王督察"_s, u"report"_s, u"return"_s, u"--report"_s, report});
        json(file, {u"--as"_s, u"张起草"_s, u"report"_s, u"submit"_s, u"--report"_s, report});
        json(file, {u"--as"_s, u"王督察"_s, u"report"_s, u"approve"_s, u"--report"_s, report});
    }
    /// What the program shows of a database: reports, one report whole, its versions, comments, audit trail.
    QJsonObject view(const QString &db)
    {
        QJsonObject v;
        v.insert(u"reports"_s, json(db, {u"report"_s, u"list"_s}));
        v.insert(u"report"_s, json(db, {u"report"_s, u"show"_s, report}));
        v.insert(u"versions"_s, json(db, {u"version"_s, u"list"_s, u"--report"_s, report}));
        v.insert(u"comments"_s, json(db, {u"comment"_s, u"list"_s, u"--report"_s, report}));
        v.insert(u"audit"_s, json(db, {u"audit"_s, u"list"_s}));
        v.insert(u"search"_s, json(db, {u"search"_s, u"执法"_s, u"--limit"_s, u"50"_s}));
        return v;
    }
};

} // namespace

TEST_CASE("an office moves onto the server and back row for row, its audit chain intact", "[.][server][copy]")
{
    Office office;
    QTemporaryDir serverDir;
    fazhi::test::TestDatabase server{serverDir, u"unused.sqlite"_s};
    REQUIRE(server.isServer());
    const QJsonObject before = office.view(office.file);

    const QJsonObject copied = office.json({}, {u"db"_s, u"copy"_s, u"--from"_s, office.file, u"--to"_s, server.location()})
                                   .toObject();
    CHECK(copied.value(u"tables"_s).toObject().value(u"reports"_s).toInt() == 4);
    CHECK(copied.value(u"tables"_s).toObject().value(u"audit_log"_s).toInt() >= 4);
    CHECK(office.cli(server.location(), {u"audit"_s, u"verify"_s}).exitCode == 0);
    CHECK(office.view(server.location()) == before);

    // And back into a new file: the same again.
    const QString back = office.dir.filePath(u"back.sqlite"_s);
    office.json({}, {u"db"_s, u"copy"_s, u"--from"_s, server.location(), u"--to"_s, back});
    CHECK(office.cli(back, {u"audit"_s, u"verify"_s}).exitCode == 0);
    CHECK(office.view(back) == before);

    // Work goes on on the server: new ids follow the copied ones.
    const auto added = office.cli(server.location(), {u"--as"_s, u"王督察"_s, u"comment"_s, u"add"_s, u"--report"_s,
                                                      office.report, u"--text"_s, u"迁移后的批注"_s});
    CHECK(added.exitCode == 0);

    // A target that already holds reports is refused and keeps what it had.
    const auto again = office.cli({}, {u"db"_s, u"copy"_s, u"--from"_s, office.file, u"--to"_s, server.location()});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(u"已有单位或报告"_s));
    CHECK(office.json(server.location(), {u"comment"_s, u"list"_s, u"--report"_s, office.report}).toArray().size() == 2);
}

TEST_CASE("fazhi admin grant gives a person a login that sees their own unit only, and revoke takes it away",
          "[.][server][access]")
{
    Office office;
    QTemporaryDir serverDir;
    fazhi::test::TestDatabase server{serverDir, u"unused.sqlite"_s};
    office.json({}, {u"db"_s, u"copy"_s, u"--from"_s, office.file, u"--to"_s, server.location()});
    const QString login = u"clerk_"_s + server.serverDatabase().mid(QStringLiteral("fazhi_test_").size());
    const QString password = u"起草人的密码"_s;
    const auto granted = fazhi::test::runCli(server.location(),
                                             {u"admin"_s, u"grant"_s, u"--login"_s, login, u"--person"_s, u"张起草"_s,
                                              u"--password-stdin"_s},
                                             office.dir.filePath(u"data"_s), (password + u'\n').toUtf8());
    INFO(granted.err.toStdString());
    REQUIRE(granted.exitCode == 0);
    CHECK_FALSE(granted.out.contains(password));

    const QString passFile = office.dir.filePath(u"pgpass"_s);
    fazhi::test::writeFile(passFile, u"127.0.0.1:%1:*:%2:%3\n"_s.arg(server.server().port).arg(login, password).toUtf8());
    QFile::setPermissions(passFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qputenv("PGPASSFILE", QFile::encodeName(passFile));
    const QString asClerk = server.server().address(server.serverDatabase(), login);
    const QJsonArray seen = office.json(asClerk, {u"report"_s, u"list"_s}).toArray();
    // Of the four reports of three units: the two of the clerk's own unit.
    REQUIRE(seen.size() == 2);
    CHECK(seen.at(0).toObject().value(u"unit_id"_s) == seen.at(1).toObject().value(u"unit_id"_s));
    CHECK((id(seen.at(0)) == office.report || id(seen.at(1)) == office.report));
    // The acting person is the login's: naming another is refused.
    const auto pretend = office.cli(asClerk, {u"--as"_s, u"王督察"_s, u"report"_s, u"approve"_s, u"--report"_s, office.report});
    CHECK(pretend.exitCode == 2);

    REQUIRE(office.cli(server.location(), {u"admin"_s, u"revoke"_s, u"--login"_s, login}).exitCode == 0);
    const auto after = office.cli(asClerk, {u"report"_s, u"list"_s});
    CHECK(after.exitCode != 0);
}
