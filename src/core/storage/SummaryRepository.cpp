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

QList<int> SummaryRepository::partsFromText(const QString &text)
{
    QList<int> parts;
    for (const QStringView p : QStringView(text).split(u',', Qt::SkipEmptyParts))
        parts << p.toInt();
    return parts;
}

} // namespace fazhi
