// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist on three published reports: the findings a careful reviewer makes (fixtures README), and
// proofreading findings that are real errors at least 9 times in 10.
#include "CheckFixtures.h"

#include "import/Importer.h"

#include <iostream>

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

namespace {

struct Defect
{
    QString rule;
    QString excerpt; ///< a piece of the finding's excerpt
};

/// The proofreading errors a reviewer finds in each fixture (fixtures README) that are left after import: the
/// importer repairs copy damage (the date line "2026121", a heading run into 一是) and says so.
const QHash<QString, QList<Defect>> &realDefects()
{
    static const QHash<QString, QList<Defect>> defects = {
        {u"jiangjin-cgj-2025.txt"_s,
         {{u"lint.confusable"_s, u"三中四中全会"_s},
          {u"lint.enum.run-on"_s, u"100%二是"_s},
          {u"lint.enum.run-on"_s, u"较大二是"_s},
          {u"lint.number.range"_s, u"1-3个"_s},
          {u"lint.punct.dunhao-quoted"_s, u"”、“宪法宣传周"_s},
}},
        {u"jiulongpo-cgj-2023.txt"_s,
         {{u"lint.number.range"_s, u"20202025年"_s},
          {u"lint.number.range"_s, u"20212025年"_s},
          {u"lint.punct.dunhao-quoted"_s, u"》、《法治"_s},
          {u"lint.number.glued"_s, u"〔202383号"_s},
          {u"lint.number.glued"_s, u"〔202365号"_s}}},
        {u"siping-town-2025.txt"_s,
         {{u"lint.dup-char"_s, u"二是是"_s},
          {u"lint.number.approx"_s, u"超1.5万余"_s},
          {u"lint.number.approx"_s, u"约万余"_s},
          {u"lint.number.approx"_s, u"超500余"_s},
          {u"lint.punct.dunhao-quoted"_s, u"”、“企业专场会"_s},
          {u"lint.punct.dunhao-quoted"_s, u"”、“社会矛盾"_s},
          {u"lint.punct.dunhao-quoted"_s, u"”、“大走访"_s},
          {u"lint.confusable"_s, u"投诉举办"_s}}},
    };
    return defects;
}

bool isReal(const Finding &f, const QList<Defect> &defects)
{
    return std::any_of(defects.cbegin(), defects.cend(),
                       [&](const Defect &d) { return d.rule == f.rule && f.excerpt.contains(d.excerpt); });
}

struct Precision
{
    int real = 0;
    int total = 0;
};

/// Counts the lint findings that are real errors, prints the rest, and checks every known defect is found.
Precision lintPrecision(const QString &name, const CheckResult &r, bool requireAll)
{
    const QList<Defect> &defects = realDefects().value(name);
    Precision p;
    for (const Finding &f : r.findings) {
        if (!f.rule.startsWith(u"lint."_s))
            continue;
        ++p.total;
        if (isReal(f, defects))
            ++p.real;
        else
            std::cout << "  not a known defect: " << f.rule << " " << f.excerpt << "\n";
    }
    int found = 0;
    for (const Defect &d : defects) {
        INFO(name << ": " << d.rule << " " << d.excerpt);
        const bool hit = std::any_of(r.findings.cbegin(), r.findings.cend(),
                                     [&](const Finding &f) { return f.rule == d.rule && f.excerpt.contains(d.excerpt); });
        found += hit;
        if (requireAll)
            CHECK(hit);
    }
    std::cout << name << ": recall " << found << " of " << defects.size() << " known defects\n";
    std::cout << name << ": " << p.real << " of " << p.total << " proofreading findings real\n";
    return p;
}

const Finding *first(const CheckResult &r, const QString &rule)
{
    for (const Finding &f : r.findings)
        if (f.rule == rule)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("Jiangjin 2025: part 3 only a sentence, an extra part, combined 2+4 without reasons, a broken date", "[check][fixture]")
{
    const CheckResult r = runCheck(fixtureDocument(u"jiangjin-cgj-2025.txt"_s));
    const Finding *part3 = first(r, u"structure.part3.leader-duty"_s);
    REQUIRE(part3);
    CHECK(part3->level == FindingLevel::Warning);
    CHECK(part3->excerpt.startsWith(u"三是严格履行党政主要负责人"_s));
    CHECK(part3->part == 1);
    REQUIRE(first(r, u"structure.extra-part"_s));
    CHECK(first(r, u"structure.extra-part"_s)->message.contains(u"工作亮点"_s));
    CHECK(first(r, u"structure.part2.reasons"_s));
    CHECK_FALSE(first(r, u"structure.part2.shortcomings"_s));
    CHECK_FALSE(first(r, u"structure.part4.next-year"_s));
    CHECK_FALSE(first(r, u"structure.order"_s));
    CHECK_FALSE(first(r, u"structure.signature"_s));
    // The importer reads the damaged date line "2026121" as 2026年1月21日 and says so: no date finding.
    CHECK_FALSE(first(r, u"structure.date"_s));
    CHECK_FALSE(first(r, u"date.publish-due"_s)); // published 2026-02-28
    CHECK(first(r, u"topic.emergency"_s));
    CHECK_FALSE(first(r, u"topic.enforcement"_s));
    CHECK_FALSE(first(r, u"topic.publicity"_s));
}

TEST_CASE("Jiulongpo 2023: parts in the order 1-3-2-4, no addressee, signature or date", "[check][fixture]")
{
    const CheckResult r = runCheck(fixtureDocument(u"jiulongpo-cgj-2023.txt"_s));
    CHECK_FALSE(first(r, u"structure.part3.leader-duty"_s));
    REQUIRE(first(r, u"structure.order"_s));
    CHECK(first(r, u"structure.order"_s)->message.contains(u"存在的主要问题"_s));
    CHECK(first(r, u"structure.addressee"_s));
    CHECK(first(r, u"structure.signature"_s));
    CHECK(first(r, u"structure.date"_s));
    CHECK(first(r, u"structure.part2.reasons"_s));
    CHECK_FALSE(first(r, u"year.consistency"_s)); // part 4 is about 2024
    CHECK_FALSE(first(r, u"date.publish-due"_s)); // published 2024-03-06
    CHECK(r.count(FindingLevel::Error) >= 2);
}

TEST_CASE("Siping 2025: no part 3, reasons given, signed and dated in time", "[check][fixture]")
{
    const CheckResult r = runCheck(fixtureDocument(u"siping-town-2025.txt"_s));
    const Finding *part3 = first(r, u"structure.part3.leader-duty"_s);
    REQUIRE(part3);
    CHECK(part3->level == FindingLevel::Error);
    for (const QString &passing : {u"structure.part2.reasons"_s, u"structure.signature"_s, u"structure.date"_s,
                                   u"date.report-due"_s, u"date.publish-due"_s, u"structure.order"_s,
                                   u"topic.normative-docs"_s})
        CHECK_FALSE(first(r, passing));
    CHECK(r.passed.contains(u"structure.signature"_s));
}

TEST_CASE("proofreading on the fixtures as imported: every known defect found, at least 9 of 10 findings real", "[check][fixture]")
{
    Precision all;
    for (const QString &name : realDefects().keys()) {
        const Precision p = lintPrecision(name, runCheck(fixtureDocument(name)), true);
        CHECK(p.real * 10 >= p.total * 9);
        all.real += p.real;
        all.total += p.total;
    }
    std::cout << "all fixtures: " << all.real << " of " << all.total << " proofreading findings real\n";
    CHECK(all.real * 10 >= all.total * 9);
}
