// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace fazhi {

/// Sorts the overview by any column's raw value and filters it by the text of any column (or of every
/// column), optionally keeping only units with a late, missing or overdue cell. A unit that passes keeps
/// its superiors in view, so the tree stays a tree.
class OverviewFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OverviewFilter(QObject *parent = nullptr);

    /// `column` -1: any column.
    void setTextFilter(int column, const QString &text);
    void setProblemsOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_column = -1;
    QString m_text;
    bool m_problemsOnly = false;
};

} // namespace fazhi
