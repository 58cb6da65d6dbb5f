// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutMapping.h"

namespace fazhi {

namespace {

int prefixLength(const LayoutBlock &b)
{
    if (b.kind == BlockKind::Item)
        return int(b.number.size());
    return b.headingLength;
}

} // namespace

SourcePlace LayoutMapping::toSource(const ReportLayout &layout, int offset)
{
    SourcePlace place;
    const int index = layout.blockAt(offset);
    if (index < 0)
        return place;
    const LayoutBlock &b = layout.blocks().at(index);
    place.sectionId = b.sectionId;
    place.kind = b.kind;
    if (b.kind == BlockKind::PartHeading || b.kind == BlockKind::SubHeading || b.sourceOffset < 0) {
        place.position = -1;
        return place;
    }
    const int inBlock = offset - b.offset - prefixLength(b);
    if (inBlock < 0 && b.headingLength > 0) {
        place.position = -1;
        return place;
    }
    place.position = b.sourceOffset + qMax(0, inBlock);
    return place;
}

int LayoutMapping::toPlain(const ReportLayout &layout, qint64 sectionId, int bodyPosition)
{
    const LayoutBlock *best = nullptr;
    const LayoutBlock *heading = nullptr;
    for (const LayoutBlock &b : layout.blocks()) {
        if (b.sectionId != sectionId)
            continue;
        if (!heading)
            heading = &b;
        if (b.sourceOffset >= 0 && b.sourceOffset <= bodyPosition
            && b.kind != BlockKind::PartHeading && b.kind != BlockKind::SubHeading)
            best = &b;
    }
    if (!best)
        return heading ? heading->offset : -1;
    const int prefix = prefixLength(*best);
    return best->offset + prefix + qMin(int(best->text.size()) - prefix, bodyPosition - best->sourceOffset);
}

} // namespace fazhi
