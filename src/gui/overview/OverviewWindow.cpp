// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewWindow.h"

#include "MetricsAcrossPage.h"
#include "OverviewPage.h"
#include "SearchPage.h"
#include "UnitYearsPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fazhi {

OverviewWindow::OverviewWindow(Database &db, QWidget *parent)
    : QWidget(parent, Qt::Window), m_tabs(new QTabWidget(this)), m_overview(new OverviewPage(db, this)),
      m_years(new UnitYearsPage(db, this)), m_metrics(new MetricsAcrossPage(db, this)), m_search(new SearchPage(db, this))
{
    setObjectName(u"OverviewWindow"_s);
    setWindowTitle(tr("Compliance overview – Fazhi Report Studio"));
    m_tabs->setObjectName(u"overviewTabs"_s);
    m_tabs->addTab(m_overview, tr("Overview of the year"));
    m_tabs->addTab(m_years, tr("A unit's years"));
    m_tabs->addTab(m_metrics, tr("Metrics across units"));
    m_tabs->addTab(m_search, tr("Search all reports"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);

    connect(m_overview, &OverviewPage::openTarget, this, &OverviewWindow::openTarget);
    connect(m_years, &UnitYearsPage::openTarget, this, &OverviewWindow::openTarget);
    connect(m_search, &SearchPage::openTarget, this, &OverviewWindow::openTarget);
    connect(m_overview, &OverviewPage::showUnitYears, this, [this](qint64 unitId) {
        m_years->showUnit(unitId);
        showTab(UnitYearsTab);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == MetricsTab)
            m_metrics->setYear(m_overview->year());
    });
    resize(1300, 800);
}

void OverviewWindow::setClock(const Clock &clock)
{
    m_overview->setClock(clock);
    m_years->setClock(clock);
}

void OverviewWindow::reload()
{
    m_overview->reload();
    m_years->reload();
    if (m_tabs->currentIndex() == MetricsTab)
        m_metrics->setYear(m_overview->year());
}

void OverviewWindow::showTab(Tab tab) { m_tabs->setCurrentIndex(int(tab)); }

} // namespace fazhi
