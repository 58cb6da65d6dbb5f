// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist on three published reports: the findings a careful reviewer would make, and no more.
#include "CheckFixtures.h"

#include <iostream>

using namespace fazhi;
using namespace fazhi::test;
using namespace Qt::StringLiterals;

namespace {

void dump(const QString &name)
{
    const ReportDocument doc = fixtureDocument(name);
    const CheckResult r = runCheck(doc);
    std::cout << "==== " << name << " score " << r.score() << " passed " << r.passed.size() << "\n";
    for (const Finding &f : r.findings)
        std::cout << findingLevelKey(f.level) << " " << f.rule << " p" << f.part << " | " << f.message << " | "
                  << f.excerpt << (f.fix ? QString(u" | fix: "_s + *f.fix) : QString()) << "\n";
}

} // namespace

TEST_CASE("dump fixture findings", "[.dump]")
{
    dump(u"jiangjin-cgj-2025.txt"_s);
    dump(u"jiulongpo-cgj-2023.txt"_s);
    dump(u"siping-town-2025.txt"_s);
}
