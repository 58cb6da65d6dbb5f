// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace fazhi {

/// A small chart of one metric over a unit's years (a bar a year).
class MetricChart : public QWidget
{
    Q_OBJECT

public:
    explicit MetricChart(QWidget *parent = nullptr);
    void setSeries(const QString &title, const QList<std::pair<int, double>> &values);
    int pointCount() const { return m_points; }

private:
    QWidget *m_view = nullptr;
    int m_points = 0;
};

} // namespace fazhi
