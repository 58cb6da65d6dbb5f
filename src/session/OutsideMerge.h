// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ReportDocument.h"
#include "storage/MetricRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace fazhi {

/// Three-way merge of an open report with what the database holds now: `base` is the report as the window
/// last read or wrote it, `mine` what the clerk sees (with edits not yet written), `stored` what another
/// program left in the database. A field only the other side changed is taken into `mine`; a field only the
/// clerk changed stays; a field both changed keeps the clerk's value and is listed as a conflict with the
/// other text, to be written again. Afterwards `base` is `stored` (for what both sides know).
class OutsideMerge
{
public:
    struct Conflict
    {
        QString what;    ///< "报告标题", "第（二）节的正文"
        QString summary; ///< one line for the clerk: both texts, or where the other one is kept
        QString theirs;  ///< the other program's text, to be kept
        qint64 sectionId = 0; ///< a section's body both changed (for the side-by-side merge); 0 otherwise
    };
    struct Result
    {
        QList<Conflict> conflicts;
        bool reportChanged = false;
        bool metricsChanged = false;
        bool problemsChanged = false;
        QList<qint64> headingsChanged;
        QList<qint64> bodiesChanged;
        // What the clerk's side must write (again): its value won over the stored one.
        ReportRepository::Fields reportToWrite;
        QSet<qint64> headingsToWrite;
        QSet<qint64> bodiesToWrite;
        QHash<QString, MetricRepository::Fields> metricsToWrite; ///< a key without a metric: removed
        QHash<qint64, ProblemRepository::Fields> problemsToWrite;
        QList<Problem> problemsToRestore; ///< deleted elsewhere after the clerk edited them

        bool changedAnything() const
        {
            return reportChanged || metricsChanged || problemsChanged || !headingsChanged.isEmpty()
                   || !bodiesChanged.isEmpty();
        }
    };

    /// `sectionName` names a section for the clerk ("（二）严格执法").
    static Result merge(ReportDocument &mine, ReportDocument &base, const ReportDocument &stored,
                        const std::function<QString(qint64)> &sectionName);

private:
    OutsideMerge(ReportDocument &mine, ReportDocument &base, const ReportDocument &stored)
        : m_mine(mine), m_base(base), m_stored(stored)
    {
    }
    void mergeReport();
    void mergeSections(const std::function<QString(qint64)> &sectionName);
    void mergeMetrics();
    void mergeProblems();
    void conflict(const QString &what, const QString &mine, const QString &theirs);

    ReportDocument &m_mine;
    ReportDocument &m_base;
    const ReportDocument &m_stored;
    Result m_result;
};

} // namespace fazhi
