// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlDialect.h"

#include "storage/Sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi::dialect {

Engine engineOf(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL"_s ? Engine::Postgres : Engine::Sqlite;
}

bool isServerAddress(const QString &location)
{
    static const QRegularExpression scheme(u"^postgres(ql)?://"_s, QRegularExpression::CaseInsensitiveOption);
    return scheme.match(location.trimmed()).hasMatch();
}

qint64 insertReturningId(const QSqlDatabase &db, const QString &insert, const QVariantList &values,
                         const QString &message)
{
    // SQLite (3.35 and later) and PostgreSQL both return the new row's columns from the INSERT itself;
    // the driver's lastInsertId() does not work on PostgreSQL tables without OIDs.
    QSqlQuery q = sql::run(db, insert + u" RETURNING id"_s, values, message);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString beginStatement(Engine engine, bool readOnly)
{
    if (engine == Engine::Postgres)
        return readOnly ? u"BEGIN READ ONLY"_s : u"BEGIN"_s;
    return readOnly ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
}

void lockForAppend(const QSqlDatabase &db, const QString &name)
{
    if (engineOf(db) != Engine::Postgres)
        return;
    sql::run(db, u"SELECT pg_advisory_xact_lock(hashtext(?))"_s, {QString(u"fazhi:"_s + name)});
}

QString perReportJoin(Engine engine, const QString &table, const QString &alias, const QString &columns, bool left)
{
    if (engine == Engine::Postgres)
        // OFFSET 0 keeps the subquery a subquery: without it the planner would pull it up into a plain join.
        return (left ? u" LEFT JOIN LATERAL (SELECT "_s : u" CROSS JOIN LATERAL (SELECT "_s) + columns + u" FROM "_s + table
               + u" WHERE report_id = r.id OFFSET 0) "_s + alias + (left ? u" ON true"_s : QString());
    return (left ? u" LEFT JOIN "_s : u" JOIN "_s) + table + u' ' + alias + u" ON "_s + alias + u".report_id = r.id"_s;
}

qint64 dataVersion(const QSqlDatabase &db)
{
    QSqlQuery q = sql::run(db, engineOf(db) == Engine::Postgres ? u"SELECT last_value FROM data_changes"_s
                                                                : u"PRAGMA data_version"_s);
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool tableExists(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q = sql::run(db, engineOf(db) == Engine::Postgres
                                   ? u"SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?"_s
                                   : u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s,
                           {table});
    return q.next();
}

} // namespace fazhi::dialect
