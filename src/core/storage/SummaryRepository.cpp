// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SummaryRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

QString joined(const QList<int> &numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(u',');
}

} // namespace

QStringList SummaryRepository::columns()
{
    return {u"report_id"_s, u"revision"_s, u"errors"_s, u"warnings"_s, u"score"_s, u"missing_parts"_s, u"facts"_s,
            u"metric_keys"_s, u"problems_open"_s, u"problems_in_progress"_s, u"problems_rectified"_s,
            u"problems_carried"_s, u"problems_repeated"_s, u"unrectified_due"_s};
}

void SummaryRepository::store(const ReportSummary &s)
{
    QStringList due;
    for (const QDate &d : s.unrectifiedDue)
        due << d.toString(Qt::ISODate);
    const QStringList names = columns();
    QStringList updates;
    for (const QString &c : names.mid(1))
        updates << c + u" = excluded."_s + c;
    sql::run(m_db.connection(),
             u"INSERT INTO report_summaries (%1) VALUES (%2) ON CONFLICT(report_id) DO UPDATE SET %3"_s.arg(
                 names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s), updates.join(u", "_s)),
             {s.reportId, s.revision, s.errors, s.warnings, s.score, joined(s.missingParts), 1, s.metricKeys.join(u','),
              s.problemsOpen, s.problemsInProgress, s.problemsRectified, s.problemsCarried, s.problemsRepeated,
              due.join(u',')});
}

std::optional<ReportSummary> SummaryRepository::read(const QSqlQuery &q, int first)
{
    if (q.value(first).isNull() || q.value(first + 6).toInt() < 1)
        return std::nullopt;
    ReportSummary s;
    s.reportId = q.value(first).toLongLong();
    s.revision = q.value(first + 1).toLongLong();
    s.errors = q.value(first + 2).toInt();
    s.warnings = q.value(first + 3).toInt();
    s.score = q.value(first + 4).toInt();
    for (const QStringView p : QStringView(q.value(first + 5).toString()).split(u',', Qt::SkipEmptyParts))
        s.missingParts << p.toInt();
    s.metricKeys = q.value(first + 7).toString().split(u',', Qt::SkipEmptyParts);
    s.problemsOpen = q.value(first + 8).toInt();
    s.problemsInProgress = q.value(first + 9).toInt();
    s.problemsRectified = q.value(first + 10).toInt();
    s.problemsCarried = q.value(first + 11).toInt();
    s.problemsRepeated = q.value(first + 12).toInt();
    for (const QStringView d : QStringView(q.value(first + 13).toString()).split(u',', Qt::SkipEmptyParts))
        s.unrectifiedDue << QDate::fromString(d.toString(), Qt::ISODate);
    return s;
}

} // namespace fazhi
