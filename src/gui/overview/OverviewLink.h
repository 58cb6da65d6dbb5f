// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OverviewTarget.h"

namespace fazhi {

class MainWindow;

/// Opens what the overview points at in the workspace: the report, then the place (report fields, a
/// section at a position, a problem, the metrics tab, the checklist at a finding).
class OverviewLink
{
public:
    /// Returns false when the report cannot be opened.
    static bool open(MainWindow &window, const OverviewTarget &target);
};

} // namespace fazhi
