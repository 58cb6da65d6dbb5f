// SPDX-License-Identifier: GPL-3.0-or-later
#include "JumpPlace.h"

#include "LayoutMapping.h"

namespace fazhi {

JumpPlace JumpPlace::inLayout(const ReportLayout &layout, int offset, int length)
{
    const SourcePlace place = LayoutMapping::toSource(layout, offset);
    if (place.sectionId <= 0)
        return reportField(place.kind);
    if (place.position < 0)
        return heading(place.sectionId);
    return section(place.sectionId, place.position, length);
}

} // namespace fazhi
