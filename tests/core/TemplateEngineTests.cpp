// SPDX-License-Identifier: GPL-3.0-or-later
// The template engine and the skeleton a new report starts with.
#include "TestSupport.h"

#include "template/ReportSkeleton.h"
#include "template/TemplateContext.h"
#include "template/TemplateEngine.h"
#include "text/ReportLayout.h"
#include "util/Failure.h"
#include "util/Paths.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace fazhi;

namespace {

Unit unitOf(UnitKind kind, const QString &name, QStringList signatories = {}, const QString &addressee = {})
{
    Unit u;
    u.id = 7;
    u.fullName = name;
    u.kind = kind;
    u.signatories = std::move(signatories);
    u.addressee = addressee;
    return u;
}

} // namespace

TEST_CASE("A template value is escaped for the output it goes into", "[template]")
{
    const QVariantMap ctx{{u"name"_s, u"<script>alert(1)</script>*重点*"_s}};
    CHECK(TemplateEngine::render(u"{{name}}"_s, ctx, TemplateEscape::Html) ==
          u"&lt;script&gt;alert(1)&lt;/script&gt;*重点*"_s);
    CHECK(TemplateEngine::render(u"{{name}}"_s, ctx, TemplateEscape::Markdown) ==
          u"\\<script>alert(1)\\</script>\\*重点\\*"_s);
    CHECK(TemplateEngine::render(u"{{{name}}}"_s, ctx, TemplateEscape::Html) ==
          u"<script>alert(1)</script>*重点*"_s);
}

TEST_CASE("A malformed template is refused with a Chinese message", "[template]")
{
    try {
        TemplateEngine::render(u"{{#sections}}未闭合"_s, {}, TemplateEscape::None);
        FAIL("no failure");
    } catch (const Failure &f) {
        CHECK(f.message().startsWith(u"模板有语法错误"_s));
    }
}

TEST_CASE("Metrics render with their measure word, qualifier and year-over-year change", "[template]")
{
    ReportDocument doc;
    doc.unit = unitOf(UnitKind::Department, u"某某区城市管理局"_s);
    doc.report.year = 2025;
    doc.metrics.append({.key = u"admin_review_cases"_s, .value = 1500, .approx = fazhi::Approx::MoreThan});
    auto prev = std::make_shared<ReportDocument>();
    prev->metrics.append({.key = u"admin_review_cases"_s, .value = 1187});
    doc.previous = prev;
    doc.problems.append(
        {.text = u"执法队伍专业化不足"_s, .reason = u"人员流动大"_s, .measure = u"开展轮训"_s});
    const QString out = TemplateEngine::render(
        u"{{#metrics}}{{name}}{{value}}，较上年{{change}}。{{/metrics}}"
        "{{metric.admin_review_cases.value}}|{{#problems}}{{number}}{{text}}，原因：{{reason}}；措施：{{measure}}{{/problems}}"_s,
        TemplateContext::forDocument(doc), TemplateEscape::None);
    CHECK(
        out ==
        u"行政复议案件数1500余件，较上年增长26.37%。1500余件|1.执法队伍专业化不足，原因：人员流动大；措施：开展轮训"_s);
}

TEST_CASE("A new report has the five canonical parts with the right years and guidance",
          "[template][skeleton]")
{
    const Unit unit =
        unitOf(UnitKind::Department, u"重庆市江津区城市管理局"_s,
               {u"中共重庆市江津区城市管理局委员会"_s, u"重庆市江津区城市管理局"_s}, u"区委、区政府"_s);
    const ReportDocument doc = ReportSkeleton::build(unit, 2025);
    const QList<Section> parts = doc.parts();
    REQUIRE(parts.size() == 5);
    for (int p = 0; p < 5; ++p) {
        CHECK(parts.at(p).part == p + 1);
        CHECK(parts.at(p).heading == ReportSkeleton::canonicalHeading(p + 1, 2025));
        CHECK_FALSE(parts.at(p).guidance.isEmpty());
        CHECK(parts.at(p).body.isEmpty());
    }
    CHECK(parts.at(3).heading.startsWith(u"2026年"_s));
    CHECK(doc.report.title == u"重庆市江津区城市管理局关于2025年法治政府建设情况的报告"_s);
    CHECK(doc.report.addressee == u"区委、区政府"_s);
    CHECK(doc.report.signatories ==
          QStringList{u"中共重庆市江津区城市管理局委员会"_s, u"重庆市江津区城市管理局"_s});
    CHECK(doc.report.opening.endsWith(u"现将2025年法治政府建设情况报告如下："_s));
    CHECK(parts.at(0).guidance.contains(u"合法性审查（审核）件数"_s)); // required for departments

    const QString text = ReportLayout::build(doc).plainText();
    CHECK(text.contains(u"\n一、2025年推进法治政府建设的主要举措和成效\n"_s));
    CHECK(text.contains(u"\n四、2026年推进法治政府建设的主要安排\n"_s));
    CHECK_FALSE(text.contains(u"<!--"_s));
}

TEST_CASE("A township's report does not ask for what only governments do", "[template][skeleton]")
{
    const ReportDocument town =
        ReportSkeleton::build(unitOf(UnitKind::Township, u"重庆市江津区四屏镇人民政府"_s), 2025);
    const ReportDocument gov =
        ReportSkeleton::build(unitOf(UnitKind::Government, u"重庆市江津区人民政府"_s), 2025);
    const QString townGuide = town.parts().at(0).guidance;
    CHECK(townGuide.contains(u"综合行政执法"_s));
    CHECK_FALSE(townGuide.contains(u"行政规范性文件报备件数"_s));
    CHECK(gov.parts().at(0).guidance.contains(u"行政规范性文件报备件数"_s));
    CHECK(town.parts().at(2).guidance.contains(u"镇长"_s));
    CHECK(town.report.signatories == QStringList{u"重庆市江津区四屏镇人民政府"_s});
}

TEST_CASE("An installation's own template takes precedence over the built-in one", "[template]")
{
    const QString folder = paths::installationFolder(u"templates"_s) + u"/county"_s;
    QDir().mkpath(folder);
    test::writeFile(
        folder + u"/skeleton.md"_s,
        u"---\ntitle: {{{unit.name}}}{{year}}年度法治政府建设情况报告\n---\n\n# 工作情况 {part=1}\n\n<!-- 写清楚。 -->\n"_s
            .toUtf8());
    CHECK(TemplateEngine::available().contains(u"county"_s));
    CHECK(TemplateEngine::available().contains(u"standard"_s));
    const ReportDocument doc =
        ReportSkeleton::build(unitOf(UnitKind::Government, u"某县人民政府"_s), 2024, u"county"_s);
    CHECK(doc.report.title == u"某县人民政府2024年度法治政府建设情况报告"_s);
    REQUIRE(doc.parts().size() == 1);
    CHECK(doc.parts().first().guidance == u"写清楚。"_s);
    CHECK(doc.report.templateName == u"county"_s);
    QDir(folder).removeRecursively();
    CHECK_THROWS_AS(ReportSkeleton::build(unitOf(UnitKind::Government, u"某县人民政府"_s), 2024, u"county"_s),
                    Failure);
}
