// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Clock.h"

namespace fazhi {

namespace {

class SystemClock : public Clock
{
public:
    QDate today() const override { return QDate::currentDate(); }
};

} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace fazhi
