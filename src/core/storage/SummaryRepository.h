// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

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
    /// The stored form of the missing parts ("1,4") read back. The overview reads summaries together with
    /// their reports (OverviewRepository::reports).
    static QList<int> partsFromText(const QString &text);

private:
    Database &m_db;
};

} // namespace fazhi
