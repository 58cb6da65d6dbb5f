// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Unit.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UnitDialog;
}

namespace fazhi {

class Database;

/// Asks for a new unit: its names, kind (guessed from the name), parent unit, addressee and signatories.
class UnitDialog : public QDialog
{
    Q_OBJECT

public:
    UnitDialog(Database &db, QWidget *parent = nullptr);
    ~UnitDialog() override;

    void setFullName(const QString &name);
    void setParentUnit(qint64 unitId);
    Unit unit() const;
    /// Stores the unit; returns its id. Throws Failure (e.g. the name is taken).
    qint64 createUnit();

private:
    std::unique_ptr<Ui::UnitDialog> ui;
    Database &m_db;
    bool m_kindTouched = false;
};

} // namespace fazhi
