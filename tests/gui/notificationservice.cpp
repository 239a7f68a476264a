// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "notificationservice.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QRegularExpression>

namespace {
constexpr const char *kService = "org.freedesktop.Notifications";
constexpr const char *kPath = "/org/freedesktop/Notifications";
} // namespace

NotificationService::NotificationService(QStringList caps, QObject *parent)
    : QObject(parent)
    , capabilities(std::move(caps))
{
}

NotificationService::~NotificationService()
{
    stop();
}

bool NotificationService::start(const QString &connectionName)
{
    m_connectionName = connectionName;
    m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName);
    if (!m_bus.isConnected() || !m_bus.registerObject(QLatin1String(kPath), this, QDBusConnection::ExportAllSlots))
        return false;
    // As `dunst` or `mako` started while another daemon runs with --replace: the name changes hands at once.
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply = m_bus.interface()->registerService(
        QLatin1String(kService), QDBusConnectionInterface::ReplaceExistingService, QDBusConnectionInterface::AllowReplacement);
    return reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceRegistered;
}

void NotificationService::stop()
{
    if (m_connectionName.isEmpty())
        return;
    m_bus.unregisterService(QLatin1String(kService));
    m_bus.unregisterObject(QLatin1String(kPath));
    QDBusConnection::disconnectFromBus(m_connectionName);
    m_connectionName.clear();
}

QStringList NotificationService::GetCapabilities()
{
    ++capabilityQueries;
    return capabilities;
}

uint NotificationService::Notify(const QString &appName, uint replaces, const QString &, const QString &summary, const QString &body,
    const QStringList &actions, const QVariantMap &hints, int expireMs)
{
    static uint next = 0;
    const uint id = replaces && shown.contains(replaces) ? replaces : ++next;
    calls << Call {replaces, id, appName, summary, body, actions, hints, expireMs};
    shown.insert(id, calls.last());
    return id;
}

void NotificationService::CloseNotification(uint id)
{
    if (shown.remove(id)) {
        QDBusMessage closed =
            QDBusMessage::createSignal(QLatin1String(kPath), QLatin1String(kService), QStringLiteral("NotificationClosed"));
        closed << id << uint(3);
        m_bus.send(closed);
    }
}

void NotificationService::click(uint id, const QString &activationToken, const QString &action)
{
    if (!activationToken.isEmpty()) {
        QDBusMessage token = QDBusMessage::createSignal(QLatin1String(kPath), QLatin1String(kService), QStringLiteral("ActivationToken"));
        token << id << activationToken;
        m_bus.send(token);
    }
    QDBusMessage invoked = QDBusMessage::createSignal(QLatin1String(kPath), QLatin1String(kService), QStringLiteral("ActionInvoked"));
    invoked << id << action;
    m_bus.send(invoked);
}

QString NotificationService::readMarkup(const QString &markup)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression number(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString text = markup;
    text.remove(tag);
    QRegularExpressionMatch m;
    while ((m = number.match(text)).hasMatch())
        text.replace(m.capturedStart(), m.capturedLength(), QChar(m.captured(2).toUInt(nullptr, m.captured(1).isEmpty() ? 10 : 16)));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&apos;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString NotificationService::displayed(const Call &call) const
{
    return capabilities.contains(QLatin1String("body-markup")) ? readMarkup(call.body) : call.body;
}
