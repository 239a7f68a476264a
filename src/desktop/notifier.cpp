// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/notifier.h"

#include "base/logging.h"
#include "desktop/appsettings.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <utility>

namespace mirage {

Notifier::Notifier(AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_throttle.setPending([this](const QString &key) { return m_pending.contains(key); });
    connect(&m_throttle, &PopupThrottle::show, this, &Notifier::show);
    connect(&m_throttle, &PopupThrottle::summaryDue, this, &Notifier::showSummary);
    connect(&m_throttle, &PopupThrottle::grown, this, [this](const NotificationRequest &grouped) {
        // A click before the popup is replaced already shows what it will say.
        if (const uint id = m_idOfKey.value(grouped.key); id && m_requestOf.contains(id))
            m_requestOf.insert(id, grouped);
    });
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcNotify) << "no D-Bus session bus: popups go to the window";
        return;
    }
    m_watcher = new QDBusServiceWatcher(QLatin1String(kService), bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
        [this](const QString &, const QString &, const QString &newOwner) { onOwnerChanged(newOwner); });
    // Spec 1.2: ActivationToken comes just before the ActionInvoked it belongs to.
    bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService),
        QStringLiteral("ActivationToken"), this, SLOT(onActivationToken(uint, QString)));
    bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService),
        QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService),
        QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
    checkService();
}

void Notifier::checkService()
{
    QDBusConnectionInterface *iface = QDBusConnection::sessionBus().interface();
    const bool registered = iface && iface->isServiceRegistered(QLatin1String(kService)).value();
    bool available = registered;
    if (!available && iface) {
        // A daemon that D-Bus starts on demand counts too.
        const QDBusReply<QStringList> activatable = iface->call(QStringLiteral("ListActivatableNames"));
        available = activatable.isValid() && activatable.value().contains(QLatin1String(kService));
    }
    if (registered && m_owner.isEmpty())
        m_owner = iface->serviceOwner(QLatin1String(kService)).value();
    if (available != m_available) {
        m_available = available;
        m_idOfKey.clear();
        m_requestOf.clear();
        m_tokenOf.clear();
        m_refusals = 0;
        qCInfo(lcNotify) << (available ? "notification service available" : "no notification service: popups go to the window");
        Q_EMIT serviceAvailableChanged();
    }
    if (!m_available) {
        // What waited for the capabilities goes to the window instead.
        auto waiting = std::exchange(m_waiting, {});
        for (const auto &[request, expireMs] : waiting) {
            if (--m_pending[request.key] <= 0)
                m_pending.remove(request.key);
            show(request, expireMs);
        }
    } else if ((registered || !m_waiting.empty()) && !m_capsKnown && !m_capsQuery) {
        askCapabilities(); // a daemon started on demand is asked (and so started) with its first popup
    }
}

void Notifier::onOwnerChanged(const QString &newOwner)
{
    m_owner = newOwner;
    // The same daemon, or the one that a call in flight has just started: what it says counts.
    const bool same = !newOwner.isEmpty() && (newOwner == m_capsOwner || (m_capsQuery && !m_capsKnown));
    if (!same) {
        // Another daemon (or none): its popups and what it can do are its own.
        m_capsKnown = false;
        m_capsQuery = 0;
        m_capsOwner.clear();
        m_capabilities.clear();
        m_idOfKey.clear();
        m_requestOf.clear();
        m_tokenOf.clear();
    }
    checkService();
}

void Notifier::askCapabilities()
{
    // Asked once per daemon; a daemon that D-Bus starts on demand is started by this call.
    const QDBusMessage call = QDBusMessage::createMethodCall(
        QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService), QStringLiteral("GetCapabilities"));
    const int query = ++m_capsSerial;
    m_capsQuery = query;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, query] {
        watcher->deleteLater();
        if (query != m_capsQuery)
            return; // asked of a daemon that has gone since
        m_capsQuery = 0;
        const QDBusPendingReply<QStringList> reply = *watcher;
        m_capsOwner = reply.reply().service();
        if (!reply.isError() && !m_owner.isEmpty() && m_capsOwner != m_owner) {
            askCapabilities(); // the service changed hands while it answered
            return;
        }
        if (reply.isError()) {
            // Plain text and no actions is what any daemon shows right.
            qCInfo(lcNotify).noquote() << "the notification service did not say what it can do:" << reply.error().message();
            m_capabilities.clear();
        } else {
            m_capabilities = reply.value();
            qCDebug(lcNotify) << "notification service capabilities" << m_capabilities;
        }
        m_capsKnown = true;
        Q_EMIT capabilitiesChanged();
        auto waiting = std::exchange(m_waiting, {});
        for (const auto &[request, expireMs] : waiting)
            dispatch(request, expireMs);
    });
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
    m_throttle.add(request);
    return true;
}

void Notifier::showSummary(
    NotificationRequest::Kind kind, int held, const NotificationRequest &latest, NotificationRequest::Urgency urgency)
{
    const NotificationRequest summary {kind,
        QStringLiteral("more:") + NotificationRequest::kindName(kind), moreText(kind, held), tr("Latest: %1").arg(latest.summary), urgency,
            latest.section, QString()};
    show(summary, -1);
}

void Notifier::show(const NotificationRequest &request, int expireMs)
{
    if (m_available)
        send(request, expireMs);
    else if (m_fallback)
        m_fallback(request);
}

void Notifier::send(const NotificationRequest &request, int expireMs)
{
    ++m_pending[request.key]; // answered in dispatch()
    if (m_capsKnown) {
        dispatch(request, expireMs);
        return;
    }
    m_waiting.emplace_back(request, expireMs);
    if (!m_capsQuery)
        askCapabilities();
}

void Notifier::dispatch(const NotificationRequest &request, int expireMs)
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
    // The summary is plain text for every daemon; the body is markup only where the daemon says so.
    const QString body = m_capabilities.contains(QLatin1String("body-markup")) ? escape(request.body) : request.body;
    const QStringList actions =
        m_capabilities.contains(QLatin1String("actions")) ? QStringList {QStringLiteral("default"), tr("Show")} : QStringList {};
    call << QStringLiteral("MirageDesk") << replaces
                                         << QStringLiteral("io.github.miragedesk.miragedesk") // the icon's name in hicolor
                                                << request.summary << body << actions << hints << int(expireMs);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (--m_pending[request.key] <= 0)
            m_pending.remove(request.key);
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            onRefused(reply.error().message());
            if (m_fallback)
                m_fallback(request);
            return;
        }
        if (m_refusals > 0) {
            qCInfo(lcNotify) << "the notification service shows popups again, after refusing" << m_refusals;
            m_refusals = 0;
        }
        const uint id = reply.value();
        if (const uint old = m_idOfKey.value(request.key); old && old != id) {
            m_requestOf.remove(old);
            m_tokenOf.remove(old);
        }
        m_idOfKey.insert(request.key, id);
        m_requestOf.insert(id, request);
    });
}

void Notifier::onRefused(const QString &message)
{
    // Logged once; more refusals are counted until the daemon shows one again.
    if (m_refusals++ == 0)
        qCWarning(lcNotify).noquote() << "the notification service refused a popup:" << message
                                      << "(popups go to the window; further refusals are not logged)";
}

void Notifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_requestOf.constFind(id);
    if (it == m_requestOf.cend())
        return; // another app's popup
    qCDebug(lcNotify) << "popup" << id << "action" << action;
    const QString token = m_tokenOf.take(id); // never logged: it lets a window take the focus
    Q_EMIT activated(it->section, it->itemId, it->key, token);
}

void Notifier::onActivationToken(uint id, const QString &token)
{
    if (m_requestOf.contains(id))
        m_tokenOf.insert(id, token);
}

void Notifier::onClosed(uint id, uint)
{
    const auto it = m_requestOf.find(id);
    if (it == m_requestOf.end())
        return;
    if (m_idOfKey.value(it->key) == id)
        m_idOfKey.remove(it->key);
    m_requestOf.erase(it);
    m_tokenOf.remove(id);
}

void Notifier::closeAll()
{
    m_throttle.clear();
    for (const auto &waiting : std::exchange(m_waiting, {})) {
        if (--m_pending[waiting.first.key] <= 0)
            m_pending.remove(waiting.first.key);
    }
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
    m_tokenOf.clear();
}

} // namespace mirage
