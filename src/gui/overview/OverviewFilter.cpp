// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewFilter.h"

#include "OverviewModel.h"

namespace fazhi {

OverviewFilter::OverviewFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OverviewModel::SortRole);
    setRecursiveFilteringEnabled(true);
    setSortLocaleAware(true);
}

void OverviewFilter::setTextFilter(int column, const QString &text)
{
    m_column = column;
    m_text = text.trimmed();
    invalidateFilter();
}

void OverviewFilter::setProblemsOnly(bool on)
{
    m_problemsOnly = on;
    invalidateFilter();
}

bool OverviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_problemsOnly && !model->index(sourceRow, 0, sourceParent).data(OverviewModel::RowProblemRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    const int first = m_column < 0 ? 0 : m_column;
    const int last = m_column < 0 ? model->columnCount() - 1 : m_column;
    for (int c = first; c <= last; ++c)
        if (model->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace fazhi
