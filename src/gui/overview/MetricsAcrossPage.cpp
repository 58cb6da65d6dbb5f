// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsAcrossPage.h"

#include "MetricChart.h"
#include "model/MetricCatalog.h"
#include "storage/OverviewRepository.h"
#include "storage/ReportRepository.h"
#include "storage/UnitRepository.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#ifdef FAZHI_HAVE_CHARTS
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QValueAxis>
#endif

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
QString number(double v) { return QLocale::c().toString(v, 'g', 12); }
} // namespace

MetricsAcrossPage::MetricsAcrossPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_year(new QSpinBox(this)), m_metric(new QComboBox(this)), m_table(new QTableWidget(this)),
      m_yearsChart(new MetricChart(this))
{
    m_year->setObjectName(u"metricsYearSpin"_s);
    m_year->setRange(2000, 2100);
    m_year->setValue(Clock::system().today().year() - 1);
    m_metric->setObjectName(u"metricsCombo"_s);
    m_table->setObjectName(u"metricsTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false);
#ifdef FAZHI_HAVE_CHARTS
    auto *view = new QChartView(new QChart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->hide();
    m_unitsChart = view;
#else
    m_unitsChart = new QLabel(this);
#endif
    m_unitsChart->setMinimumHeight(220);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Year"), this));
    bar->addWidget(m_year);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Metric"), this));
    bar->addWidget(m_metric, 1);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_unitsChart);
    charts->addWidget(m_yearsChart);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(charts);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_year, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(m_metric, &QComboBox::activated, this, [this] { showMetric(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int, int column) {
        if (column >= 1 && column - 1 < m_keys.size()) {
            m_metric->setCurrentIndex(column - 1);
            showMetric();
        }
    });
}

void MetricsAcrossPage::setYear(int year)
{
    if (m_year->value() == year)
        reload();
    else
        m_year->setValue(year);
}

void MetricsAcrossPage::reload()
{
    const int year = m_year->value();
    OverviewRepository facts(m_db);
    const auto reports = facts.reports(year);
    const auto values = facts.metricValues(year);
    m_keys.clear();
    for (const MetricDefinition &d : MetricCatalog::builtin().definitions())
        if (std::any_of(values.cbegin(), values.cend(), [&](const auto &v) { return v.contains(d.key); }))
            m_keys << d.key;
    QList<Unit> units;
    for (const Unit &u : UnitRepository(m_db).all())
        if (reports.contains(u.id))
            units << u;

    m_table->clear();
    m_table->setRowCount(int(units.size()) + 1);
    m_table->setColumnCount(int(m_keys.size()) + 1);
    QStringList headers{tr("Unit")};
    for (const QString &key : m_keys) {
        const MetricDefinition *d = MetricCatalog::builtin().find(key);
        headers << (d->word.isEmpty() ? d->name : u"%1（%2）"_s.arg(d->name, d->word));
    }
    m_table->setHorizontalHeaderLabels(headers);
    QFont bold = m_table->font();
    bold.setBold(true);
    auto *totalLabel = new QTableWidgetItem(tr("Total (%1 units)").arg(units.size()));
    totalLabel->setFont(bold);
    m_table->setItem(0, 0, totalLabel);
    for (int k = 0; k < m_keys.size(); ++k) {
        const MetricDefinition *d = MetricCatalog::builtin().find(m_keys.at(k));
        double total = 0;
        int count = 0;
        for (int row = 0; row < units.size(); ++row) {
            const auto v = values.value(reports.value(units.at(row).id).id);
            if (!v.contains(m_keys.at(k)))
                continue;
            total += v.value(m_keys.at(k));
            ++count;
            auto *item = new QTableWidgetItem(number(v.value(m_keys.at(k))));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row + 1, k + 1, item);
        }
        // Rates are not added up: their row shows the mean of the units that report one.
        const bool rate = d->word == u"%"_s;
        auto *item = new QTableWidgetItem(count == 0 ? QString() : rate ? tr("mean %1").arg(number(total / count)) : number(total));
        item->setFont(bold);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(0, k + 1, item);
    }
    for (int row = 0; row < units.size(); ++row)
        m_table->setItem(row + 1, 0, new QTableWidgetItem(units.at(row).fullName));
    m_table->resizeColumnsToContents();

    const QString current = m_metric->currentData().toString();
    m_metric->clear();
    for (const QString &key : m_keys)
        m_metric->addItem(MetricCatalog::builtin().find(key)->name, key);
    const int keep = m_metric->findData(current);
    m_metric->setCurrentIndex(keep >= 0 ? keep : 0);
    showMetric();
}

void MetricsAcrossPage::showMetric()
{
    const QString key = m_metric->currentData().toString();
    const MetricDefinition *d = MetricCatalog::builtin().find(key);
    const int year = m_year->value();
    OverviewRepository facts(m_db);
    // The units with the largest values this year.
    QList<std::pair<double, QString>> bars;
    const auto reports = facts.reports(year);
    const auto values = facts.metricValues(year);
    QHash<qint64, QString> names;
    for (const Unit &u : UnitRepository(m_db).all())
        names.insert(u.id, u.shortName.isEmpty() ? u.fullName : u.shortName);
    for (auto it = reports.cbegin(); it != reports.cend(); ++it) {
        const auto v = values.value(it->id);
        if (v.contains(key))
            bars.append({v.value(key), names.value(it.key())});
    }
    std::sort(bars.begin(), bars.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    bars = bars.mid(0, 20);
#ifdef FAZHI_HAVE_CHARTS
    QChart *chart = static_cast<QChartView *>(m_unitsChart)->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(d ? tr("%1, %2: the largest %3 units").arg(d->name).arg(year).arg(bars.size()) : QString());
    auto *set = new QBarSet(d ? d->name : QString());
    set->setColor(QColor(0x15, 0x65, 0xc0));
    QStringList categories;
    double top = 0;
    for (const auto &[value, name] : bars) {
        *set << value;
        categories << name.left(8);
        top = std::max(top, value);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-45);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
#else
    QStringList lines;
    for (const auto &[value, name] : bars)
        lines << u"%1：%2"_s.arg(name, number(value));
    static_cast<QLabel *>(m_unitsChart)->setText(lines.join(u'\n'));
#endif
    // The metric's total across the years (rates: the mean).
    QHash<int, std::pair<double, int>> byYear;
    const auto all = facts.metricValues(0);
    for (const Report &r : ReportRepository(m_db).all())
        if (all.value(r.id).contains(key)) {
            auto &[sum, count] = byYear[r.year];
            sum += all.value(r.id).value(key);
            ++count;
        }
    QList<int> years = byYear.keys();
    std::sort(years.begin(), years.end());
    QList<std::pair<int, double>> series2;
    const bool rate = d && d->word == u"%"_s;
    for (int y2 : years)
        series2.append({y2, rate ? byYear.value(y2).first / byYear.value(y2).second : byYear.value(y2).first});
    m_yearsChart->setSeries(d ? tr("%1 across the years (all units)").arg(d->name) : QString(), series2);
}

} // namespace fazhi
