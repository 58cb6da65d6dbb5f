// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Metric.h"

#include <QList>

#include <optional>

namespace fazhi {

class Database;

/// Metric definitions (the catalogue as stored) and the values reports record.
class MetricRepository
{
public:
    explicit MetricRepository(Database &db) : m_db(db) {}

    QList<MetricDefinition> definitions() const;
    std::optional<MetricDefinition> definition(const QString &key) const;
    /// Inserts or replaces the value of one metric for one report.
    void set(const MetricValue &value);
    void remove(qint64 reportId, const QString &key);
    QList<MetricValue> forReport(qint64 reportId) const;
    /// The metric's values across the unit's reports, oldest year first: (year, value).
    QList<std::pair<int, MetricValue>> history(qint64 unitId, const QString &key) const;

private:
    Database &m_db;
};

} // namespace fazhi
