// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitYearsPage.h"

#include "MetricChart.h"
#include "model/MetricCatalog.h"
#include "overview/Overview.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/UnitRepository.h"
#include "util/Clock.h"
#include "util/Failure.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
enum { ReportRole = Qt::UserRole + 1, PlaceRole, ProblemRole };
}

UnitYearsPage::UnitYearsPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_clock(&Clock::system()), m_unit(new QComboBox(this)), m_table(new QTableWidget(this)),
      m_chains(new QTreeWidget(this)), m_metric(new QComboBox(this)), m_chart(new MetricChart(this))
{
    m_unit->setObjectName(u"unitCombo"_s);
    m_unit->setAccessibleName(tr("Unit"));
    m_table->setObjectName(u"yearsTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chains->setObjectName(u"chainTree"_s);
    m_chains->setHeaderLabels({tr("Year"), tr("Problem"), tr("Status"), tr("Due")});
    m_metric->setObjectName(u"metricCombo"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Unit"), this));
    bar->addWidget(m_unit, 1);
    bar->addWidget(new QLabel(tr("Metric across years"), this));
    bar->addWidget(m_metric, 1);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    auto *chainBox = new QWidget(lower);
    auto *chainLayout = new QVBoxLayout(chainBox);
    chainLayout->setContentsMargins(0, 0, 0, 0);
    chainLayout->addWidget(new QLabel(tr("Rectification chains: each problem and the earlier ones it continues"), chainBox));
    chainLayout->addWidget(m_chains);
    lower->addWidget(chainBox);
    lower->addWidget(m_chart);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_unit, &QComboBox::activated, this, [this] { fill(); });
    connect(m_metric, &QComboBox::activated, this, [this] { showMetric(m_metric->currentData().toString()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        if (!item || item->data(ReportRole).toLongLong() <= 0)
            return;
        OverviewTarget t;
        t.reportId = item->data(ReportRole).toLongLong();
        t.place = OverviewTarget::Place(item->data(PlaceRole).toInt());
        emit openTarget(t);
    });
    connect(m_chains, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        OverviewTarget t;
        t.reportId = item->data(0, ReportRole).toLongLong();
        t.place = OverviewTarget::Place::Problem;
        t.refId = item->data(0, ProblemRole).toLongLong();
        if (t.reportId > 0)
            emit openTarget(t);
    });
}

void UnitYearsPage::setClock(const Clock &clock)
{
    m_clock = &clock;
    fill();
}

qint64 UnitYearsPage::unitId() const { return m_unit->currentData().toLongLong(); }

void UnitYearsPage::reload()
{
    const qint64 current = unitId();
    m_unit->clear();
    for (const Unit &u : UnitRepository(m_db).all())
        m_unit->addItem(u.fullName, u.id);
    const int index = m_unit->findData(current);
    m_unit->setCurrentIndex(index >= 0 ? index : 0);
    fill();
}

void UnitYearsPage::showUnit(qint64 id)
{
    if (m_unit->count() == 0)
        reload();
    const int index = m_unit->findData(id);
    if (index >= 0)
        m_unit->setCurrentIndex(index);
    fill();
}

void UnitYearsPage::fill()
{
    m_table->clear();
    m_chains->clear();
    m_reports.clear();
    const qint64 unit = unitId();
    if (unit <= 0)
        return;
    for (const Report &r : ReportRepository(m_db).forUnit(unit))
        m_reports.append({r.year, r.id});
    std::sort(m_reports.begin(), m_reports.end());

    CheckOptions options;
    QList<OverviewRow> rows;
    try {
        options = SettingsRepository(m_db).checkOptions();
        options.clock = m_clock;
        for (const auto &[year, id] : m_reports) {
            const QList<OverviewRow> yearRows = Overview::build(m_db, year, unit, options);
            rows << (yearRows.isEmpty() ? OverviewRow() : yearRows.first());
        }
    } catch (const Failure &f) {
        m_table->setRowCount(1);
        m_table->setColumnCount(1);
        m_table->setItem(0, 0, new QTableWidgetItem(f.message()));
        return;
    }

    // Metric values per year, the catalogue's order.
    QList<QHash<QString, double>> values;
    QList<QList<Problem>> problems;
    QStringList metricKeys;
    for (const auto &[year, id] : m_reports) {
        QHash<QString, double> v;
        for (const MetricValue &m : MetricRepository(m_db).forReport(id))
            v.insert(m.key, m.value);
        values << v;
        problems << ProblemRepository(m_db).forReport(id);
    }
    for (const MetricDefinition &d : MetricCatalog::builtin().definitions())
        if (std::any_of(values.cbegin(), values.cend(), [&](const auto &v) { return v.contains(d.key); }))
            metricKeys << d.key;

    const QStringList fixedRows{tr("Status"), tr("Score"), tr("Errors"), tr("Warnings"), tr("Missing parts"),
                                tr("Submitted"), tr("Published"), tr("Problems raised"), tr("Rectified"), tr("Overdue"),
                                tr("Carried over"), tr("Repeated")};
    QStringList labels = fixedRows;
    for (const QString &key : metricKeys)
        labels << MetricCatalog::builtin().find(key)->name;
    m_table->setRowCount(int(labels.size()));
    m_table->setColumnCount(int(m_reports.size()));
    m_table->setVerticalHeaderLabels(labels);
    QStringList years;
    for (const auto &[year, id] : m_reports)
        years << QString::number(year);
    m_table->setHorizontalHeaderLabels(years);

    const auto date = [](const QDate &d) { return d.isValid() ? d.toString(u"yyyy-MM-dd"_s) : u"—"_s; };
    for (int c = 0; c < m_reports.size(); ++c) {
        const OverviewRow &r = rows.at(c);
        QStringList parts;
        for (int p : r.missingParts)
            parts << QString::number(p);
        const QStringList cells{reportStatusLabel(r.status), QString::number(r.score), QString::number(r.errors),
                                QString::number(r.warnings), parts.join(u'、'),
                                date(r.submitted) + (r.submitLate ? tr(" (late)") : QString()),
                                date(r.published) + (r.publishLate ? tr(" (late)") : QString()),
                                QString::number(problems.at(c).size()), QString::number(r.problemsRectified),
                                QString::number(r.problemsOverdue), QString::number(r.problemsCarried),
                                QString::number(r.problemsRepeated)};
        for (int i = 0; i < cells.size(); ++i) {
            auto *item = new QTableWidgetItem(cells.at(i));
            item->setData(ReportRole, m_reports.at(c).second);
            const bool late = (i == 5 && r.submitLate) || (i == 6 && r.publishLate) || (i == 9 && r.problemsOverdue > 0);
            if (late) {
                item->setBackground(QColor(0xff, 0xcd, 0xd2));
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            }
            item->setData(PlaceRole, int(i >= 7 ? OverviewTarget::Place::Problem
                                         : i >= 5 ? OverviewTarget::Place::Fields
                                         : i >= 1 ? OverviewTarget::Place::Checklist
                                                  : OverviewTarget::Place::Report));
            m_table->setItem(i, c, item);
        }
        for (int k = 0; k < metricKeys.size(); ++k) {
            const QString &key = metricKeys.at(k);
            if (!values.at(c).contains(key))
                continue;
            const double now = values.at(c).value(key);
            QString text = QLocale::c().toString(now, 'g', 12);
            if (c > 0 && values.at(c - 1).contains(key))
                if (const auto change = formatChange(values.at(c - 1).value(key), now))
                    text += u"（"_s + *change + u"）"_s;
            auto *item = new QTableWidgetItem(text);
            item->setData(ReportRole, m_reports.at(c).second);
            item->setData(PlaceRole, int(OverviewTarget::Place::Metrics));
            m_table->setItem(int(fixedRows.size()) + k, c, item);
        }
    }
    m_table->resizeColumnsToContents();

    // Chains: every problem that no later problem continues, followed back through the years.
    QHash<qint64, std::pair<Problem, int>> byId; // problem → (problem, year)
    QHash<qint64, qint64> reportOf;
    QSet<qint64> continued;
    for (int c = 0; c < m_reports.size(); ++c)
        for (const Problem &p : problems.at(c)) {
            byId.insert(p.id, {p, m_reports.at(c).first});
            reportOf.insert(p.id, m_reports.at(c).second);
            if (p.continuesId)
                continued.insert(p.continuesId);
        }
    const QDate today = m_clock->today();
    for (int c = int(m_reports.size()) - 1; c >= 0; --c)
        for (const Problem &head : problems.at(c)) {
            if (continued.contains(head.id))
                continue;
            QTreeWidgetItem *parent = nullptr;
            for (qint64 id = head.id; id > 0 && byId.contains(id);) {
                const auto &[p, year] = byId.value(id);
                const bool overdue = p.status != ProblemStatus::Rectified && p.dueDate.isValid() && p.dueDate < today;
                auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_chains);
                item->setText(0, QString::number(year));
                item->setText(1, p.text);
                item->setText(2, problemStatusLabel(p.status));
                item->setText(3, p.dueDate.isValid() ? p.dueDate.toString(u"yyyy-MM-dd"_s) : QString());
                item->setData(0, ReportRole, reportOf.value(p.id));
                item->setData(0, ProblemRole, p.id);
                if (overdue)
                    for (int col = 0; col < 4; ++col)
                        item->setBackground(col, QColor(0xff, 0xcd, 0xd2));
                parent = item;
                id = p.continuesId;
            }
        }
    m_chains->expandAll();
    m_chains->resizeColumnToContents(0);

    const QString metric = m_metric->currentData().toString();
    m_metric->clear();
    for (const QString &key : metricKeys)
        m_metric->addItem(MetricCatalog::builtin().find(key)->name, key);
    const int keep = m_metric->findData(metric);
    m_metric->setCurrentIndex(keep >= 0 ? keep : 0);
    showMetric(m_metric->currentData().toString());
}

void UnitYearsPage::showMetric(const QString &key)
{
    QList<std::pair<int, double>> series;
    for (const auto &[year, id] : m_reports)
        for (const MetricValue &m : MetricRepository(m_db).forReport(id))
            if (m.key == key)
                series.append({year, m.value});
    const MetricDefinition *d = MetricCatalog::builtin().find(key);
    m_chart->setSeries(d ? d->name : QString(), series);
}

} // namespace fazhi
