// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace fazhi {

/// Today's date as the workspace sees it; tests move it to check deadline logic.
class WorkspaceClock
{
public:
    static QDate today();
    static void setToday(const QDate &date); ///< an invalid date returns to the real clock
};

} // namespace fazhi
