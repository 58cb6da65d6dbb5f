// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DataVersion.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

qint64 DataVersion::current() const
{
    QSqlQuery q = sql::run(m_db.connection(), u"PRAGMA data_version"_s);
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace fazhi
