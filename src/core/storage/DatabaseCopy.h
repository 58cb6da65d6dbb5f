// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace fazhi {

class Database;

/// Moves an office's database to another one — a SQLite file onto the district's server, or back — row for
/// row: units, reports with their content, versions, comments, people and the audit trail, under their
/// ids. One transaction on the target; every table is read back and compared before it commits, so the
/// target holds all of it or none of it, and the audit chain verifies there as it did here.
class DatabaseCopy
{
public:
    struct TableCount
    {
        QString table;
        int rows = 0;
    };

    DatabaseCopy(Database &from, Database &to) : m_from(from), m_to(to) {}

    /// Copies everything. Refuses (Failure, Input) a target that already holds units or reports. Returns
    /// the rows copied per table.
    QList<TableCount> run();

private:
    Database &m_from;
    Database &m_to;
};

} // namespace fazhi
