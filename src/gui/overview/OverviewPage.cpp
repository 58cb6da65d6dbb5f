// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewPage.h"

#include "Dialogs.h"
#include "OverviewFilter.h"
#include "OverviewModel.h"
#include "overview/OverviewWorkbook.h"
#include "storage/Database.h"
#include "storage/ProblemRepository.h"
#include "storage/SettingsRepository.h"
#include "util/Clock.h"
#include "util/Failure.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace fazhi {

OverviewPage::OverviewPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_clock(&Clock::system()), m_model(new OverviewModel(this)), m_filter(new OverviewFilter(this)),
      m_view(new QTreeView(this)), m_year(new QSpinBox(this)), m_filterColumn(new QComboBox(this)),
      m_filterText(new QLineEdit(this)), m_problemsOnly(new QCheckBox(tr("Only late, missing or overdue"), this)),
      m_count(new QLabel(this))
{
    m_year->setObjectName(u"yearSpin"_s);
    m_year->setRange(2000, 2100);
    m_year->setValue(m_clock->today().year() - 1);
    m_year->setAccessibleName(tr("Year"));
    m_filterColumn->setObjectName(u"filterColumnCombo"_s);
    m_filterColumn->addItem(tr("Any column"), -1);
    for (int c = 0; c < OverviewModel::ColumnCount; ++c)
        m_filterColumn->addItem(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), c);
    m_filterText->setObjectName(u"filterEdit"_s);
    m_filterText->setPlaceholderText(tr("Filter, e.g. a unit's name or 逾期"));
    m_filterText->setClearButtonEnabled(true);
    m_problemsOnly->setObjectName(u"problemsOnlyCheck"_s);
    auto *exportButton = new QPushButton(tr("Export XLSX…"), this);
    exportButton->setObjectName(u"exportButton"_s);
    auto *yearsButton = new QPushButton(tr("Unit's years"), this);
    yearsButton->setObjectName(u"unitYearsButton"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Year"), this));
    bar->addWidget(m_year);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Filter"), this));
    bar->addWidget(m_filterColumn);
    bar->addWidget(m_filterText, 1);
    bar->addWidget(m_problemsOnly);
    bar->addWidget(yearsButton);
    bar->addWidget(exportButton);

    m_filter->setSourceModel(m_model);
    m_view->setObjectName(u"overviewTree"_s);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the unit tree's own order until a header is clicked
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionsMovable(true);

    auto *legend = new QLabel(tr("Red: late or overdue. Orange: a missing part, a problem repeated from last year, "
                                 "checklist errors, or no report yet. Double-click a cell to open the report there."),
                              this);
    legend->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    auto *foot = new QHBoxLayout;
    foot->addWidget(legend, 1);
    foot->addWidget(m_count);
    layout->addLayout(foot);

    connect(m_year, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(m_filterColumn, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_filterText, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) { setProblemsOnly(on); });
    connect(exportButton, &QPushButton::clicked, this, &OverviewPage::exportWorkbook);
    connect(yearsButton, &QPushButton::clicked, this, [this] {
        if (const OverviewRow *r = m_model->row(m_filter->mapToSource(m_view->currentIndex())))
            emit showUnitYears(r->unitId);
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const OverviewTarget target = targetFor(index);
        if (target.reportId > 0)
            emit openTarget(target);
    });
}

void OverviewPage::setClock(const Clock &clock)
{
    m_clock = &clock;
    reload();
}

void OverviewPage::setYear(int year) { m_year->setValue(year); }

int OverviewPage::year() const { return m_year->value(); }

void OverviewPage::reload()
{
    QElapsedTimer timer;
    timer.start();
    qsizetype units = 0;
    CheckOptions options;
    try {
        options = SettingsRepository(m_db).checkOptions();
        options.clock = m_clock;
        const QList<OverviewRow> rows = Overview::build(m_db, year(), 0, options);
        units = rows.size();
        m_model->setRows(rows);
    } catch (const Failure &f) {
        MessageBox::warning(this, tr("Overview"), f.message());
        m_model->setRows({});
    }
    const qint64 built = timer.elapsed();
    m_view->expandAll();
    for (int c = 0; c < OverviewModel::ColumnCount; ++c)
        m_view->resizeColumnToContents(c);
    updateCount();
    spdlog::info("overview of {}: {} units, built in {} ms, shown in {} ms", year(), units, built, timer.elapsed());
}

void OverviewPage::setFilter(int column, const QString &text)
{
    m_filterColumn->setCurrentIndex(m_filterColumn->findData(column));
    m_filterText->setText(text);
    applyFilter();
}

void OverviewPage::setProblemsOnly(bool on)
{
    if (m_problemsOnly->isChecked() != on)
        m_problemsOnly->setChecked(on);
    m_filter->setProblemsOnly(on);
    m_view->expandAll();
    updateCount();
}

void OverviewPage::applyFilter()
{
    m_filter->setTextFilter(m_filterColumn->currentData().toInt(), m_filterText->text());
    m_view->expandAll();
    updateCount();
}

void OverviewPage::updateCount()
{
    int shown = 0;
    int late = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_filter->rowCount(parent); ++r) {
            const QModelIndex i = m_filter->index(r, 0, parent);
            ++shown;
            if (const OverviewRow *row = m_model->row(m_filter->mapToSource(i)))
                late += row->submitLate || row->publishLate || row->problemsOverdue > 0 ? 1 : 0;
            walk(i);
        }
    };
    walk({});
    m_count->setText(tr("%1 units shown, %2 with something late or overdue").arg(shown).arg(late));
}

OverviewTarget OverviewPage::targetFor(const QModelIndex &viewIndex) const
{
    OverviewTarget t;
    const OverviewRow *r = m_model->row(m_filter->mapToSource(viewIndex));
    if (!r || r->reportId == 0)
        return t;
    t.reportId = r->reportId;
    switch (viewIndex.column()) {
    case OverviewModel::SubmittedColumn:
    case OverviewModel::SubmitDueColumn:
    case OverviewModel::PublishedColumn:
    case OverviewModel::PublishDueColumn:
        t.place = OverviewTarget::Place::Fields;
        break;
    case OverviewModel::ErrorsColumn:
    case OverviewModel::WarningsColumn:
    case OverviewModel::ScoreColumn:
        t.place = OverviewTarget::Place::Checklist;
        break;
    case OverviewModel::MissingPartsColumn:
        t.place = OverviewTarget::Place::Checklist;
        t.finding = u"缺少"_s; // the checklist's finding for a missing part
        break;
    case OverviewModel::MetricsMissingColumn:
        t.place = OverviewTarget::Place::Metrics;
        break;
    case OverviewModel::ProblemsOpenColumn:
    case OverviewModel::ProblemsInProgressColumn:
    case OverviewModel::ProblemsRectifiedColumn:
    case OverviewModel::ProblemsOverdueColumn:
    case OverviewModel::ProblemsCarriedColumn:
    case OverviewModel::ProblemsRepeatedColumn: {
        t.place = OverviewTarget::Place::Problem;
        // The first problem the cell counts: overdue, carried over, or simply the first.
        const QDate today = m_clock->today();
        for (const Problem &p : ProblemRepository(m_db).forReport(r->reportId)) {
            const bool overdue = p.status != ProblemStatus::Rectified && p.dueDate.isValid() && p.dueDate < today;
            const bool wanted = viewIndex.column() == OverviewModel::ProblemsOverdueColumn ? overdue
                                : viewIndex.column() >= OverviewModel::ProblemsCarriedColumn ? p.continuesId > 0
                                                                                             : true;
            if (wanted) {
                t.refId = p.id;
                break;
            }
        }
        break;
    }
    default:
        t.place = OverviewTarget::Place::Report;
    }
    return t;
}

void OverviewPage::exportWorkbook()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export the overview"), tr("Overview %1.xlsx").arg(year()),
                                                     tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    try {
        CheckOptions options = SettingsRepository(m_db).checkOptions();
        options.clock = m_clock;
        OverviewWorkbook::write(path, m_db, Overview::build(m_db, year(), 0, options), options);
    } catch (const Failure &f) {
        MessageBox::warning(this, tr("Export the overview"), f.message());
    }
}

} // namespace fazhi
