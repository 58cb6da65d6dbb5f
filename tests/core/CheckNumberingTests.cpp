// SPDX-License-Identifier: GPL-3.0-or-later
// Numbering as the clerk wrote it, template prompts, empty parts, doubled characters inside words, law titles
// and slogans: each on a report imported from text, as `fazhi check file.txt` reads it.
#include "CheckFixtures.h"

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

namespace {

QString report(const QString &parts)
{
    return u"重庆市某区司法局关于2025年法治政府建设情况的报告\n\n区委、区政府：\n\n"
           u"2025年，我局坚持以习近平法治思想为指导。现将2025年法治政府建设情况报告如下：\n\n"_s
           + parts + u"\n\n重庆市某区司法局\n\n2026年1月13日\n"_s;
}

const QString kPart1 = u"一、2025年推进法治政府建设的主要举措和成效\n\n（一）强化法治思维。一是专题学习4次。二是举办讲座2场。\n\n"
                       u"（二）规范行政执法。全年办理行政处罚案件88件。\n\n"_s;
const QString kPart2 = u"二、2025年推进法治政府建设存在的不足和原因\n\n一是普法宣传形式单一。究其原因，主要是投入不足。\n\n"_s;
const QString kPart3 = u"三、2025年党政主要负责人履行推进法治建设第一责任人职责情况\n\n局主要负责人带头述法。\n\n"_s;
const QString kPart4 = u"四、2026年推进法治政府建设的主要安排\n\n一是创新法治宣传方式。二是加强培训。\n\n"_s;
const QString kPart5 = u"五、其他需要报告的情况\n\n无。"_s;

CheckResult checkText(const QString &text) { return runCheck(Importer::importText(text).document); }

} // namespace

TEST_CASE("numbering as written: a sound report has no numbering finding", "[check][numbering]")
{
    const CheckResult r = checkText(report(kPart1 + kPart2 + kPart3 + kPart4 + kPart5));
    CHECK(findingsOf(r, u"structure.numbering"_s).isEmpty());
    CHECK(r.passed.contains(u"structure.numbering"_s));
}

TEST_CASE("numbering as written: a repeated part number keeps the next part, and is reported with its fix", "[check][numbering]")
{
    QString parts = kPart1 + kPart2 + kPart3 + kPart4 + kPart5;
    parts.replace(u"四、2026年"_s, u"三、2026年"_s);
    const CheckResult r = checkText(report(parts));
    CHECK(findingsOf(r, u"structure.part4.next-year"_s).isEmpty());
    const QList<Finding> f = findingsOf(r, u"structure.numbering"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().message.contains(u"“三、”"_s));
    CHECK(f.first().message.contains(u"“四、”"_s));
    REQUIRE(f.first().fix);
    CHECK(f.first().fix->startsWith(u"四、2026年"_s));
}

TEST_CASE("numbering as written: a skipped subsection number and the wrong mark after a number", "[check][numbering]")
{
    QString parts = kPart1 + kPart2 + kPart3 + kPart4 + kPart5;
    parts.replace(u"（二）规范"_s, u"（三）规范"_s);
    parts.replace(u"二、2025年"_s, u"二.2025年"_s);
    const QList<Finding> f = findingsOf(checkText(report(parts)), u"structure.numbering"_s);
    REQUIRE(f.size() == 2);
    CHECK(f.at(0).message.contains(u"跳号"_s));
    CHECK(f.at(0).fix->startsWith(u"（二）规范行政执法"_s));
    CHECK(f.at(1).message.contains(u"写法不对"_s));
    CHECK(f.at(1).fix->startsWith(u"二、"_s));

    parts = kPart1 + kPart2 + kPart3 + kPart4 + kPart5;
    parts.replace(u"（二）规范"_s, u"（二）、规范"_s);
    const QList<Finding> mark = findingsOf(checkText(report(parts)), u"structure.numbering"_s);
    REQUIRE(mark.size() == 1);
    CHECK(mark.first().message.contains(u"“（二）、”"_s));
}

TEST_CASE("a subsection heading run into its text, a template prompt left in, an empty part", "[check][numbering]")
{
    QString parts = kPart1 + kPart2 + kPart3 + kPart4 + kPart5;
    parts.replace(u"（二）规范行政执法。全年"_s, u"（二）规范行政执法全年"_s);
    parts.replace(u"局主要负责人带头述法。\n\n"_s, QString());
    parts.replace(u"投入不足。"_s, u"投入不足。……（分析原因）"_s);
    const CheckResult r = checkText(report(parts));
    CHECK(findingsOf(r, u"structure.heading-glued"_s).size() == 1);
    const QList<Finding> prompt = findingsOf(r, u"structure.placeholder"_s);
    REQUIRE(prompt.size() == 1);
    CHECK(prompt.first().level == FindingLevel::Error);
    CHECK(placeText(r, prompt.first()) == u"……（分析原因）"_s);
    const QList<Finding> empty = findingsOf(r, u"structure.empty-part"_s);
    REQUIRE(empty.size() == 1);
    CHECK(empty.first().level == FindingLevel::Error);
    CHECK(empty.first().part == 3);
    // The part after the empty one is still part 4.
    CHECK(findingsOf(r, u"structure.part4.next-year"_s).isEmpty());
}

TEST_CASE("a missing part 5 is at most info", "[check][numbering]")
{
    const QList<Finding> f = findingsOf(checkText(report(kPart1 + kPart2 + kPart3 + kPart4)), u"structure.part5.other"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().level == FindingLevel::Info);
}

TEST_CASE("lint.dup-char: a character of a longer word written twice, while reduplications stay quiet", "[check][lint]")
{
    for (const QString &wrong : {u"深入群众众宣传。"_s, u"排查化解纠纷纷87件。"_s, u"规范性性文件全部报备。"_s}) {
        INFO(wrong.toStdString());
        const QList<Finding> f = lintParagraph(wrong, u"lint.dup-char"_s);
        REQUIRE(f.size() == 1);
        CHECK(f.first().fix);
    }
    for (const QString &right : {u"发展全过程人民民主。"_s, u"一次次走访群众。"_s, u"2025年年底完成。"_s, u"认认真真学习。"_s,
                                 u"群众纷纷点赞。"_s, u"层层压实责任。"_s})
        CHECK(lintParagraph(right, u"lint.dup-char"_s).isEmpty());
}

TEST_CASE("lint.citation: near misses and a misplaced 》 get the official title", "[check][lint]")
{
    const auto fixOf = [](const QString &paragraph) {
        const QList<Finding> f = lintParagraph(paragraph, u"lint.citation"_s);
        return f.size() == 1 && f.first().fix ? *f.first().fix : QString();
    };
    CHECK(fixOf(u"落实《中华人民共和国行政处法》。"_s) == u"《中华人民共和国行政处罚法》"_s);
    CHECK(fixOf(u"执行《重大行政决策程序暂行条列》。"_s) == u"《重大行政决策程序暂行条例》"_s);
    CHECK(fixOf(u"贯彻《优化营商环境条》例。"_s) == u"《优化营商环境条例》"_s);
    CHECK(fixOf(u"学习《行政复议》法。"_s) == u"《行政复议法》"_s);
    // Official titles, their short forms, any dash in a period, and titles the catalogue does not know.
    for (const QString &right : {u"落实《中华人民共和国行政处罚法》《行政许可法》。"_s,
                                 u"对照《法治政府建设实施纲要(2021-2025年)》。"_s,
                                 u"制定《重庆市九龙坡区城市管理局项目采购管理办法》。"_s, u"学习《信访工作条例》。"_s,
                                 u"学习《中华人民共和国渔业法》。"_s})
        CHECK(lintParagraph(right, u"lint.citation"_s).isEmpty());
}

TEST_CASE("lint.space: a quoted slogan of two balanced halves keeps its space", "[check][lint]")
{
    CHECK(lintParagraph(u"宣传“学法知法 守法用法”理念。"_s, u"lint.space"_s).isEmpty());
    CHECK(lintParagraph(u"宣传“尊法 学法守法用法”理念。"_s, u"lint.space"_s).size() == 1);
    CHECK(lintParagraph(u"开展法治 宣传活动。"_s, u"lint.space"_s).size() == 1);
}
