// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's positions and the laid-out plain text (the checker's and the preview's offsets) map to each
// other exactly, whatever Markdown marks stand between them.
#include "SessionTestSupport.h"

#include "LayoutMapping.h"

using namespace Qt::StringLiterals;
using namespace fazhi;
using namespace fazhi::test;

namespace {

ReportDocument sample(const QString &body)
{
    ReportDocument doc;
    doc.report.year = 2025;
    doc.report.title = u"关于2025年法治政府建设情况的报告"_s;
    doc.sections = {
        {.id = 1, .part = 1, .position = 0, .heading = u"主要举措和成效"_s},
        {.id = 2, .parentId = 1, .position = 0, .heading = u"学法"_s, .body = body, .runIn = true},
    };
    return doc;
}

} // namespace

TEST_CASE("A place in the plain text maps to the very character of the body, past emphasis and indentation",
          "[session][mapping]")
{
    const QString body = u"**依法**行政,全面推进，**严格**执法,公正司法。\n   续行,再写\n1. 列表项,一"_s;
    const ReportLayout layout = ReportLayout::build(sample(body));
    const QString &plain = layout.plainText();
    for (const QString &text : {u"执法,"_s, u"续行,"_s, u"列表项,"_s, u"行政,"_s}) {
        INFO(text.toStdString());
        const int offset = int(plain.indexOf(text)) + int(text.size()) - 1;
        const SourcePlace place = LayoutMapping::toSource(layout, offset);
        CHECK(place.sectionId == 2);
        CHECK(place.position == int(body.indexOf(text)) + int(text.size()) - 1);
        CHECK(LayoutMapping::toPlain(layout, 2, place.position) == offset);
    }
    // The run-in heading is the heading, not the body.
    CHECK(LayoutMapping::toSource(layout, int(plain.indexOf(u"学法。"_s))).position == -1);
}

TEST_CASE("Every body position the layout copies maps to the plain text and back", "[session][mapping]")
{
    const QString body = u"前文**重点一\n重点二**后文&amp;尾\n\n> 引用,一段\n\n    缩进,代码"_s;
    const ReportLayout layout = ReportLayout::build(sample(body));
    int checked = 0;
    for (int position = 0; position < body.size(); ++position) {
        const int offset = LayoutMapping::toPlain(layout, 2, position);
        REQUIRE(offset >= 0);
        if (body.at(position).isSpace() || layout.plainText().at(offset) != body.at(position))
            continue; // a Markdown mark or a line end: it maps to the next copied character
        INFO(position);
        CHECK(LayoutMapping::toSource(layout, offset).position == position);
        ++checked;
    }
    CHECK(checked >= 20);
}
