// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/notifier.h"

#include "desktop/appsettings.h"
#include "protocol/logging.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>

namespace mirage {

Notifier::Notifier(AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_clock.start();
    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(kSummaryDelayMs);
    connect(&m_summaryTimer, &QTimer::timeout, this, &Notifier::showSummaries);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcNotify) << "no D-Bus session bus: popups go to the tray";
        return;
    }
    m_watcher = new QDBusServiceWatcher(QLatin1String(kService), bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this, [this] { checkService(); });
    bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService),
        QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService),
        QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
    checkService();
}

void Notifier::checkService()
{
    QDBusConnectionInterface *iface = QDBusConnection::sessionBus().interface();
    bool available = iface && iface->isServiceRegistered(QLatin1String(kService)).value();
    if (!available && iface) {
        // A daemon that D-Bus starts on demand counts too.
        const QDBusReply<QStringList> activatable = iface->call(QStringLiteral("ListActivatableNames"));
        available = activatable.isValid() && activatable.value().contains(QLatin1String(kService));
    }
    if (available != m_available) {
        m_available = available;
        m_idOfKey.clear();
        m_requestOf.clear();
        m_refusals = 0;
        qCInfo(lcNotify) << (available ? "notification service available" : "no notification service: popups go to the tray");
        Q_EMIT serviceAvailableChanged();
    }
}

QString Notifier::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString Notifier::moreText(NotificationRequest::Kind kind, int count)
{
    switch (kind) {
    case NotificationRequest::Alerts:
        return tr("%n more alerts", nullptr, count);
    case NotificationRequest::Messages:
        return tr("%n more messages", nullptr, count);
    case NotificationRequest::Files:
        return tr("%n more file changes", nullptr, count);
    case NotificationRequest::People:
        return tr("%n more changes of people", nullptr, count);
    }
    return {};
}

bool Notifier::notify(const NotificationRequest &request)
{
    if (!m_settings->notificationsEnabled(NotificationRequest::kindName(request.kind)))
        return false;
    if (request.kind != NotificationRequest::Alerts && m_looking && m_looking())
        return false; // it is on screen already
    Q_EMIT posted(request);

    const qint64 now = m_clock.elapsed();
    if (joinGroup(request, now))
        return true;
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
        if (!m_summaryTimer.isActive())
            m_summaryTimer.start();
        return true;
    }
    b.shownAt.push_back(now);
    // A critical popup stays until dismissed, unless it is one of a burst.
    show(request, inBurst && request.urgency == NotificationRequest::Critical ? kBurstExpireMs : -1);
    return true;
}

bool Notifier::joinGroup(const NotificationRequest &request, qint64 now)
{
    if (request.group.isEmpty() || request.urgency == NotificationRequest::Critical)
        return false;
    const auto it = m_groups.find(request.group);
    if (it == m_groups.end() || now - it->second.lastAt >= kGroupWindowMs)
        return false;
    it->second.lastAt = now;
    if (it->second.popup.add(request)) {
        it->second.due = true;
        // A click before the popup is replaced already shows what it will say.
        const NotificationRequest grouped = it->second.popup.request();
        if (const uint id = m_idOfKey.value(grouped.key); id && m_requestOf.contains(id))
            m_requestOf.insert(id, grouped);
        if (!m_summaryTimer.isActive())
            m_summaryTimer.start();
    }
    return true;
}

void Notifier::showSummaries()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        Grouped &g = it->second;
        if (g.due) {
            const NotificationRequest grouped = g.popup.request();
            if (m_pending.contains(grouped.key)) {
                m_summaryTimer.start(); // replace the popup once the daemon has said its id
            } else {
                g.due = false;
                show(grouped, -1);
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
        const auto kind = NotificationRequest::Kind(it.key());
        const NotificationRequest summary {kind,
            QStringLiteral("more:") + NotificationRequest::kindName(kind), moreText(kind, b.held), tr("Latest: %1").arg(b.latest.summary),
                b.urgency, b.latest.section, QString()};
        b.urgency = NotificationRequest::Low;
        show(summary, -1);
    }
}

void Notifier::show(const NotificationRequest &request, int expireMs)
{
    if (m_available)
        send(request, expireMs);
    else if (m_fallback)
        m_fallback(request.summary, request.body, request.urgency);
}

void Notifier::send(const NotificationRequest &request, int expireMs)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService), QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.github.miragedesk.miragedesk"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(request.urgency)));
    hints.insert(QStringLiteral("category"),
        request.kind == NotificationRequest::Files ? QStringLiteral("transfer")
                                                   : request.kind == NotificationRequest::People
        ? QStringLiteral("presence")
        : QStringLiteral("im"));
    const uint replaces = m_idOfKey.value(request.key, 0);
    call << QStringLiteral("MirageDesk") << replaces
                                         << QStringLiteral("miragedesk")
                                                << request.summary << escape(request.body)
                                                << QStringList {QStringLiteral("default"), tr("Show")} << hints << int(expireMs);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    ++m_pending[request.key];
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (--m_pending[request.key] <= 0)
            m_pending.remove(request.key);
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            onRefused(reply.error().message());
            if (m_fallback)
                m_fallback(request.summary, request.body, request.urgency);
            return;
        }
        if (m_refusals > 0) {
            qCInfo(lcNotify) << "the notification service shows popups again, after refusing" << m_refusals;
            m_refusals = 0;
        }
        const uint id = reply.value();
        if (const uint old = m_idOfKey.value(request.key); old && old != id)
            m_requestOf.remove(old);
        m_idOfKey.insert(request.key, id);
        m_requestOf.insert(id, request);
    });
}

void Notifier::onRefused(const QString &message)
{
    // Logged once; more refusals are counted until the daemon shows one again.
    if (m_refusals++ == 0)
        qCWarning(lcNotify).noquote() << "the notification service refused a popup:" << message
                                      << "(popups go to the tray; further refusals are not logged)";
}

void Notifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_requestOf.constFind(id);
    if (it == m_requestOf.cend())
        return; // another app's popup
    qCDebug(lcNotify) << "popup" << id << "action" << action;
    Q_EMIT activated(it->section, it->itemId, it->key);
}

void Notifier::onClosed(uint id, uint)
{
    const auto it = m_requestOf.find(id);
    if (it == m_requestOf.end())
        return;
    if (m_idOfKey.value(it->key) == id)
        m_idOfKey.remove(it->key);
    m_requestOf.erase(it);
}

void Notifier::closeAll()
{
    m_summaryTimer.stop();
    m_groups.clear();
    if (!m_available)
        return;
    for (uint id : m_requestOf.keys()) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService), QStringLiteral("CloseNotification"));
        call << id;
        QDBusConnection::sessionBus().call(call, QDBus::NoBlock);
    }
    m_requestOf.clear();
    m_idOfKey.clear();
}

} // namespace mirage
