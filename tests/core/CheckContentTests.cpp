// SPDX-License-Identifier: GPL-3.0-or-later
// topic.*, metrics.* and problems.*.
#include "CheckFixtures.h"

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

TEST_CASE("topic rules: covered with substance, mentioned only in plans, or not required", "[check]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().sections[0].body = u"全年开展应急演练6次，修订突发事件应急预案3件。"_s;
    CHECK(findingsOf(runCheck(b.build()), u"topic.emergency"_s).isEmpty());

    // Only in next year's plans: not covered.
    DocBuilder plans;
    plans.standardParts();
    plans.plansPart().body = u"完善突发事件应急预案，开展应急演练。"_s;
    const auto f = findingsOf(runCheck(plans.build()), u"topic.emergency"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().level == FindingLevel::Warning);
    CHECK_FALSE(f.first().suggestion.isEmpty());
}

TEST_CASE("topic rules follow the unit kind: a township need not report normative documents", "[check]")
{
    DocBuilder township(2025, UnitKind::Township, u"重庆市江津区四屏镇人民政府"_s);
    township.standardParts();
    const CheckResult t = runCheck(township.build());
    CHECK(findingsOf(t, u"topic.normative-docs"_s).isEmpty());
    CHECK_FALSE(t.passed.contains(u"topic.normative-docs"_s));

    DocBuilder department;
    department.standardParts();
    CHECK(findingsOf(runCheck(department.build()), u"topic.normative-docs"_s).size() == 1);
}

TEST_CASE("metrics.required lists the required metrics without a value", "[check]")
{
    DocBuilder b;
    b.standardParts();
    auto f = findingsOf(runCheck(b.build()), u"metrics.required"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().message.contains(u"行政复议案件数"_s));
    b.doc().metrics.append({0, u"admin_review_cases"_s, 8});
    f = findingsOf(runCheck(b.build()), u"metrics.required"_s);
    REQUIRE(f.size() == 1);
    CHECK_FALSE(f.first().message.contains(u"行政复议案件数"_s));
}

TEST_CASE("metrics.rate-range: a recorded rate or a rate in the text above 100%", "[check]")
{
    CHECK(lintParagraph(u"群众满意率达105%。"_s, u"metrics.rate-range"_s).size() == 1);
    CHECK(lintParagraph(u"群众满意率达98.5%，办件量增长150%。"_s, u"metrics.rate-range"_s).isEmpty());
    DocBuilder b;
    b.standardParts();
    b.doc().metrics.append({0, u"leader_court_rate"_s, 120});
    const auto f = findingsOf(runCheck(b.build()), u"metrics.rate-range"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().level == FindingLevel::Error);
}

TEST_CASE("metrics.text-consistency: the text cites a different figure than recorded", "[check]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().sections[0].body = u"全年办理行政复议案件8件，行政诉讼13件。"_s;
    b.doc().metrics.append({0, u"admin_review_cases"_s, 8});
    CHECK(findingsOf(runCheck(b.build()), u"metrics.text-consistency"_s).isEmpty());
    b.doc().metrics.last().value = 9;
    const CheckResult r = runCheck(b.build());
    const auto f = findingsOf(r, u"metrics.text-consistency"_s);
    REQUIRE(f.size() == 1);
    CHECK(placeText(r, f.first()) == u"8件"_s);

    // Another mention that agrees with the record: the differing one is about something else.
    b.doc().sections[0].body += u"\n\n其中全年新收行政复议案件9件。"_s;
    CHECK(findingsOf(runCheck(b.build()), u"metrics.text-consistency"_s).isEmpty());
}

TEST_CASE("problems.*: reasons, measures and last year's open problems", "[check]")
{
    DocBuilder b;
    b.standardParts();
    CheckResult r = runCheck(b.build());
    CHECK_FALSE(r.passed.contains(u"problems.reasons"_s)); // no recorded problems: does not apply

    Problem p;
    p.id = 11;
    p.text = u"执法人员专业化水平不高"_s;
    b.doc().problems.append(p);
    r = runCheck(b.build());
    CHECK(findingsOf(r, u"problems.reasons"_s).size() == 1);
    CHECK(findingsOf(r, u"problems.measures"_s).size() == 1);
    // Next year's plans that take the problem up count as its measure.
    DocBuilder withPlans = b;
    withPlans.plansPart().body = u"开展执法人员专业化轮训，提升执法人员专业化水平。"_s;
    CHECK(findingsOf(runCheck(withPlans.build()), u"problems.measures"_s).isEmpty());
    b.doc().problems[0].reason = u"培训不足"_s;
    b.doc().problems[0].measure = u"分批轮训"_s;
    r = runCheck(b.build());
    CHECK(findingsOf(r, u"problems.reasons"_s).isEmpty());
    CHECK(findingsOf(r, u"problems.measures"_s).isEmpty());

    auto previous = std::make_shared<ReportDocument>();
    Problem open;
    open.id = 5;
    open.text = u"行政复议纠错率偏高的问题"_s;
    previous->problems.append(open);
    b.doc().previous = previous;
    CHECK(findingsOf(runCheck(b.build()), u"problems.carryover"_s).size() == 1);
    b.doc().problems[0].continuesId = 5;
    CHECK(findingsOf(runCheck(b.build()), u"problems.carryover"_s).isEmpty());
    previous->problems[0].status = ProblemStatus::Rectified;
    b.doc().problems[0].continuesId = 0;
    CHECK(findingsOf(runCheck(b.build()), u"problems.carryover"_s).isEmpty());
}

TEST_CASE("a problem carried over and marked rectified must be described in the year's work", "[check]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().sections[0].body = u"全年审核规范性文件15件，组织执法人员培训3次。"_s;
    CHECK_FALSE(runCheck(b.build()).passed.contains(u"problems.rectified-silent"_s)); // nothing claimed

    auto previous = std::make_shared<ReportDocument>();
    Problem old;
    old.id = 5;
    old.text = u"行政执法案卷评查发现的程序不规范问题"_s;
    previous->problems.append(old);
    b.doc().previous = previous;
    Problem carried;
    carried.id = 12;
    carried.text = old.text;
    carried.continuesId = 5;
    carried.status = ProblemStatus::Rectified;
    carried.reason = u"培训不足"_s;
    carried.measure = u"开展案卷评查"_s;
    b.doc().problems.append(carried);
    const QList<Finding> silent = findingsOf(runCheck(b.build()), u"problems.rectified-silent"_s);
    REQUIRE(silent.size() == 1);
    CHECK(silent.first().message.contains(u"标为已整改"_s));

    // Part 1 telling how it was rectified answers it.
    b.doc().sections[0].body += u"针对上年度行政执法案卷评查发现的程序不规范问题，逐案整改，规范执法程序。"_s;
    CHECK(findingsOf(runCheck(b.build()), u"problems.rectified-silent"_s).isEmpty());
    // A problem still in progress claims nothing.
    b.doc().sections[0].body = u"全年审核规范性文件15件。"_s;
    b.doc().problems[0].status = ProblemStatus::InProgress;
    CHECK(findingsOf(runCheck(b.build()), u"problems.rectified-silent"_s).isEmpty());
}
