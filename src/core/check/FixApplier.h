// SPDX-License-Identifier: GPL-3.0-or-later
// Puts a finding's exact fix into the report's own text: the one place where a fix found in the laid-out
// plain text becomes an edit of a field (a section's body or heading, the title, a signatory, the date,
// the note). `fazhi check --fix` and the workspace's fix button both go through it.
#pragma once

#include "check/Finding.h"
#include "model/ReportDocument.h"
#include "text/ReportLayout.h"

#include <QList>
#include <QString>

#include <optional>

namespace fazhi {

/// One change of one of the report's texts: `before` at [start, start + before.size()) becomes `after`.
struct FixEdit
{
    SourceRange place;
    QString before;
    QString after;
};

class FixApplier
{
public:
    /// The edit that makes finding `f`'s fix in `doc`, whose layout is `layout`. Empty when the finding
    /// has no exact fix, when the fix would change the layout's own characters (numbers, added marks) or
    /// cross Markdown marks, or when `doc` no longer has the text the layout shows there (a stale layout).
    static std::optional<FixEdit> edit(const ReportDocument &doc, const ReportLayout &layout, const Finding &f);
    /// Makes the edit in `doc`; false, with `doc` unchanged, when the field no longer holds `before` there
    /// or (for the written date) the result is not a date.
    static bool apply(ReportDocument &doc, const FixEdit &edit);
    /// Every exact fix of `findings` (of `doc` laid out as `layout`); where two overlap, the first in the
    /// text wins. Returns how many were made.
    static int applyAll(ReportDocument &doc, const ReportLayout &layout, const QList<Finding> &findings);

    /// The text of one field of `doc`, as the layout's source ranges count in it; empty if none.
    static std::optional<QString> fieldText(const ReportDocument &doc, const SourceRange &place);
};

} // namespace fazhi
