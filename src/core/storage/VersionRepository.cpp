// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/VersionRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

ReportVersion versionFrom(const QSqlQuery &q, bool withContent)
{
    ReportVersion v;
    v.id = q.value(0).toLongLong();
    v.reportId = q.value(1).toLongLong();
    v.number = q.value(2).toInt();
    v.name = q.value(3).toString();
    v.kind = versionKindFromKey(q.value(4).toString());
    v.author = q.value(5).toString();
    v.editors = q.value(6).toString().split(u'\n', Qt::SkipEmptyParts);
    v.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    if (withContent)
        v.content = q.value(8).toString();
    return v;
}

QString columns(bool withContent)
{
    return u"SELECT id, report_id, number, name, kind, author, editors, created_at"_s
           + (withContent ? u", content"_s : QString()) + u" FROM report_versions"_s;
}

} // namespace

int VersionRepository::insert(ReportVersion version)
{
    Transaction tx(m_db);
    QSqlQuery next = sql::run(m_db.connection(),
                              u"SELECT COALESCE(MAX(number), 0) + 1 FROM report_versions WHERE report_id = ?"_s,
                              {version.reportId});
    version.number = next.next() ? next.value(0).toInt() : 1;
    sql::run(m_db.connection(),
             u"INSERT INTO report_versions (report_id, number, name, kind, author, editors, created_at, content) "
             u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {version.reportId, version.number, version.name, versionKindKey(version.kind), version.author,
              version.editors.join(u'\n'), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
              version.content});
    tx.commit();
    return version.number;
}

QList<ReportVersion> VersionRepository::forReport(qint64 reportId, bool withContent) const
{
    QList<ReportVersion> list;
    QSqlQuery q = sql::run(m_db.connection(), columns(withContent) + u" WHERE report_id = ? ORDER BY number"_s,
                           {reportId});
    while (q.next())
        list << versionFrom(q, withContent);
    return list;
}

std::optional<ReportVersion> VersionRepository::find(qint64 reportId, int number) const
{
    QSqlQuery q = sql::run(m_db.connection(), columns(true) + u" WHERE report_id = ? AND number = ?"_s,
                           {reportId, number});
    if (!q.next())
        return std::nullopt;
    return versionFrom(q, true);
}

std::optional<ReportVersion> VersionRepository::latest(qint64 reportId, ReportVersion::Kind kind) const
{
    QSqlQuery q = sql::run(m_db.connection(),
                           columns(true) + u" WHERE report_id = ? AND kind = ? ORDER BY number DESC LIMIT 1"_s,
                           {reportId, versionKindKey(kind)});
    if (!q.next())
        return std::nullopt;
    return versionFrom(q, true);
}

} // namespace fazhi
