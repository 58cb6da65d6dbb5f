// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Importer.h"
#include "model/MetricCatalog.h"

namespace fazhi {

/// Finds figures in a report's text that name a catalogue metric ("办理行政复议案件8件", "出庭应诉率达100%"),
/// with the offset in the laid-out plain text so the clerk can see where each comes from.
class MetricCandidateFinder
{
public:
    static QList<MetricCandidate> find(const QString &plainText, const QList<MetricDefinition> &definitions);
    /// Reads a value as a clerk types it: "1500余", "约200", "98.5"; nullopt when it is not a figure.
    static std::optional<std::pair<double, Approx>> parseValue(const QString &text);
};

} // namespace fazhi
