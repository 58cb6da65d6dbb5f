// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Report.h"
#include "model/Unit.h"

#include <QIcon>

namespace fazhi {

/// Icons drawn at run time at every device pixel ratio (no bitmaps to blur on high-DPI screens).
class Icons
{
public:
    static QIcon unitKind(UnitKind kind);
    static QIcon reportStatus(ReportStatus status);
    static QIcon level(int level); ///< 0 error, 1 warning, 2 info
    static QIcon fixable();
};

} // namespace fazhi
