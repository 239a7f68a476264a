// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "desktop/popupgroup.h"
#include "session/notificationrequest.h"
#include "sync/clocktimer.h"

#include <QHash>
#include <QObject>
#include <deque>
#include <functional>
#include <map>

namespace mirage {

class Clock;

// How many popups a flood makes (for Notifier): per kind at most kMaxPerWindow popups in any
// kWindowMs, the rest counted into one summary per kind (summaryDue), replaced as it grows; a
// critical popup of a burst expires after kBurstExpireMs. Requests of one group (kind, event,
// activity) less than kGroupWindowMs apart become one popup that grows (PopupGroup), shown again at
// most every kSummaryDelayMs; critical requests are never grouped. It counts and says when; the
// Notifier words the summaries and shows the popups.
class PopupThrottle : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPerWindow = 4;
    static constexpr qint64 kWindowMs = 5000;
    static constexpr int kSummaryDelayMs = 1000; // a summary or a group is shown again at most this often
    static constexpr int kBurstExpireMs = 10000;
    static constexpr qint64 kGroupWindowMs = 2000;

    explicit PopupThrottle(QObject *parent = nullptr);

    // The clock the windows and the delay run on (nullptr: the system's).
    void setClock(Clock *clock);
    // True while a popup of this key has not been given its id yet: a group waits for it before
    // replacing it.
    void setPending(std::function<bool(const QString &key)> pending) { m_pending = std::move(pending); }
    // Counts a request in: show() now, or later in a group's popup or a kind's summary.
    void add(const NotificationRequest &request);
    // Forgets every burst and group (on quit).
    void clear();

Q_SIGNALS:
    // A popup to show now (`expireMs` -1: the daemon's default, or until dismissed when critical).
    void show(const mirage::NotificationRequest &request, int expireMs);
    // A group's popup grew: what a click on it shows from now on (before it is shown again).
    void grown(const mirage::NotificationRequest &grouped);
    // `held` requests of `kind` were held back since its burst began; `latest` is the last of them.
    void summaryDue(mirage::NotificationRequest::Kind kind, int held, const mirage::NotificationRequest &latest,
        mirage::NotificationRequest::Urgency urgency);

private:
    // One kind's recent popups: how many were shown lately and how many were held back.
    struct Burst
    {
        std::deque<qint64> shownAt; // within the last kWindowMs
        qint64 lastAt = -1; // the last request of this kind
        int held = 0; // held back since the burst began (the summary's count)
        bool summaryDue = false;
        NotificationRequest latest;
        NotificationRequest::Urgency urgency = NotificationRequest::Low;
    };

    // A burst of one group: its popup, when its last request came, whether it grew since shown.
    struct Grouped
    {
        PopupGroup popup;
        qint64 lastAt = -1;
        bool due = false;
    };

    bool joinGroup(const NotificationRequest &request, qint64 now);
    void showDue();

    QHash<int, Burst> m_bursts; // by kind
    std::map<QString, Grouped> m_groups; // by the requests' group
    std::function<bool(const QString &)> m_pending;
    ClockTimer m_timer;
    Clock *m_clock;
};

} // namespace mirage
