// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Importer.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportDialog;
}

namespace fazhi {

class Database;

/// Reads a report file with the importer and shows what was recognised (parts, subsections, figures),
/// the repairs made to copy damage and the warnings, before anything is stored.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Database &db, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads `path`; returns false (with the reason shown) when it cannot be read.
    bool load(const QString &path);
    const ImportResult &result() const { return m_result; }
    /// Stores the report under the chosen unit and year; returns its id. Throws Failure.
    qint64 store();

private:
    void choose();
    void showResult(const ImportResult &result);

    std::unique_ptr<Ui::ImportDialog> ui;
    Database &m_db;
    ImportResult m_result;
    bool m_loaded = false;
};

} // namespace fazhi
