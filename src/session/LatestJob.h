// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Background.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace fazhi {

/// Background work that follows an edited state, in one place: debounce (schedule() runs the job a moment
/// after the last call), one job at a time (a start while one runs waits for it, then runs once more with
/// the newest state), and stale results dropped (a result reaches `done` only if no newer job was started
/// and no result was made on the spot since, see supersede()). The checklist, the preview and the metric
/// candidates use it.
class LatestJob : public QObject
{
public:
    explicit LatestJob(int delayMs, QObject *parent = nullptr);

    /// The job: `prepare` runs on the GUI thread when a job starts and returns the work for the pool
    /// (copying the state it needs); `done` receives the work's result on the GUI thread. A job that
    /// throws delivers nothing (the failure is logged) and frees the next one.
    template<typename Result>
    void setJob(std::function<std::function<Result()>()> prepare, std::function<void(Result)> done)
    {
        m_start = [this, prepare = std::move(prepare), done = std::move(done)] {
            const quint64 generation = m_generation;
            std::function<Result()> work = prepare();
            // A job that throws is logged by runInBackground and delivers nothing (an empty optional).
            runInBackground<std::optional<Result>>(
                this, [work = std::move(work)]() -> std::optional<Result> { return work(); },
                [this, generation, done](std::optional<Result> result) {
                    finished(generation, result.has_value(), [&] { done(std::move(*result)); });
                });
        };
    }

    /// Runs the job after the delay, restarting the delay on every call.
    void schedule() { m_timer.start(); }
    /// Runs the job now (or, while one runs, as soon as it ends).
    void start();
    /// A result made on the spot replaces whatever runs: its result is dropped. Stops a pending delay.
    void supersede();
    /// Drops everything pending and running (a new session).
    void reset() { supersede(); }
    bool isRunning() const { return m_running; }
    bool isPending() const { return m_timer.isActive() || m_again; }
    /// How many results were dropped as stale (for tests).
    int dropped() const { return m_dropped; }

private:
    void finished(quint64 generation, bool ok, const std::function<void()> &deliver);

    QTimer m_timer;
    std::function<void()> m_start;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_again = false;
    int m_dropped = 0;
};

} // namespace fazhi
