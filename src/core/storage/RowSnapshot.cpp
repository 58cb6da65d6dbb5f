// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowSnapshot.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

/// A foreign key of `table`: its column `from` refers to `to` of the parent table.
struct Reference
{
    QString table;
    QString from;
    QString to;
    QString onDelete;
};

QString quoted(const QString &name) { return u"\""_s + QString(name).replace(u'"', u"\"\""_s) + u"\""_s; }

/// Every foreign key of the schema, by the table it refers to.
QHash<QString, QList<Reference>> referencesByParent(const QSqlDatabase &c)
{
    QHash<QString, QList<Reference>> out;
    QSqlQuery tables = sql::run(c, u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &t : std::as_const(names)) {
        QSqlQuery keys = sql::run(c, u"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?)"_s, {t});
        while (keys.next())
            out[keys.value(0).toString()].append(
                {t, keys.value(1).toString(), keys.value(2).toString(), keys.value(3).toString().toUpper()});
    }
    return out;
}

QString primaryKey(const QSqlDatabase &c, const QString &table)
{
    QSqlQuery q = sql::run(c, u"SELECT name FROM pragma_table_info(?) WHERE pk = 1"_s, {table});
    return q.next() ? q.value(0).toString() : u"rowid"_s;
}

} // namespace

RowSnapshot RowSnapshot::take(Database &db, const QString &table, qint64 id)
{
    const QSqlDatabase c = db.connection();
    const QHash<QString, QList<Reference>> refs = referencesByParent(c);
    RowSnapshot snap;
    QSet<QString> seen; // table + rowid
    // Breadth first from the row: parents are copied (and so restored) before their children.
    struct Pending
    {
        QString table;
        QString column;
        QVariant value;
    };
    QList<Pending> queue{{table, primaryKey(c, table), id}};
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const Pending p = queue.at(i);
        QSqlQuery q = sql::run(c, u"SELECT rowid AS fazhi_rowid, * FROM %1 WHERE %2 = ?"_s.arg(quoted(p.table), quoted(p.column)),
                               {p.value});
        while (q.next()) {
            Row row;
            row.table = p.table;
            row.rowid = q.value(0).toLongLong();
            if (seen.contains(p.table + u'#' + QString::number(row.rowid)))
                continue;
            seen.insert(p.table + u'#' + QString::number(row.rowid));
            const QSqlRecord record = q.record();
            for (int f = 1; f < record.count(); ++f) {
                row.columns << record.fieldName(f);
                row.values << (q.isNull(f) ? QVariant() : q.value(f)); // an invalid QVariant binds as NULL
            }
            for (const Reference &r : refs.value(p.table)) {
                const QString to = r.to.isEmpty() ? primaryKey(c, p.table) : r.to;
                const int at = int(row.columns.indexOf(to));
                const QVariant key = at >= 0 ? row.values.at(at) : QVariant(row.rowid);
                if (r.onDelete == u"CASCADE"_s) {
                    queue.append({r.table, r.from, key});
                } else if (r.onDelete == u"SET NULL"_s) {
                    QSqlQuery held = sql::run(c, u"SELECT rowid FROM %1 WHERE %2 = ?"_s.arg(quoted(r.table), quoted(r.from)), {key});
                    while (held.next())
                        snap.m_cleared.append({r.table, held.value(0).toLongLong(), r.from, key});
                }
            }
            snap.m_rows.append(row);
        }
    }
    // A reference inside what is deleted (a section's parent, a comment's reply) comes back with its row.
    QList<Cleared> outside;
    for (const Cleared &cl : std::as_const(snap.m_cleared))
        if (!seen.contains(cl.table + u'#' + QString::number(cl.rowid)))
            outside.append(cl);
    snap.m_cleared = outside;
    return snap;
}

void RowSnapshot::restore(Database &db) const
{
    const QSqlDatabase c = db.connection();
    Transaction tx(db);
    // The rows refer to one another (a section to its parent); they are checked at the end, not one by one.
    sql::run(c, u"PRAGMA defer_foreign_keys = ON"_s);
    for (const Row &row : m_rows) {
        QStringList columns, marks;
        for (const QString &col : row.columns) {
            columns << quoted(col);
            marks << u"?"_s;
        }
        sql::run(c, u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(quoted(row.table), columns.join(u", "_s), marks.join(u", "_s)),
                 row.values, u"无法恢复已删除的内容：其中的编号已被新建的内容占用。"_s);
    }
    for (const Cleared &cl : m_cleared)
        sql::run(c, u"UPDATE %1 SET %2 = ? WHERE rowid = ? AND %2 IS NULL"_s.arg(quoted(cl.table), quoted(cl.column)),
                 {cl.value, cl.rowid});
    tx.commit();
}

int RowSnapshot::rowCount(const QString &table) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.table == table; }));
}

} // namespace fazhi
