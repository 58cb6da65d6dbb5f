// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnitsDock.h"

#include "Icons.h"
#include "storage/ReportRepository.h"
#include "storage/UnitRepository.h"

#include <QHash>
#include <QHeaderView>

namespace fazhi {

namespace {
constexpr int kUnitRole = Qt::UserRole;
constexpr int kReportRole = Qt::UserRole + 1;
} // namespace

UnitsDock::UnitsDock(Database &db, QWidget *parent) : QTreeWidget(parent), m_db(db)
{
    setColumnCount(2);
    setHeaderLabels({tr("Unit / report"), tr("Status")});
    setAccessibleName(tr("Units and reports"));
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, kReportRole).toLongLong())
            emit reportActivated(id);
    });
}

void UnitsDock::reload()
{
    const qint64 selected = currentReportId();
    setUpdatesEnabled(false);
    clear();
    const QList<Unit> units = UnitRepository(m_db).all();
    QHash<qint64, QList<Report>> reportsByUnit;
    for (const Report &r : ReportRepository(m_db).all())
        reportsByUnit[r.unitId].append(r);
    QHash<qint64, QTreeWidgetItem *> items;
    QHash<int, QIcon> kindIcons, statusIcons;
    for (const Unit &u : units) {
        auto *item = new QTreeWidgetItem({u.fullName});
        if (!kindIcons.contains(int(u.kind)))
            kindIcons.insert(int(u.kind), Icons::unitKind(u.kind));
        item->setIcon(0, kindIcons.value(int(u.kind)));
        item->setToolTip(0, unitKindLabel(u.kind));
        item->setData(0, kUnitRole, u.id);
        QList<Report> reports = reportsByUnit.value(u.id);
        std::sort(reports.begin(), reports.end(), [](const Report &a, const Report &b) { return a.year > b.year; });
        for (const Report &r : std::as_const(reports)) {
            auto *child = new QTreeWidgetItem(item, {tr("%1 annual report").arg(r.year), reportStatusLabel(r.status)});
            if (!statusIcons.contains(int(r.status)))
                statusIcons.insert(int(r.status), Icons::reportStatus(r.status));
            child->setIcon(1, statusIcons.value(int(r.status)));
            child->setData(0, kUnitRole, u.id);
            child->setData(0, kReportRole, r.id);
            child->setToolTip(0, r.title);
        }
        items.insert(u.id, item);
    }
    for (const Unit &u : units) {
        QTreeWidgetItem *item = items.value(u.id);
        if (QTreeWidgetItem *parentItem = u.parentId ? items.value(u.parentId) : nullptr; parentItem && parentItem != item)
            parentItem->insertChild(0, item);
        else
            addTopLevelItem(item);
    }
    if (units.size() <= 20)
        expandAll();
    setUpdatesEnabled(true);
    if (selected)
        selectReport(selected);
}

qint64 UnitsDock::currentUnitId() const { return currentItem() ? currentItem()->data(0, kUnitRole).toLongLong() : 0; }
qint64 UnitsDock::currentReportId() const
{
    return currentItem() ? currentItem()->data(0, kReportRole).toLongLong() : 0;
}

void UnitsDock::selectReport(qint64 reportId)
{
    QTreeWidgetItemIterator it(this);
    for (; *it; ++it) {
        if ((*it)->data(0, kReportRole).toLongLong() == reportId) {
            setCurrentItem(*it);
            scrollToItem(*it);
            return;
        }
    }
}

} // namespace fazhi
