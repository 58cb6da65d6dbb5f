// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the checklist over one report. Keeps the text rules' findings per section between runs, so that
// re-checking after an edit re-reads only the sections whose text changed; the document rules (structure,
// dates, topics, metrics) are cheap enough to run whole every time.
#pragma once

#include "check/CheckOptions.h"
#include "check/CheckResult.h"
#include "check/Checklist.h"
#include "model/ReportDocument.h"
#include "text/ReportLayout.h"

#include <QHash>

namespace fazhi {

class Checker
{
public:
    explicit Checker(CheckOptions options = {}, const Checklist *checklist = nullptr);

    CheckResult check(const ReportDocument &doc);
    /// The same, over the layout the caller already built of `doc` (ReportLayout::build).
    CheckResult check(const ReportDocument &doc, const ReportLayout &layout);

    const CheckOptions &options() const { return m_options; }
    /// New options (e.g. rules switched on again) drop the cached findings.
    void setOptions(CheckOptions options)
    {
        m_options = std::move(options);
        m_cache.clear();
    }
    /// Whether `rule` runs: known, not switched off by the checklist nor by the installation's settings.
    bool isEnabled(const QString &rule) const;

    /// Of the last check: text pieces read afresh and pieces whose findings came from the cache.
    int lastUnitsRead() const { return m_lastRead; }
    int lastUnitsReused() const { return m_lastReused; }

private:
    using UnitFindings = QHash<QString, QList<Finding>>; ///< rule id → findings, offsets within the piece
    using UnitCounts = QHash<QString, int>;              ///< topic keyword → occurrences in the piece
    struct UnitResult
    {
        UnitFindings findings;
        UnitCounts counts;
    };

    CheckOptions m_options;
    const Checklist &m_checklist;
    QHash<QString, UnitResult> m_cache;
    int m_lastRead = 0;
    int m_lastReused = 0;
};

} // namespace fazhi
