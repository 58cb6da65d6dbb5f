// SPDX-License-Identifier: GPL-3.0-or-later
// What one check of a report found: the findings, the rules that passed, a summary and a score, and the
// JSON of `fazhi check --json` (offsets in Unicode code points).
#pragma once

#include "check/Finding.h"
#include "check/Waiver.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fazhi {

struct WaivedFinding
{
    Finding finding;
    Waiver waiver;
};

struct CheckResult
{
    QString unit;
    int year = 0;
    QString title;
    QString plainText;             ///< the text the offsets count in (ReportLayout::plainText())
    QList<Finding> findings;       ///< failures, in reading order; not including waived ones
    QList<WaivedFinding> waived;   ///< failures marked not applicable, with their reasons
    QStringList passed;            ///< rules that ran and found nothing
    QStringList failed;            ///< rules with at least one finding (waived ones excepted)

    int count(FindingLevel level) const;
    /// 100 less 4 for each error and 2 for each warning (at most three findings of a rule count), from 0.
    int score() const;
    QJsonObject toJson() const;
    /// Findings with an exact fix.
    int fixableCount() const;
};

} // namespace fazhi
