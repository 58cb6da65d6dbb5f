// SPDX-License-Identifier: GPL-3.0-or-later
// Everything about one report that rendering and checking need, loaded at once.
#pragma once

#include "model/Metric.h"
#include "model/Problem.h"
#include "model/Report.h"
#include "model/Section.h"
#include "model/Unit.h"

#include <QList>

#include <memory>

namespace fazhi {

struct ReportDocument
{
    Unit unit;
    Report report;
    QList<Section> sections;    ///< parts and subsections, parts in position order, each followed by its subsections
    QList<MetricValue> metrics;
    QList<Problem> problems;
    /// The same unit's previous report, when there is one (its metrics and problems are what matter).
    std::shared_ptr<const ReportDocument> previous;

    QList<Section> parts() const;
    QList<Section> subsections(qint64 partId) const;
    const MetricValue *metric(const QString &key) const;
    /// Sorts sections into reading order: parts by position, each followed by its subsections.
    void normalizeOrder();
};

} // namespace fazhi
