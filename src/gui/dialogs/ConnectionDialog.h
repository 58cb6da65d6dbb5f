// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace fazhi {

/// Where the program keeps its data: the database file on this computer, or the district's PostgreSQL
/// server. The server's address (login, host, port, database) is remembered in the settings; the password
/// never is: typed here it is held in this process's memory only (server::holdPassword), and left empty
/// libpq takes it from ~/.pgpass or PGPASSWORD as it always does.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    bool useServer() const;
    /// postgresql://login@host:port/database, or empty for the file on this computer.
    QString address() const;
    /// Checks the address (a Chinese message under the fields when it is not one), remembers the choice
    /// and the address, holds the password in memory, and closes.
    void accept() override;

    /// The server address remembered by an earlier accept(), or empty when the file was chosen.
    static QString rememberedLocation();

private:
    void updateEnabled();
    std::unique_ptr<Ui::ConnectionDialog> ui;
};

} // namespace fazhi
