// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/popupthrottle.h"

#include "sync/clock.h"

namespace mirage {

PopupThrottle::PopupThrottle(QObject *parent)
    : QObject(parent)
    , m_clock(Clock::system())
{
    m_timer.setInterval(kSummaryDelayMs);
    connect(&m_timer, &ClockTimer::timeout, this, &PopupThrottle::showDue);
}

void PopupThrottle::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
    m_timer.setClock(clock);
}

void PopupThrottle::add(const NotificationRequest &request)
{
    const qint64 now = m_clock->now();
    if (joinGroup(request, now))
        return;
    if (!request.group.isEmpty() && request.urgency != NotificationRequest::Critical)
        m_groups.insert_or_assign(request.group, Grouped {PopupGroup(request), now, false});

    Burst &b = m_bursts[int(request.kind)];
    const bool inBurst = b.lastAt >= 0 && now - b.lastAt < kWindowMs;
    if (!inBurst)
        b.held = 0;
    b.lastAt = now;
    while (!b.shownAt.empty() && now - b.shownAt.front() >= kWindowMs)
        b.shownAt.pop_front();
    if (b.shownAt.size() >= size_t(kMaxPerWindow)) {
        // Enough popups of this kind for now: counted into the one summary popup.
        ++b.held;
        b.latest = request;
        b.urgency = std::max(b.urgency, request.urgency);
        b.summaryDue = true;
        if (!m_timer.isActive())
            m_timer.start();
        return;
    }
    b.shownAt.push_back(now);
    // A critical popup stays until dismissed, unless it is one of a burst.
    Q_EMIT show(request, inBurst && request.urgency == NotificationRequest::Critical ? kBurstExpireMs : -1);
}

bool PopupThrottle::joinGroup(const NotificationRequest &request, qint64 now)
{
    if (request.group.isEmpty() || request.urgency == NotificationRequest::Critical)
        return false;
    const auto it = m_groups.find(request.group);
    if (it == m_groups.end() || now - it->second.lastAt >= kGroupWindowMs)
        return false;
    it->second.lastAt = now;
    if (it->second.popup.add(request)) {
        it->second.due = true;
        Q_EMIT grown(it->second.popup.request());
        if (!m_timer.isActive())
            m_timer.start();
    }
    return true;
}

void PopupThrottle::showDue()
{
    const qint64 now = m_clock->now();
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        Grouped &g = it->second;
        if (g.due) {
            const NotificationRequest grouped = g.popup.request();
            if (m_pending && m_pending(grouped.key)) {
                m_timer.start(); // replace the popup once the daemon has said its id
            } else {
                g.due = false;
                Q_EMIT show(grouped, -1);
            }
        }
        if (!g.due && now - g.lastAt >= kGroupWindowMs)
            it = m_groups.erase(it);
        else
            ++it;
    }
    for (auto it = m_bursts.begin(); it != m_bursts.end(); ++it) {
        Burst &b = it.value();
        if (!b.summaryDue)
            continue;
        b.summaryDue = false;
        const NotificationRequest::Urgency urgency = b.urgency;
        b.urgency = NotificationRequest::Low;
        Q_EMIT summaryDue(NotificationRequest::Kind(it.key()), b.held, b.latest, urgency);
    }
}

void PopupThrottle::clear()
{
    m_timer.stop();
    m_groups.clear();
}

} // namespace mirage
