// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

namespace fazhi {

class Database;

/// The main window: units and their reports.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void reload();

    Database &m_db;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fazhi
