// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "storage/Database.h"
#include "storage/ReportRepository.h"
#include "storage/UnitRepository.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace fazhi {

struct MainWindow::Private
{
    QTreeWidget *tree = nullptr;
};

MainWindow::MainWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db), d(std::make_unique<Private>())
{
    setWindowTitle(tr("Fazhi Report Studio"));
    d->tree = new QTreeWidget(this);
    d->tree->setHeaderLabels({tr("Unit / report"), tr("Status")});
    setCentralWidget(d->tree);
    resize(1200, 800);
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    d->tree->clear();
    ReportRepository reports(m_db);
    for (const Unit &unit : UnitRepository(m_db).all()) {
        auto *unitItem = new QTreeWidgetItem(d->tree, {unit.fullName});
        for (const Report &r : reports.forUnit(unit.id))
            new QTreeWidgetItem(unitItem, {tr("%1 report").arg(r.year), reportStatusLabel(r.status)});
        unitItem->setExpanded(true);
    }
    d->tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace fazhi
