// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mirage {

class Clock;

// A single-shot timer due `interval` ms after start() on a Clock: on the system clock a QTimer
// (as before), on a ManualClock fired by the clock when it is moved past the due time, so a test
// moves time on and sees what falls due without waiting.
class ClockTimer : public QObject
{
    Q_OBJECT
public:
    explicit ClockTimer(QObject *parent = nullptr);
    ~ClockTimer() override;

    // nullptr: the system clock. A running timer is stopped.
    void setClock(Clock *clock);
    Clock *clock() const;
    void setInterval(int ms) { m_interval = ms; }
    int interval() const { return m_interval; }
    void start() { start(m_interval); }
    // (Re)starts the timer, due `ms` from now on its clock.
    void start(int ms);
    void stop();
    bool isActive() const { return m_active; }
    // When it is due on its clock (while active).
    qint64 dueAt() const { return m_dueAt; }

Q_SIGNALS:
    void timeout();

private:
    friend class ManualClock;
    void fire();

    QPointer<Clock> m_clock; // null: the system clock
    QTimer m_timer;
    int m_interval = 0;
    qint64 m_dueAt = 0;
    bool m_active = false;
    bool m_armed = false; // fired by m_clock rather than by m_timer
};

} // namespace mirage
