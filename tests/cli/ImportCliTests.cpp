// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi import, end to end: the dry-run JSON, storing, and refusals that leave the database as it was.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fazhi;
using namespace Qt::StringLiterals;

using ImportCli = test::CliSession;

TEST_CASE("cli: import --dry-run --json prints what was recognised and stores nothing", "[cli][import]")
{
    ImportCli cli;
    const QJsonObject o = cli.json({u"import"_s, test::fixture(u"siping-town-2025.txt"_s), u"--dry-run"_s}).toObject();
    CHECK_FALSE(QFile::exists(cli.db));

    CHECK(o.value(u"title"_s).toString().endsWith(u"关于2025年法治政府建设情况的报告"_s));
    CHECK(o.value(u"unit"_s).toString() == u"重庆市江津区四屏镇人民政府"_s);
    CHECK(o.value(u"unit_kind"_s).toString() == u"township"_s);
    CHECK(o.value(u"year"_s).toInt() == 2025);
    CHECK(o.value(u"addressee"_s).toString() == u"区委，区政府"_s);
    CHECK(o.value(u"published"_s).toString() == u"2026-01-19"_s);
    const QJsonObject signature = o.value(u"signature"_s).toObject();
    CHECK(signature.value(u"date"_s).toString() == u"2026-01-13"_s);
    CHECK(signature.value(u"organs"_s).toArray().size() == 2);

    const QJsonArray parts = o.value(u"parts"_s).toArray();
    REQUIRE(parts.size() == 3);
    CHECK(parts.at(0).toObject().value(u"part"_s).toInt() == 1);
    CHECK(parts.at(1).toObject().value(u"part"_s).toInt() == 2);
    CHECK(parts.at(2).toObject().value(u"part"_s).toInt() == 4);
    const QJsonArray subs = parts.at(0).toObject().value(u"subsections"_s).toArray();
    REQUIRE(subs.size() == 7);
    CHECK(subs.at(0).toObject().value(u"heading"_s).toString().startsWith(u"健全依法行政制度体系"_s));
    CHECK(subs.at(0).toObject().value(u"text"_s).toString().startsWith(u"一是严格审查行政规范性文件"_s));

    bool mediations = false;
    for (const QJsonValue &m : o.value(u"metrics"_s).toArray()) {
        const QJsonObject mo = m.toObject();
        for (const QString &field : {u"key"_s, u"label"_s, u"value"_s, u"word"_s, u"approx"_s, u"offset"_s})
            CHECK(mo.contains(field));
        if (mo.value(u"key"_s).toString() == u"mediations"_s) {
            mediations = true;
            CHECK(mo.value(u"value"_s).toDouble() == 136);
            CHECK(mo.value(u"word"_s).toString() == u"件"_s);
            CHECK(mo.value(u"approx"_s).toString() == u"exact"_s);
            CHECK(mo.value(u"label"_s).toString() == u"排查化解矛盾纠纷"_s);
        }
    }
    CHECK(mediations);
    const QJsonArray problems = o.value(u"problems"_s).toArray();
    REQUIRE(problems.size() == 6);
    CHECK_FALSE(problems.at(0).toObject().value(u"reason"_s).toString().isEmpty());
    CHECK(o.value(u"repairs"_s).toArray().size() >= 1);
}

TEST_CASE("cli: import --dry-run --json marks an extra part with part null", "[cli][import]")
{
    ImportCli cli;
    const QJsonObject o = cli.json({u"import"_s, test::fixture(u"jiangjin-cgj-2025.txt"_s), u"--dry-run"_s}).toObject();
    const QJsonArray parts = o.value(u"parts"_s).toArray();
    REQUIRE(parts.size() == 4);
    CHECK(parts.at(1).toObject().value(u"part"_s).isNull());
    CHECK(parts.at(1).toObject().value(u"heading"_s).toString() == u"工作亮点"_s);
    CHECK(o.value(u"signature"_s).toObject().value(u"date"_s).toString() == u"2026-01-21"_s);
    bool said = false;
    for (const QJsonValue &w : o.value(u"warnings"_s).toArray())
        said = said || w.toString().contains(u"2026121"_s);
    CHECK(said);
}

TEST_CASE("cli: import stores the unit and the report in one go", "[cli][import]")
{
    ImportCli cli;
    REQUIRE(cli({u"init"_s}).exitCode == 0);
    const test::CliResult plain = cli({u"import"_s, test::fixture(u"jiulongpo-cgj-2023.txt"_s)});
    INFO(plain.err.toStdString());
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.contains(u"已导入为报告"_s));

    const QJsonObject stored = cli.json({u"import"_s, test::fixture(u"jiangjin-cgj-2025.txt"_s)}).toObject();
    const int reportId = stored.value(u"report_id"_s).toInt();
    REQUIRE(reportId > 0);

    const QJsonObject shown = cli.json({u"report"_s, u"show"_s, QString::number(reportId)}).toObject();
    const QString dump = QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact));
    CHECK(dump.contains(u"重庆市江津区城市管理局关于2025年法治政府建设情况的报告"_s));
    CHECK(dump.contains(u"工作亮点"_s));
    CHECK(dump.contains(u"enforcement_general"_s));
    CHECK(dump.contains(u"前端行业监管与执法还存在差距"_s));

    const QJsonArray units = cli.json({u"unit"_s, u"list"_s}).toArray();
    QStringList names;
    for (const QJsonValue &u : units)
        names.append(u.toObject().value(u"full_name"_s).toString());
    CHECK(names.join(u'|').contains(u"九龙坡区城市管理局"_s));
    CHECK(names.join(u'|').contains(u"重庆市江津区城市管理局"_s));

    // A second import of the same unit's report finds the unit instead of creating it again.
    const qsizetype before = units.size();
    REQUIRE(cli({u"import"_s, test::fixture(u"jiangjin-cgj-2025.txt"_s), u"--year"_s, u"2024"_s}).exitCode == 0);
    CHECK(cli.json({u"unit"_s, u"list"_s}).toArray().size() == before);
}

TEST_CASE("cli: bad input exits 2 with a Chinese message and leaves the database unchanged", "[cli][import]")
{
    ImportCli cli;
    REQUIRE(cli({u"init"_s}).exitCode == 0);
    REQUIRE(cli({u"import"_s, test::fixture(u"siping-town-2025.txt"_s)}).exitCode == 0);
    const QByteArray before = test::sha256(cli.db);
    const qsizetype reportsBefore = cli.json({u"report"_s, u"list"_s}).toArray().size();

    const auto write = [&](const QString &name, const QByteArray &bytes) {
        const QString path = cli.dir.filePath(name);
        test::writeFile(path, bytes);
        return path;
    };
    const QStringList bad{write(u"empty.txt"_s, {}), write(u"fake.docx"_s, "not a zip at all"),
                          write(u"binary.txt"_s, QByteArray("\x00\x01\x02\x03\xff\xfe\x00\x00", 8).repeated(100)),
                          cli.dir.filePath(u"missing.txt"_s)};
    for (const QString &path : bad) {
        INFO(path.toStdString());
        const test::CliResult r = cli({u"import"_s, path});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"错误："_s));
    }
    const test::CliResult noFile = cli({u"import"_s});
    CHECK(noFile.exitCode == 2);
    const test::CliResult badUnit = cli({u"import"_s, test::fixture(u"siping-town-2025.txt"_s), u"--unit"_s, u"999"_s});
    CHECK(badUnit.exitCode == 2);
    CHECK(badUnit.err.contains(u"999"_s));

    CHECK(cli.json({u"report"_s, u"list"_s}).toArray().size() == reportsBefore);
    CHECK(test::sha256(cli.db) == before);
}
