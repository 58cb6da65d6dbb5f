// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricChart.h"

#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

#ifdef FAZHI_HAVE_CHARTS
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QValueAxis>
#endif

namespace fazhi {

MetricChart::MetricChart(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
#ifdef FAZHI_HAVE_CHARTS
    auto *view = new QChartView(this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->chart()->legend()->hide();
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_view = view;
#else
    m_view = new QLabel(this);
#endif
    layout->addWidget(m_view);
}

QList<double> MetricChart::ticksFor(double top, bool wholeNumbers)
{
    const double wanted = top > 0 ? top * 1.15 : 1.0; // room for the value labels above the bars
    // About five intervals, each 1, 2 or 5 times a power of ten.
    const double raw = wanted / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power * 10;
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (power * m >= raw) {
            step = power * m;
            break;
        }
    if (wholeNumbers)
        step = qMax(1.0, std::round(step));
    const int intervals = qMax(1, int(std::ceil(wanted / step - 1e-9)));
    QList<double> ticks;
    for (int i = 0; i <= intervals; ++i)
        ticks << i * step;
    return ticks;
}

void MetricChart::setSeries(const QString &title, const QList<std::pair<int, double>> &values)
{
    m_points = int(values.size());
    bool whole = true;
    double highest = 0;
    for (const auto &[year, value] : values) {
        whole = whole && value == std::round(value);
        highest = qMax(highest, value);
    }
    m_ticks = ticksFor(highest, whole);
#ifdef FAZHI_HAVE_CHARTS
    auto *view = static_cast<QChartView *>(m_view);
    QChart *chart = view->chart();
    chart->removeAllSeries();
    // removeAxis hands the axis back to us (the chart no longer owns it): delete it, or every redraw leaks two.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    auto *set = new QBarSet(title);
    set->setColor(QColor(0x15, 0x65, 0xc0));
    set->setLabelColor(Qt::black);
    QStringList years;
    for (const auto &[year, value] : values) {
        *set << value;
        years << QString::number(year);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(years);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, m_ticks.last());
    y->setTickCount(int(m_ticks.size()));
    const double step = m_ticks.size() > 1 ? m_ticks.at(1) : 1;
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    y->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
#else
    QStringList lines;
    for (const auto &[year, value] : values)
        lines << tr("%1: %2").arg(year).arg(value);
    static_cast<QLabel *>(m_view)->setText(title + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
#endif
}

} // namespace fazhi
