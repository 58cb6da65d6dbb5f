// SPDX-License-Identifier: GPL-3.0-or-later
// Figures cited in a report's text ("行政复议案8件", "出庭率达100%", "1.9万余处"), mapped to catalogue metrics
// where the phrase before the figure names one.
#pragma once

#include "import/Importer.h"
#include "model/MetricCatalog.h"
#include "text/ReportLayout.h"

namespace fazhi {

class FigureExtractor
{
public:
    /// Every figure in the report's plain text (ReportLayout), in text order; offsets are into that text.
    static QList<MetricCandidate> extract(const ReportDocument &doc, const MetricCatalog &catalog = MetricCatalog::builtin());
    /// The same, over a layout already built (offsets are into its plain text).
    static QList<MetricCandidate> extract(const ReportLayout &layout, const MetricCatalog &catalog = MetricCatalog::builtin());
    /// The catalogue key a phrase and measure word name, or empty.
    static QString mapToKey(const QString &label, const QString &word, const MetricCatalog &catalog = MetricCatalog::builtin());
};

} // namespace fazhi
