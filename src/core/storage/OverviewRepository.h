// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Problem.h"
#include "model/Report.h"
#include "storage/SummaryRepository.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <optional>

namespace fazhi {

class Database;

/// The reads the compliance overview needs: a year's reports with their summaries in one query.
class OverviewRepository
{
public:
    explicit OverviewRepository(Database &db) : m_db(db) {}

    struct ReportFacts
    {
        qint64 id = 0;
        qint64 unitId = 0;
        ReportStatus status = ReportStatus::Draft;
        QDateTime submittedAt;
        QDate writtenDate;
        QDate publishedDate;
        qint64 revision = 0;
        /// What checking the report found, when it was checked at its current revision.
        std::optional<ReportSummary> summary;
    };
    /// The reports of `year` with their summaries, by unit id: one run of the index reports_year.
    QHash<qint64, ReportFacts> reports(int year) const;
    /// The metric values of the year's reports, by report id and metric key (`year` 0: every year).
    QHash<qint64, QHash<QString, double>> metricValues(int year) const;

    /// For the problems of `reportId` that continue an earlier problem: the year of that problem's report.
    QHash<qint64, int> continuedYears(qint64 reportId) const;

private:
    Database &m_db;
};

} // namespace fazhi
