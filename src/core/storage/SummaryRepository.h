// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>

namespace fazhi {

class Database;

/// What checking a report found, kept against the report's revision.
struct ReportSummary
{
    qint64 reportId = 0;
    qint64 revision = -1;
    int errors = 0;
    int warnings = 0;
    int score = 0;
    QList<int> missingParts;
};

class SummaryRepository
{
public:
    explicit SummaryRepository(Database &db) : m_db(db) {}

    void store(const ReportSummary &summary);
    /// The summaries of the reports of `year`, by report id.
    QHash<qint64, ReportSummary> forYear(int year) const;
    /// Reports of `year` whose summary is missing or older than the report: (id, revision).
    QList<std::pair<qint64, qint64>> stale(int year) const;

private:
    Database &m_db;
};

} // namespace fazhi
