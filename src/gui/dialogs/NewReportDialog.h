// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NewReportDialog;
}

namespace fazhi {

class Database;

/// Asks for the unit, the year and how to start: blank from a template, or from the unit's previous
/// report, showing what would be carried over. createReport() then writes it.
class NewReportDialog : public QDialog
{
    Q_OBJECT

public:
    NewReportDialog(Database &db, qint64 unitId, QWidget *parent = nullptr);
    ~NewReportDialog() override;

    void setUnit(qint64 unitId);
    void setYear(int year);
    void setFromPrevious(bool fromPrevious);
    qint64 unitId() const;
    int year() const;
    bool fromPrevious() const;
    /// Creates the report as chosen; returns its id. Throws Failure (e.g. the year already has a report).
    qint64 createReport();

private:
    void updatePrevious();

    std::unique_ptr<Ui::NewReportDialog> ui;
    Database &m_db;
};

} // namespace fazhi
