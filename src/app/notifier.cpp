#include "notifier.h"

#include "applogging.h"
#include "appsettings.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>

namespace mirage {

Notifier::Notifier(AppSettings *settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcNotify) << "no D-Bus session bus: popups go to the tray";
        return;
    }
    m_watcher = new QDBusServiceWatcher(QLatin1String(kService), bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this, [this] { checkService(); });
    bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService), QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService), QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint, uint)));
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
        qCInfo(lcNotify) << (available ? "notification service available" : "no notification service: popups go to the tray");
        Q_EMIT serviceAvailableChanged();
    }
}

QString Notifier::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

bool Notifier::notify(const NotificationRequest &request)
{
    if (!m_settings->notificationsEnabled(NotificationRequest::kindName(request.kind)))
        return false;
    if (request.kind != NotificationRequest::Alerts && m_looking && m_looking())
        return false; // it is on screen already
    Q_EMIT posted(request);
    if (m_available) {
        send(request);
    } else if (m_fallback) {
        m_fallback(request.summary, request.body, request.urgency);
    }
    return true;
}

void Notifier::send(const NotificationRequest &request)
{
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService),
                                                       QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.github.miragedesk.miragedesk"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(request.urgency)));
    hints.insert(QStringLiteral("category"), request.kind == NotificationRequest::Files    ? QStringLiteral("transfer")
                                             : request.kind == NotificationRequest::People ? QStringLiteral("presence")
                                                                                           : QStringLiteral("im"));
    const uint replaces = m_idOfKey.value(request.key, 0);
    call << QStringLiteral("MirageDesk") << replaces << QStringLiteral("miragedesk") << request.summary << escape(request.body)
         << QStringList{QStringLiteral("default"), tr("Show")} << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCWarning(lcNotify) << "the notification service refused a popup:" << reply.error().message();
            if (m_fallback)
                m_fallback(request.summary, request.body, request.urgency);
            return;
        }
        const uint id = reply.value();
        if (const uint old = m_idOfKey.value(request.key); old && old != id)
            m_requestOf.remove(old);
        m_idOfKey.insert(request.key, id);
        m_requestOf.insert(id, request);
    });
}

void Notifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_requestOf.constFind(id);
    if (it == m_requestOf.cend())
        return; // another app's popup
    qCDebug(lcNotify) << "popup" << id << "action" << action;
    Q_EMIT activated(it->section, it->itemId);
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
    if (!m_available)
        return;
    for (uint id : m_requestOf.keys()) {
        QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kPath), QLatin1String(kService),
                                                           QStringLiteral("CloseNotification"));
        call << id;
        QDBusConnection::sessionBus().call(call, QDBus::NoBlock);
    }
    m_requestOf.clear();
    m_idOfKey.clear();
}

} // namespace mirage
