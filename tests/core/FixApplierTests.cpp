// SPDX-License-Identifier: GPL-3.0-or-later
// A fix found in the plain text changes exactly the characters it names in the report's own text: the
// right occurrence, in whichever field they come from.
#include "CheckFixtures.h"

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

namespace {

/// The finding of `rule` whose excerpt contains `near`.
Finding findingNear(const CheckResult &r, const QString &rule, const QString &near)
{
    for (const Finding &f : r.findings)
        if (f.rule == rule && f.excerpt.contains(near))
            return f;
    FAIL("no " << rule.toStdString() << " near " << near.toStdString());
    return {};
}

/// Applies one finding's fix to `doc`; whether it could.
bool fix(ReportDocument &doc, const Finding &f)
{
    const std::optional<FixEdit> e = FixApplier::edit(doc, ReportLayout::build(doc), f);
    return e && FixApplier::apply(doc, *e);
}

/// A finding made by hand at `text`'s `occurrence`-th place in the plain text.
Finding at(const ReportDocument &doc, const QString &text, const QString &replacement, int occurrence = 0)
{
    const QString plain = ReportLayout::build(doc).plainText();
    qsizetype offset = -1;
    for (int i = 0; i <= occurrence; ++i)
        offset = plain.indexOf(text, offset + 1);
    REQUIRE(offset >= 0);
    Finding f;
    f.rule = u"test"_s;
    f.offset = int(offset);
    f.length = int(text.size());
    f.fix = replacement;
    return f;
}

} // namespace

TEST_CASE("a fix changes the occurrence it was found at when the same text occurs twice", "[check][fix]")
{
    DocBuilder b;
    b.standardParts();
    Section &sub = b.doc().sections[1];
    sub.body = u"**依法**行政,全面推进，**严格**执法,公正司法。"_s;
    ReportDocument doc = b.build();
    const CheckResult r = runCheck(doc);
    REQUIRE(fix(doc, findingNear(r, u"lint.punct.halfwidth"_s, u"执法,公正"_s)));
    CHECK(doc.sections[1].body == u"**依法**行政,全面推进，**严格**执法，公正司法。"_s);

    ReportDocument other = b.build();
    REQUIRE(fix(other, findingNear(r, u"lint.punct.halfwidth"_s, u"行政,全面"_s)));
    CHECK(other.sections[1].body == u"**依法**行政，全面推进，**严格**执法,公正司法。"_s);
}

TEST_CASE("a fix on an indented continued line changes that line, not the one before", "[check][fix]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().sections[1].body = u"一是加强学习,\n   二是严格执法,公正司法。"_s;
    ReportDocument doc = b.build();
    REQUIRE(fix(doc, at(doc, u","_s, u"，"_s, 1)));
    CHECK(doc.sections[1].body == u"一是加强学习,\n   二是严格执法，公正司法。"_s);
}

TEST_CASE("a fix in a signature line changes that signatory", "[check][fix]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().report.signatories = {u"中共重庆市江津区城市管理局委员会"_s, u"重庆市江津区城市管理局,"_s};
    ReportDocument doc = b.build();
    REQUIRE(fix(doc, at(doc, u"管理局,"_s, u"管理局"_s)));
    CHECK(doc.report.signatories == QStringList{u"中共重庆市江津区城市管理局委员会"_s, u"重庆市江津区城市管理局"_s});
    CHECK(doc.report.opening == b.doc().report.opening);
}

TEST_CASE("a fix in the written date changes the date, and one that makes no date is refused", "[check][fix]")
{
    DocBuilder b;
    b.standardParts();
    ReportDocument doc = b.build();
    REQUIRE(doc.report.writtenDate == QDate(2026, 1, 13));
    Finding f = at(doc, u"2026年1月13日"_s, u"2026年1月15日"_s);
    REQUIRE(fix(doc, f));
    CHECK(doc.report.writtenDate == QDate(2026, 1, 15));

    ReportDocument bad = b.build();
    CHECK_FALSE(fix(bad, at(bad, u"2026年1月13日"_s, u"2026年2月30日"_s)));
    CHECK(bad.report.writtenDate == QDate(2026, 1, 13));
}

TEST_CASE("a fix in the note changes the note", "[check][fix]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().report.note = u"本报告数据截至２０２５年１２月３１日。"_s;
    ReportDocument doc = b.build();
    const CheckResult r = runCheck(doc);
    REQUIRE(fix(doc, findingNear(r, u"lint.number.fullwidth"_s, u"２０２５"_s)));
    CHECK(doc.report.note.startsWith(u"本报告数据截至2025年"_s));
}

TEST_CASE("a fix in a part heading changes the heading, not the opening", "[check][fix]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().sections[0].heading = u"2024年推进法治政府建设的主要举措和成效"_s;
    b.doc().report.opening = u"2025年，我局坚持以习近平法治思想为指导。对照2024年的部署，现将有关情况报告如下："_s;
    ReportDocument doc = b.build();
    const CheckResult r = runCheck(doc);
    Finding year;
    for (const Finding &f : r.findings)
        if (f.fix && f.sectionId == doc.sections[0].id)
            year = f;
    REQUIRE(year.fix);
    REQUIRE(fix(doc, year));
    CHECK(doc.sections[0].heading == u"2025年推进法治政府建设的主要举措和成效"_s);
    CHECK(doc.report.opening == b.doc().report.opening);
}

TEST_CASE("a fix in a run-in subsection heading changes the heading", "[check][fix]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().sections[1].heading = u"开展２场专题培训"_s;
    ReportDocument doc = b.build();
    const CheckResult r = runCheck(doc);
    REQUIRE(fix(doc, findingNear(r, u"lint.number.fullwidth"_s, u"２"_s)));
    CHECK(doc.sections[1].heading == u"开展2场专题培训"_s);
    CHECK(doc.sections[1].body == b.doc().sections[1].body);
}

TEST_CASE("a wrong number as written is fixed by taking the laid-out number", "[check][fix]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().sections[1].sourceNumber = u"（二）"_s;
    ReportDocument doc = b.build();
    const CheckResult r = runCheck(doc);
    const QList<Finding> numbering = findingsOf(r, u"structure.numbering"_s);
    REQUIRE(numbering.size() == 1);
    REQUIRE(fix(doc, numbering.first()));
    CHECK(doc.sections[1].sourceNumber == u"（一）"_s);
    CHECK(findingsOf(runCheck(doc), u"structure.numbering"_s).isEmpty());
}

TEST_CASE("a fix is refused where it would change the layout's own characters or a stale text", "[check][fix]")
{
    DocBuilder b;
    b.standardParts();
    ReportDocument doc = b.build();
    const ReportLayout layout = ReportLayout::build(doc);
    // The run-in heading's number is the layout's, not the clerk's.
    CHECK_FALSE(FixApplier::edit(doc, layout, at(doc, u"（一）"_s, u"（二）"_s)));

    // The text changed since the check: the fix is not put at a place that now holds other text.
    const Finding f = at(doc, u"8场"_s, u"八场"_s);
    ReportDocument edited = doc;
    edited.sections[1].body.prepend(u"新增"_s);
    CHECK_FALSE(FixApplier::edit(edited, layout, f));
    const std::optional<FixEdit> e = FixApplier::edit(doc, layout, f);
    REQUIRE(e);
    CHECK_FALSE(FixApplier::apply(edited, *e));
    CHECK(edited.sections[1].body.startsWith(u"新增一是"_s));
}

TEST_CASE("a fix's Markdown characters are escaped so that the body reads back as the fix", "[check][fix]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().sections[1].body = u"甲&amp;乙,丙*丁*戊"_s;
    ReportDocument doc = b.build();
    REQUIRE(fix(doc, at(doc, u","_s, u"*_"_s)));
    CHECK(doc.sections[1].body == u"甲&amp;乙\\*\\_丙*丁*戊"_s);
    CHECK(ReportLayout::build(doc).plainText().contains(u"甲&乙*_丙丁戊"_s));
    // The entity is one character of the text.
    REQUIRE(fix(doc, at(doc, u"&"_s, u"和"_s)));
    CHECK(doc.sections[1].body == u"甲和乙\\*\\_丙*丁*戊"_s);
}

TEST_CASE("all exact fixes go into the report's text, the first of two overlapping ones winning", "[check][fix]")
{
    DocBuilder b;
    b.standardParts();
    b.doc().sections[1].body = u"1、加强学习,提高能力。一是深化改革，满意率100%二是落实2025年06月13日的部署。"_s;
    ReportDocument doc = b.build();
    const CheckResult r = runCheck(doc);
    REQUIRE(r.fixableCount() >= 4);
    const ReportLayout layout = ReportLayout::build(doc);
    QList<Finding> findings = r.findings;
    // A second fix at the comma, over more text: the comma's, first in the list, is made; this one is not.
    findings.append(at(doc, u",提高"_s, u",增强"_s));
    const int applied = FixApplier::applyAll(doc, layout, findings);
    CHECK(applied >= 4);
    CHECK(ReportLayout::build(doc).plainText().contains(u"1.加强学习，提高能力。一是深化改革，满意率100%。二是落实2025年6月13日的部署。"_s));
}
