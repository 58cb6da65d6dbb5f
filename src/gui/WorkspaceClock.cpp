// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceClock.h"

namespace fazhi {

namespace {
QDate g_today;
}

QDate WorkspaceClock::today() { return g_today.isValid() ? g_today : QDate::currentDate(); }
void WorkspaceClock::setToday(const QDate &date) { g_today = date; }

} // namespace fazhi
