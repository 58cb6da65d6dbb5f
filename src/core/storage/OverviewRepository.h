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

/// The reads the compliance overview needs for one year, each one query over all units.
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
    /// The metric keys with a value, by report id.
    QHash<qint64, QSet<QString>> metricKeys(int year) const;
    /// The metric values of the year's reports, by report id and metric key (`year` 0: every year).
    QHash<qint64, QHash<QString, double>> metricValues(int year) const;

    struct ProblemFacts
    {
        qint64 reportId = 0;
        ProblemStatus status = ProblemStatus::Open;
        QDate due;
        int continuesYear = 0; ///< the year of the report whose problem this continues, 0 if none
    };
    QList<ProblemFacts> problems(int year) const;

private:
    Database &m_db;
};

} // namespace fazhi
