// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <functional>

namespace fazhi {

/// Lowers the calling thread's CPU priority (nice +10 on Linux), once per thread: background work then
/// takes the cores only when the GUI thread does not want them. On two cores, a checklist run and a
/// preview layout running beside the GUI thread otherwise push its paints back by whole time slices.
void yieldToInterface();

/// Logs what a background job threw (an exception must not end a pool thread: that ends the program).
void logBackgroundFailure(const char *what);

/// Runs `work` on the thread pool and hands its result to `done` on the GUI thread, unless `context`
/// has been destroyed meanwhile. Used for work that must not stall typing: layout, pagination, checks.
/// If `work` throws, the failure is logged and `done` receives a default Result (so that a caller waiting
/// for its one job at a time is freed; its generation or revision 0 marks it as stale).
template<typename Result>
void runInBackground(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        yieldToInterface();
        std::shared_ptr<Result> result;
        try {
            result = std::make_shared<Result>(work());
        } catch (const std::exception &e) {
            logBackgroundFailure(e.what());
            result = std::make_shared<Result>();
        } catch (...) {
            logBackgroundFailure("unknown exception");
            result = std::make_shared<Result>();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done = std::move(done), result] {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace fazhi
