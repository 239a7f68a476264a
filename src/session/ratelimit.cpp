// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/ratelimit.h"

namespace mirage {

RateLimit::RateLimit(int intervalMs, std::function<void()> notify, QObject *parent)
    : QObject(parent)
    , m_notify(std::move(notify))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &ClockTimer::timeout, this, [this] {
        if (std::exchange(m_due, false)) {
            m_notify();
            m_timer.start();
        }
    });
}

void RateLimit::touch()
{
    if (m_timer.isActive()) {
        m_due = true;
        return;
    }
    m_notify();
    m_timer.start();
}

} // namespace mirage
