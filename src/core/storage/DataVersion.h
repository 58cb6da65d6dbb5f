// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace fazhi {

class Database;

/// SQLite's change counter of one connection (`PRAGMA data_version`): it changes whenever another
/// connection — another program, or a writer thread of this one — has committed to the database.
class DataVersion
{
public:
    explicit DataVersion(Database &db) : m_db(db) {}
    qint64 current() const; ///< throws Failure

private:
    Database &m_db;
};

} // namespace fazhi
