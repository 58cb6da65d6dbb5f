// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DataVersion.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

qint64 DataVersion::current() const
{
    return dialect::dataVersion(m_db.connection());
}

} // namespace fazhi
