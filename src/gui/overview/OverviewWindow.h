// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OverviewTarget.h"

#include <QWidget>

class QTabWidget;

namespace fazhi {

class Clock;
class Database;
class MetricsAcrossPage;
class OverviewPage;
class SearchPage;
class UnitYearsPage;

/// The supervising office's desk, a window beside the workspace: the year's overview of every unit,
/// one unit across its years, metrics across units, and search in every report. What it opens (a cell's
/// explanation, a search hit) it hands to the workspace through openTarget().
class OverviewWindow : public QWidget
{
    Q_OBJECT

public:
    enum Tab { OverviewTab, UnitYearsTab, MetricsTab, SearchTab };

    explicit OverviewWindow(Database &db, QWidget *parent = nullptr);

    void setClock(const Clock &clock);
    /// Reads everything again (after reports changed in the workspace).
    void reload();
    void showTab(Tab tab);

    OverviewPage *overviewPage() const { return m_overview; }
    UnitYearsPage *unitYearsPage() const { return m_years; }
    MetricsAcrossPage *metricsPage() const { return m_metrics; }
    SearchPage *searchPage() const { return m_search; }

signals:
    void openTarget(const OverviewTarget &target);

private:
    QTabWidget *m_tabs;
    OverviewPage *m_overview;
    UnitYearsPage *m_years;
    MetricsAcrossPage *m_metrics;
    SearchPage *m_search;
};

} // namespace fazhi
