// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/ReportLayout.h"

#include <QString>

namespace fazhi {

/// Where a "go to" leads, the one type every jump signal carries: a place in a section (its body at a
/// position, with a length to select, or its heading), a field of the report, a metric, or a problem.
struct JumpPlace
{
    enum class Kind { Section, Heading, ReportField, Metric, Problem };

    Kind kind = Kind::ReportField;
    qint64 sectionId = 0;                 ///< Section, Heading
    int position = 0;                     ///< Section: in the body (Markdown)
    int length = 0;                       ///< Section: characters to select
    BlockKind field = BlockKind::Title;   ///< ReportField: which field (Title, Addressee, Opening, Signature, Date, Note)
    QString metricKey;                    ///< Metric
    qint64 problemId = 0;                 ///< Problem

    static JumpPlace section(qint64 id, int position, int length = 0)
    {
        return {.kind = Kind::Section, .sectionId = id, .position = position, .length = length};
    }
    static JumpPlace heading(qint64 id) { return {.kind = Kind::Heading, .sectionId = id}; }
    static JumpPlace reportField(BlockKind field) { return {.kind = Kind::ReportField, .field = field}; }
    static JumpPlace metric(const QString &key) { return {.kind = Kind::Metric, .metricKey = key}; }
    static JumpPlace problem(qint64 id) { return {.kind = Kind::Problem, .problemId = id}; }
    /// The place of `length` characters at `offset` of the layout's plain text (the checker's and the
    /// preview's offsets), through LayoutMapping.
    static JumpPlace inLayout(const ReportLayout &layout, int offset, int length = 0);
};

} // namespace fazhi
