// SPDX-License-Identifier: GPL-3.0-or-later
// The metric catalogue: built-in definitions (resources/metrics/standard.json) plus the installation's own.
#pragma once

#include "model/Metric.h"
#include "model/Unit.h"

#include <QList>

namespace fazhi {

class MetricCatalog
{
public:
    /// The built-in catalogue, plus any *.json in the installation's "metrics" folder. Loaded once.
    static const MetricCatalog &builtin();
    /// Parses a catalogue file's JSON; throws Failure on malformed input.
    static QList<MetricDefinition> parse(const QByteArray &json);

    explicit MetricCatalog(QList<MetricDefinition> definitions = {});

    const QList<MetricDefinition> &definitions() const { return m_definitions; }
    const MetricDefinition *find(const QString &key) const;
    QList<MetricDefinition> requiredFor(UnitKind kind) const;

private:
    QList<MetricDefinition> m_definitions;
};

} // namespace fazhi
