// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace fazhi {

class Database;

/// Units as a tree (a unit under its parent), each with its reports by year and their status.
class UnitsDock : public QTreeWidget
{
    Q_OBJECT

public:
    explicit UnitsDock(Database &db, QWidget *parent = nullptr);

    void reload();
    /// The unit of the selected row (a unit or one of its reports), 0 if none.
    qint64 currentUnitId() const;
    qint64 currentReportId() const;
    void selectReport(qint64 reportId);

signals:
    void reportActivated(qint64 reportId);

private:
    Database &m_db;
};

} // namespace fazhi
