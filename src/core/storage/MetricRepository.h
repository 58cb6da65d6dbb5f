// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Metric.h"

#include <QFlags>
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
    /// The columns of a recorded value, for writes that carry only what they change.
    enum class Field : unsigned {
        Value = 1u << 0,
        Approx = 1u << 1,
        Note = 1u << 2,
        Source = 1u << 3,
    };
    Q_DECLARE_FLAGS(Fields, Field)
    static constexpr unsigned kLastField = unsigned(Field::Source);
    static Fields changedFields(const MetricValue &a, const MetricValue &b);
    static void copyFields(MetricValue &to, const MetricValue &from, Fields fields);
    static QString fieldText(const MetricValue &value, Field field);

    /// Inserts or replaces the value of one metric for one report.
    void set(const MetricValue &value);
    /// Inserts the value when the report has none for the metric, else writes only `fields` of it: a
    /// column another program changed meanwhile keeps its value.
    void setFields(const MetricValue &value, Fields fields);
    void remove(qint64 reportId, const QString &key);
    QList<MetricValue> forReport(qint64 reportId) const;
    /// The metric's values across the unit's reports, oldest year first: (year, value).
    QList<std::pair<int, MetricValue>> history(qint64 unitId, const QString &key) const;

private:
    void validate(const MetricValue &value) const;

    Database &m_db;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MetricRepository::Fields)

} // namespace fazhi
