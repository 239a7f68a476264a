// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/channelstatus.h"
#include "sync/clocktimer.h"
#include "sync/retrypolicy.h"

#include <QObject>

namespace mirage {

// Tries a given-up snapshot GET again while the channel stays open, when the failure may pass: a
// timeout, a network error, an HTTP 5xx or 429 (a busy or restarting server). Without it an
// activity whose first snapshot timed out said "Loading…" until its socket reconnected. A body
// that is not an activity, one too large, or too many events held meanwhile is not tried again.
// The delays are the channel's backoff (full jitter). The window turns it on
// (ChannelSettings::retrySnapshot); `watch` keeps SPEC §4's one GET per (re)connect.
class SnapshotRetry : public QObject
{
    Q_OBJECT
public:
    SnapshotRetry(int initialMs, int maxMs, QObject *parent = nullptr);

    static bool mayPass(const SnapshotFailure &failure);
    // Starts the timer for the next try when the failure may pass; false when it is not tried again.
    bool schedule(const SnapshotFailure &failure);
    // A snapshot applied or a new connection: no pending try, and the backoff starts over.
    void reset();
    bool pending() const { return m_timer.isActive(); }
    // For tests: the clock the delays run on (nullptr: the system's) and the backoff's jitter.
    void setClock(Clock *clock) { m_timer.setClock(clock); }
    void setRandom(std::function<double()> random) { m_policy.setRandom(std::move(random)); }

Q_SIGNALS:
    void due();

private:
    RetryPolicy m_policy;
    ClockTimer m_timer;
};

} // namespace mirage
