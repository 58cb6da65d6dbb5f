// SPDX-License-Identifier: GPL-3.0-or-later
// Owns the SQLite connection: opening, pragmas, schema migrations, transactions.
#pragma once

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

/// The database of one installation. Opening refuses — and leaves untouched — a file that is not
/// SQLite, a damaged one, one written by a newer schema, or one whose applied migrations were edited.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating when missing) and migrates to the newest schema. Throws Failure.
    void open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    QSqlDatabase connection() const;
    int schemaVersion() const;

    /// The migrations built into the program, in order.
    static QList<Migration> builtinMigrations();
    /// The default database file in the user's data directory (FAZHI_DB overrides).
    static QString defaultPath();

    /// Transaction nesting: the outermost level is BEGIN IMMEDIATE, inner ones savepoints.
    void begin();
    void commit();
    void rollback();

private:
    void inspectExisting(const QString &path);
    void migrate(const QList<Migration> &migrations);
    void syncMetricCatalogue();

    QString m_connectionName;
    QString m_path;
    int m_depth = 0;
};

/// Scope guard: commits when commit() is called, rolls back otherwise.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db) { m_db.begin(); }
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
