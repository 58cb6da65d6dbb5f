// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreLabels.h"

namespace fazhi {

QString CoreLabels::unitKind(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Government: return tr("Government");
    case UnitKind::Department: return tr("Department");
    case UnitKind::Township: return tr("Township (subdistrict)");
    case UnitKind::Other: return tr("Other");
    }
    return {};
}

QString CoreLabels::reportStatus(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Draft: return tr("Draft");
    case ReportStatus::Submitted: return tr("Submitted");
    case ReportStatus::Returned: return tr("Returned");
    case ReportStatus::Approved: return tr("Approved");
    case ReportStatus::Published: return tr("Published");
    }
    return {};
}

QString CoreLabels::problemStatus(ProblemStatus status)
{
    switch (status) {
    case ProblemStatus::Open: return tr("Not rectified");
    case ProblemStatus::InProgress: return tr("Being rectified");
    case ProblemStatus::Rectified: return tr("Rectified");
    }
    return {};
}

QString CoreLabels::findingLevel(FindingLevel level)
{
    switch (level) {
    case FindingLevel::Error: return tr("Error");
    case FindingLevel::Warning: return tr("Warning");
    case FindingLevel::Info: return tr("Note");
    }
    return {};
}

QString CoreLabels::role(Role role)
{
    switch (role) {
    case Role::Drafter: return tr("Drafter");
    case Role::Reviewer: return tr("Reviewer");
    case Role::Signer: return tr("Signer");
    case Role::Admin: return tr("Administrator");
    }
    return {};
}

QString CoreLabels::versionKind(ReportVersion::Kind kind)
{
    switch (kind) {
    case ReportVersion::Kind::Submission: return tr("Submission");
    case ReportVersion::Kind::Named: return tr("Named version");
    case ReportVersion::Kind::BeforeRestore: return tr("Before restore");
    }
    return {};
}

QString CoreLabels::part(int standardPart)
{
    switch (standardPart) {
    case 1: return tr("Part 1: measures and results");
    case 2: return tr("Part 2: shortcomings and reasons");
    case 3: return tr("Part 3: leaders' duty");
    case 4: return tr("Part 4: next year's plans");
    case 5: return tr("Part 5: other matters");
    case 0: return tr("Extra parts");
    }
    return tr("Whole report");
}

} // namespace fazhi
