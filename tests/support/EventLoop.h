// SPDX-License-Identifier: GPL-3.0-or-later
// Letting the event loop run in tests: background jobs and the writer deliver their results through it.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThreadPool>

namespace fazhi::test {

/// Runs the event loop for `ms` milliseconds, letting background jobs, the writer's completions and timers arrive.
inline void settle(int ms = 50)
{
    QElapsedTimer t;
    t.start();
    do {
        QThreadPool::globalInstance()->waitForDone(20);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    } while (t.elapsed() < ms);
}

/// Waits until `condition` holds, up to `timeoutMs`.
template<typename F> bool waitFor(F condition, int timeoutMs = 5000)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        settle(10);
    }
    return true;
}

} // namespace fazhi::test
