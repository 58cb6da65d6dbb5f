// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;
class QTableWidget;

namespace fazhi {

class Database;
class MetricChart;

/// The catalogue's metrics for a year as a units × metrics table with a total row, a bar chart of one
/// metric across the units (the largest twenty), and that metric's total across the years.
class MetricsAcrossPage : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsAcrossPage(Database &db, QWidget *parent = nullptr);

    void setYear(int year);
    void reload();
    QTableWidget *table() const { return m_table; }

private:
    void showMetric();

    Database &m_db;
    QSpinBox *m_year;
    QComboBox *m_metric;
    QTableWidget *m_table;
    QWidget *m_unitsChart;
    MetricChart *m_yearsChart;
    QStringList m_keys;
};

} // namespace fazhi
