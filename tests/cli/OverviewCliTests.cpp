// SPDX-License-Identifier: GPL-3.0-or-later
// The compliance overview, search and the XLSX workbook over a database made from the three real
// reports (imported as the importer does) plus a unit with reports over two years.
#include "TestSupport.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct District
{
    fazhi::test::CliSession cli;
    QString carriedUnit;

    District()
    {
        for (const QString &f : {u"jiangjin-cgj-2025.txt"_s, u"siping-town-2025.txt"_s, u"jiulongpo-cgj-2023.txt"_s}) {
            const auto r = cli({u"import"_s, fazhi::test::fixture(f)});
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
        }
        // A township with a problem reported in 2024 and carried into 2025.
        carriedUnit = QString::number(
            cli.json({u"unit"_s, u"add"_s, u"--name"_s, u"重庆市江津区白沙镇人民政府"_s, u"--kind"_s, u"township"_s})
                .toObject().value(u"id"_s).toInteger());
        const QString r2024 = id(cli.json({u"report"_s, u"new"_s, u"--unit"_s, carriedUnit, u"--year"_s, u"2024"_s}));
        cli.json({u"problem"_s, u"add"_s, u"--report"_s, r2024, u"--text"_s, u"基层执法人员法治素养有待提升"_s,
                  u"--due"_s, u"2025-06-30"_s});
        cli.json({u"report"_s, u"new"_s, u"--unit"_s, carriedUnit, u"--year"_s, u"2025"_s, u"--from-previous"_s});
    }
    static QString id(const QJsonValue &v) { return QString::number(v.toObject().value(u"id"_s).toInteger()); }

    QJsonObject row(const QJsonArray &rows, const QString &unitPart)
    {
        for (const QJsonValue &v : rows)
            if (v.toObject().value(u"unit"_s).toString().contains(unitPart))
                return v.toObject();
        FAIL("no row for " << unitPart.toStdString());
        return {};
    }
    QJsonArray overview(const QString &today)
    {
        return cli.json({u"overview"_s, u"--year"_s, u"2025"_s, u"--today"_s, today}).toArray();
    }
};

} // namespace

TEST_CASE("the overview shows each unit's deadlines, missing parts and problems for the year", "[cli][overview]")
{
    District d;
    const QJsonArray onDeadline = d.overview(u"2026-03-01"_s);
    CHECK(onDeadline.size() == 4);

    const QJsonObject jiangjin = d.row(onDeadline, u"江津区城市管理局"_s);
    CHECK(jiangjin.value(u"status"_s).toString() == u"published"_s);
    CHECK(jiangjin.value(u"published"_s).toString() == u"2026-02-28"_s);
    CHECK(jiangjin.value(u"submit_due"_s).toString() == u"2026-03-01"_s);
    CHECK(jiangjin.value(u"publish_due"_s).toString() == u"2026-04-01"_s);
    CHECK_FALSE(jiangjin.value(u"publish_late"_s).toBool());
    CHECK_FALSE(jiangjin.value(u"submit_late"_s).toBool());

    const QJsonObject siping = d.row(onDeadline, u"四屏镇"_s);
    const QJsonArray missing = siping.value(u"missing_parts"_s).toArray();
    CHECK(missing.contains(3));
    CHECK_FALSE(missing.contains(1));

    // The 2023 report's unit has no 2025 report: on the deadline it is not yet late, the day after it is.
    CHECK(d.row(onDeadline, u"九龙坡"_s).value(u"status"_s).toString() == u"missing"_s);
    CHECK_FALSE(d.row(onDeadline, u"九龙坡"_s).value(u"submit_late"_s).toBool());
    CHECK(d.row(d.overview(u"2026-03-02"_s), u"九龙坡"_s).value(u"submit_late"_s).toBool());

    // The township's draft: not submitted, late after 1 March, not published, late after 1 April.
    const QJsonObject before = d.row(onDeadline, u"白沙镇"_s);
    CHECK(before.value(u"status"_s).toString() == u"draft"_s);
    CHECK_FALSE(before.value(u"submit_late"_s).toBool());
    const QJsonObject after = d.row(d.overview(u"2026-04-02"_s), u"白沙镇"_s);
    CHECK(after.value(u"submit_late"_s).toBool());
    CHECK(after.value(u"publish_late"_s).toBool());
    // Its problem, carried from 2024 and past its due date: open, overdue, repeated two years running.
    CHECK(after.value(u"problems_open"_s).toInt() == 1);
    CHECK(after.value(u"problems_overdue"_s).toInt() == 1);
    CHECK(after.value(u"problems_repeated"_s).toInt() == 1);
    CHECK(after.value(u"metrics_missing"_s).toInt() > 0);
    CHECK(after.value(u"errors"_s).toInt() > 0); // an empty draft misses what the checklist requires
}

TEST_CASE("search finds one, two and many characters across all reports, with the hit in its excerpt", "[cli][search]")
{
    District d;
    for (const QString &query : {u"镇"_s, u"普法"_s, u"行政复议"_s, u"谁执法谁普法"_s}) {
        INFO(query.toStdString());
        const QJsonArray hits = d.cli.json({u"search"_s, query}).toArray();
        REQUIRE_FALSE(hits.isEmpty());
        for (const QJsonValue &v : hits) {
            const QJsonObject h = v.toObject();
            const QString excerpt = h.value(u"excerpt"_s).toString();
            CHECK(excerpt.mid(h.value(u"hit_start"_s).toInt(), h.value(u"hit_length"_s).toInt()) == query);
        }
    }
    // Filters by year and unit.
    const QJsonArray in2023 = d.cli.json({u"search"_s, u"行政复议"_s, u"--year"_s, u"2023"_s}).toArray();
    REQUIRE_FALSE(in2023.isEmpty());
    for (const QJsonValue &v : in2023)
        CHECK(v.toObject().value(u"year"_s).toInt() == 2023);
    CHECK(d.cli.json({u"search"_s, u"这段文字不在任何报告里"_s}).toArray().isEmpty());
}

TEST_CASE("the overview workbook holds the right values in the right cells", "[cli][overview][xlsx]")
{
    District d;
    const QString path = d.cli.dir.filePath(u"通报.xlsx"_s);
    const auto r = d.cli({u"overview"_s, u"--year"_s, u"2025"_s, u"--today"_s, u"2026-04-02"_s, u"--xlsx"_s, path});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto part = [&](const QString &name) {
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-p"_s, path, name});
        REQUIRE(unzip.waitForFinished(30000));
        REQUIRE(unzip.exitCode() == 0);
        return QString::fromUtf8(unzip.readAllStandardOutput());
    };
    QStringList strings;
    static const QRegularExpression text(u"<t[^>]*>([^<]*)</t>"_s);
    for (auto it = text.globalMatch(part(u"xl/sharedStrings.xml"_s)); it.hasNext();)
        strings << it.next().captured(1);
    REQUIRE(strings.size() > 20);
    CHECK(strings.first() == u"单位"_s);
    // Cell A2 holds the first unit's name (a shared string), C2 the year as a number.
    const QString sheet = part(u"xl/worksheets/sheet1.xml"_s);
    static const QRegularExpression a2(u"<c r=\"A2\"[^>]*t=\"s\"[^>]*><v>(\\d+)</v>"_s);
    const auto m = a2.match(sheet);
    REQUIRE(m.hasMatch());
    CHECK(strings.at(m.captured(1).toInt()).contains(u"城市管理局"_s));
    static const QRegularExpression c2(u"<c r=\"C2\"[^>]*><v>2025</v>"_s);
    CHECK(c2.match(sheet).hasMatch());
    CHECK(strings.contains(u"逾期未报"_s));
    CHECK(sheet.contains(u"<pane "_s)); // frozen header
    const QString problems = part(u"xl/worksheets/sheet3.xml"_s);
    CHECK(problems.contains(u"<c r=\"A2\""_s));
}
