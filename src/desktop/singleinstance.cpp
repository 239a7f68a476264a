// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// i18n: this file writes nothing for the window (its texts go to the terminal, the log or D-Bus).

#include "desktop/singleinstance.h"

#include "base/logging.h"
#include "desktop/applicationservice.h"
#include "desktop/instancesocket.h"
#include "desktop/openlink.h"

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
            // No caller is told from another on the socket: all of them share one caller's limit.
            return request ? accept(*request, QStringLiteral("local socket")) : QStringLiteral("unreadable request");
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
    QDBusMessage call;
    if (!request.action.isEmpty()) {
        call = QDBusMessage::createMethodCall(busName(), objectPath(), interface, QStringLiteral("ActivateAction"));
        call << request.action << QVariantList() << request.platformData();
    } else if (request.links.isEmpty()) {
        call = QDBusMessage::createMethodCall(busName(), objectPath(), interface, QStringLiteral("Activate"));
        call << request.platformData();
    } else {
        call = QDBusMessage::createMethodCall(busName(), objectPath(), interface, QStringLiteral("Open"));
        call << request.links << request.platformData();
    }
    // The running instance may still be starting up (or be busy): it answers once it has the request.
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, timeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage)
        return true;
    *error = reply.errorMessage();
    return false;
}

QString SingleInstance::refuse(int links, int limit, const QString &why, bool *overLimit)
{
    if (overLimit)
        *overLimit = true;
    qCWarning(lcApp).noquote() << "refused a request of" << links << "links:" << why;
    Q_EMIT linksRefused(links, limit);
    return why;
}

QString SingleInstance::accept(const HandOverRequest &request, const QString &caller, bool *overLimit)
{
    const int n = int(request.links.size());
    // Counted before anything is read: a refused request costs next to nothing.
    if (n > kMaxLinksPerRequest)
        return refuse(n, kMaxLinksPerRequest,
            QStringLiteral("%1 links in one request; MirageDesk takes at most %2 at a time").arg(n).arg(kMaxLinksPerRequest), overLimit);
    if (m_pendingByCaller.value(caller) + n > kMaxPendingPerCaller)
        return refuse(n, kMaxPendingPerCaller,
            QStringLiteral("%1 links of this caller are still waiting to be opened; MirageDesk takes at most %2 from one caller at a time")
                               .arg(m_pendingByCaller.value(caller))
                               .arg(kMaxPendingPerCaller),
                overLimit);
    int pendingLinks = 0;
    for (const Pending &p : std::as_const(m_pending))
        pendingLinks += int(p.request.links.size());
    if (pendingLinks + n > kMaxPending)
        return refuse(n, kMaxPending,
            QStringLiteral("%1 links are still waiting to be opened; MirageDesk keeps at most %2 waiting").arg(pendingLinks).arg(kMaxPending),
                overLimit);
    for (const QString &link : request.links) {
        QString why;
        if (!OpenLink::parse(link, &why))
            return why;
    }
    if (n == 0) {
        // Come forward (or show the Open dialog): one such request waiting is enough (the newest token wins).
        for (Pending &p : m_pending) {
            if (p.request.links.isEmpty() && p.request.action == request.action) {
                p.request = request;
                return {};
            }
        }
        m_pending << Pending {request, caller};
    }
    // One link a turn; the tokens that bring the window forward come with the last one.
    for (int i = 0; i < n; ++i) {
        HandOverRequest one;
        one.links = QStringList {request.links.at(i)};
        one.caFile = request.caFile; // for each link's server
        if (i == n - 1) {
            one.activationToken = request.activationToken;
            one.startupId = request.startupId;
        }
        m_pending << Pending {one, caller};
    }
    if (n > 0)
        m_pendingByCaller[caller] += n;
    scheduleDelivery();
    return {};
}

void SingleInstance::setReady()
{
    m_ready = true;
    scheduleDelivery();
}

void SingleInstance::scheduleDelivery()
{
    if (!m_ready || m_scheduled || m_pending.isEmpty())
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &SingleInstance::deliver);
}

void SingleInstance::deliver()
{
    m_scheduled = false;
    if (m_pending.isEmpty())
        return;
    const Pending next = m_pending.takeFirst();
    if (!next.request.links.isEmpty()) {
        int &count = m_pendingByCaller[next.caller];
        if (--count <= 0)
            m_pendingByCaller.remove(next.caller);
    }
    Q_EMIT requestReceived(next.request);
    scheduleDelivery(); // after: what the handler posted runs before the next link
}

} // namespace mirage
