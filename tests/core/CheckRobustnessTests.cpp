// SPDX-License-Identifier: GPL-3.0-or-later
// The checker on degenerate input: an empty report, and random mixtures of the characters rules look at.
#include "CheckFixtures.h"

#include <QRandomGenerator>

#include <ctime>

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

TEST_CASE("an empty report is checked without a crash and fails the structure rules", "[check]")
{
    const CheckResult r = runCheck(ReportDocument{});
    CHECK(findingsOf(r, u"structure.title"_s).size() == 1);
    CHECK(findingsOf(r, u"structure.part1.measures"_s).size() == 1);
    CHECK(r.toJson().value(u"findings"_s).isArray());
    ReportDocument fixed;
    CHECK(FixApplier::applyAll(fixed, ReportLayout::build(fixed), r.findings) == 0);
}

TEST_CASE("random text never puts a finding outside the plain text", "[check]")
{
    const QString alphabet = u"一二三四五六七八九十是的了第之约超余多左右年月日号〔〕（）()《》“”‘’【】、，。；：,.;:?! 　"
                             u"0123456789-~～%万亿法治\n\U00020000"_s;
    QRandomGenerator rng(20260121);
    for (int round = 0; round < 150; ++round) {
        QString text;
        const int length = 1 + int(rng.bounded(80));
        for (int i = 0; i < length; ++i) {
            const int k = int(rng.bounded(alphabet.size()));
            if (alphabet.at(k).isSurrogate())
                text += u"\U00020000"_s;
            else
                text += alphabet.at(k);
        }
        DocBuilder b;
        b.standardParts();
        b.doc().sections[0].body = markdownEscape(text);
        const CheckResult r = runCheck(b.build());
        for (const Finding &f : r.findings) {
            if (!f.hasPlace())
                continue;
            INFO(text.toStdString() << " / " << f.rule.toStdString());
            CHECK(f.offset + f.length <= r.plainText.size());
            CHECK(f.excerpt.size() <= 20);
        }
        ReportDocument fixed = b.build();
        FixApplier::applyAll(fixed, ReportLayout::build(fixed), r.findings);
        (void)r.toJson();
    }
}

namespace {

/// CPU time of this thread in milliseconds, the least of three checks of `doc`.
double checkMs(const ReportDocument &doc)
{
    double best = 1e18;
    for (int i = 0; i < 3; ++i) {
        timespec a{}, b{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
        Checker checker;
        (void)checker.check(doc);
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
        best = std::min(best, (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6);
    }
    return best;
}

ReportDocument oneParagraph(const QString &text)
{
    DocBuilder b;
    b.standardParts();
    b.doc().sections[0].body = markdownEscape(text);
    return b.build();
}

} // namespace

TEST_CASE("check time grows linearly with a one-line paragraph full of what the rules look at", "[check][linear]")
{
    // Unclosed quotes and brackets, half-width parentheses, enumerators run on, 其次 without 首先, doubled
    // characters and approximations: every rule finds something in each repetition, on one line.
    const QString chunk = u"一是加强“学习(培训)其次，二是完善《制度约300余件的的，三是(落实【责任"_s;
    QString small;
    while (small.size() < 25000)
        small += chunk;
    const QString large = small.repeated(4);
    const double smallMs = checkMs(oneParagraph(small));
    const double largeMs = checkMs(oneParagraph(large));
    INFO("25,000 characters: " << smallMs << " ms; 100,000 characters: " << largeMs << " ms");
    CHECK(runCheck(oneParagraph(small)).findings.size() > 1000);
    // Linear is 4 times; a rule that re-reads the line per finding makes it about 16.
    CHECK(largeMs < smallMs * 7);
}
