// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ReviewRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {
QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
} // namespace

void ReviewRepository::setSubmitted(qint64 reportId, const QDateTime &at)
{
    sql::run(m_db.connection(), u"UPDATE reports SET submitted_at = ? WHERE id = ?"_s,
             {at.toUTC().toString(Qt::ISODateWithMs), reportId});
}

void ReviewRepository::setApproved(qint64 reportId, const QDateTime &at)
{
    sql::run(m_db.connection(), u"UPDATE reports SET approved_at = ? WHERE id = ?"_s,
             {at.toUTC().toString(Qt::ISODateWithMs), reportId});
}

void ReviewRepository::setPublished(qint64 reportId, const QDate &date, const QString &url)
{
    sql::run(m_db.connection(), u"UPDATE reports SET published_date = ?, published_url = ? WHERE id = ?"_s,
             {sql::dateValue(date), url, reportId});
}

QDateTime ReviewRepository::submittedAt(qint64 reportId) const
{
    QSqlQuery q = sql::run(m_db.connection(), u"SELECT submitted_at FROM reports WHERE id = ?"_s, {reportId});
    if (!q.next() || q.value(0).isNull())
        return {};
    QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

void ReviewRepository::noteEditor(qint64 reportId, qint64 personId)
{
    sql::run(m_db.connection(),
             u"INSERT INTO report_editors (report_id, person_id, last_at) VALUES (?, ?, ?) "
             u"ON CONFLICT(report_id, person_id) DO UPDATE SET last_at = excluded.last_at"_s,
             {reportId, personId, now()});
}

QStringList ReviewRepository::editors(qint64 reportId) const
{
    QStringList names;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT p.name FROM report_editors e JOIN people p ON p.id = e.person_id "
                           u"WHERE e.report_id = ? ORDER BY e.last_at"_s,
                           {reportId});
    while (q.next())
        names << q.value(0).toString();
    return names;
}

void ReviewRepository::clearEditors(qint64 reportId)
{
    sql::run(m_db.connection(), u"DELETE FROM report_editors WHERE report_id = ?"_s, {reportId});
}

} // namespace fazhi
