// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

namespace mirage {

class ClockTimer;

// Where "now" comes from for what promises something about time (the popup flood limit, the
// frame batcher, the counts' rate limit, the snapshot's retry): milliseconds on a monotonic clock
// from an arbitrary origin. Clock::system() is the process's steady clock, whose timers are
// QTimers; a ManualClock (tests) moves only when told and fires its timers itself.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // The system's monotonic time in ms.
    virtual qint64 now() const;
    // The one system clock of the process.
    static Clock *system();

protected:
    friend class ClockTimer;
    // A timer of this clock started: true when the clock fires it itself (a ManualClock), false
    // when the timer is to run a QTimer. disarm(): it stopped (or went) before it was due.
    virtual bool arm(ClockTimer *) { return false; }
    virtual void disarm(ClockTimer *) { }
};

} // namespace mirage
