// SPDX-License-Identifier: GPL-3.0-or-later
// Every slip can be put right from the command line: a year out of range is refused, a report's year and
// title can be changed, reports and units can be edited and deleted, with the same rules as the workspace.
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fazhi;
using namespace Qt::StringLiterals;

using Cli = test::CliSession;

namespace {

/// Fixes "today" for the CLI runs of one test (the CLI reads FAZHI_TODAY for its clock).
struct Today
{
    explicit Today(const char *date) { qputenv("FAZHI_TODAY", date); }
    ~Today() { qunsetenv("FAZHI_TODAY"); }
};

QString addUnit(Cli &cli, const QString &name)
{
    const QJsonObject unit = cli.json({u"unit"_s, u"add"_s, u"--name"_s, name}).toObject();
    return QString::number(unit.value(u"id"_s).toInteger());
}

QString newReport(Cli &cli, const QString &unitId, const QString &year)
{
    const QJsonObject report =
        cli.json({u"report"_s, u"new"_s, u"--unit"_s, unitId, u"--year"_s, year}).toObject();
    return QString::number(report.value(u"id"_s).toInteger());
}

int reportCount(Cli &cli)
{
    return int(cli.json({u"report"_s, u"list"_s}).toArray().size());
}

} // namespace

TEST_CASE("cli: a report can be drafted for 2015 to next year, by the clock", "[cli][slips]")
{
    const Today today("2026-03-01");
    Cli cli;
    const QString unit = addUnit(cli, u"某某区司法局"_s);
    for (const QString &year : {u"1925"_s, u"2014"_s, u"2028"_s, u"2052"_s}) {
        INFO(year.toStdString());
        const test::CliResult r = cli({u"report"_s, u"new"_s, u"--unit"_s, unit, u"--year"_s, year});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"报告年度 %1 不在可起草的范围内（2015 至 2027 年）"_s.arg(year)));
        CHECK(r.out.isEmpty());
    }
    CHECK(reportCount(cli) == 0);
    newReport(cli, unit, u"2015"_s);
    newReport(cli, unit, u"2027"_s);
    CHECK(reportCount(cli) == 2);

    // The bound moves with the clock.
    const Today later("2030-06-30");
    newReport(cli, unit, u"2031"_s);
    CHECK(cli({u"report"_s, u"new"_s, u"--unit"_s, unit, u"--year"_s, u"2032"_s}).exitCode == 2);
}

TEST_CASE("cli: report set changes the year, and the years the template wrote follow", "[cli][slips]")
{
    const Today today("2026-01-10");
    Cli cli;
    const QString unit = addUnit(cli, u"某某区司法局"_s);
    const QString id = newReport(cli, unit, u"2026"_s); // meant 2025
    const QString other = newReport(cli, unit, u"2024"_s);

    const test::CliResult moved = cli({u"report"_s, u"set"_s, id, u"--year"_s, u"2025"_s});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(u"年度 2026 → 2025"_s));
    const QJsonObject doc = cli.json({u"report"_s, u"show"_s, id}).toObject();
    CHECK(doc.value(u"year"_s).toInt() == 2025);
    CHECK(doc.value(u"title"_s).toString() == u"某某区司法局关于2025年法治政府建设情况的报告"_s);
    const QString outline = QString::fromUtf8(QJsonDocument(doc.value(u"parts"_s).toArray()).toJson());
    CHECK(outline.contains(u"2025年推进法治政府建设的主要举措和成效"_s));
    CHECK(outline.contains(u"2026年推进法治政府建设的主要安排"_s)); // next year's plans: 2027 → 2026
    CHECK_FALSE(outline.contains(u"2027年"_s));

    // Out of range, taken by another report, no such report: exit 2 with a Chinese line, nothing changed.
    const test::CliResult far = cli({u"report"_s, u"set"_s, id, u"--year"_s, u"2052"_s});
    CHECK(far.exitCode == 2);
    CHECK(far.err.contains(u"不在可起草的范围内"_s));
    const test::CliResult taken = cli({u"report"_s, u"set"_s, id, u"--year"_s, u"2024"_s});
    CHECK(taken.exitCode == 2);
    CHECK(taken.err.contains(u"已有 2024 年度的报告（编号 %1）"_s.arg(other)));
    const test::CliResult missing = cli({u"report"_s, u"set"_s, u"999"_s, u"--year"_s, u"2023"_s});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"找不到编号为 999 的报告"_s));
    CHECK(cli({u"report"_s, u"set"_s, id}).exitCode == 2); // nothing to change
    CHECK(cli.json({u"report"_s, u"show"_s, id}).toObject().value(u"year"_s).toInt() == 2025);

    const test::CliResult titled =
        cli({u"report"_s, u"set"_s, id, u"--title"_s, u"关于2025年法治政府建设情况的报告"_s,
             u"--written-date"_s, u"2026-01-13"_s});
    CHECK(titled.exitCode == 0);
    const QJsonObject after = cli.json({u"report"_s, u"show"_s, id}).toObject();
    CHECK(after.value(u"title"_s).toString() == u"关于2025年法治政府建设情况的报告"_s);
    CHECK(after.value(u"written_date"_s).toString() == u"2026-01-13"_s);
    CHECK(cli({u"report"_s, u"set"_s, id, u"--written-date"_s, u"2026-13-40"_s}).exitCode == 2);
}

TEST_CASE("cli: report delete removes a draft with everything in it", "[cli][slips]")
{
    Cli cli;
    const QString unit = addUnit(cli, u"某某区司法局"_s);
    const QString keep = newReport(cli, unit, u"2024"_s);
    const QString id = newReport(cli, unit, u"2025"_s);
    REQUIRE(cli({u"problem"_s, u"add"_s, u"--report"_s, id, u"--text"_s, u"执法队伍不稳定"_s}).exitCode == 0);

    const test::CliResult deleted = cli({u"report"_s, u"delete"_s, id});
    CHECK(deleted.exitCode == 0);
    CHECK(deleted.out.contains(u"已删除报告 %1"_s.arg(id)));
    const QJsonArray left = cli.json({u"report"_s, u"list"_s}).toArray();
    REQUIRE(left.size() == 1);
    CHECK(QString::number(left.at(0).toObject().value(u"id"_s).toInteger()) == keep);
    CHECK(cli({u"report"_s, u"show"_s, id}).exitCode != 0);

    const test::CliResult again = cli({u"report"_s, u"delete"_s, id});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(u"找不到编号为 %1 的报告"_s.arg(id)));
    CHECK(cli({u"report"_s, u"delete"_s}).exitCode == 2);
    CHECK(cli({u"report"_s, u"delete"_s, u"abc"_s}).exitCode == 2);
    // A report the year can be drafted for again, now that the slip is gone.
    newReport(cli, unit, u"2025"_s);
}

TEST_CASE("cli: a submitted report is never deleted", "[cli][slips]")
{
    Cli cli;
    const QString path = cli.dir.filePath(u"submitted.md"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(u"---\ntitle: 某某区司法局关于2024年法治政府建设情况的报告\nunit: 某某区司法局\nyear: 2024\n"
               u"status: submitted\n---\n\n# 主要举措和成效 {part=1}\n\n正文。\n"_s.toUtf8());
    file.close();
    const test::CliResult imported = cli({u"import"_s, path});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonArray reports = cli.json({u"report"_s, u"list"_s}).toArray();
    REQUIRE(reports.size() == 1);
    const QJsonObject report = reports.at(0).toObject();
    if (report.value(u"status"_s).toString() != u"submitted"_s)
        return; // the importer stores imports as drafts: nothing to check here
    const QString id = QString::number(report.value(u"id"_s).toInteger());
    const test::CliResult refused = cli({u"report"_s, u"delete"_s, id});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"已报送的报告不能删除"_s));
    const QString unit = QString::number(report.value(u"unit_id"_s).toInteger());
    const test::CliResult unitRefused = cli({u"unit"_s, u"delete"_s, unit, u"--with-reports"_s});
    CHECK(unitRefused.exitCode == 2);
    CHECK(reportCount(cli) == 1);
}

TEST_CASE("cli: unit set edits a unit's name, short name, kind and parent", "[cli][slips]")
{
    Cli cli;
    const QString city = addUnit(cli, u"某某市人民政府"_s);
    const QString id = addUnit(cli, u"某某区司法局"_s);
    const test::CliResult set =
        cli({u"unit"_s, u"set"_s, id, u"--name"_s, u"某某区司法局（改）"_s, u"--short"_s, u"区司法局"_s,
             u"--kind"_s, u"department"_s, u"--parent"_s, city});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    QJsonObject unit;
    for (const QJsonValue &v : cli.json({u"unit"_s, u"list"_s}).toArray())
        if (QString::number(v.toObject().value(u"id"_s).toInteger()) == id)
            unit = v.toObject();
    CHECK(unit.value(u"full_name"_s).toString() == u"某某区司法局（改）"_s);
    CHECK(unit.value(u"short_name"_s).toString() == u"区司法局"_s);
    CHECK(QString::number(unit.value(u"parent_id"_s).toInteger()) == city);

    CHECK(cli({u"unit"_s, u"set"_s, id, u"--kind"_s, u"ministry"_s}).exitCode == 2);
    const test::CliResult self = cli({u"unit"_s, u"set"_s, id, u"--parent"_s, id});
    CHECK(self.exitCode == 2);
    CHECK(self.err.contains(u"不能是自己的上级单位"_s));
    const test::CliResult cycle = cli({u"unit"_s, u"set"_s, city, u"--parent"_s, id});
    CHECK(cycle.exitCode == 2);
    CHECK(cycle.err.contains(u"下级单位"_s));
    CHECK(cli({u"unit"_s, u"set"_s, id, u"--parent"_s, u"999"_s}).exitCode == 2);
    const test::CliResult missing = cli({u"unit"_s, u"set"_s, u"999"_s, u"--name"_s, u"某某"_s});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"找不到编号为 999 的单位"_s));
    CHECK(cli({u"unit"_s, u"set"_s, id, u"--name"_s, u" "_s}).exitCode == 2);
    CHECK(cli({u"unit"_s, u"set"_s, id, u"--parent"_s, u"none"_s}).exitCode == 0);
}

TEST_CASE("cli: unit delete refuses a unit with reports, naming them, unless --with-reports", "[cli][slips]")
{
    Cli cli;
    const QString empty = addUnit(cli, u"某某镇人民政府"_s);
    const QString id = addUnit(cli, u"某某区司法局"_s);
    const QString r2024 = newReport(cli, id, u"2024"_s);
    const QString r2025 = newReport(cli, id, u"2025"_s);

    const test::CliResult refused = cli({u"unit"_s, u"delete"_s, id});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"2024年度报告（编号 %1）"_s.arg(r2024)));
    CHECK(refused.err.contains(u"2025年度报告（编号 %1）"_s.arg(r2025)));
    CHECK(refused.err.contains(u"--with-reports"_s));
    CHECK(reportCount(cli) == 2);
    CHECK(cli.json({u"unit"_s, u"list"_s}).toArray().size() == 2);

    const test::CliResult deleted = cli({u"unit"_s, u"delete"_s, id, u"--with-reports"_s});
    CHECK(deleted.exitCode == 0);
    CHECK(deleted.out.contains(u"已删除单位 %1"_s.arg(id)));
    CHECK(reportCount(cli) == 0);

    CHECK(cli({u"unit"_s, u"delete"_s, empty}).exitCode == 0);
    CHECK(cli.json({u"unit"_s, u"list"_s}).toArray().isEmpty());
    const test::CliResult missing = cli({u"unit"_s, u"delete"_s, empty});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"找不到编号为 %1 的单位"_s.arg(empty)));
}

TEST_CASE("cli: --unit takes a unit's name, its short name or a part only one name holds", "[cli][slips]")
{
    const Today today("2026-03-01");
    Cli cli;
    const QString market = addUnit(cli, u"某某区市场监督管理局"_s);
    const QString justice = addUnit(cli, u"某某区司法局"_s);
    const QString town = addUnit(cli, u"某某区某某镇人民政府"_s);
    REQUIRE(cli({u"unit"_s, u"set"_s, justice, u"--short"_s, u"区司法局"_s}).exitCode == 0);

    const auto unitOf = [](const QJsonValue &report) {
        return QString::number(report.toObject().value(u"unit_id"_s).toInteger());
    };
    // The full name, the short name, and a part of one name.
    CHECK(unitOf(cli.json({u"report"_s, u"new"_s, u"--unit"_s, u"某某区市场监督管理局"_s, u"--year"_s, u"2025"_s}))
          == market);
    CHECK(unitOf(cli.json({u"report"_s, u"new"_s, u"--unit"_s, u"区司法局"_s, u"--year"_s, u"2025"_s})) == justice);
    CHECK(unitOf(cli.json({u"report"_s, u"new"_s, u"--unit"_s, u"镇人民政府"_s, u"--year"_s, u"2025"_s})) == town);
    CHECK(cli.json({u"report"_s, u"list"_s, u"--unit"_s, u"市场监督"_s}).toArray().size() == 1);

    // A part that several names hold names them; a name nobody has says how to list units.
    const test::CliResult ambiguous = cli({u"report"_s, u"list"_s, u"--unit"_s, u"某某区"_s});
    CHECK(ambiguous.exitCode == 2);
    CHECK(ambiguous.err.contains(u"可以指 3 个单位"_s));
    CHECK(ambiguous.err.contains(u"某某区司法局"_s));
    const test::CliResult unknown = cli({u"report"_s, u"list"_s, u"--unit"_s, u"教育局"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"没有名为“教育局”的单位"_s));
    // unit set takes the name as its argument too.
    CHECK(cli({u"unit"_s, u"set"_s, u"区司法局"_s, u"--short"_s, u"司法局"_s}).exitCode == 0);
    CHECK(reportCount(cli) == 3);
}
