// SPDX-License-Identifier: GPL-3.0-or-later
// date.* and year.consistency, with a clock the test sets.
#include "CheckFixtures.h"

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

TEST_CASE("date.format: leading zeros, two-digit years and Chinese numerals", "[check]")
{
    auto f = lintParagraph(u"2025年06月13日召开会议。"_s, u"date.format"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().fix == u"2025年6月13日"_s);
    CHECK(lintParagraph(u"25年6月13日召开会议。"_s, u"date.format"_s).size() == 1);
    CHECK(lintParagraph(u"2025年6月13日召开会议，10月完成。"_s, u"date.format"_s).isEmpty());
    CHECK(lintParagraph(u"历时3年10月完成。"_s, u"date.format"_s).isEmpty());
    // Full-width digits are folded (ICU NFKC) before reading the date.
    f = lintParagraph(u"２０２５年０６月１３日召开会议。"_s, u"date.format"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().fix == u"2025年6月13日"_s);

    DocBuilder b;
    b.standardParts();
    b.doc().report.note = u"二〇二六年一月十三日"_s;
    CHECK(findingsOf(runCheck(b.build()), u"date.format"_s).size() == 1);
}

TEST_CASE("date.report-due: 成文日期 after the configured deadline", "[check]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().report.writtenDate = QDate(2026, 2, 28);
    CHECK(findingsOf(runCheck(b.build()), u"date.report-due"_s).isEmpty());
    b.doc().report.writtenDate = QDate(2026, 3, 2);
    CHECK(findingsOf(runCheck(b.build()), u"date.report-due"_s).size() == 1);

    CheckOptions later;
    later.reportDue = u"03-15"_s;
    CHECK(findingsOf(runCheck(b.build(), later), u"date.report-due"_s).isEmpty());

    b.doc().report.writtenDate = QDate();
    const CheckResult r = runCheck(b.build());
    CHECK_FALSE(r.passed.contains(u"date.report-due"_s)); // does not apply without a date
    CHECK(findingsOf(r, u"date.report-due"_s).isEmpty());
}

TEST_CASE("date.publish-due: published late, or still unpublished after the day", "[check]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().report.publishedDate = QDate(2026, 4, 2);
    auto f = findingsOf(runCheck(b.build()), u"date.publish-due"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().level == FindingLevel::Error);

    b.doc().report.publishedDate = QDate();
    FixedClock clock(QDate(2026, 3, 20));
    CheckOptions options;
    options.clock = &clock;
    CHECK(findingsOf(runCheck(b.build(), options), u"date.publish-due"_s).isEmpty());
    clock.set(QDate(2026, 4, 2));
    // A draft, or a file read without its publication date: the date is unknown, not the report unpublished.
    f = findingsOf(runCheck(b.build(), options), u"date.publish-due"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().level == FindingLevel::Info);
    CHECK(f.first().message.contains(u"公开日期未知"_s));
    CHECK_FALSE(f.first().message.contains(u"仍未公开"_s));
    // Approved in the program's own workflow and not yet published: that is known.
    b.doc().report.id = 7;
    b.doc().report.status = ReportStatus::Approved;
    f = findingsOf(runCheck(b.build(), options), u"date.publish-due"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().level == FindingLevel::Error);
    CHECK(f.first().message.contains(u"仍未公开"_s));
    b.doc().report.status = ReportStatus::Published;
    CHECK(findingsOf(runCheck(b.build(), options), u"date.publish-due"_s).isEmpty());
}

TEST_CASE("year.consistency: headings and the opening name the right years", "[check]")
{
    DocBuilder b;
    b.standardParts();
    CHECK(findingsOf(runCheck(b.build()), u"year.consistency"_s).isEmpty());

    b.doc().sections[0].heading = u"2024年推进法治政府建设的主要举措和成效"_s;
    auto f = findingsOf(runCheck(b.build()), u"year.consistency"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().fix == u"2025"_s);

    DocBuilder plans;
    plans.standardParts();
    plans.plansPart().heading = u"2025年推进法治政府建设的主要安排"_s;
    f = findingsOf(runCheck(plans.build()), u"year.consistency"_s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().message.contains(u"2026"_s));

    DocBuilder opening;
    opening.standardParts();
    opening.doc().report.opening = u"2024年，我局坚持依法行政。现将有关情况报告如下："_s;
    CHECK(findingsOf(runCheck(opening.build()), u"year.consistency"_s).size() == 1);
}
