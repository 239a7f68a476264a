// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/clock.h"

#include <QPointer>
#include <vector>

namespace mirage {

// A clock for tests: time stands still until advance(), which moves it on and fires, in the order
// of their due times (ties: in the order they were started), the ClockTimers that fall due on the
// way, each with the clock reading its due time, including timers that those timers start.
class ManualClock : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(qint64 start = 0, QObject *parent = nullptr);
    ~ManualClock() override;

    qint64 now() const override { return m_now; }
    void advance(qint64 ms) { advanceTo(m_now + ms); }
    void advanceTo(qint64 time);

protected:
    bool arm(ClockTimer *timer) override;
    void disarm(ClockTimer *timer) override;

private:
    qint64 m_now;
    std::vector<QPointer<ClockTimer>> m_armed; // in the order they were started
};

} // namespace mirage
