// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi check, end to end: exit statuses, the JSON contract, --report with settings and waivers, --fix.
#include "../core/CheckFixtures.h"

#include "import/MarkdownForm.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/SettingsRepository.h"
#include "storage/WaiverRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

namespace {

/// A CLI session that also writes reports in the project's Markdown form for `fazhi check FILE`.
struct CheckCli : CliSession
{
    QString write(const ReportDocument &doc, const QString &name = u"report.md"_s)
    {
        const QString path = dir.filePath(name);
        writeFile(path, MarkdownForm::write(doc).toUtf8());
        return path;
    }
};

QStringList rules(const QJsonObject &o)
{
    QStringList out;
    for (const QJsonValue &v : o.value(u"findings"_s).toArray())
        out.append(v.toObject().value(u"rule"_s).toString());
    return out;
}

ReportDocument soundReport()
{
    DocBuilder b;
    b.standardParts();
    return b.build();
}

} // namespace

TEST_CASE("cli: check FILE --json prints the contract and exits 0 without errors", "[cli][check]")
{
    CheckCli cli;
    const CliResult r = cli({u"--json"_s, u"check"_s, cli.write(soundReport())});
    CHECK(r.exitCode == 0);
    const QJsonObject o = parseJson(r);
    const QJsonObject report = o.value(u"report"_s).toObject();
    CHECK(report.value(u"unit"_s).toString() == u"重庆市江津区城市管理局"_s);
    CHECK(report.value(u"year"_s).toInt() == 2025);
    CHECK(report.value(u"title"_s).toString().contains(u"2025年"_s));
    const QJsonObject summary = o.value(u"summary"_s).toObject();
    CHECK(summary.value(u"errors"_s).toInt() == 0);
    CHECK(summary.value(u"passed"_s).toInt() > 20);
    CHECK(summary.value(u"score"_s).toInt() > 0);
    for (const QJsonValue &v : o.value(u"findings"_s).toArray()) {
        const QJsonObject f = v.toObject();
        for (const QString &key : {u"rule"_s, u"level"_s, u"message"_s, u"part"_s, u"offset"_s, u"length"_s,
                                   u"excerpt"_s, u"suggestion"_s})
            CHECK(f.contains(key));
        CHECK(QStringList{u"error"_s, u"warning"_s, u"info"_s}.contains(f.value(u"level"_s).toString()));
    }
}

TEST_CASE("cli: check exits 1 when a rule at error level fails", "[cli][check]")
{
    CheckCli cli;
    ReportDocument doc = soundReport();
    doc.sections.removeIf([](const Section &s) { return s.heading.contains(u"第一责任人"_s); });
    const CliResult r = cli({u"--json"_s, u"check"_s, cli.write(doc)});
    CHECK(r.exitCode == 1);
    const QJsonObject o = parseJson(r);
    CHECK(rules(o).contains(u"structure.part3.leader-duty"_s));
    CHECK(o.value(u"summary"_s).toObject().value(u"errors"_s).toInt() >= 1);

    const CliResult human = cli({u"check"_s, cli.write(doc)});
    CHECK(human.exitCode == 1);
    CHECK(human.out.contains(u"[错误]"_s));
    CHECK(human.out.contains(u"缺少第三部分"_s));
    CHECK(human.out.contains(u"得分"_s));
}

TEST_CASE("cli: check exits 2 when the input cannot be read", "[cli][check]")
{
    CheckCli cli;
    CHECK(cli({u"check"_s, cli.dir.filePath(u"missing.md"_s)}).exitCode == 2);
    const QString bad = cli.dir.filePath(u"bad.md"_s);
    writeFile(bad, "---\ntitle: 未结束的信息区\n");
    const CliResult r = cli({u"check"_s, bad});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"错误"_s));
    CHECK(cli({u"check"_s}).exitCode == 2);
    CHECK(cli({u"check"_s, u"--report"_s, u"999"_s}).exitCode == 2);
}

TEST_CASE("cli: check --fix prints the corrected plain text", "[cli][check]")
{
    CheckCli cli;
    ReportDocument doc = soundReport();
    doc.sections[0].body = u"加强学习,提高能力。按照《纲要（20212025年）》要求。"_s;
    const CliResult r = cli({u"check"_s, cli.write(doc), u"--fix"_s});
    CHECK(r.out.contains(u"加强学习，提高能力。按照《纲要（2021—2025年）》要求。"_s));
    CHECK_FALSE(r.out.contains(u"学习,提高"_s));
}

TEST_CASE("cli: check --report uses the installation's settings and not-applicable marks", "[cli][check]")
{
    CheckCli cli;
    qint64 id = 0;
    {
        Database db;
        db.open(cli.db);
        ReportDocument doc = soundReport();
        doc.sections[0].body = u"加强 执法，召开会议约10次左右。"_s;
        id = DocumentStore(db).insert(doc);
        SettingsRepository(db).setValue(u"checklist.disabled"_s, u"lint.space"_s);
    }
    QJsonObject o = parseJson(cli({u"--json"_s, u"check"_s, u"--report"_s, QString::number(id)}));
    CHECK_FALSE(rules(o).contains(u"lint.space"_s));
    REQUIRE(rules(o).contains(u"lint.number.approx"_s));
    QString anchor;
    for (const QJsonValue &v : o.value(u"findings"_s).toArray())
        if (v.toObject().value(u"rule"_s).toString() == u"lint.number.approx"_s)
            anchor = v.toObject().value(u"excerpt"_s).toString();
    {
        Database db;
        db.open(cli.db);
        WaiverRepository(db).waive(id, u"lint.number.approx"_s, anchor, u"原文引用，不作改动"_s);
    }
    o = parseJson(cli({u"--json"_s, u"check"_s, u"--report"_s, QString::number(id)}));
    CHECK_FALSE(rules(o).contains(u"lint.number.approx"_s));
}

TEST_CASE("cli: check reads a published report through the importer", "[cli][check]")
{
    CheckCli cli;
    const CliResult r = cli({u"--json"_s, u"check"_s, fixture(u"siping-town-2025.txt"_s)});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    const QJsonObject o = parseJson(r);
    CHECK(rules(o).contains(u"structure.part3.leader-duty"_s));
    CHECK(rules(o).contains(u"lint.dup-char"_s));
}

TEST_CASE("cli: an installation's own checklist file switches rules off and adds words", "[cli][check]")
{
    CheckCli cli;
    QDir().mkpath(cli.dir.filePath(u"data/checklists"_s));
    writeFile(
        cli.dir.filePath(u"data/checklists/local.json"_s),
        R"({"disabled": ["lint.space"], "confusables": [{"wrong": "城管进社区", "right": "城管进社区"}]})");
    ReportDocument doc = soundReport();
    doc.sections[0].body = u"加强 执法，开展城管进社区活动。"_s;
    const QJsonObject o = parseJson(cli({u"--json"_s, u"check"_s, cli.write(doc)}));
    CHECK_FALSE(rules(o).contains(u"lint.space"_s));
    CHECK(rules(o).contains(u"lint.confusable"_s));
}

TEST_CASE("cli: offsets count code points of the text fazhi render --format txt prints", "[cli][check]")
{
    CheckCli cli;
    ReportDocument doc = soundReport();
    doc.sections[0].body = u"\U00020000字加强学习,提高能力。"_s;
    const QString md = cli.write(doc);
    const QString txt = cli.dir.filePath(u"report.txt"_s);
    const CliResult rendered = cli({u"render"_s, md, u"--format"_s, u"txt"_s, u"-o"_s, txt});
    INFO(rendered.err.toStdString());
    REQUIRE(rendered.exitCode == 0);
    const QList<uint> points = readText(txt).toUcs4();
    const QJsonObject o = parseJson(cli({u"--json"_s, u"check"_s, md}));
    int checked = 0;
    for (const QJsonValue &v : o.value(u"findings"_s).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(u"rule"_s).toString() != u"lint.punct.halfwidth"_s)
            continue;
        const int offset = f.value(u"offset"_s).toInt();
        REQUIRE(offset < points.size());
        CHECK(points.at(offset) == uint(u','));
        ++checked;
    }
    CHECK(checked == 1);
}
