// SPDX-License-Identifier: GPL-3.0-or-later
// Whole-report operations over the repositories: load a report with everything it needs, create a new
// one (blank from a template, or from the unit's previous report), store an imported one.
#pragma once

#include "model/ReportDocument.h"

namespace fazhi {

class Database;

/// What a report started from the unit's previous report takes over from it.
struct CarryOver
{
    /// A part four ("next year's plans") of the previous report: its own text and its subsections.
    struct Plans
    {
        Section part;
        QList<Section> items;
    };
    QList<Problem> problems; ///< those not rectified, in order, as the previous report has them
    QList<Plans> plans;
};

class DocumentStore
{
public:
    explicit DocumentStore(Database &db) : m_db(db) {}

    /// The report with its unit, sections, metrics, problems and the previous report. Throws Failure.
    ReportDocument load(qint64 reportId, bool withPrevious = true) const;

    /// Creates the report of `unitId` for `year` from its template, in one transaction.
    /// With `fromPrevious`, the unit's previous report supplies addressee and signatories, its open
    /// problems are carried over (linked, status kept) and its part-4 plans are attached for reference.
    qint64 createReport(qint64 unitId, int year, bool fromPrevious, const QString &templateName = QStringLiteral("standard"));

    /// What createReport() carries over from `previous` when starting from it.
    static CarryOver carryOver(const ReportDocument &previous);

    /// Stores a complete document as a new report (sections' parentIds may be provisional ids within the
    /// document). The unit is taken as given when doc.unit.id > 0, else found by name or created.
    qint64 insert(ReportDocument doc);

    /// Replaces the sections of an existing report with `sections` (provisional ids allowed).
    void replaceSections(qint64 reportId, const QList<Section> &sections);

private:
    Database &m_db;
};

} // namespace fazhi
