// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlQuery;

namespace fazhi {

class Database;

/// What checking a report found, and what the overview counts of its metrics and problems, kept against
/// the report's revision: the overview of a year reads one row per report and nothing else of it.
struct ReportSummary
{
    qint64 reportId = 0;
    qint64 revision = -1;
    int errors = 0;
    int warnings = 0;
    int score = 0;
    QList<int> missingParts;
    QStringList metricKeys;      ///< the metrics with a value
    int problemsOpen = 0;
    int problemsInProgress = 0;
    int problemsRectified = 0;
    int problemsCarried = 0;     ///< continuing a problem of an earlier report
    int problemsRepeated = 0;    ///< continuing a problem of the report's year before
    QList<QDate> unrectifiedDue; ///< due dates of the problems not rectified: overdue depends on today
};

class SummaryRepository
{
public:
    explicit SummaryRepository(Database &db) : m_db(db) {}

    void store(const ReportSummary &summary);
    /// The columns of a stored summary, in the order `read` takes them (after a table alias and a dot).
    static QStringList columns();
    /// The summary in `q`'s columns from `first` on (as `columns` names them); nullopt when the row has
    /// none or one stored before the metric and problem counts were kept (migration 0010).
    static std::optional<ReportSummary> read(const QSqlQuery &q, int first);

private:
    Database &m_db;
};

} // namespace fazhi
