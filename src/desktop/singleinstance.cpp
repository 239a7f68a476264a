// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// i18n: this file writes nothing for the window (its texts go to the terminal, the log or D-Bus).

#include "desktop/singleinstance.h"

#include "desktop/applicationservice.h"
#include "desktop/instancesocket.h"
#include "desktop/openlink.h"
#include "protocol/logging.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QTimer>

namespace mirage {

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance()
{
    if (m_bus && m_service) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterService(busName());
        bus.unregisterObject(objectPath());
    }
}

QString SingleInstance::busName()
{
    return QStringLiteral("io.github.miragedesk.miragedesk");
}

QString SingleInstance::objectPath()
{
    return QStringLiteral("/io/github/miragedesk/miragedesk");
}

QString SingleInstance::socketPath()
{
    return InstanceSocket::path();
}

SingleInstance::Claim SingleInstance::claim(QString *error)
{
    if (QDBusConnection::sessionBus().isConnected()) {
        m_bus = true;
        return claimBus(error);
    }
    qCInfo(lcApp).noquote() << "no D-Bus session bus; one instance through" << socketPath();
    m_socket = new InstanceSocket(
        [this](const QByteArray &line) {
            const auto request = HandOverRequest::fromLine(line);
            return request ? accept(*request) : QStringLiteral("unreadable request");
        },
        this);
    switch (m_socket->claim(error)) {
    case InstanceSocket::Claim::Listening:
        return Claim::Won;
    case InstanceSocket::Claim::OtherRunning:
        return Claim::OtherRunning;
    case InstanceSocket::Claim::Failed:
        break;
    }
    return Claim::Failed;
}

SingleInstance::Claim SingleInstance::claimBus(QString *error)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    // The object first, so that a call that follows the name finds it.
    m_service = new ApplicationService(this);
    if (!bus.registerObject(objectPath(), m_service, QDBusConnection::ExportScriptableSlots)) {
        *error = QStringLiteral("cannot register %1 on the session bus").arg(objectPath());
        return Claim::Failed;
    }
    // Not queued: of any number of simultaneous starts, the bus makes exactly one the owner.
    const QDBusReply<QDBusConnectionInterface::RegisterServiceReply> reply = bus.interface()->registerService(
        busName(), QDBusConnectionInterface::DontQueueService, QDBusConnectionInterface::DontAllowReplacement);
    if (reply.isValid() && reply.value() == QDBusConnectionInterface::ServiceRegistered)
        return Claim::Won;
    bus.unregisterObject(objectPath());
    delete m_service;
    m_service = nullptr;
    if (!reply.isValid()) {
        *error = QStringLiteral("cannot own %1: %2").arg(busName(), reply.error().message());
        return Claim::Failed;
    }
    return Claim::OtherRunning;
}

bool SingleInstance::handOver(const HandOverRequest &request, QString *error, int timeoutMs)
{
    if (!m_bus)
        return InstanceSocket::send(request.toLine(), timeoutMs, error);
    const QString interface = QStringLiteral("org.freedesktop.Application");
    QDBusMessage call = QDBusMessage::createMethodCall(
        busName(), objectPath(), interface, request.links.isEmpty() ? QStringLiteral("Activate") : QStringLiteral("Open"));
    if (request.links.isEmpty())
        call << request.platformData();
    else
        call << request.links << request.platformData();
    // The running instance may still be starting up (or be busy): it answers once it has the request.
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, timeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage)
        return true;
    *error = reply.errorMessage();
    return false;
}

QString SingleInstance::accept(const HandOverRequest &request)
{
    for (const QString &link : request.links) {
        QString why;
        if (!OpenLink::parse(link, &why))
            return why;
    }
    m_pending << request;
    if (m_ready)
        QTimer::singleShot(0, this, &SingleInstance::deliver);
    return {};
}

void SingleInstance::setReady()
{
    m_ready = true;
    QTimer::singleShot(0, this, &SingleInstance::deliver);
}

void SingleInstance::deliver()
{
    while (!m_pending.isEmpty())
        Q_EMIT requestReceived(m_pending.takeFirst());
}

} // namespace mirage
