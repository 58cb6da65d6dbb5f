// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SummaryRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace fazhi {

void SummaryRepository::store(const ReportSummary &s)
{
    QStringList parts;
    for (int p : s.missingParts)
        parts << QString::number(p);
    sql::run(m_db.connection(),
             u"INSERT INTO report_summaries (report_id, revision, errors, warnings, score, missing_parts) "
             u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(report_id) DO UPDATE SET revision = excluded.revision, "
             u"errors = excluded.errors, warnings = excluded.warnings, score = excluded.score, "
             u"missing_parts = excluded.missing_parts"_s,
             {s.reportId, s.revision, s.errors, s.warnings, s.score, parts.join(u',')});
}

QHash<qint64, ReportSummary> SummaryRepository::forYear(int year) const
{
    QHash<qint64, ReportSummary> result;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT s.report_id, s.revision, s.errors, s.warnings, s.score, s.missing_parts "
                           u"FROM report_summaries s JOIN reports r ON r.id = s.report_id WHERE r.year = ?"_s,
                           {year});
    while (q.next()) {
        ReportSummary s;
        s.reportId = q.value(0).toLongLong();
        s.revision = q.value(1).toLongLong();
        s.errors = q.value(2).toInt();
        s.warnings = q.value(3).toInt();
        s.score = q.value(4).toInt();
        for (const QString &p : q.value(5).toString().split(u',', Qt::SkipEmptyParts))
            s.missingParts << p.toInt();
        result.insert(s.reportId, s);
    }
    return result;
}

QList<std::pair<qint64, qint64>> SummaryRepository::stale(int year) const
{
    QList<std::pair<qint64, qint64>> result;
    QSqlQuery q = sql::run(m_db.connection(),
                           u"SELECT r.id, r.revision FROM reports r LEFT JOIN report_summaries s ON s.report_id = r.id "
                           u"WHERE r.year = ? AND (s.report_id IS NULL OR s.revision <> r.revision)"_s,
                           {year});
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return result;
}

} // namespace fazhi
