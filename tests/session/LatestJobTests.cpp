// SPDX-License-Identifier: GPL-3.0-or-later
// Debounce, one job at a time, stale results dropped: the rule the checklist, the preview and the metric
// candidates follow.
#include "SessionTestSupport.h"

#include "LatestJob.h"

#include <QSemaphore>

#include <atomic>

using namespace fazhi;
using namespace fazhi::test;

TEST_CASE("Calls in quick succession run the job once, with the state of the last call", "[session][job]")
{
    LatestJob job(30);
    int state = 0;
    std::atomic<int> runs = 0;
    QList<int> results;
    job.setJob<int>([&] { return [&runs, value = state] { ++runs; return value; }; },
                    [&](int value) { results.append(value); });
    for (int i = 1; i <= 20; ++i) {
        state = i;
        job.schedule();
    }
    REQUIRE(waitFor([&] { return !results.isEmpty() && !job.isRunning() && !job.isPending(); }));
    settle(60);
    CHECK(runs == 1);
    CHECK(results == QList<int>{20});
}

TEST_CASE("A start while a job runs waits for it and then runs once more with the newest state", "[session][job]")
{
    LatestJob job(0);
    QSemaphore gate;
    std::atomic<int> running = 0, most = 0;
    int state = 1;
    QList<int> results;
    job.setJob<int>(
        [&] {
            return [&, value = state] {
                most = std::max(most.load(), ++running);
                gate.acquire();
                --running;
                return value;
            };
        },
        [&](int value) { results.append(value); });
    job.start();
    state = 2;
    job.start();
    state = 3;
    job.start(); // both wait for the first: one more run, with state 3
    CHECK(job.isRunning());
    gate.release(2);
    REQUIRE(waitFor([&] { return results.size() == 2 && !job.isRunning(); }));
    CHECK(results == QList<int>{1, 3});
    CHECK(most == 1);
}

TEST_CASE("A result made on the spot drops the result of the job running meanwhile", "[session][job]")
{
    LatestJob job(0);
    QSemaphore gate;
    QList<int> results;
    job.setJob<int>([&] { return [&] { gate.acquire(); return 1; }; }, [&](int value) { results.append(value); });
    job.start();
    job.supersede(); // e.g. "check now" computed a newer result on the GUI thread
    gate.release();
    REQUIRE(waitFor([&] { return !job.isRunning(); }));
    settle(30);
    CHECK(results.isEmpty());
    CHECK(job.dropped() == 1);
}

TEST_CASE("A job that throws frees the next one", "[session][job]")
{
    LatestJob job(0);
    bool fail = true;
    QList<int> results;
    job.setJob<int>([&] { return [throwing = fail]() -> int { if (throwing) throw std::runtime_error("broken"); return 7; }; },
                    [&](int value) { results.append(value); });
    job.start();
    REQUIRE(waitFor([&] { return !job.isRunning(); }));
    fail = false;
    job.start();
    REQUIRE(waitFor([&] { return !results.isEmpty(); }));
    CHECK(results == QList<int>{7}); // the failed job delivered nothing
}
