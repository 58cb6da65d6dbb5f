// SPDX-License-Identifier: GPL-3.0-or-later
// The few places where SQLite and PostgreSQL speak differently, kept together.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace fazhi {

/// The two database engines the storage layer runs on.
enum class Engine {
    Sqlite,   ///< one office: a file on the clerk's computer
    Postgres, ///< a district: one shared server
};

namespace dialect {

/// The engine behind an open connection.
Engine engineOf(const QSqlDatabase &db);
/// True for `postgresql://` and `postgres://` addresses.
bool isServerAddress(const QString &location);

/// Runs an INSERT and returns the new row's id (`RETURNING id` on both engines).
qint64 insertReturningId(const QSqlDatabase &db, const QString &insert, const QVariantList &values,
                         const QString &message = {});

/// The statement that opens a write transaction: BEGIN IMMEDIATE takes SQLite's write lock at once;
/// PostgreSQL locks rows as they are written, so a plain BEGIN.
QString beginStatement(Engine engine, bool readOnly);

/// Serialises writers of one shared sequence (the audit chain) until the transaction ends. SQLite's
/// write transaction already does; PostgreSQL takes a transaction-scoped advisory lock.
void lockForAppend(const QSqlDatabase &db, const QString &name);

/// The rows of a per-report table (`report_id` its column) for each report `r` of the enclosing query, under
/// `alias`: on SQLite `[LEFT] JOIN table alias ON alias.report_id = r.id`; on PostgreSQL a LATERAL subquery
/// of `columns` (every column the query reads from `alias`), which the planner runs as one index probe per
/// report. A plain join it answers for one year by a hash join over every year's rows, as it prices each
/// probe as a page read from disk (one year of 100,000 reports with their summaries: 9 ms instead of 24–28
/// on the loaded test machine).
QString perReportJoin(Engine engine, const QString &table, const QString &alias, const QString &columns, bool left);

/// A number that changes whenever any connection has committed a change: SQLite's `PRAGMA data_version`,
/// on PostgreSQL a sequence that every write statement advances.
qint64 dataVersion(const QSqlDatabase &db);

/// True when the table exists (sqlite_master, or the server's catalogue).
bool tableExists(const QSqlDatabase &db, const QString &table);

} // namespace dialect
} // namespace fazhi
