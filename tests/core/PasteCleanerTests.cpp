// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PasteCleaner.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace fazhi;

namespace {

QStringList texts(const PasteResult &r, PastedBlock::Kind kind)
{
    QStringList out;
    for (const PastedBlock &b : r.blocks)
        if (b.kind == kind)
            out << b.text;
    return out;
}

QString wordFragment()
{
    QFile f(QStringLiteral(FAZHI_TEST_DATA_DIR "/paste/word-fragment.html"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("Pasted plain text: a line break is a paragraph, page numbers and bullets go, and it is said", "[import][paste]")
{
    const PasteResult r = PasteCleaner::clean(u"第一段。\r\n第二段。\r\n\r\n- 2 -\r\n• 第三段。\r\n第 3 页 共 5 页\r\n"_s);
    CHECK(r.bodyText() == u"第一段。\n第二段。\n第三段。"_s);
    CHECK_FALSE(r.hasHeadings());
    REQUIRE(r.changes.size() == 2);
    CHECK(r.changes.at(0).contains(u"2 行页码"_s));
    CHECK(r.changes.at(1).contains(u"项目符号"_s));
}

TEST_CASE("Page numbers as word processors print them are recognised, sentences with numbers are not", "[import][paste]")
{
    for (const QString &line : {u"- 1 -"_s, u"—12—"_s, u"－ 3 －"_s, u"第 1 页 共 3 页"_s, u"第2页"_s, u"1/3"_s})
        CHECK(PasteCleaner::isPageNumber(line));
    for (const QString &line : {u"1. 加强学习"_s, u"全年办理案件1件"_s, u"2025"_s, u"-1"_s})
        CHECK_FALSE(PasteCleaner::isPageNumber(line));
}

TEST_CASE("A tab-separated table becomes a paragraph a row, with a notice that says so", "[import][paste]")
{
    const PasteResult r = PasteCleaner::clean(u"情况如下：\r\n案件类别\t件数\r\n行政复议\t8\r\n行政诉讼\t13\r\n"_s);
    CHECK(r.tables == 1);
    CHECK(r.bodyText() == u"情况如下：\n案件类别；件数\n行政复议；8\n行政诉讼；13"_s);
    REQUIRE(r.changes.size() == 1);
    CHECK(r.changes.first().contains(u"3 行 2 列的表格"_s));
}

TEST_CASE("Flattened punctuation in a paste is restored as the importer restores it", "[import][paste]")
{
    const PasteResult r = PasteCleaner::clean(u"全年办理案件8件,纠错2件,组织培训(含线上)3次,参训500人次;完成考核。"_s);
    CHECK(r.bodyText() == u"全年办理案件8件，纠错2件，组织培训（含线上）3次，参训500人次；完成考核。"_s);
    CHECK_FALSE(r.changes.isEmpty());
}

TEST_CASE("Word's HTML keeps its paragraphs, its table as rows, and its headings as structure", "[import][paste]")
{
    const PasteResult r = PasteCleaner::clean(u"ignored when HTML is there"_s, wordFragment());
    REQUIRE(r.blocks.size() == 8);
    CHECK(r.blocks.at(0).text == u"全年办理行政复议案件8件，纠错2件。"_s);
    CHECK(r.blocks.at(1).text == u"行政机关负责人出庭应诉率达100%。"_s);
    CHECK(r.blocks.at(2).text == u"案件类别；件数"_s);
    CHECK(r.blocks.at(3).text == u"行政复议；8"_s);
    CHECK(r.blocks.at(4).kind == PastedBlock::Part);
    CHECK(r.blocks.at(4).number == 2);
    CHECK(r.blocks.at(4).text == u"存在的不足和原因"_s);
    CHECK(r.blocks.at(5).text == u"基层执法力量不足，专业人员缺乏。"_s);
    CHECK(r.blocks.at(6).kind == PastedBlock::Subsection);
    CHECK(r.blocks.at(6).text == u"加强执法队伍建设"_s);
    CHECK(r.blocks.at(7).text == u"开展执法人员轮训。"_s);
    CHECK(r.tables == 1);
    CHECK(texts(r, PastedBlock::Paragraph).filter(u"1 -"_s).isEmpty());
    CHECK(r.changes.join(u' ').contains(u"页码"_s));
    CHECK(r.changes.join(u' ').contains(u"表格"_s));
}

TEST_CASE("A run-in subsection heading in a paste splits into heading and text", "[import][paste]")
{
    const PasteResult r = PasteCleaner::clean(u"（二）严格执法。全年办理案件1500余件。\n（三）这是一个很长的编号段落，它不是标题，因为它写了很多很多很多很多很多很多很多的字而且没有句号"_s);
    REQUIRE(r.blocks.size() == 3);
    CHECK(r.blocks.at(0).kind == PastedBlock::Subsection);
    CHECK(r.blocks.at(0).text == u"严格执法"_s);
    CHECK(r.blocks.at(1).text == u"全年办理案件1500余件。"_s);
    CHECK(r.blocks.at(2).kind == PastedBlock::Paragraph);
}
