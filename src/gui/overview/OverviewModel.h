// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overview/Overview.h"

#include <QAbstractItemModel>
#include <QDate>

namespace fazhi {

/// The overview of a year as a tree of units: one row per unit, a column per field of
/// `fazhi overview --json`. Late, missing and overdue cells carry a colour, an icon and a bold face
/// (Qt::BackgroundRole, Qt::DecorationRole, Qt::FontRole) so that they stand out without reading numbers.
class OverviewModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        UnitColumn, KindColumn, StatusColumn, SubmittedColumn, SubmitDueColumn, PublishedColumn, PublishDueColumn,
        ErrorsColumn, WarningsColumn, ScoreColumn, MissingPartsColumn, MetricsMissingColumn, ProblemsOpenColumn,
        ProblemsInProgressColumn, ProblemsRectifiedColumn, ProblemsOverdueColumn, ProblemsCarriedColumn,
        ProblemsRepeatedColumn, ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value: a number, a date, a name
        AlertRole,                   ///< 0 nothing, 1 attention (missing part, repeated problem, errors), 2 late or overdue
        RowProblemRole,              ///< bool: the unit is late, has no report, misses a part or has an overdue problem
    };
    enum class Alert { None, Attention, Late };

    explicit OverviewModel(QObject *parent = nullptr);

    void setRows(const QList<OverviewRow> &rows);
    const OverviewRow *row(const QModelIndex &index) const;
    QModelIndex indexOfUnit(qint64 unitId, int column = 0) const;
    static Alert alert(const OverviewRow &row, int column);
    /// The field of `fazhi overview --json` a column shows.
    static QString columnKey(int column);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const OverviewRow &row, int column) const;
    QVariant sortValue(const OverviewRow &row, int column) const;
    QString toolTip(const OverviewRow &row, int column) const;

    QList<OverviewRow> m_rows;
    QList<int> m_parent;             ///< row → its parent row, -1 at the top
    QList<QList<int>> m_children;    ///< row + 1 → its child rows; [0] the top rows
    QList<int> m_place;              ///< row → its place among its siblings
};

} // namespace fazhi
