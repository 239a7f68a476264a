// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/manualclock.h"

#include "sync/clocktimer.h"

#include <algorithm>

namespace mirage {

ManualClock::ManualClock(qint64 start, QObject *parent)
    : Clock(parent)
    , m_now(start)
{
}

ManualClock::~ManualClock()
{
    // Timers that outlive the clock stop rather than wait forever on it.
    for (const auto &timer : std::exchange(m_armed, {})) {
        if (timer)
            timer->stop();
    }
}

void ManualClock::advanceTo(qint64 time)
{
    for (;;) {
        std::erase_if(m_armed, [](const QPointer<ClockTimer> &t) { return !t; });
        const auto next =
            std::min_element(m_armed.begin(), m_armed.end(), [](const auto &a, const auto &b) { return a->dueAt() < b->dueAt(); });
        if (next == m_armed.end() || (*next)->dueAt() > time)
            break;
        ClockTimer *timer = *next;
        m_armed.erase(next);
        m_now = std::max(m_now, timer->dueAt());
        timer->fire();
    }
    m_now = std::max(m_now, time);
}

bool ManualClock::arm(ClockTimer *timer)
{
    m_armed.emplace_back(timer);
    return true;
}

void ManualClock::disarm(ClockTimer *timer)
{
    std::erase_if(m_armed, [timer](const QPointer<ClockTimer> &t) { return t == timer; });
}

} // namespace mirage
