// SPDX-License-Identifier: GPL-3.0-or-later
// Owns the connection (a SQLite file or a PostgreSQL server): opening, schema checks, migrations, transactions.
#pragma once

#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace fazhi {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
    QString checksum; ///< SHA-256 of the file's bytes, hex
};

/// One connection to the database of one installation.
///
/// The first connection a process makes to a file inspects it read-only and refuses — leaving it byte for
/// byte untouched — a file that is not SQLite, not ours (another program's database), damaged, written by a
/// newer schema, or whose applied migrations were edited; then it migrates in one immediate transaction.
/// Further connections of the same process to the same file only connect: they never inspect, migrate or
/// open the file outside SQLite (closing any descriptor of a file drops all of the process's POSIX locks
/// on it, and with them the WAL's protection).
///
/// A `postgresql://user@host:port/dbname` location connects to a district's server instead: the schema is
/// checked (a newer one is refused, untouched), migrated in one transaction under an advisory lock, and a
/// connection the server dropped is opened again before the next statement. As with a file, only the
/// process's first connection to an address checks and migrates; later ones (the autosave writer's) only connect.
class Database
{
public:
    enum class Access {
        ReadWrite, ///< the default; falls back to read-only when the file or its folder cannot be written
        ReadOnly,  ///< never writes, never migrates
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating when missing) and, for the first read-write connection, migrates to the newest
    /// schema. Throws Failure (Kind::Input for every refusal).
    void open(const QString &path, Access access = Access::ReadWrite);
    /// Which engine the open connection uses.
    Engine engine() const { return m_engine; }
    void close();
    bool isOpen() const;
    /// True when this connection cannot write (asked for, or the file or its folder is read-only).
    bool isReadOnly() const { return m_readOnly; }
    /// The file path, or the server address (never with a password): what open() takes to connect again.
    QString path() const { return m_path; }

    /// The connection; on a server, one the server dropped is opened again first (outside a transaction).
    QSqlDatabase connection() const;
    /// True for a server connection that is broken: the server stopped, or the network between is down.
    bool isConnectionLost() const;
    int schemaVersion() const;

    /// The migrations built into the program, in order.
    static QList<Migration> builtinMigrations(Engine engine = Engine::Sqlite);
    /// The default database file in the user's data directory (FAZHI_DB overrides).
    static QString defaultPath();
    /// The value of `PRAGMA application_id` that marks a database as ours ('FZHI').
    static constexpr int kApplicationId = 0x465A4849;

    /// What a transaction writes: content, or only data derived from it (the overview's summaries), which
    /// a large file does not first have checked whole for (checkWholeFile): rebuilding a cache must not
    /// read every page of a province's database.
    enum class Writes { Content, DerivedOnly };
    /// Transaction nesting: the outermost level is BEGIN IMMEDIATE (SQLite) or BEGIN (PostgreSQL), inner
    /// ones savepoints.
    void begin(Writes writes = Writes::Content);
    /// Commits the innermost level. When COMMIT itself fails the level stays open, so that the caller's
    /// rollback (e.g. a Transaction going out of scope) really rolls back.
    void commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

private:
    void connect(const QString &path, bool readOnly, bool immutable);
    void openServer(const QString &location, Access access);
    void control(const QString &statement);
    void migrate(const QList<Migration> &migrations);
    void syncMetricCatalogue();
    /// Before the first write of this process to a large file (not checked whole when opened): every page
    /// checked (quick_check); a damaged file is refused. Throws Failure.
    void checkWholeFile();

    QString m_connectionName;
    QString m_path;
    QString m_registryKey;
    bool m_readOnly = false;
    Engine m_engine = Engine::Sqlite;
    int m_depth = 0;
};

/// Scope guard: commits when commit() is called, rolls back otherwise.
class Transaction
{
public:
    explicit Transaction(Database &db, Database::Writes writes = Database::Writes::Content) : m_db(db)
    {
        m_db.begin(writes);
    }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace fazhi
