// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/Finding.h"
#include "model/Problem.h"
#include "model/Report.h"
#include "model/Review.h"
#include "model/Unit.h"

#include <QCoreApplication>
#include <QString>

namespace fazhi {

/// The core's labels (unit kinds, report and problem statuses, finding levels, roles, the standard parts) as
/// the interface shows them: English source strings translated through the interface's catalogue, so that
/// the English interface is English and the Chinese one reads as before. The core's own Chinese labels
/// (unitKindLabel() and the like) stay what the command line, the templates and the exports print.
class CoreLabels
{
    Q_DECLARE_TR_FUNCTIONS(CoreLabels)

public:
    static QString unitKind(UnitKind kind);
    static QString reportStatus(ReportStatus status);
    static QString problemStatus(ProblemStatus status);
    static QString findingLevel(FindingLevel level);
    static QString role(Role role);
    static QString versionKind(ReportVersion::Kind kind);
    /// Standard part 1–5, 0 for the extra parts, anything else for the whole report.
    static QString part(int standardPart);
};

} // namespace fazhi
