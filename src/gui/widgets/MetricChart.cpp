// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricChart.h"

#include <QLabel>
#include <QVBoxLayout>

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

void MetricChart::setSeries(const QString &title, const QList<std::pair<int, double>> &values)
{
    m_points = int(values.size());
#ifdef FAZHI_HAVE_CHARTS
    auto *view = static_cast<QChartView *>(m_view);
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    auto *set = new QBarSet(title);
    set->setColor(QColor(0x15, 0x65, 0xc0));
    set->setLabelColor(Qt::black);
    QStringList years;
    double top = 0;
    for (const auto &[year, value] : values) {
        *set << value;
        years << QString::number(year);
        top = qMax(top, value);
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
    y->setRange(0, top > 0 ? top * 1.2 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
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
