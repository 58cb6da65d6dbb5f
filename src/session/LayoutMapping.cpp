// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutMapping.h"

#include <algorithm>

namespace fazhi {

SourcePlace LayoutMapping::toSource(const ReportLayout &layout, int offset)
{
    SourcePlace place;
    const int index = layout.blockAt(offset);
    if (index < 0)
        return place;
    const LayoutBlock &b = layout.blocks().at(index);
    place.sectionId = b.sectionId;
    place.kind = b.kind;
    place.position = -1;
    // The exact place in the field the character was copied from; a character of the layout's own (a
    // number, an added mark) goes to the start of what follows it.
    std::optional<SourceRange> range = layout.sourceRange(offset, offset);
    if (!range) {
        for (const SourceRun &run : b.sources)
            if (run.start + run.length > offset - b.offset) {
                range = SourceRange{run.field, b.sectionId, b.item, run.sourceStart, 0};
                break;
            }
    }
    if (range && range->field != SourceField::Heading)
        place.position = range->start;
    return place;
}

int LayoutMapping::toPlain(const ReportLayout &layout, qint64 sectionId, int bodyPosition)
{
    const LayoutBlock *heading = nullptr;
    const LayoutBlock *best = nullptr;
    int bestOffset = -1;
    for (const LayoutBlock &b : layout.blocks()) {
        if (b.sectionId != sectionId)
            continue;
        if (!heading)
            heading = &b;
        for (const SourceRun &run : b.sources) {
            if (run.field != SourceField::Body || run.sourceStart > bodyPosition)
                continue;
            // The last run starting at or before the position: inside it, or the end of it.
            best = &b;
            const int into = std::min(bodyPosition - run.sourceStart, run.length == run.sourceLength ? run.length : 0);
            bestOffset = b.offset + run.start + (bodyPosition >= run.sourceStart + run.sourceLength ? run.length : into);
        }
    }
    if (!best)
        return heading ? heading->offset : -1;
    return bestOffset;
}

} // namespace fazhi
