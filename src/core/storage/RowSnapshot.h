// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace fazhi {

class Database;

/// The rows a deletion takes away, copied before it, so that the deletion can be undone exactly: the row
/// itself, every row its foreign keys delete with it (ON DELETE CASCADE, followed through every level),
/// and the references elsewhere that the deletion clears (ON DELETE SET NULL). The schema's foreign keys
/// say what goes with what, so a new table that hangs off a report or a unit is covered without change.
class RowSnapshot
{
public:
    /// Copies row `id` of `table` and what goes with it. Throws Failure.
    static RowSnapshot take(Database &db, const QString &table, qint64 id);
    /// Puts every row back with its ids and sets the cleared references again, in one transaction (a
    /// savepoint inside the caller's). Throws Failure (e.g. a row with the same id was created meanwhile).
    void restore(Database &db) const;
    /// How many rows of `table` the snapshot holds.
    int rowCount(const QString &table) const;
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    struct Row
    {
        QString table;
        qint64 rowid = 0;
        QStringList columns;
        QVariantList values;
    };
    struct Cleared
    {
        QString table;
        qint64 rowid = 0;
        QString column;
        QVariant value;
    };
    QList<Row> m_rows; ///< parents before their children
    QList<Cleared> m_cleared;
};

} // namespace fazhi
