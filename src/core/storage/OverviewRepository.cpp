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
                           u"SELECT r.id, r.unit_id, r.status, r.submitted_at, r.written_date, r.published_date, r.revision, "
                           u"s.revision, s.errors, s.warnings, s.score, s.missing_parts "
                           u"FROM reports r LEFT JOIN report_summaries s ON s.report_id = r.id WHERE r.year = ?"_s,
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
        if (!q.value(7).isNull() && q.value(7).toLongLong() == f.revision) {
            ReportSummary s;
            s.reportId = f.id;
            s.revision = f.revision;
            s.errors = q.value(8).toInt();
            s.warnings = q.value(9).toInt();
            s.score = q.value(10).toInt();
            s.missingParts = SummaryRepository::partsFromText(q.value(11).toString());
            f.summary = std::move(s);
        }
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
