// SPDX-License-Identifier: GPL-3.0-or-later
// Where deadline logic asks for "today": the system clock in the product, a fixed clock in tests.
#pragma once

#include <QDate>

namespace fazhi {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;

    /// The local calendar date of the machine.
    static const Clock &system();
};

/// A clock that always answers the same day; tests move it with set().
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDate day) : m_day(day) {}
    QDate today() const override { return m_day; }
    void set(QDate day) { m_day = day; }

private:
    QDate m_day;
};

} // namespace fazhi
