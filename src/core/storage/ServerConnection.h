// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting to a district's PostgreSQL server: the address, the login, the schema check and migration.
#pragma once

#include "storage/Database.h"

#include <QSqlDatabase>
#include <QString>

namespace fazhi::server {

/// What a `postgresql://user@host:port/dbname?host=/socket/dir` address names. A password in the address
/// is refused: libpq reads it from PGPASSWORD or ~/.pgpass itself, so it never appears on a command line,
/// in a settings file or in a log.
struct Address
{
    QString user;
    QString host;     ///< a name, an IP address, or a socket directory (starting with /)
    int port = 5432;
    QString database;
    QString options;  ///< the driver's connect options: sslmode, connect_timeout, application_name
    QString display;  ///< the address as shown and reopened: without any password
};

/// Parses and checks an address. Throws Failure (Kind::Input) with a Chinese message.
Address parse(const QString &location);

/// Keeps `password` for connections to `display` (an address without password) in this process's memory
/// only: what the connection dialog asked for, used by every connection to that address (the autosave
/// writer's too, and reconnecting). Never written anywhere. An empty password forgets it.
void holdPassword(const QString &display, const QString &password);

/// Opens `name` as a QPSQL connection to `address`. Throws Failure.
QSqlDatabase connect(const Address &address, const QString &name);

/// Reconnects a connection the server dropped (restart, network). True when it is usable again.
bool reconnectIfLost(QSqlDatabase &db);

/// Refuses, changing nothing, a database that is not ours, whose schema is newer than `known`, or whose
/// applied migrations were edited. Throws Failure (Kind::Input).
void inspect(const QSqlDatabase &db, const QString &display, const QList<Migration> &known);

/// Runs a script of several statements (a migration) through libpq's simple-query protocol.
void execScript(const QSqlDatabase &db, const QString &script);

/// The SCRAM verifier of `password` for `login`, computed on this computer (libpq's
/// PQencryptPasswordConn), so that the password itself never travels to the server or into its logs.
QString encryptPassword(const QSqlDatabase &db, const QString &login, const QString &password);

/// The login role a server connection runs as (what the server's policies decide by); empty for a file.
QString login(Database &database);

/// True when the connection to the server is broken (libpq says CONNECTION_BAD).
bool isLost(const QSqlDatabase &db);

} // namespace fazhi::server
