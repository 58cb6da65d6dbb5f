// SPDX-License-Identifier: GPL-3.0-or-later
// structure.*: each rule on a report that has what it asks for and on one that lacks it.
#include "CheckFixtures.h"

#include "check/StructureMap.h"
#include "import/PartStructure.h"

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

TEST_CASE("a sound five-part report passes every structure rule", "[check]")
{
    DocBuilder b;
    b.standardParts();
    const CheckResult r = runCheck(b.build());
    for (const Finding &f : r.findings)
        CHECK_FALSE(f.rule.startsWith(u"structure."_s));
    CHECK(r.passed.contains(u"structure.part3.leader-duty"_s));
    CHECK(r.passed.contains(u"structure.order"_s));
}

TEST_CASE("structure.title: missing title, or a title naming another year", "[check]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().report.title.clear();
    CHECK(findingsOf(runCheck(b.build()), u"structure.title"_s).size() == 1);

    b.doc().report.title = u"某局关于2024年法治政府建设情况的报告"_s;
    const auto wrongYear = findingsOf(runCheck(b.build()), u"structure.title"_s);
    REQUIRE(wrongYear.size() == 1);
    CHECK(wrongYear.first().level == FindingLevel::Error);
    CHECK(wrongYear.first().message.contains(u"2024"_s));
}

TEST_CASE("structure.addressee: a report without 主送机关", "[check]")
{
    DocBuilder b;
    b.standardParts();
    CHECK(findingsOf(runCheck(b.build()), u"structure.addressee"_s).isEmpty());
    b.doc().report.addressee.clear();
    CHECK(findingsOf(runCheck(b.build()), u"structure.addressee"_s).size() == 1);
}

TEST_CASE("parts are recognised from heading variants", "[check]")
{
    const Checklist &c = Checklist::builtin();
    CHECK(StructureMap::classifyHeading(u"主要做法和成效"_s, c) == 1);
    CHECK(StructureMap::classifyHeading(u"2023年法治政府建设工作情况"_s, c) == 1);
    CHECK(StructureMap::classifyHeading(u"2025年推荐法治政府建设的主要举措和突出成效"_s, c) == 1);
    CHECK(StructureMap::classifyHeading(u"存在的主要问题"_s, c) == 2);
    CHECK(StructureMap::classifyHeading(u"存在的问题和不足"_s, c) == 2);
    CHECK(StructureMap::classifyHeading(u"主要负责人履行推进法治建设第一责任人职责情况"_s, c) == 3);
    CHECK(StructureMap::classifyHeading(u"下一步工作打算"_s, c) == 4);
    CHECK(StructureMap::classifyHeading(u"下一步整改措施"_s, c) == 4);
    CHECK(StructureMap::classifyHeading(u"2024年工作安排"_s, c) == 4);
    CHECK(StructureMap::classifyHeading(u"其他需要报告的情况"_s, c) == 5);
    CHECK(StructureMap::classifyHeading(u"工作亮点"_s, c) == 0);
    bool combined = false;
    CHECK(StructureMap::classifyHeading(u"存在问题和下一步工作打算"_s, c, &combined) == 2);
    CHECK(combined);
}

TEST_CASE("the importer and the checker read a part heading as the same part", "[check][import]")
{
    const Checklist &c = Checklist::builtin();
    const QList<std::pair<QString, int>> headings{
        {u"2025年法治政府建设工作进展"_s, 1}, {u"工作中存在的困难"_s, 2},       {u"主要负责人述法情况"_s, 3},
        {u"2026年工作展望"_s, 4},             {u"其他事项"_s, 5},               {u"基本情况"_s, 0},
        {u"存在问题和下一步工作打算"_s, 24}, {u"工作亮点"_s, 0},
    };
    for (const auto &[heading, part] : headings) {
        INFO(heading.toStdString());
        bool combined = false;
        const int checker = StructureMap::classifyHeading(heading, c, &combined);
        CHECK((combined ? 24 : checker) == part);
        CHECK(PartStructure::classifyPart(heading) == part);
    }
}

TEST_CASE("structure.part1/part2/part4: each missing part is an error", "[check]")
{
    DocBuilder b;
    b.part(u"存在的不足和原因"_s, u"原因是培训不足。"_s)
        .part(u"主要负责人履行推进法治建设第一责任人职责情况"_s, u"履行第一责任人职责。"_s)
        .part(u"其他需要报告的情况"_s, u"无。"_s);
    const CheckResult r = runCheck(b.build());
    REQUIRE(findingsOf(r, u"structure.part1.measures"_s).size() == 1);
    CHECK(findingsOf(r, u"structure.part1.measures"_s).first().level == FindingLevel::Error);
    CHECK(findingsOf(r, u"structure.part4.next-year"_s).size() == 1);
    CHECK(findingsOf(r, u"structure.part2.shortcomings"_s).isEmpty());
}

TEST_CASE("structure.part2: shortcomings and plans combined in one part count as both", "[check]")
{
    DocBuilder b;
    b.part(u"主要举措和成效"_s, u"开展学习。"_s)
        .part(u"存在问题和下一步工作打算"_s)
        .sub(u"存在问题"_s, u"一是执法力量不足。二是培训不够。"_s)
        .sub(u"下一步工作打算"_s, u"加强培训。"_s);
    const CheckResult r = runCheck(b.build());
    CHECK(findingsOf(r, u"structure.part2.shortcomings"_s).isEmpty());
    CHECK(findingsOf(r, u"structure.part4.next-year"_s).isEmpty());
    CHECK(findingsOf(r, u"structure.order"_s).isEmpty());
    // The plans are not the reasons: the shortcomings give none.
    CHECK(findingsOf(r, u"structure.part2.reasons"_s).size() == 1);
}

TEST_CASE("structure.part2.reasons: a 原因 sub-part or a reason phrase passes", "[check]")
{
    DocBuilder b;
    b.part(u"主要举措和成效"_s, u"开展学习。"_s).part(u"存在的不足"_s).sub(u"存在的问题"_s, u"执法力量不足。"_s);
    CHECK(findingsOf(runCheck(b.build()), u"structure.part2.reasons"_s).size() == 1);
    b.sub(u"主要原因"_s, u"一是人员少。二是经费不足。"_s);
    CHECK(findingsOf(runCheck(b.build()), u"structure.part2.reasons"_s).isEmpty());

    DocBuilder phrase;
    phrase.part(u"主要举措和成效"_s, u"开展学习。"_s).part(u"存在的不足"_s, u"执法力量不足，究其原因，编制偏少。"_s);
    CHECK(findingsOf(runCheck(phrase.build()), u"structure.part2.reasons"_s).isEmpty());
}

TEST_CASE("structure.part3: absent is an error, a subsection or a run-in sentence a warning", "[check]")
{
    DocBuilder absent;
    absent.part(u"主要举措和成效"_s, u"开展学习。"_s).part(u"存在的不足和原因"_s, u"原因是人员少。"_s);
    auto f = findingsOf(runCheck(absent.build()), u"structure.part3.leader-duty"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().level == FindingLevel::Error);
    CHECK_FALSE(f.first().hasPlace());

    DocBuilder asSub;
    asSub.part(u"主要举措和成效"_s)
        .sub(u"党政负责人积极履行推进法治政府建设第一责任人职责"_s, u"主要负责人带头述法。"_s)
        .part(u"存在的不足和原因"_s, u"原因是人员少。"_s);
    const CheckResult subResult = runCheck(asSub.build());
    f = findingsOf(subResult, u"structure.part3.leader-duty"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().level == FindingLevel::Warning);
    CHECK(placeText(subResult, f.first()).startsWith(u"（一）党政负责人"_s));

    DocBuilder sentence;
    sentence.part(u"主要做法和成效"_s)
        .sub(u"深入贯彻落实习近平法治思想"_s,
             u"一是深入学习。二是落实议事规则。三是严格履行党政主要负责人推进法治建设第一责任人职责。局长认真落实述法制度。"_s);
    const CheckResult sentenceResult = runCheck(sentence.build());
    f = findingsOf(sentenceResult, u"structure.part3.leader-duty"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().level == FindingLevel::Warning);
    CHECK(placeText(sentenceResult, f.first()) == u"三是严格履行党政主要负责人推进法治建设第一责任人职责。"_s);
}

TEST_CASE("structure.part3: a plan to strengthen the duty is not a report of it", "[check]")
{
    DocBuilder b;
    b.part(u"主要举措和成效"_s, u"开展学习。"_s)
        .part(u"下一步工作打算"_s, u"切实加强作为法治建设第一责任人的职责担当。"_s);
    const auto f = findingsOf(runCheck(b.build()), u"structure.part3.leader-duty"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().level == FindingLevel::Error);
}

TEST_CASE("structure.part5.other is an info, structure.extra-part names the extra part", "[check]")
{
    DocBuilder b;
    b.part(u"主要举措和成效"_s, u"开展学习。"_s).part(u"工作亮点"_s, u"推行群众监督员制度。"_s);
    const CheckResult r = runCheck(b.build());
    REQUIRE(findingsOf(r, u"structure.part5.other"_s).size() == 1);
    CHECK(findingsOf(r, u"structure.part5.other"_s).first().level == FindingLevel::Info);
    const auto extra = findingsOf(r, u"structure.extra-part"_s);
    REQUIRE(extra.size() == 1);
    CHECK(extra.first().suggestion.contains(u"第一部分"_s));
    CHECK(extra.first().part == 0);
}

TEST_CASE("structure.order: part 3 placed before part 2", "[check]")
{
    DocBuilder b;
    b.part(u"工作情况"_s, u"开展学习。"_s)
        .part(u"主要负责人履行推进法治建设第一责任人职责情况"_s, u"履行职责。"_s)
        .part(u"存在的主要问题"_s, u"原因是人员少。"_s)
        .part(u"下一步工作打算"_s, u"加强培训。"_s);
    const auto f = findingsOf(runCheck(b.build()), u"structure.order"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().message.contains(u"存在的主要问题"_s));
}

TEST_CASE("the part field of a section is trusted over its heading", "[check]")
{
    DocBuilder b;
    b.part(u"依法行政"_s, u"开展学习。"_s, 1).part(u"短板"_s, u"原因是人员少。"_s, 2);
    const CheckResult r = runCheck(b.build());
    CHECK(findingsOf(r, u"structure.part1.measures"_s).isEmpty());
    CHECK(findingsOf(r, u"structure.extra-part"_s).isEmpty());
}

TEST_CASE("structure.signature and structure.date", "[check]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().report.signatories = {u"中共重庆市江津区城市管理局委员会"_s, u"重庆市江津区城市管理局"_s};
    CHECK(findingsOf(runCheck(b.build()), u"structure.signature"_s).isEmpty());

    b.doc().report.signatories = {u"重庆市九龙坡区市场监督管理局"_s};
    CHECK(findingsOf(runCheck(b.build()), u"structure.signature"_s).size() == 1);

    b.doc().report.signatories.clear();
    const auto none = findingsOf(runCheck(b.build()), u"structure.signature"_s);
    REQUIRE(none.size() == 1);
    CHECK(none.first().level == FindingLevel::Error);

    b.doc().report.writtenDate = QDate();
    CHECK(findingsOf(runCheck(b.build()), u"structure.date"_s).size() == 1);
    b.doc().report.note = u"2026121"_s;
    const auto bad = findingsOf(runCheck(b.build()), u"structure.date"_s);
    REQUIRE(bad.size() == 1);
    CHECK(bad.first().message.contains(u"2026121"_s));
}

TEST_CASE("a thematic report: topic headings stand for part 1 and are reported once", "[check]")
{
    DocBuilder b;
    b.part(u"深入学习贯彻习近平法治思想"_s, u"开展专题学习。"_s)
        .part(u"持续优化法治化营商环境"_s, u"深化放管服改革。"_s)
        .part(u"严格规范公正文明执法"_s, u"落实三项制度。"_s)
        .part(u"存在的不足和原因"_s, u"原因是人员少。"_s)
        .part(u"下一步工作打算"_s, u"加强培训。"_s);
    const CheckResult r = runCheck(b.build());
    CHECK(findingsOf(r, u"structure.part1.measures"_s).isEmpty());
    CHECK(findingsOf(r, u"structure.order"_s).isEmpty());
    const auto extra = findingsOf(r, u"structure.extra-part"_s);
    REQUIRE(extra.size() == 1);
    CHECK(extra.first().message.contains(u"专题标题"_s));
}
