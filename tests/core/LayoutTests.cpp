// SPDX-License-Identifier: GPL-3.0-or-later
// Numbering is derived from position; the plain text is what TXT export prints and the checker counts in.
#include "TestSupport.h"

#include "import/MarkdownForm.h"
#include "text/Numbering.h"
#include "text/ReportLayout.h"

using namespace fazhi;
using namespace Qt::StringLiterals;

namespace {

ReportDocument sample()
{
    ReportDocument doc;
    doc.unit.fullName = u"区城市管理局"_s;
    doc.report.year = 2025;
    doc.report.title = u"区城市管理局关于2025年法治政府建设情况的报告"_s;
    doc.report.addressee = u"区委、区政府"_s;
    doc.report.opening = u"2025年，……。现将有关情况报告如下："_s;
    doc.report.signatories = {u"区城市管理局"_s};
    doc.report.writtenDate = QDate(2026, 1, 3);
    doc.sections = {
        {.id = -1, .part = 1, .position = 0, .heading = u"主要举措和成效"_s},
        {.id = -2, .parentId = -1, .position = 0, .heading = u"学法"_s, .body = u"学法正文。"_s, .runIn = true},
        {.id = -3, .parentId = -1, .position = 1, .heading = u"执法"_s, .body = u"1. 第一项\n2. 第二项"_s},
        {.id = -4, .part = 2, .position = 1, .heading = u"存在的不足和原因"_s, .body = u"一是……"_s},
    };
    return doc;
}

} // namespace

TEST_CASE("Chinese numerals come from ICU", "[layout]")
{
    CHECK(numbering::chineseNumeral(1) == u"一"_s);
    CHECK(numbering::chineseNumeral(10) == u"十"_s);
    CHECK(numbering::chineseNumeral(11) == u"十一"_s);
    CHECK(numbering::chineseNumeral(21) == u"二十一"_s);
    CHECK(numbering::label(1, 3) == u"三、"_s);
    CHECK(numbering::label(2, 12) == u"（十二）"_s);
    CHECK(numbering::label(3, 2) == u"2."_s);
    CHECK(numbering::label(4, 2) == u"（2）"_s);
}

TEST_CASE("the layout numbers parts, subsections and items by position", "[layout]")
{
    const ReportLayout layout = ReportLayout::build(sample());
    const QString text = layout.plainText();
    CHECK(text.contains(u"区委、区政府："_s));
    CHECK(text.contains(u"\n一、主要举措和成效\n"_s));
    CHECK(text.contains(u"\n（一）学法。学法正文。\n"_s)); // run-in heading
    CHECK(text.contains(u"\n（二）执法\n1.第一项\n2.第二项\n"_s));
    CHECK(text.contains(u"\n二、存在的不足和原因\n"_s));
    CHECK(text.endsWith(u"区城市管理局\n2026年1月3日"_s)); // no leading zeros
    for (const LayoutBlock &b : layout.blocks())
        CHECK(text.mid(b.offset, b.text.size()) == b.text);
}

TEST_CASE("reordering never leaves a stale number", "[layout]")
{
    ReportDocument doc = sample();
    doc.sections[1].position = 1;
    doc.sections[2].position = 0;
    const QString text = ReportLayout::build(doc).plainText();
    CHECK(text.contains(u"\n（一）执法\n"_s));
    CHECK(text.contains(u"\n（二）学法。学法正文。"_s));
}

TEST_CASE("raw HTML in a section body stays text", "[layout]")
{
    ReportDocument doc = sample();
    doc.sections[1].body = u"<script>alert(1)</script>正文"_s;
    const QString text = ReportLayout::build(doc).plainText();
    CHECK(text.contains(u"<script>alert(1)</script>正文"_s));
}

TEST_CASE("the Markdown form reads back to the same report", "[layout][markdown]")
{
    ReportDocument doc = sample();
    doc.sections[3].body = u"# 这一行以井号开头\n正文"_s;
    doc.metrics = {{0, u"admin_review_cases"_s, 8, fazhi::Approx::Exact, {}, {}}};
    doc.problems = {{.text = u"执法队伍不稳定"_s, .reason = u"流动性大"_s}};
    const QString md = MarkdownForm::write(doc);
    const ReportDocument back = MarkdownForm::read(md);
    CHECK(back.report.title == doc.report.title);
    CHECK(back.report.writtenDate == doc.report.writtenDate);
    CHECK(back.unit.fullName == doc.unit.fullName);
    CHECK(ReportLayout::build(back).plainText() == ReportLayout::build(doc).plainText());
    REQUIRE(back.metrics.size() == 1);
    CHECK(back.metrics.first().value == 8);
    REQUIRE(back.problems.size() == 1);
    CHECK(back.problems.first().reason == u"流动性大"_s);
    CHECK(MarkdownForm::write(back) == md);
}

TEST_CASE("markdownEscape keeps text literal", "[layout][markdown]")
{
    const QString tricky = u"1. 不是列表 *也不是强调* <b>不是标签</b> # 不是标题"_s;
    ReportDocument doc = sample();
    doc.sections[3].body = markdownEscape(tricky);
    const ReportLayout layout = ReportLayout::build(doc);
    CHECK(layout.plainText().contains(tricky));
}
