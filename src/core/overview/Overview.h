// SPDX-License-Identifier: GPL-3.0-or-later
// The compliance overview of a supervising office: every unit's report for a year, its deadlines,
// completeness and problems, in the unit tree's order.
#pragma once

#include "check/CheckOptions.h"
#include "model/Report.h"
#include "model/Unit.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace fazhi {

class Database;

struct OverviewRow
{
    qint64 unitId = 0;
    QString unit;
    UnitKind kind = UnitKind::Department;
    qint64 parentId = 0;
    int depth = 0;                ///< 0 for the top of the tree shown
    int year = 0;
    qint64 reportId = 0;          ///< 0: the unit has no report for the year
    ReportStatus status = ReportStatus::Draft;
    QDate submitted;              ///< submitted upward (or, for an imported report, its 成文日期)
    QDate submitDue;
    bool submitLate = false;      ///< submitted after the deadline, or not submitted and the deadline passed
    QDate published;
    QDate publishDue;
    bool publishLate = false;
    int errors = 0;               ///< the checklist's errors and warnings (deadline rules aside)
    int warnings = 0;
    int score = 0;
    QList<int> missingParts;      ///< standard parts 1–5 not found
    int metricsMissing = 0;       ///< required metrics without a value
    int problemsOpen = 0;
    int problemsInProgress = 0;
    int problemsRectified = 0;
    int problemsOverdue = 0;      ///< past their due date and not rectified
    int problemsCarried = 0;      ///< continuing a problem of an earlier report
    int problemsRepeated = 0;     ///< continuing a problem of the year before: reported two years running

    QJsonObject toJson() const;
};

class Overview
{
public:
    /// One row per unit under `rootUnitId` (every unit when 0) for `year`. Check summaries that are
    /// older than their report's revision are brought up to date first (stored when the database is
    /// writable), so that only reports changed since the last overview are checked again.
    static QList<OverviewRow> build(Database &db, int year, qint64 rootUnitId, const CheckOptions &options);
    /// Checks reports whose summary is missing or stale; returns how many were checked.
    static int refreshSummaries(Database &db, int year);
};

} // namespace fazhi
