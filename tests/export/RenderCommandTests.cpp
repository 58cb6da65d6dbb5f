// SPDX-License-Identifier: GPL-3.0-or-later
// fazhi render, as a clerk's script would call it.
#include "ExportTestSupport.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace fazhi::test;

TEST_CASE("fazhi render writes every format from a report file", "[cli][render]")
{
    REQUIRE(QFileInfo::exists(QStringLiteral(FAZHI_CLI_PATH)));
    CliSession cli;
    const QString input = testData(u"render/jiangjin-cgj-2025.md"_s);
    for (const QString &format : {u"pdf"_s, u"docx"_s, u"html"_s, u"txt"_s, u"md"_s}) {
        INFO(format.toStdString());
        const QString out = cli.dir.filePath(u"报告."_s + format);
        const CliResult r = cli({u"render"_s, input, u"--format"_s, format, u"-o"_s, out});
        CHECK(r.exitCode == 0);
        CHECK(QFileInfo(out).size() > 1000);
    }
    const CliResult bad =
        cli({u"render"_s, input, u"--format"_s, u"odt"_s, u"-o"_s, cli.dir.filePath(u"a.odt"_s)});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"不支持的导出格式"_s));
    const CliResult noDir = cli({u"render"_s, input, u"-o"_s, cli.dir.filePath(u"无/报告.pdf"_s)});
    CHECK(noDir.exitCode == 2); // a folder that does not exist is bad input, like every refused -o
    CHECK(noDir.err.contains(u"不存在"_s));
}

TEST_CASE("A new report renders with its five parts and the unit's signature", "[cli][render]")
{
    REQUIRE(QFileInfo::exists(QStringLiteral(FAZHI_CLI_PATH)));
    CliSession cli;
    REQUIRE(cli({u"init"_s}).exitCode == 0);
    const QJsonObject unit =
        cli.json({u"unit"_s, u"add"_s, u"--name"_s, u"重庆市江津区四屏镇人民政府"_s}).toObject();
    const QString unitId = QString::number(unit.value(u"id"_s).toInteger());
    REQUIRE(cli({u"report"_s, u"new"_s, u"--unit"_s, unitId, u"--year"_s, u"2025"_s}).exitCode == 0);
    const QString out = cli.dir.filePath(u"new.txt"_s);
    REQUIRE(cli({u"render"_s, u"--report"_s, u"1"_s, u"-o"_s, out}).exitCode == 0);
    const QString text = readText(out);
    CHECK(text.contains(u"\n一、2025年推进法治政府建设的主要举措和成效\n"_s));
    CHECK(text.contains(u"\n四、2026年推进法治政府建设的主要安排\n"_s));
    CHECK(text.contains(u"\n五、其他需要报告的情况\n"_s));
    CHECK(text.contains(u"现将2025年法治政府建设情况报告如下："_s));
    CHECK(text.trimmed().endsWith(u"重庆市江津区四屏镇人民政府"_s));
}
