// SPDX-License-Identifier: GPL-3.0-or-later
// The fazhi command line, end to end, in a temporary directory.
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fazhi;
using namespace Qt::StringLiterals;

using Cli = test::CliSession;

TEST_CASE("cli: init creates the database, a second init changes nothing", "[cli]")
{
    Cli cli;
    const test::CliResult first = cli({u"init"_s});
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(u"数据库已就绪"_s));
    CHECK(QFile::exists(cli.db));
    const QJsonObject again = cli.json({u"init"_s}).toObject();
    CHECK(again.value(u"schema"_s).toInt() >= 2);
}

TEST_CASE("cli: units, reports, metrics and problems end to end", "[cli]")
{
    Cli cli;
    const QJsonObject unit = cli.json({u"unit"_s, u"add"_s, u"--name"_s, u"重庆市江津区城市管理局"_s, u"--signatory"_s,
                                       u"中共重庆市江津区城市管理局委员会,重庆市江津区城市管理局"_s, u"--addressee"_s,
                                       u"区委、区政府"_s})
                                 .toObject();
    CHECK(unit.value(u"kind"_s).toString() == u"department"_s); // guessed from the name
    CHECK(unit.value(u"signatories"_s).toArray().size() == 2);
    const QString unitId = QString::number(unit.value(u"id"_s).toInteger());

    const QJsonArray units = cli.json({u"unit"_s, u"list"_s}).toArray();
    REQUIRE(units.size() == 1);

    const QJsonObject report =
        cli.json({u"report"_s, u"new"_s, u"--unit"_s, unitId, u"--year"_s, u"2024"_s}).toObject();
    const QString r2024 = QString::number(report.value(u"id"_s).toInteger());
    CHECK(report.value(u"parts"_s).toArray().size() == 5);
    CHECK(report.value(u"addressee"_s).toString() == u"区委、区政府"_s);

    CHECK(cli({u"metric"_s, u"set"_s, u"--report"_s, r2024, u"--key"_s, u"enforcement_cases"_s, u"--value"_s,
               u"1200"_s})
              .exitCode == 0);
    const test::CliResult added = cli({u"problem"_s, u"add"_s, u"--report"_s, r2024, u"--text"_s,
                                       u"执法队伍不稳定"_s, u"--reason"_s, u"人员流动性大"_s});
    CHECK(added.exitCode == 0);
    CHECK(added.out.contains(u"已添加问题"_s));

    const QJsonObject next = cli.json({u"report"_s, u"new"_s, u"--unit"_s, unitId, u"--year"_s, u"2025"_s,
                                       u"--from-previous"_s})
                                 .toObject();
    const QString r2025 = QString::number(next.value(u"id"_s).toInteger());
    const QJsonArray carried = next.value(u"problems"_s).toArray();
    REQUIRE(carried.size() == 1);
    CHECK(carried.at(0).toObject().value(u"continues_id"_s).toInteger() > 0);

    const test::CliResult approx = cli({u"metric"_s, u"set"_s, u"--report"_s, r2025, u"--key"_s,
                                        u"enforcement_cases"_s, u"--value"_s, u"1500余"_s});
    CHECK(approx.exitCode == 0);
    CHECK(approx.out.contains(u"1500余件"_s));
    const QJsonArray metrics = cli.json({u"metric"_s, u"list"_s, u"--report"_s, r2025}).toArray();
    REQUIRE(metrics.size() == 1);
    CHECK(metrics.at(0).toObject().value(u"change"_s).toString() == u"增长25%"_s);
    CHECK(metrics.at(0).toObject().value(u"approx"_s).toString() == u"more-than"_s);

    const test::CliResult shown = cli({u"report"_s, u"show"_s, r2025});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(u"（上年延续）"_s));
    CHECK(shown.out.contains(u"较上年增长25%"_s));

    const QJsonArray listed = cli.json({u"report"_s, u"list"_s, u"--unit"_s, unitId}).toArray();
    CHECK(listed.size() == 2);
}

TEST_CASE("cli: failures exit 1, bad usage exits 2, each with one Chinese line and nothing changed", "[cli]")
{
    Cli cli;
    REQUIRE(cli({u"unit"_s, u"add"_s, u"--name"_s, u"区司法局"_s}).exitCode == 0);
    const QByteArray before = test::sha256(cli.db);

    const test::CliResult duplicate = cli({u"unit"_s, u"add"_s, u"--name"_s, u"区司法局"_s});
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.startsWith(u"错误："_s));
    CHECK(duplicate.err.trimmed().count(u'\n') == 0);

    const test::CliResult unknown = cli({u"frobnicate"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"未知命令"_s));

    const test::CliResult missing = cli({u"report"_s, u"new"_s, u"--unit"_s, u"1"_s});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"--year"_s));

    const test::CliResult notNumber = cli({u"report"_s, u"new"_s, u"--unit"_s, u"甲"_s, u"--year"_s, u"2025"_s});
    CHECK(notNumber.exitCode == 2);

    const test::CliResult badMetric = cli({u"metric"_s, u"set"_s, u"--report"_s, u"99"_s, u"--key"_s,
                                           u"admin_review_cases"_s, u"--value"_s, u"很多"_s});
    CHECK(badMetric.exitCode == 2);

    const test::CliResult noPrevious =
        cli({u"report"_s, u"new"_s, u"--unit"_s, u"1"_s, u"--year"_s, u"2025"_s, u"--from-previous"_s});
    CHECK(noPrevious.exitCode == 2);
    CHECK(test::sha256(cli.db) == before);
}

TEST_CASE("cli: a file that is not a database is refused with exit 2 and left alone", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.txt"_s);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("这是一份文字笔记，不是数据库。");
    }
    const QByteArray before = test::sha256(path);
    const test::CliResult r = test::runCli(path, {u"unit"_s, u"list"_s}, dir.filePath(u"data"_s));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"不是"_s));
    CHECK(test::sha256(path) == before);
}

TEST_CASE("cli: FAZHI_DB chooses the database when --db is absent, -v logs to stderr", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"env.sqlite"_s);
    qputenv("FAZHI_DB", db.toUtf8());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FAZHI_DB"_s, db);
    env.insert(u"FAZHI_DATA_DIR"_s, dir.filePath(u"data"_s));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FAZHI_CLI_PATH), {u"-v"_s, u"init"_s, u"--demo"_s});
    REQUIRE(p.waitForFinished(60000));
    qunsetenv("FAZHI_DB");
    CHECK(p.exitCode() == 0);
    CHECK(QFile::exists(db));
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(u"opened database"_s));
    CHECK(QFile::exists(dir.filePath(u"data/logs/fazhi.log"_s)));
    const test::CliResult listed = test::runCli(db, {u"report"_s, u"list"_s}, dir.filePath(u"data"_s));
    CHECK(listed.out.contains(u"示例区城市管理局"_s));
}
