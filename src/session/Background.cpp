// SPDX-License-Identifier: GPL-3.0-or-later
#include "Background.h"

#include <QLoggingCategory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace fazhi {

namespace {
Q_LOGGING_CATEGORY(lcBackground, "fazhi.background")
}

void logBackgroundFailure(const char *what)
{
    qCWarning(lcBackground) << "background job failed:" << what;
}

void yieldToInterface()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread; QThread::LowPriority maps to nothing under SCHED_OTHER.
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}

} // namespace fazhi
