// SPDX-License-Identifier: GPL-3.0-or-later
// The importer on the three published reports as they were copied from government websites.
#include "import/Importer.h"
#include "import/MarkdownForm.h"
#include "text/ReportLayout.h"

#include "TestSupport.h"

using namespace Qt::StringLiterals;
using namespace fazhi;

namespace {

ImportResult importFixture(const QString &name) { return Importer::importFile(test::fixture(name)); }

QList<Section> subsOf(const ReportDocument &doc, int partIndex) { return doc.subsections(doc.parts().at(partIndex).id); }

const MetricCandidate *candidate(const ImportResult &r, const QString &key)
{
    for (const MetricCandidate &c : r.candidates)
        if (c.key == key)
            return &c;
    return nullptr;
}

bool anyContains(const QStringList &list, const QString &needle)
{
    for (const QString &s : list)
        if (s.contains(needle))
            return true;
    return false;
}

/// Every candidate's offset points at its figure in the report's plain text.
void requireOffsetsPointAtFigures(const ImportResult &r)
{
    const QString plain = ReportLayout::build(r.document).plainText();
    for (const MetricCandidate &c : r.candidates) {
        INFO(c.label.toStdString() << " " << c.excerpt.toStdString());
        REQUIRE(c.offset >= 0);
        REQUIRE(plain.at(c.offset).isDigit());
    }
}

} // namespace

TEST_CASE("Jiangjin 2025: department report with an extra part, a combined part and a damaged date", "[import]")
{
    const ImportResult r = importFixture(u"jiangjin-cgj-2025.txt"_s);
    const ReportDocument &doc = r.document;

    CHECK(doc.report.title == u"重庆市江津区城市管理局关于2025年法治政府建设情况的报告"_s);
    CHECK(doc.unit.fullName == u"重庆市江津区城市管理局"_s);
    CHECK(doc.unit.kind == UnitKind::Department);
    CHECK(doc.report.year == 2025);
    CHECK(doc.report.addressee == u"区委、区政府"_s);
    CHECK(doc.report.opening.startsWith(u"2025年，在委、政府的正确领导下"_s));
    CHECK(doc.report.opening.endsWith(u"2025年法治政府建设情况报告如下："_s));

    SECTION("parts: measures, the extra 工作亮点, then 存在问题和下一步工作打算 split into parts 2 and 4")
    {
        const QList<Section> parts = doc.parts();
        REQUIRE(parts.size() == 4);
        CHECK(parts.at(0).part == 1);
        CHECK(parts.at(0).heading == u"主要做法和成效"_s);
        CHECK(parts.at(1).part == 0);
        CHECK(parts.at(1).heading == u"工作亮点"_s);
        CHECK(parts.at(2).part == 2);
        CHECK(parts.at(2).heading == u"存在问题"_s);
        CHECK(parts.at(2).body.contains(u"主要存在以下具体问题：一是前端行业监管"_s));
        CHECK(parts.at(3).part == 4);
        CHECK(parts.at(3).heading == u"下一步工作打算"_s);
        CHECK(parts.at(3).body.startsWith(u"持续深入学习贯彻习近平法治思想"_s));
        CHECK(anyContains(r.warnings, u"工作亮点"_s));
        CHECK(anyContains(r.warnings, u"拆为两个部分"_s));
        // Part 3 is only a sentence of part 1 （一）.
        CHECK(anyContains(r.warnings, u"没有单独的第三部分"_s));
        CHECK(anyContains(r.warnings, u"第一部分“主要做法和成效”（一）的正文中提到"_s));
    }

    SECTION("run-in subsections, stored without number or closing 。")
    {
        const QList<Section> measures = subsOf(doc, 0);
        REQUIRE(measures.size() == 4);
        for (const Section &s : measures)
            CHECK(s.runIn);
        CHECK(measures.at(0).heading == u"深入贯彻落实习近平法治思想，认真履行推进法治政府建设职责"_s);
        CHECK(measures.at(0).body.startsWith(u"一是深学笃用"_s));
        // The heading that lost its 。 and runs into 一是 is split there, and the repair is listed.
        CHECK(measures.at(1).heading == u"全面提升行政审批服务效能持续打造优质高效的法治化营商环境"_s);
        CHECK(measures.at(1).body.startsWith(u"一是深化行政审批改革。"_s));
        CHECK(anyContains(r.repairs, u"全面提升行政审批服务效能"_s));
        CHECK(measures.at(3).heading == u"落实“谁执法谁普法”普法责任制，积极组织开展法治宣传教育"_s);
        // 工作亮点 starts at （二）: the paragraph before it is taken as （一） and the clerk is told.
        const QList<Section> highlights = subsOf(doc, 1);
        REQUIRE(highlights.size() == 2);
        CHECK(highlights.at(0).heading == u"推行“群众监督员”制度，助力城市管理法规宣传普及"_s);
        CHECK(highlights.at(1).heading.startsWith(u"开展“城管进社区”活动"_s));
        CHECK(doc.parts().at(1).body.startsWith(u"按照“谁执法谁普法”责任制要求"_s));
        CHECK(anyContains(r.warnings, u"（二）开始"_s));
    }

    SECTION("signature of two organs on one line, the damaged date inferred and said so, the publish date kept")
    {
        CHECK(doc.report.signatories == QStringList{u"中共重庆市江津区城市管理局委员会"_s, u"重庆市江津区城市管理局"_s});
        CHECK(doc.report.writtenDate == QDate(2026, 1, 21));
        CHECK(anyContains(r.warnings, u"2026121"_s));
        CHECK(anyContains(r.warnings, u"2026年1月21日"_s));
        CHECK(doc.report.publishedDate == QDate(2026, 2, 28));
    }

    SECTION("furniture removed, flattened punctuation restored once")
    {
        const QString plain = ReportLayout::build(doc).plainText();
        for (const QString &furniture : {u"当前位置"_s, u"发布日期"_s, u"扫一扫"_s, u"分享文章到"_s, u"国务院部门网站"_s, u"版权所有"_s, u"关注公众号"_s})
            CHECK_FALSE(plain.contains(furniture));
        CHECK_FALSE(plain.contains(u"区,"_s));
        CHECK(plain.contains(u"（二）全面提升行政审批服务效能"_s));
        int punctuationRepairs = 0;
        for (const QString &s : r.repairs)
            punctuationRepairs += s.contains(u"全角"_s) ? 1 : 0;
        CHECK(punctuationRepairs == 1);
    }

    SECTION("figures and the metrics they map to")
    {
        requireOffsetsPointAtFigures(r);
        const MetricCandidate *general = candidate(r, u"enforcement_general"_s);
        REQUIRE(general);
        CHECK(general->value == 362);
        CHECK(general->word == u"件"_s);
        const MetricCandidate *materials = candidate(r, u"publicity_materials"_s);
        REQUIRE(materials);
        CHECK(materials->value == 5000);
        CHECK(materials->approx == fazhi::Approx::MoreThan);
        REQUIRE(doc.metric(u"enforcement_cases"_s));
        CHECK(doc.metric(u"enforcement_cases"_s)->value == 198); // not the 19 clues of "立案查处…线索19件"
        REQUIRE(doc.metric(u"exam_pass_rate"_s));
        CHECK(doc.metric(u"exam_pass_rate"_s)->value == 100);
        REQUIRE(doc.metric(u"training_attendance"_s));
        CHECK(doc.metric(u"training_attendance"_s)->value == 2000);
        // Figures no metric names are still candidates.
        bool meetings = false;
        for (const MetricCandidate &c : r.candidates)
            meetings = meetings || (c.value == 65 && c.word == u"次"_s && c.key.isEmpty());
        CHECK(meetings);
    }

    SECTION("problems: 一是……二是……三是…… of 存在问题, the run-on 二是 included")
    {
        REQUIRE(doc.problems.size() == 3);
        CHECK(doc.problems.at(0).text == u"前端行业监管与执法还存在差距，执法工作量及难度均较大"_s);
        CHECK(doc.problems.at(1).text.startsWith(u"部分历史遗留问题"_s));
        CHECK(doc.problems.at(2).text.startsWith(u"各镇街大队执法人员流动性大"_s));
    }
}

TEST_CASE("Jiulongpo 2023: parts in the order 1-3-2-4, no addressee, no signature", "[import]")
{
    const ImportResult r = importFixture(u"jiulongpo-cgj-2023.txt"_s);
    const ReportDocument &doc = r.document;

    CHECK(doc.report.title == u"区城市管理局关于2023年度法治政府建设情况的报告"_s);
    CHECK(doc.unit.fullName == u"九龙坡区城市管理局"_s);
    CHECK(doc.unit.kind == UnitKind::Department);
    CHECK(doc.report.year == 2023);
    CHECK(doc.report.addressee.isEmpty());
    CHECK(doc.report.opening.endsWith(u"现将有关情况报告如下。"_s));
    CHECK(doc.report.signatories.isEmpty());
    CHECK_FALSE(doc.report.writtenDate.isValid());
    CHECK(doc.report.publishedDate == QDate(2024, 3, 6));
    CHECK(anyContains(r.warnings, u"署名"_s));

    const QList<Section> parts = doc.parts();
    REQUIRE(parts.size() == 4);
    CHECK(parts.at(0).part == 1);
    CHECK(parts.at(0).heading == u"2023年法治政府建设工作情况"_s);
    CHECK(parts.at(1).part == 3);
    CHECK(parts.at(1).heading == u"主要负责人履行推进法治建设第一责任人职责情况"_s);
    CHECK(parts.at(2).part == 2);
    CHECK(parts.at(2).heading == u"存在的主要问题"_s);
    CHECK(parts.at(3).part == 4);
    CHECK(parts.at(3).heading == u"下一步工作打算"_s);
    CHECK(anyContains(r.warnings, u"顺序"_s));

    CHECK(subsOf(doc, 0).size() == 9);
    CHECK(subsOf(doc, 1).size() == 4);
    CHECK(subsOf(doc, 2).isEmpty());
    const QList<Section> plans = subsOf(doc, 3);
    REQUIRE(plans.size() == 5);
    CHECK(plans.at(0).heading == u"持续深化“放管服”改革优化营商环境"_s);
    CHECK(parts.at(3).body.startsWith(u"2024年，区城市管理局将以"_s));
    CHECK(subsOf(doc, 0).at(8).heading == u"加强数字化建设，健全法治政府建设科技保障体系"_s);
    // The flattened brackets of a document number are restored, the lost 〕 is left for the checker.
    CHECK(doc.report.opening.contains(u"（渝城管局〔202383号）"_s));

    requireOffsetsPointAtFigures(r);
    const QList<std::pair<QString, double>> expected{{u"admin_review_cases"_s, 8},  {u"admin_litigation_cases"_s, 13},
                                                     {u"leader_court_rate"_s, 100}, {u"petitions"_s, 2691},
                                                     {u"petitions_closed_rate"_s, 100}, {u"legal_adviser_consults"_s, 500},
                                                     {u"publicity_materials"_s, 5000}, {u"permits_handled"_s, 3767}};
    for (const auto &[key, value] : expected) {
        INFO(key.toStdString());
        REQUIRE(doc.metric(key));
        CHECK(doc.metric(key)->value == value);
    }
    const MetricCandidate *review = candidate(r, u"admin_review_cases"_s);
    REQUIRE(review);
    CHECK(review->label == u"处理行政复议案"_s);
    CHECK(ReportLayout::build(doc).plainText().mid(review->offset, 2) == u"8件"_s);
    bool posters = false;
    bool money = false;
    for (const MetricCandidate &c : r.candidates) {
        posters = posters || (c.value == 19000 && c.word == u"处"_s && c.approx == fazhi::Approx::MoreThan);
        money = money || (c.value == 1262 && c.word == u"万元"_s && c.approx == fazhi::Approx::MoreThan);
    }
    CHECK(posters); // 1.9万余处
    CHECK(money);   // 1262余万元

    REQUIRE(doc.problems.size() == 5);
    CHECK(doc.problems.at(0).text == u"城市管理领域法治政府建设相关配套制度建设还需要加强"_s);
    CHECK(doc.problems.at(4).text.startsWith(u"部分城市管理领域执法事项赋权镇街后"_s));
}

TEST_CASE("Siping 2025: township report signed by two organs, part 2 with its reasons", "[import]")
{
    const ImportResult r = importFixture(u"siping-town-2025.txt"_s);
    const ReportDocument &doc = r.document;

    CHECK(doc.report.title == u"中共重庆市江津区四屏镇委员会重庆市江津区四屏镇人民政府关于2025年法治政府建设情况的报告"_s);
    CHECK(doc.unit.fullName == u"重庆市江津区四屏镇人民政府"_s);
    CHECK(doc.unit.kind == UnitKind::Township);
    CHECK(doc.report.year == 2025);
    CHECK(doc.report.addressee == u"区委，区政府"_s);
    CHECK(doc.report.signatories == QStringList{u"中共重庆市江津区四屏镇委员会"_s, u"重庆市江津区四屏镇人民政府"_s});
    CHECK(doc.report.writtenDate == QDate(2026, 1, 13));
    CHECK(doc.report.publishedDate == QDate(2026, 1, 19));
    CHECK_FALSE(anyContains(r.repairs, u"硬换行"_s));

    const QList<Section> parts = doc.parts();
    REQUIRE(parts.size() == 3);
    CHECK(parts.at(0).part == 1);
    CHECK(parts.at(0).heading == u"2025年推进法治政府建设的主要举措和成效"_s);
    CHECK(parts.at(1).part == 2);
    CHECK(parts.at(1).heading == u"2025年推进法治政府建设存在的不足和原因"_s);
    CHECK(parts.at(2).part == 4);
    CHECK(parts.at(2).heading == u"下一步整改措施"_s);
    CHECK(anyContains(r.warnings, u"第三部分"_s));

    CHECK(subsOf(doc, 0).size() == 7);
    const QList<Section> shortcomings = subsOf(doc, 1);
    REQUIRE(shortcomings.size() == 7);
    CHECK(shortcomings.at(0).heading == u"法治意识与学用转化不足："_s);
    CHECK(shortcomings.at(0).body.startsWith(u"部分干部法治学习流于表面"_s));
    CHECK(shortcomings.at(1).heading == u"行政执法专业化水平待提升："_s);
    CHECK(shortcomings.at(6).heading == u"主要原因："_s);
    CHECK(subsOf(doc, 2).size() == 4);
    CHECK(subsOf(doc, 2).at(3).heading == u"强化依法决策、民主决策、科学决策"_s);

    // Six problems, each with a reason: its own "因……导致" sentence, or the 主要原因 subsection.
    REQUIRE(doc.problems.size() == 6);
    CHECK(doc.problems.at(0).text.startsWith(u"法治意识与学用转化不足：部分干部"_s));
    for (const Problem &p : doc.problems)
        CHECK_FALSE(p.reason.isEmpty());
    CHECK(doc.problems.at(4).reason.startsWith(u"因征地拆迁和养老保险"_s));
    CHECK(doc.problems.at(2).reason.contains(u"普法宣传载体形式单一"_s));

    requireOffsetsPointAtFigures(r);
    REQUIRE(doc.metric(u"mediations"_s));
    CHECK(doc.metric(u"mediations"_s)->value == 136);
    REQUIRE(doc.metric(u"petitions"_s));
    CHECK(doc.metric(u"petitions"_s)->value == 34);
    REQUIRE(doc.metric(u"petitions_closed_rate"_s));
    CHECK(doc.metric(u"petitions_closed_rate"_s)->value == 100);
    bool messages = false;
    for (const MetricCandidate &c : r.candidates)
        messages = messages || (c.value == 15000 && c.word == u"条"_s && c.approx == fazhi::Approx::MoreThan); // 超1.5万余条
    CHECK(messages);
}

TEST_CASE("Imported fixtures survive the Markdown form unchanged", "[import][markdown]")
{
    for (const QString &name : {u"jiangjin-cgj-2025.txt"_s, u"jiulongpo-cgj-2023.txt"_s, u"siping-town-2025.txt"_s}) {
        INFO(name.toStdString());
        const ImportResult first = importFixture(name);
        const QString markdown = MarkdownForm::write(first.document);
        const ImportResult second = Importer::importText(markdown);
        const ReportDocument &a = first.document;
        const ReportDocument &b = second.document;
        CHECK(b.report.title == a.report.title);
        CHECK(b.unit.fullName == a.unit.fullName);
        CHECK(b.unit.kind == a.unit.kind);
        CHECK(b.report.year == a.report.year);
        CHECK(b.report.addressee == a.report.addressee);
        CHECK(b.report.opening == a.report.opening);
        CHECK(b.report.signatories == a.report.signatories);
        CHECK(b.report.writtenDate == a.report.writtenDate);
        CHECK(b.report.publishedDate == a.report.publishedDate);
        const QList<Section> pa = a.parts();
        const QList<Section> pb = b.parts();
        REQUIRE(pa.size() == pb.size());
        for (qsizetype i = 0; i < pa.size(); ++i) {
            CHECK(pb.at(i).heading == pa.at(i).heading);
            CHECK(pb.at(i).part == pa.at(i).part);
            CHECK(pb.at(i).body == pa.at(i).body);
            const QList<Section> sa = a.subsections(pa.at(i).id);
            const QList<Section> sb = b.subsections(pb.at(i).id);
            REQUIRE(sa.size() == sb.size());
            for (qsizetype j = 0; j < sa.size(); ++j) {
                CHECK(sb.at(j).heading == sa.at(j).heading);
                CHECK(sb.at(j).body == sa.at(j).body);
                CHECK(sb.at(j).runIn == sa.at(j).runIn);
            }
        }
        REQUIRE(b.metrics.size() == a.metrics.size());
        for (qsizetype i = 0; i < a.metrics.size(); ++i) {
            CHECK(b.metrics.at(i).key == a.metrics.at(i).key);
            CHECK(b.metrics.at(i).value == a.metrics.at(i).value);
            CHECK(b.metrics.at(i).approx == a.metrics.at(i).approx);
        }
        REQUIRE(b.problems.size() == a.problems.size());
        for (qsizetype i = 0; i < a.problems.size(); ++i) {
            CHECK(b.problems.at(i).text == a.problems.at(i).text);
            CHECK(b.problems.at(i).reason == a.problems.at(i).reason);
        }
        CHECK(ReportLayout::build(b).plainText() == ReportLayout::build(a).plainText());
        // Everything the form carries, measures and sources included, comes back the same.
        CHECK(MarkdownForm::write(b) == markdown);
    }
}
