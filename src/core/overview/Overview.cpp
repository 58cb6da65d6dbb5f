// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/Overview.h"

#include "check/Checker.h"
#include "check/Checklist.h"
#include "check/StructureMap.h"
#include "model/MetricCatalog.h"
#include "storage/Database.h"
#include "storage/DocumentStore.h"
#include "storage/OverviewRepository.h"
#include "storage/SummaryRepository.h"
#include "storage/UnitRepository.h"
#include "text/ReportLayout.h"

#include <QJsonArray>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace fazhi {

namespace {

QJsonValue dateJson(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }

/// What checking one report finds, without the rules that depend on today's date.
ReportSummary summarise(Database &db, qint64 reportId, qint64 revision, Checker &checker)
{
    const ReportDocument doc = DocumentStore(db).load(reportId, true);
    const ReportLayout layout = ReportLayout::build(doc);
    const CheckResult result = checker.check(doc, layout);
    ReportSummary s;
    s.reportId = reportId;
    s.revision = revision;
    s.errors = result.count(FindingLevel::Error);
    s.warnings = result.count(FindingLevel::Warning);
    s.score = result.score();
    const StructureMap structure = StructureMap::recognise(doc, layout, Checklist::builtin());
    for (int part = 1; part <= 5; ++part)
        if (structure.place(part).presence == StructureMap::Presence::Absent)
            s.missingParts << part;
    for (const MetricValue &v : doc.metrics)
        s.metricKeys << v.key;
    const QHash<qint64, int> continued = OverviewRepository(db).continuedYears(reportId);
    for (const Problem &p : doc.problems) {
        switch (p.status) {
        case ProblemStatus::Open:
            ++s.problemsOpen;
            break;
        case ProblemStatus::InProgress:
            ++s.problemsInProgress;
            break;
        case ProblemStatus::Rectified:
            ++s.problemsRectified;
            break;
        }
        if (p.status != ProblemStatus::Rectified && p.dueDate.isValid())
            s.unrectifiedDue << p.dueDate;
        if (const int year = continued.value(p.id); year > 0) {
            ++s.problemsCarried;
            if (year == doc.report.year - 1)
                ++s.problemsRepeated;
        }
    }
    return s;
}

} // namespace

QJsonObject OverviewRow::toJson() const
{
    QJsonArray missing;
    for (int p : missingParts)
        missing.append(p);
    return QJsonObject{{u"unit_id"_s, unitId},
                       {u"unit"_s, unit},
                       {u"kind"_s, unitKindKey(kind)},
                       {u"parent_id"_s, parentId > 0 ? QJsonValue(parentId) : QJsonValue()},
                       {u"depth"_s, depth},
                       {u"year"_s, year},
                       {u"report_id"_s, reportId > 0 ? QJsonValue(reportId) : QJsonValue()},
                       {u"status"_s, reportId > 0 ? QJsonValue(reportStatusKey(status)) : QJsonValue(u"missing"_s)},
                       {u"submitted"_s, dateJson(submitted)},
                       {u"submit_due"_s, dateJson(submitDue)},
                       {u"submit_late"_s, submitLate},
                       {u"published"_s, dateJson(published)},
                       {u"publish_due"_s, dateJson(publishDue)},
                       {u"publish_late"_s, publishLate},
                       {u"errors"_s, errors},
                       {u"warnings"_s, warnings},
                       {u"score"_s, reportId > 0 ? QJsonValue(score) : QJsonValue()},
                       {u"missing_parts"_s, missing},
                       {u"metrics_missing"_s, metricsMissing},
                       {u"problems_open"_s, problemsOpen},
                       {u"problems_in_progress"_s, problemsInProgress},
                       {u"problems_rectified"_s, problemsRectified},
                       {u"problems_overdue"_s, problemsOverdue},
                       {u"problems_carried"_s, problemsCarried},
                       {u"problems_repeated"_s, problemsRepeated}};
}

namespace {

/// Checks the reports of `reports` whose summary is missing or older than the report, and stores what it
/// finds when the database is writable (read-only, it serves this answer only). Returns how many.
int refreshStale(Database &db, QHash<qint64, OverviewRepository::ReportFacts> &reports, int year)
{
    QList<OverviewRepository::ReportFacts *> stale;
    for (auto &report : reports)
        if (!report.summary)
            stale << &report;
    if (stale.isEmpty())
        return 0;
    CheckOptions options;
    options.disabled = {u"date.report-due"_s, u"date.publish-due"_s};
    Checker checker(options);
    std::optional<Transaction> tx;
    if (!db.isReadOnly())
        tx.emplace(db, Database::Writes::DerivedOnly); // summaries only: no whole-file check first
    SummaryRepository summaries(db);
    for (OverviewRepository::ReportFacts *report : stale) {
        // Stored under the revision read above: had the report changed since, the summary shows as
        // stale next time and is checked again.
        report->summary = summarise(db, report->id, report->revision, checker);
        if (tx)
            summaries.store(*report->summary);
    }
    if (tx) {
        tx->commit();
        spdlog::info("overview: checked {} reports of {} again", stale.size(), year);
    }
    return int(stale.size());
}

} // namespace

int Overview::refreshSummaries(Database &db, int year)
{
    auto reports = OverviewRepository(db).reports(year);
    return refreshStale(db, reports, year);
}

QList<OverviewRow> Overview::build(Database &db, int year, qint64 rootUnitId, const CheckOptions &options)
{
    const QDate today = options.today();
    const QDate submitDue = options.reportDueDate(year);
    const QDate publishDue = options.publishDueDate(year);

    auto reports = OverviewRepository(db).reports(year);

    // The unit tree, depth first, from the root (or from every unit without a parent).
    const QList<Unit> units = UnitRepository(db).all();
    QHash<qint64, QList<const Unit *>> children;
    QHash<qint64, const Unit *> byId;
    for (const Unit &u : units) {
        byId.insert(u.id, &u);
        children[u.parentId].append(&u);
    }
    QList<std::pair<const Unit *, int>> ordered;
    QSet<qint64> visited;
    std::function<void(const Unit *, int)> visit = [&](const Unit *u, int depth) {
        if (visited.contains(u->id))
            return;
        visited.insert(u->id);
        ordered.append({u, depth});
        for (const Unit *c : children.value(u->id))
            visit(c, depth + 1);
    };
    if (rootUnitId > 0) {
        if (const Unit *root = byId.value(rootUnitId))
            visit(root, 0);
    } else {
        for (const Unit &u : units)
            if (u.parentId <= 0 || !byId.contains(u.parentId))
                visit(&u, 0);
    }
    // Only the reports shown are checked again: one unit's page never waits for the whole district's.
    if (rootUnitId > 0) {
        for (auto it = reports.begin(); it != reports.end();)
            it = visited.contains(it.key()) ? std::next(it) : reports.erase(it);
    }
    refreshStale(db, reports, year);

    QHash<UnitKind, QStringList> required;
    for (const UnitKind kind : {UnitKind::Government, UnitKind::Department, UnitKind::Township, UnitKind::Other})
        for (const MetricDefinition &d : MetricCatalog::builtin().requiredFor(kind))
            required[kind] << d.key;

    // The local day of a submission time. Converting each one (Qt asks the system's time zone every time) was
    // most of building ten thousand rows; every zone's offset changes on a quarter hour, so the offset found
    // for one instant holds for its whole quarter hour.
    QHash<qint64, qint64> offsets;
    const auto localDate = [&](const QDateTime &utc) {
        const qint64 secs = utc.toSecsSinceEpoch();
        const qint64 quarter = secs / 900 - (secs % 900 < 0 ? 1 : 0);
        auto offset = offsets.constFind(quarter);
        if (offset == offsets.cend())
            offset = offsets.insert(quarter, utc.toLocalTime().offsetFromUtc());
        return QDateTime::fromSecsSinceEpoch(secs + *offset, Qt::UTC).date();
    };

    QList<OverviewRow> rows;
    rows.reserve(ordered.size());
    for (const auto &[unit, depth] : ordered) {
        OverviewRow row;
        row.unitId = unit->id;
        row.unit = unit->fullName;
        row.kind = unit->kind;
        row.parentId = unit->parentId;
        row.depth = depth;
        row.year = year;
        row.submitDue = submitDue;
        row.publishDue = publishDue;
        const auto report = reports.constFind(unit->id);
        if (report == reports.cend()) {
            // No report at all: missing, and late once the deadlines pass.
            row.submitLate = today > submitDue;
            row.publishLate = today > publishDue;
            row.missingParts = {1, 2, 3, 4, 5};
            rows << row;
            continue;
        }
        row.reportId = report->id;
        row.status = report->status;
        const bool sentUp = report->status != ReportStatus::Draft && report->status != ReportStatus::Returned;
        if (report->submittedAt.isValid())
            row.submitted = localDate(report->submittedAt);
        else if (sentUp)
            row.submitted = report->writtenDate; // an imported report: its 成文日期 is the best date known
        row.submitLate = row.submitted.isValid() ? row.submitted > submitDue : today > submitDue;
        row.published = report->publishedDate;
        row.publishLate = row.published.isValid() ? row.published > publishDue : today > publishDue;
        const ReportSummary &summary = *report->summary;
        row.errors = summary.errors;
        row.warnings = summary.warnings;
        row.score = summary.score;
        row.missingParts = summary.missingParts;
        for (const QString &key : required.value(unit->kind))
            if (!summary.metricKeys.contains(key))
                ++row.metricsMissing;
        row.problemsOpen = summary.problemsOpen;
        row.problemsInProgress = summary.problemsInProgress;
        row.problemsRectified = summary.problemsRectified;
        row.problemsOverdue = int(std::count_if(summary.unrectifiedDue.cbegin(), summary.unrectifiedDue.cend(),
                                                [&](const QDate &due) { return due < today; }));
        row.problemsCarried = summary.problemsCarried;
        row.problemsRepeated = summary.problemsRepeated;
        rows << row;
    }
    return rows;
}

} // namespace fazhi
