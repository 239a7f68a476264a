// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/clocktimer.h"

#include "sync/clock.h"

namespace mirage {

ClockTimer::ClockTimer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClockTimer::fire);
}

ClockTimer::~ClockTimer()
{
    stop();
}

void ClockTimer::setClock(Clock *clock)
{
    stop();
    m_clock = clock == Clock::system() ? nullptr : clock;
}

Clock *ClockTimer::clock() const
{
    return m_clock ? m_clock.data() : Clock::system();
}

void ClockTimer::start(int ms)
{
    stop();
    Clock *c = clock();
    m_dueAt = c->now() + qMax(0, ms);
    m_active = true;
    m_armed = c->arm(this);
    if (!m_armed)
        m_timer.start(ms);
}

void ClockTimer::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_timer.stop();
    if (std::exchange(m_armed, false) && m_clock)
        m_clock->disarm(this);
}

void ClockTimer::fire()
{
    m_active = false;
    m_armed = false;
    Q_EMIT timeout();
}

} // namespace mirage
