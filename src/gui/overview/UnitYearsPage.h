// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OverviewTarget.h"

#include <QWidget>

class QComboBox;
class QTableWidget;
class QTreeWidget;

namespace fazhi {

class Clock;
class Database;
class MetricChart;

/// One unit across its years: status, score, checklist counts and problems side by side, key metrics
/// with their change on the year before, one metric as a chart, and each problem's rectification chain
/// through the years (a problem and the earlier ones it continues).
class UnitYearsPage : public QWidget
{
    Q_OBJECT

public:
    explicit UnitYearsPage(Database &db, QWidget *parent = nullptr);

    void setClock(const Clock &clock);
    /// Fills the page for the unit (0: the first unit).
    void showUnit(qint64 unitId);
    /// Refills the list of units and the page.
    void reload();
    qint64 unitId() const;

    QTableWidget *table() const { return m_table; }
    QTreeWidget *chains() const { return m_chains; }

signals:
    void openTarget(const OverviewTarget &target);

private:
    void fill();
    void showMetric(const QString &key);

    Database &m_db;
    const Clock *m_clock;
    QComboBox *m_unit;
    QTableWidget *m_table;
    QTreeWidget *m_chains;
    QComboBox *m_metric;
    MetricChart *m_chart;
    QList<std::pair<int, qint64>> m_reports; ///< (year, report id), oldest first
};

} // namespace fazhi
