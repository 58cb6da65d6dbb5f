// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/OverviewRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fazhi {

QHash<qint64, OverviewRepository::ReportFacts> OverviewRepository::reports(int year) const
{
    QHash<qint64, ReportFacts> result;
    const QStringList columns = SummaryRepository::columns();
    QStringList summary;
    for (const QString &c : columns)
        summary << u"s."_s + c;
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q = sql::run(db,
                           u"SELECT r.id, r.unit_id, r.status, r.submitted_at, r.written_date, r.published_date, r.revision, %1 "
                           u"FROM reports r"_s.arg(summary.join(u", "_s))
                               + dialect::perReportJoin(dialect::engineOf(db), u"report_summaries"_s, u"s"_s,
                                                        columns.join(u", "_s), true)
                               + u" WHERE r.year = ?"_s,
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
        f.revision = q.value(6).toLongLong();
        if (auto s = SummaryRepository::read(q, 7); s && s->revision == f.revision)
            f.summary = std::move(s);
        result.insert(f.unitId, f);
    }
    return result;
}

QHash<qint64, int> OverviewRepository::continuedYears(qint64 reportId) const
{
    QHash<qint64, int> result;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT p.id, pr.year FROM problems p JOIN problems pp ON pp.id = p.continues_id "
                           u"JOIN reports pr ON pr.id = pp.report_id WHERE p.report_id = ?"_s,
                           {reportId});
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toInt());
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

} // namespace fazhi
