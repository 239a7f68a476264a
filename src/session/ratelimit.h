// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/clocktimer.h"

#include <QObject>

#include <functional>

namespace mirage {

// Calls `notify` for a first touch() at once, then at most once every `intervalMs` while touches
// keep coming, and once more after the last one: a value that changes every frame is told a few
// times a second and its final state is always told (ActivitySession's counts, issue #14).
class RateLimit : public QObject
{
public:
    RateLimit(int intervalMs, std::function<void()> notify, QObject *parent = nullptr);
    void touch();
    // For tests: the clock the interval runs on (nullptr: the system's).
    void setClock(Clock *clock) { m_timer.setClock(clock); }

private:
    std::function<void()> m_notify;
    ClockTimer m_timer; // touch() waits for it while it runs
    bool m_due = false;
};

} // namespace mirage
