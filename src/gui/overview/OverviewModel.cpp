// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewModel.h"

#include "Icons.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
QString dateText(const QDate &d) { return d.isValid() ? d.toString(u"yyyy-MM-dd"_s) : QString(); }
const QColor kLateBackground(0xff, 0xcd, 0xd2);      // light red
const QColor kLateText(0xb7, 0x1c, 0x1c);
const QColor kAttentionBackground(0xff, 0xe0, 0xb2); // light orange
} // namespace

OverviewModel::OverviewModel(QObject *parent) : QAbstractItemModel(parent) {}

void OverviewModel::setRows(const QList<OverviewRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_parent.fill(-1, rows.size());
    m_place.fill(0, rows.size());
    m_children = QList<QList<int>>(rows.size() + 1);
    QHash<qint64, int> byUnit;
    for (int i = 0; i < rows.size(); ++i)
        byUnit.insert(rows.at(i).unitId, i);
    for (int i = 0; i < rows.size(); ++i) {
        const int parent = rows.at(i).depth > 0 ? byUnit.value(rows.at(i).parentId, -1) : -1;
        m_parent[i] = parent;
        m_place[i] = int(m_children[parent + 1].size());
        m_children[parent + 1].append(i);
    }
    endResetModel();
}

const OverviewRow *OverviewModel::row(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_rows.at(int(index.internalId()));
}

QModelIndex OverviewModel::indexOfUnit(qint64 unitId, int column) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).unitId == unitId)
            return createIndex(m_place.at(i), column, quintptr(i));
    return {};
}

QString OverviewModel::columnKey(int column)
{
    static const QStringList keys{u"unit"_s, u"kind"_s, u"status"_s, u"submitted"_s, u"submit_due"_s, u"published"_s,
                                  u"publish_due"_s, u"errors"_s, u"warnings"_s, u"score"_s, u"missing_parts"_s,
                                  u"metrics_missing"_s, u"problems_open"_s, u"problems_in_progress"_s,
                                  u"problems_rectified"_s, u"problems_overdue"_s, u"problems_carried"_s,
                                  u"problems_repeated"_s};
    return keys.value(column);
}

OverviewModel::Alert OverviewModel::alert(const OverviewRow &r, int column)
{
    switch (column) {
    case StatusColumn:
        return r.reportId == 0 ? (r.submitLate ? Alert::Late : Alert::Attention) : Alert::None;
    case SubmittedColumn:
        return r.submitLate ? Alert::Late : Alert::None;
    case PublishedColumn:
        return r.publishLate ? Alert::Late : Alert::None;
    case ErrorsColumn:
        return r.reportId > 0 && r.errors > 0 ? Alert::Attention : Alert::None;
    case MissingPartsColumn:
        return r.reportId > 0 && !r.missingParts.isEmpty() ? Alert::Attention : Alert::None;
    case ProblemsOverdueColumn:
        return r.problemsOverdue > 0 ? Alert::Late : Alert::None;
    case ProblemsRepeatedColumn:
        return r.problemsRepeated > 0 ? Alert::Attention : Alert::None;
    default:
        return Alert::None;
    }
}

QModelIndex OverviewModel::index(int row, int column, const QModelIndex &parent) const
{
    const int parentRow = parent.isValid() ? int(parent.internalId()) : -1;
    const QList<int> &children = m_children.value(parentRow + 1);
    if (row < 0 || row >= children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex OverviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_parent.value(int(child.internalId()), -1);
    if (parent < 0)
        return {};
    return createIndex(m_place.at(parent), 0, quintptr(parent));
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_children.value(parent.isValid() ? int(parent.internalId()) + 1 : 0).size());
}

int OverviewModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QString OverviewModel::text(const OverviewRow &r, int column) const
{
    const bool has = r.reportId > 0;
    switch (column) {
    case UnitColumn:
        return r.unit;
    case KindColumn:
        return unitKindLabel(r.kind);
    case StatusColumn:
        return has ? reportStatusLabel(r.status) : tr("No report");
    case SubmittedColumn:
        if (r.submitted.isValid())
            return dateText(r.submitted) + (r.submitLate ? tr(" (late)") : QString());
        return r.submitLate ? tr("Not submitted, late") : tr("Not submitted");
    case SubmitDueColumn:
        return dateText(r.submitDue);
    case PublishedColumn:
        if (r.published.isValid())
            return dateText(r.published) + (r.publishLate ? tr(" (late)") : QString());
        return r.publishLate ? tr("Not published, late") : tr("Not published");
    case PublishDueColumn:
        return dateText(r.publishDue);
    case ErrorsColumn:
        return has ? QString::number(r.errors) : QString();
    case WarningsColumn:
        return has ? QString::number(r.warnings) : QString();
    case ScoreColumn:
        return has ? QString::number(r.score) : QString();
    case MissingPartsColumn: {
        if (!has)
            return tr("All");
        QStringList parts;
        for (int p : r.missingParts)
            parts << QString::number(p);
        return parts.join(u'、');
    }
    case MetricsMissingColumn:
        return has ? QString::number(r.metricsMissing) : QString();
    case ProblemsOpenColumn:
        return has ? QString::number(r.problemsOpen) : QString();
    case ProblemsInProgressColumn:
        return has ? QString::number(r.problemsInProgress) : QString();
    case ProblemsRectifiedColumn:
        return has ? QString::number(r.problemsRectified) : QString();
    case ProblemsOverdueColumn:
        return has ? QString::number(r.problemsOverdue) : QString();
    case ProblemsCarriedColumn:
        return has ? QString::number(r.problemsCarried) : QString();
    case ProblemsRepeatedColumn:
        return has ? QString::number(r.problemsRepeated) : QString();
    default:
        return {};
    }
}

QVariant OverviewModel::sortValue(const OverviewRow &r, int column) const
{
    switch (column) {
    case UnitColumn:
    case KindColumn:
        return text(r, column);
    case StatusColumn:
        return r.reportId > 0 ? int(r.status) + 1 : 0;
    case SubmittedColumn:
        // Late first when sorted ascending by "problem": missing dates sort before every date.
        return r.submitted.isValid() ? r.submitted.toJulianDay() : (r.submitLate ? -1 : 0);
    case SubmitDueColumn:
        return r.submitDue.toJulianDay();
    case PublishedColumn:
        return r.published.isValid() ? r.published.toJulianDay() : (r.publishLate ? -1 : 0);
    case PublishDueColumn:
        return r.publishDue.toJulianDay();
    case ErrorsColumn:
        return r.errors;
    case WarningsColumn:
        return r.warnings;
    case ScoreColumn:
        return r.reportId > 0 ? r.score : -1;
    case MissingPartsColumn:
        return int(r.missingParts.size());
    case MetricsMissingColumn:
        return r.metricsMissing;
    case ProblemsOpenColumn:
        return r.problemsOpen;
    case ProblemsInProgressColumn:
        return r.problemsInProgress;
    case ProblemsRectifiedColumn:
        return r.problemsRectified;
    case ProblemsOverdueColumn:
        return r.problemsOverdue;
    case ProblemsCarriedColumn:
        return r.problemsCarried;
    case ProblemsRepeatedColumn:
        return r.problemsRepeated;
    default:
        return {};
    }
}

QString OverviewModel::toolTip(const OverviewRow &r, int column) const
{
    switch (column) {
    case StatusColumn:
        return r.reportId == 0 ? tr("The unit has no report for %1.").arg(r.year) : QString();
    case SubmittedColumn:
        return r.submitLate ? tr("Due for submission on %1.").arg(dateText(r.submitDue)) : QString();
    case PublishedColumn:
        return r.publishLate ? tr("Due for publication on %1.").arg(dateText(r.publishDue)) : QString();
    case MissingPartsColumn:
        return r.reportId > 0 && !r.missingParts.isEmpty() ? tr("Standard parts not found in the report; double-click to see the checklist.")
                                                           : QString();
    case ProblemsOverdueColumn:
        return r.problemsOverdue > 0 ? tr("Problems past their due date and not rectified; double-click to see them.") : QString();
    case ProblemsRepeatedColumn:
        return r.problemsRepeated > 0 ? tr("Problems reported the year before as well.") : QString();
    default:
        return {};
    }
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    const OverviewRow *r = row(index);
    if (!r)
        return {};
    const int column = index.column();
    const Alert a = alert(*r, column);
    switch (role) {
    case Qt::DisplayRole:
        return text(*r, column);
    case SortRole:
        return sortValue(*r, column);
    case AlertRole:
        return int(a);
    case RowProblemRole:
        return r->reportId == 0 || r->submitLate || r->publishLate || r->problemsOverdue > 0 || !r->missingParts.isEmpty();
    case Qt::ToolTipRole:
        return toolTip(*r, column);
    case Qt::DecorationRole:
        if (column == UnitColumn)
            return Icons::unitKind(r->kind);
        if (a == Alert::Late)
            return Icons::level(0);
        if (a == Alert::Attention)
            return Icons::level(1);
        return {};
    case Qt::BackgroundRole:
        if (a == Alert::Late)
            return QBrush(kLateBackground);
        if (a == Alert::Attention)
            return QBrush(kAttentionBackground);
        return {};
    case Qt::ForegroundRole:
        return a == Alert::Late ? QVariant(QBrush(kLateText)) : QVariant();
    case Qt::FontRole:
        if (a == Alert::Late) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column >= ErrorsColumn && column != MissingPartsColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole)
        return columnKey(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn: return tr("Unit");
    case KindColumn: return tr("Kind");
    case StatusColumn: return tr("Status");
    case SubmittedColumn: return tr("Submitted");
    case SubmitDueColumn: return tr("Submission due");
    case PublishedColumn: return tr("Published");
    case PublishDueColumn: return tr("Publication due");
    case ErrorsColumn: return tr("Errors");
    case WarningsColumn: return tr("Warnings");
    case ScoreColumn: return tr("Score");
    case MissingPartsColumn: return tr("Missing parts");
    case MetricsMissingColumn: return tr("Metrics missing");
    case ProblemsOpenColumn: return tr("Open");
    case ProblemsInProgressColumn: return tr("In progress");
    case ProblemsRectifiedColumn: return tr("Rectified");
    case ProblemsOverdueColumn: return tr("Overdue");
    case ProblemsCarriedColumn: return tr("Carried over");
    case ProblemsRepeatedColumn: return tr("Repeated");
    default: return {};
    }
}

} // namespace fazhi
