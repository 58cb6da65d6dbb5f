// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/ReportLayout.h"

namespace fazhi {

/// A place in what the clerk edits: a section body position, a section heading, or a report field.
struct SourcePlace
{
    qint64 sectionId = 0;  ///< 0: the report's own fields (title, addressee, opening, signature, date)
    int position = 0;      ///< in the section body (Markdown); -1: the heading
    BlockKind kind = BlockKind::Paragraph;
};

/// Converts between offsets in the laid-out plain text (what the checker and the preview count in) and
/// positions in the section bodies the clerk types into.
class LayoutMapping
{
public:
    static SourcePlace toSource(const ReportLayout &layout, int offset);
    /// -1 when the section has no block in the layout.
    static int toPlain(const ReportLayout &layout, qint64 sectionId, int bodyPosition);
};

} // namespace fazhi
