// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ReferenceRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

qint64 ReferenceRepository::insert(qint64 reportId, const QString &kind, const QString &title, const QString &body)
{
    const qint64 newId = dialect::insertReturningId(m_db.connection(),
                           u"INSERT INTO report_references (report_id, kind, title, body) VALUES (?, ?, ?, ?)"_s,
                           {reportId, kind, title, body});
    return newId;
}

QList<ReportReference> ReferenceRepository::forReport(qint64 reportId) const
{
    QList<ReportReference> result;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT id, report_id, kind, title, body FROM report_references WHERE report_id = ? "
                           u"ORDER BY id"_s,
                           {reportId});
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString()});
    return result;
}

} // namespace fazhi
