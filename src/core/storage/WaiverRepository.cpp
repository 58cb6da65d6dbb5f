// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/WaiverRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Failure.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

void WaiverRepository::waive(qint64 reportId, const QString &rule, const QString &anchor, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw Failure(u"标记“不适用”时请写明理由。"_s, Failure::Kind::Input);
    sql::run(m_db.connection(),
             u"INSERT INTO finding_waivers (report_id, rule, anchor, reason, created_at) VALUES (?, ?, ?, ?, ?) "
             u"ON CONFLICT(report_id, rule, anchor) DO UPDATE SET reason = excluded.reason, "
             u"created_at = excluded.created_at"_s,
             {reportId, rule, anchor, reason.trimmed(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
             u"无法记录“不适用”标记：报告不存在。"_s);
}

void WaiverRepository::remove(qint64 reportId, const QString &rule, const QString &anchor)
{
    sql::run(m_db.connection(), u"DELETE FROM finding_waivers WHERE report_id = ? AND rule = ? AND anchor = ?"_s,
             {reportId, rule, anchor});
}

QList<Waiver> WaiverRepository::forReport(qint64 reportId) const
{
    QList<Waiver> result;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT report_id, rule, anchor, reason, created_at FROM finding_waivers "
                           u"WHERE report_id = ? ORDER BY rule, anchor"_s,
                           {reportId});
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       QDateTime::fromString(q.value(4).toString(), Qt::ISODate)});
    return result;
}

} // namespace fazhi
