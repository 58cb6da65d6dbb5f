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
    /// The values the y axis labels, bottom to top: whole numbers for counts, never a label twice.
    const QList<double> &yTicks() const { return m_ticks; }
    /// The ticks of an axis from 0 that shows `top` with room above it: steps of 1, 2 or 5 times a power
    /// of ten, whole numbers whenever `wholeNumbers`.
    static QList<double> ticksFor(double top, bool wholeNumbers);

private:
    QWidget *m_view = nullptr;
    int m_points = 0;
    QList<double> m_ticks;
};

} // namespace fazhi
