// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/RuleContext.h"

#include "check/TextScan.h"

#include <QSet>

namespace fazhi {

QString RuleContext::textOfPart(int number) const { return textOfSections(structure.sectionsOf(number)); }

QString RuleContext::textOfSections(const QList<qint64> &sectionIds) const
{
    QString out;
    const QSet<qint64> ids(sectionIds.cbegin(), sectionIds.cend());
    for (const LayoutBlock &b : layout.blocks())
        if (b.sectionId != 0 && ids.contains(b.sectionId)) {
            out += b.text;
            out += u'\n';
        }
    return out;
}

bool RuleContext::isWorkSection(int partIndex, qint64 sectionId) const
{
    if (partIndex < 0)
        return false;
    const int standard = structure.standardOf(partIndex);
    const int sub = structure.subsectionStandard(sectionId);
    return (standard == 1 || standard == 3 || standard == 0) && (sub < 0 || sub == 1 || sub == 3);
}

QStringView TextUnit::folded() const
{
    if (!foldedText)
        foldedText = scan::foldWidth(text);
    return *foldedText;
}

} // namespace fazhi
