// SPDX-License-Identifier: GPL-3.0-or-later
// The checker on degenerate input: an empty report, and random mixtures of the characters rules look at.
#include "CheckFixtures.h"

#include <QRandomGenerator>

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

TEST_CASE("an empty report is checked without a crash and fails the structure rules", "[check]")
{
    const CheckResult r = runCheck(ReportDocument{});
    CHECK(findingsOf(r, u"structure.title"_s).size() == 1);
    CHECK(findingsOf(r, u"structure.part1.measures"_s).size() == 1);
    CHECK(r.toJson().value(u"findings"_s).isArray());
    CHECK(r.fixedText() == r.plainText);
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
        (void)r.fixedText();
        (void)r.toJson();
    }
}
