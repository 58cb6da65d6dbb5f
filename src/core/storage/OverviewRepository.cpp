// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/OverviewRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

QHash<qint64, OverviewRepository::ReportFacts> OverviewRepository::reports(int year) const
{
    QHash<qint64, ReportFacts> result;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT id, unit_id, status, submitted_at, written_date, published_date FROM reports WHERE year = ?"_s,
                           {year});
    while (q.next()) {
        ReportFacts f;
        f.id = q.value(0).toLongLong();
        f.unitId = q.value(1).toLongLong();
        f.status = reportStatusFromKey(q.value(2).toString());
        if (!q.value(3).isNull()) {
            f.submittedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
            f.submittedAt.setTimeSpec(Qt::UTC);
        }
        f.writtenDate = sql::toDate(q.value(4));
        f.publishedDate = sql::toDate(q.value(5));
        result.insert(f.unitId, f);
    }
    return result;
}

QHash<qint64, QSet<QString>> OverviewRepository::metricKeys(int year) const
{
    QHash<qint64, QSet<QString>> result;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT m.report_id, m.metric_key FROM metric_values m JOIN reports r ON r.id = m.report_id "
                           u"WHERE r.year = ?"_s,
                           {year});
    while (q.next())
        result[q.value(0).toLongLong()].insert(q.value(1).toString());
    return result;
}

QHash<qint64, QHash<QString, double>> OverviewRepository::metricValues(int year) const
{
    QHash<qint64, QHash<QString, double>> result;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT m.report_id, m.metric_key, m.value FROM metric_values m JOIN reports r ON r.id = m.report_id "
                           u"WHERE (? = 0 OR r.year = ?) AND m.value IS NOT NULL"_s,
                           {year, year});
    while (q.next())
        result[q.value(0).toLongLong()].insert(q.value(1).toString(), q.value(2).toDouble());
    return result;
}

QList<OverviewRepository::ProblemFacts> OverviewRepository::problems(int year) const
{
    QList<ProblemFacts> result;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT p.report_id, p.status, p.due_date, COALESCE(pr.year, 0) FROM problems p "
                           u"JOIN reports r ON r.id = p.report_id "
                           u"LEFT JOIN problems pp ON pp.id = p.continues_id LEFT JOIN reports pr ON pr.id = pp.report_id "
                           u"WHERE r.year = ?"_s,
                           {year});
    while (q.next())
        result.append({q.value(0).toLongLong(), problemStatusFromKey(q.value(1).toString()), sql::toDate(q.value(2)),
                       q.value(3).toInt()});
    return result;
}

} // namespace fazhi
