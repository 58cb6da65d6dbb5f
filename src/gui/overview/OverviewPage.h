// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OverviewTarget.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeView;

namespace fazhi {

class Clock;
class Database;
class OverviewFilter;
class OverviewModel;

/// The year's overview of every unit, as a tree: sort by any column (click its header), filter by the
/// text of any column or keep only units with a late, missing or overdue cell; double-click a cell to
/// open the report at the place that explains it.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(Database &db, QWidget *parent = nullptr);

    void setClock(const Clock &clock);
    void setYear(int year);
    int year() const;
    /// Reads the overview again (summaries of changed reports are brought up to date first).
    void reload();
    /// `column` -1: any column.
    void setFilter(int column, const QString &text);
    void setProblemsOnly(bool on);

    QTreeView *view() const { return m_view; }
    OverviewModel *model() const { return m_model; }
    OverviewFilter *filter() const { return m_filter; }
    /// What double-clicking the cell `viewIndex` of the view opens (reportId 0: nothing to open).
    OverviewTarget targetFor(const QModelIndex &viewIndex) const;
    void exportWorkbook();

signals:
    void openTarget(const OverviewTarget &target);
    void showUnitYears(qint64 unitId);

private:
    void applyFilter();
    void updateCount();

    Database &m_db;
    const Clock *m_clock;
    OverviewModel *m_model;
    OverviewFilter *m_filter;
    QTreeView *m_view;
    QSpinBox *m_year;
    QComboBox *m_filterColumn;
    QLineEdit *m_filterText;
    QCheckBox *m_problemsOnly;
    QLabel *m_count;
};

} // namespace fazhi
