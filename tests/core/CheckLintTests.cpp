// SPDX-License-Identifier: GPL-3.0-or-later
// lint.*: each proofreading rule on text that has the error and on similar text that is right.
#include "CheckFixtures.h"

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

namespace {

QStringList fixes(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.fix.value_or(u"<none>"_s));
    return out;
}

} // namespace

TEST_CASE("lint.punct.halfwidth: ASCII marks between Chinese, not inside numbers or Latin", "[check]")
{
    const auto f = lintParagraph(u"加强学习,提高能力;完善制度(试行)。"_s, u"lint.punct.halfwidth"_s);
    CHECK(fixes(f) == QStringList{u"，"_s, u"；"_s, u"（"_s, u"）"_s});
    CHECK(lintParagraph(u"下沉率达82.7%，比例为3:2，金额1,000元。"_s, u"lint.punct.halfwidth"_s).isEmpty());
    CHECK(lintParagraph(u"公式为f(x)=2x+1。"_s, u"lint.punct.halfwidth"_s).isEmpty());
    CHECK(lintParagraph(u"落实“1+1>2”的效应。"_s, u"lint.punct.halfwidth"_s).isEmpty());
}

TEST_CASE("lint.punct.pairs: unpaired quotes, brackets and title marks within a paragraph", "[check]")
{
    CHECK(lintParagraph(u"学习《行政处罚法》和“三项制度”（试行）。"_s, u"lint.punct.pairs"_s).isEmpty());
    const auto f = lintParagraph(u"学习《行政处罚法和“三项制度。"_s, u"lint.punct.pairs"_s);
    REQUIRE(f.size() == 2);
    CHECK(f.first().level == FindingLevel::Error);
    CHECK(lintParagraph(u"组建网格（即1支专职队+5支村（社区）级队伍）。"_s, u"lint.punct.pairs"_s).isEmpty());
    CHECK(lintParagraph(u"完成整改）。"_s, u"lint.punct.pairs"_s).size() == 1);
}

TEST_CASE("lint.punct.dunhao-quoted: 顿号 between quoted or titled items", "[check]")
{
    const auto f = lintParagraph(u"学习《宪法》、《民法典》，开展“法治宣传月”、“宪法宣传周”活动。"_s,
                                 u"lint.punct.dunhao-quoted"_s);
    REQUIRE(f.size() == 2);
    CHECK(f.first().level == FindingLevel::Info);
    CHECK(lintParagraph(u"学习《宪法》《民法典》和“八五”普法、依法治理。"_s, u"lint.punct.dunhao-quoted"_s).isEmpty());
}

TEST_CASE("lint.enum.sequence: skipped or repeated enumerators and sequence numbers", "[check]")
{
    CHECK(lintParagraph(u"一是加强学习。二是完善制度。三是强化监督。"_s, u"lint.enum.sequence"_s).isEmpty());
    auto f = lintParagraph(u"一是加强学习。三是强化监督。"_s, u"lint.enum.sequence"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().message.contains(u"跳号"_s));
    f = lintParagraph(u"一是加强学习。二是完善制度。二是强化监督。"_s, u"lint.enum.sequence"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().fix == u"三是"_s);
    CHECK(lintParagraph(u"第一，加强学习；第二，完善制度；第四，强化监督。"_s, u"lint.enum.sequence"_s).size() == 1);
    CHECK(lintParagraph(u"首先，加强学习；其次，完善制度；再次，强化监督。"_s, u"lint.enum.sequence"_s).isEmpty());
    CHECK(lintParagraph(u"加强学习；其次，完善制度。数量其次。"_s, u"lint.enum.sequence"_s).size() == 1);
    // Not enumerators: 之一是, 统一是, 第一个.
    CHECK(lintParagraph(u"重点之一是统一是非标准，第一个实现贯通，第一个通过审核。"_s, u"lint.enum.sequence"_s).isEmpty());
    // A list may restart in the next paragraph.
    CHECK(lintParagraph(u"一是学习。二是培训。\n\n一是整改。二是复查。"_s, u"lint.enum.sequence"_s).isEmpty());
}

TEST_CASE("lint.enum.sequence: a level skipped under a part heading", "[check]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().sections[2].body = u"1\\. 执法队伍专业化水平不高，原因是培训不足。"_s;
    const CheckResult r = runCheck(b.build());
    const auto f = findingsOf(r, u"lint.enum.sequence"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().message.contains(u"层级"_s));
}

TEST_CASE("lint.enum.punct: the wrong mark after a sequence number", "[check]")
{
    const auto f = lintParagraph(u"1、加强学习。（一）、完善制度。第一、强化监督。"_s, u"lint.enum.punct"_s);
    CHECK(fixes(f) == QStringList{u"1."_s, u"（一）"_s, u"第一，"_s});
    CHECK(lintParagraph(u"涉及1、2、3号楼和第1、2批项目。"_s, u"lint.enum.punct"_s).isEmpty());
}

TEST_CASE("lint.enum.run-on: an enumerator glued to the sentence before", "[check]")
{
    const auto f = lintParagraph(u"一是深化改革，满意率持续保持100%二是落实公平竞争审查制度。"_s, u"lint.enum.run-on"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().fix == u"。二是"_s);
    CHECK(lintParagraph(u"一是深化改革；二是落实审查；三是强化监督。"_s, u"lint.enum.run-on"_s).isEmpty());
    // A word ending in 一是 is no enumerator.
    CHECK(lintParagraph(u"这是重要内容之一是大家的共识。"_s, u"lint.enum.run-on"_s).isEmpty());
}

TEST_CASE("lint.dup-char: accidental doubles, not reduplications", "[check]")
{
    auto f = lintParagraph(u"二是是普法宣传载体单一，的的确确需要改进。"_s, u"lint.dup-char"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().fix == u"是"_s);
    CHECK(lintParagraph(u"层层压实责任，人人参与，常常督促，步步推进，事事有回音，天天巡查。"_s, u"lint.dup-char"_s).isEmpty());
    CHECK(lintParagraph(u"组织学习习近平法治思想，召开领导小组组长会议，全面推行行政执法。"_s, u"lint.dup-char"_s).isEmpty());
    CHECK(lintParagraph(u"要加强加强执法监督，坚持实事求是是根本。"_s, u"lint.dup-char"_s).size() == 1);
    CHECK(lintParagraph(u"完成整改，，及时复查。"_s, u"lint.dup-char"_s).size() == 1);
}

TEST_CASE("lint.number.range: lost units, hyphens and lost dashes", "[check]")
{
    CHECK(fixes(lintParagraph(u"覆盖5-10万人，增长4-6%。"_s, u"lint.number.range"_s)) ==
          QStringList{u"5万～10万"_s, u"4%～6%"_s});
    CHECK(fixes(lintParagraph(u"按照《法治政府建设实施纲要（20212025年）》要求。"_s, u"lint.number.range"_s)) ==
          QStringList{u"2021—2025"_s});
    CHECK(fixes(lintParagraph(u"落实2021-2025年规划，时限压缩至1-3个工作日，约3~5天。"_s, u"lint.number.range"_s)) ==
          QStringList{u"—"_s, u"～"_s, u"～"_s});
    CHECK(lintParagraph(u"落实2021—2025年规划，时限压缩至1～3个工作日，拨打023-12345678。"_s, u"lint.number.range"_s).isEmpty());
    CHECK(fixes(lintParagraph(u"落实《纲要（２０２１２０２５年）》。"_s, u"lint.number.range"_s)) == QStringList{u"2021—2025"_s});
}

TEST_CASE("lint.number.approx: an approximation said twice", "[check]")
{
    CHECK(lintParagraph(u"推送信息超1.5万余条，发放资料约万余份，约100人左右参加。"_s, u"lint.number.approx"_s).size() == 3);
    CHECK(lintParagraph(u"推送信息1.5万余条，收集诉求近百起，约100人参加，最近3年多次检查。"_s, u"lint.number.approx"_s).isEmpty());
}

TEST_CASE("lint.number.glued: figures run together by a lost character", "[check]")
{
    auto f = lintParagraph(u"根据《通知》（渝城管局〔202383号）要求。"_s, u"lint.number.glued"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().fix == u"〔2023〕83号"_s);
    // The lost 〕 is reported once, here, not again as an unpaired bracket.
    CHECK(lintParagraph(u"根据《通知》（渝城管局〔202383号）要求。"_s, u"lint.punct.pairs"_s).isEmpty());

    f = lintParagraph(u"于2026121召开会议。"_s, u"lint.number.glued"_s, 2025);
    REQUIRE(f.size() == 1);
    CHECK_FALSE(f.first().fix); // 2026年1月21日 or 2026年12月1日
    CHECK(lintParagraph(u"拨打12345热线，累计20000000元，编号2026。"_s, u"lint.number.glued"_s).isEmpty());
}

TEST_CASE("lint.doc-number: the year of a 文号 in 〔〕", "[check]")
{
    CHECK(fixes(lintParagraph(u"印发《方案》（渝府办发[2021]12号、津府发（2022）3号）。"_s, u"lint.doc-number"_s)) ==
          QStringList{u"〔2021〕"_s, u"〔2022〕"_s});
    CHECK(lintParagraph(u"印发《方案》（渝府办发〔2021〕12号），修订《办法（2023）》。"_s, u"lint.doc-number"_s).isEmpty());
}

TEST_CASE("lint.confusable: words from the list, with their context", "[check]")
{
    CHECK(fixes(lintParagraph(u"己经完成按装，截止目前再接再励。"_s, u"lint.confusable"_s)) ==
          QStringList{u"已经"_s, u"安装"_s, u"截至目前"_s, u"再接再厉"_s});
    CHECK(lintParagraph(u"坚持以经济建设为中心，按装修标准验收，申报截止日期为6月。"_s, u"lint.confusable"_s).isEmpty());
    CHECK(lintParagraph(u"截止2025年底，共办理案件。"_s, u"lint.confusable"_s).size() == 1);
}

TEST_CASE("lint.outdated: superseded formulas and documents before the report's year", "[check]")
{
    const QString text = u"建成职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。"_s;
    CHECK(lintParagraph(text, u"lint.outdated"_s, 2025).size() == 1);
    CHECK(lintParagraph(text, u"lint.outdated"_s, 2019).isEmpty());
    CHECK(lintParagraph(u"落实《法治政府建设实施纲要（2015—2020年）》。"_s, u"lint.outdated"_s, 2022).size() == 1);
    CHECK(lintParagraph(u"落实《信访工作条例》。"_s, u"lint.outdated"_s, 2023).isEmpty());
    CHECK(lintParagraph(u"落实《信访条例》。"_s, u"lint.outdated"_s, 2023).size() == 1);
}

TEST_CASE("lint.space: a space between Chinese characters", "[check]")
{
    const auto f = lintParagraph(u"加强 执法监督，推进 LED 屏建设。"_s, u"lint.space"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().level == FindingLevel::Info);
    CHECK(f.first().fix == QString());
}

TEST_CASE("well-written official prose gives no proofreading findings", "[check]")
{
    const QString text =
        u"2025年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神。"
        u"一是加强组织领导，召开党委（党组）会议专题研究法治政府建设工作3次；二是完善制度体系，制定《重庆市城市管理局"
        u"行政执法公示办法（试行）》（渝城管发〔2023〕12号），清理规范性文件15件；三是强化执法监督，办理行政复议案件8件，"
        u"行政机关负责人出庭应诉率达100%。全年累计培训1200余人次，按时处置率92.16%，层层压实责任，做到人人参与、"
        u"事事有回音。第一，统一思想；第二，明确任务。重点之一是统一标准，实现“一网通办”“一窗综办”，按照《法治中国"
        u"建设规划（2020—2025年）》要求，落实3～5个工作日办结。截至2025年12月31日，共受理12345热线工单2.3万件，"
        u"较上年增长15.6%，群众满意率达98.5%。在“3·15”“12·4”等节点开展普法活动，发放资料5000余份，近百名群众参加。"_s;
    DocBuilder b;
    b.standardParts();
    b.doc().sections[0].body = markdownEscape(text);
    const CheckResult r = runCheck(b.build());
    for (const Finding &f : r.findings) {
        INFO(f.rule.toStdString() << " " << f.excerpt.toStdString());
        CHECK_FALSE(f.rule.startsWith(u"lint."_s));
        CHECK(f.rule != u"metrics.rate-range"_s);
    }
}
