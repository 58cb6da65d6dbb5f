// SPDX-License-Identifier: GPL-3.0-or-later
#include "LatestJob.h"

namespace fazhi {

LatestJob::LatestJob(int delayMs, QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &LatestJob::start);
}

void LatestJob::start()
{
    m_timer.stop();
    if (!m_start)
        return;
    if (m_running) {
        m_again = true; // one job at a time: the newest state is taken when this one ends
        return;
    }
    m_running = true;
    m_again = false;
    ++m_generation;
    m_start();
}

void LatestJob::supersede()
{
    m_timer.stop();
    m_again = false;
    ++m_generation;
}

void LatestJob::finished(quint64 generation, bool ok, const std::function<void()> &deliver)
{
    m_running = false;
    // A failed job was logged where it threw and has nothing to deliver.
    if (ok && generation == m_generation)
        deliver();
    else if (ok)
        ++m_dropped;
    if (m_again)
        start();
}

} // namespace fazhi
