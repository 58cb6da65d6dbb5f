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

TEST_CASE("one line break in a section body is one paragraph break", "[layout][paragraphs]")
{
    ReportDocument doc = sample();
    doc.sections[3].body = u"第一句。\n第二句。"_s;
    const ReportLayout layout = ReportLayout::build(doc);
    QStringList texts;
    QList<int> sources;
    for (const LayoutBlock &b : layout.blocks())
        if (b.sectionId == -4 && b.kind == BlockKind::Paragraph) {
            texts.append(b.text);
            sources.append(b.sourceOffset);
        }
    CHECK(texts == QStringList{u"第一句。"_s, u"第二句。"_s});
    CHECK(sources == QList<int>{0, 5}); // each paragraph points at its own line of the body
    CHECK(layout.plainText().contains(u"\n第一句。\n第二句。\n"_s));
}

TEST_CASE("a blank line, a hard break and a Windows line end each make one paragraph break",
          "[layout][paragraphs]")
{
    for (const QString &body :
         {u"第一句。\n\n第二句。"_s, u"第一句。  \n第二句。"_s, u"第一句。\\\n第二句。"_s,
          u"第一句。\r\n第二句。"_s, u"第一句。\n\n\n第二句。\n"_s}) {
        INFO(body.toStdString());
        const QList<LayoutBlock> blocks = ReportLayout::bodyBlocks(body);
        REQUIRE(blocks.size() == 2);
        CHECK(blocks.at(0).text == u"第一句。"_s);
        CHECK(blocks.at(1).text == u"第二句。"_s);
    }
}

TEST_CASE("emphasis across a line break stays on the text of each paragraph", "[layout][paragraphs]")
{
    const QList<LayoutBlock> blocks = ReportLayout::bodyBlocks(u"前文**重点一\n重点二**后文"_s);
    REQUIRE(blocks.size() == 2);
    CHECK(blocks.at(0).text == u"前文重点一"_s);
    REQUIRE(blocks.at(0).spans.size() == 1);
    CHECK(blocks.at(0).text.mid(blocks.at(0).spans.at(0).start, blocks.at(0).spans.at(0).length) ==
          u"重点一"_s);
    CHECK(blocks.at(1).text == u"重点二后文"_s);
    REQUIRE(blocks.at(1).spans.size() == 1);
    CHECK(blocks.at(1).spans.at(0).start == 0);
    CHECK(blocks.at(1).spans.at(0).length == 3);
    CHECK(blocks.at(1).sourceOffset == 8);
}

TEST_CASE("a numbered item continued on the next line keeps its number on the first paragraph only",
          "[layout][paragraphs]")
{
    const QList<LayoutBlock> blocks = ReportLayout::bodyBlocks(u"1. 第一项\n补充说明。\n2. 第二项"_s);
    REQUIRE(blocks.size() == 3);
    CHECK(blocks.at(0).kind == BlockKind::Item);
    CHECK(blocks.at(0).text == u"1.第一项"_s);
    CHECK(blocks.at(1).kind == BlockKind::Paragraph);
    CHECK(blocks.at(1).text == u"补充说明。"_s);
    CHECK(blocks.at(2).text == u"2.第二项"_s);
}

TEST_CASE("an indented line is a paragraph like any other", "[layout][paragraphs]")
{
    const QList<LayoutBlock> blocks =
        ReportLayout::bodyBlocks(u"    缩进的第一段。\n    缩进的第二段。\n\n正文。"_s);
    REQUIRE(blocks.size() == 3);
    CHECK(blocks.at(0).text == u"缩进的第一段。"_s);
    CHECK(blocks.at(0).sourceOffset == 4);
    CHECK(blocks.at(1).text == u"缩进的第二段。"_s);
    CHECK(blocks.at(1).sourceOffset == 16);
    CHECK(blocks.at(2).text == u"正文。"_s);
}

TEST_CASE("a run-in subsection's second line is a paragraph of its own", "[layout][paragraphs]")
{
    ReportDocument doc = sample();
    doc.sections[1].body = u"学法正文。\n第二段。"_s;
    const QString text = ReportLayout::build(doc).plainText();
    CHECK(text.contains(u"\n（一）学法。学法正文。\n第二段。\n"_s));
}

TEST_CASE("the Markdown form keeps one paragraph a line through export and import",
          "[layout][markdown][paragraphs]")
{
    ReportDocument doc = sample();
    doc.sections[3].body = u"第一句。\n第二句。"_s;
    doc.report.opening = u"开头一。\n开头二。"_s;
    const ReportDocument back = MarkdownForm::read(MarkdownForm::write(doc));
    const ReportLayout layout = ReportLayout::build(back);
    int opening = 0;
    QStringList part2;
    for (const LayoutBlock &b : layout.blocks()) {
        opening += b.kind == BlockKind::Opening ? 1 : 0;
        if (b.part == 2 && b.kind == BlockKind::Paragraph)
            part2.append(b.text);
    }
    CHECK(opening == 2);
    CHECK(part2 == QStringList{u"第一句。"_s, u"第二句。"_s});
}

namespace {

/// Every character a block copies from a source text is that character of the source.
void checkSourcesExact(const ReportDocument &doc)
{
    const ReportLayout layout = ReportLayout::build(doc);
    int mapped = 0;
    for (const LayoutBlock &b : layout.blocks()) {
        for (const SourceRun &run : b.sources) {
            REQUIRE(run.start >= 0);
            REQUIRE(run.start + run.length <= b.text.size());
            QString source;
            switch (run.field) {
            case SourceField::Title: source = doc.report.title; break;
            case SourceField::Addressee: source = doc.report.addressee; break;
            case SourceField::Opening: source = doc.report.opening; break;
            case SourceField::Note: source = doc.report.note; break;
            case SourceField::Signatory: source = doc.report.signatories.at(b.item); break;
            case SourceField::WrittenDate: source = b.text; break;
            default:
                for (const Section &s : doc.sections)
                    if (s.id == b.sectionId)
                        source = run.field == SourceField::Heading ? s.heading : s.body;
            }
            if (run.length != run.sourceLength) {
                CHECK(source.at(run.sourceStart) == u'&');
                continue;
            }
            INFO(b.text.toStdString());
            CHECK(source.mid(run.sourceStart, run.length) == b.text.mid(run.start, run.length));
            mapped += run.length;
        }
    }
    CHECK(mapped > 0);
}

} // namespace

TEST_CASE("every character the layout copies from a field maps to that character of the field", "[layout][fix]")
{
    ReportDocument doc = sample();
    doc.report.opening = u"  2025年，**我局**坚持 `依法` 行政。\n    现将有关情况报告如下："_s;
    doc.report.note = u"（此件公开发布）"_s;
    doc.report.signatories = {u"中共区城市管理局委员会"_s, u""_s, u"  区城市管理局"_s};
    doc.sections[1].body = u"**依法**行政,全面推进，**严格**执法,公正司法。\n  缩进的续行,还有&amp;实体与\\*星号。"_s;
    doc.sections[2].body = u"1. 第一项 *强调*\n   补充说明。\n2. [链接文字](http://example.com)之后,正文\n\n> 引用的一段,话\n\n    代码块,一行"_s;
    doc.sections[3].heading = u"  存在的不足和原因  "_s;
    checkSourcesExact(doc);

    for (const QString &name : {u"jiangjin-cgj-2025"_s, u"jiulongpo-cgj-2023"_s, u"siping-town-2025"_s}) {
        INFO(name.toStdString());
        checkSourcesExact(MarkdownForm::read(test::readText(test::testData(u"render/"_s + name + u".md"_s))));
    }
}

TEST_CASE("a range of the plain text maps to the exact range of its field", "[layout][fix]")
{
    ReportDocument doc = sample();
    doc.sections[1].body = u"**依法**行政,全面推进，**严格**执法,公正司法。\n  续行,再写"_s;
    const ReportLayout layout = ReportLayout::build(doc);
    const QString &plain = layout.plainText();
    const int second = int(plain.indexOf(u"执法,"_s)) + 2;
    const std::optional<SourceRange> range = layout.sourceRange(second, second + 1);
    REQUIRE(range);
    CHECK(range->field == SourceField::Body);
    CHECK(range->sectionId == -2);
    CHECK(range->start == int(doc.sections[1].body.indexOf(u"执法,"_s)) + 2);
    CHECK(range->length == 1);

    // The continued line's indentation is not counted as text.
    const int third = int(plain.indexOf(u"续行,"_s)) + 2;
    REQUIRE(layout.sourceRange(third, third + 1));
    CHECK(layout.sourceRange(third, third + 1)->start == int(doc.sections[1].body.indexOf(u"续行,"_s)) + 2);

    // The run-in heading maps to the heading; its number and added "。" to nothing.
    const int heading = int(plain.indexOf(u"（一）学法。"_s));
    REQUIRE(layout.sourceRange(heading + 3, heading + 5));
    CHECK(layout.sourceRange(heading + 3, heading + 5)->field == SourceField::Heading);
    CHECK_FALSE(layout.sourceRange(heading, heading + 3));
    CHECK_FALSE(layout.sourceRange(heading + 5, heading + 6));
    // A range across emphasis marks has no single source range.
    const int across = int(plain.indexOf(u"依法行政"_s));
    CHECK_FALSE(layout.sourceRange(across, across + 4));
}
