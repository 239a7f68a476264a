// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/happyeyeballs.h"

#include "base/logging.h"

#include <QHostInfo>
#include <QNetworkProxy>
#include <QSslSocket>
#include <QTcpSocket>
#include <algorithm>
#include <unistd.h>

namespace mirage {

namespace {
// RFC 8305 §4: after the first address, the families take turns, the other family first.
QList<QHostAddress> interleaved(const QList<QHostAddress> &addresses)
{
    QList<QHostAddress> first, other;
    const auto family = addresses.first().protocol();
    for (qsizetype i = 1; i < addresses.size(); ++i)
        (addresses.at(i).protocol() == family ? first : other).append(addresses.at(i));
    QList<QHostAddress> out;
    for (qsizetype i = 0; i < std::max(first.size(), other.size()); ++i) {
        if (i < other.size())
            out.append(other.at(i));
        if (i < first.size())
            out.append(first.at(i));
    }
    return out;
}
} // namespace

HappyEyeballs::HappyEyeballs(QAbstractSocket *socket, QString host, quint16 port, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_host(std::move(host))
    , m_port(port)
{
    m_delay.setClock(clock);
    m_delay.setInterval(kAttemptDelayMs);
    connect(&m_delay, &ClockTimer::timeout, this, &HappyEyeballs::next);
    if (m_socket)
        connect(m_socket, &QAbstractSocket::stateChanged, this, [this](QAbstractSocket::SocketState s) {
            if (s == QAbstractSocket::ConnectedState || s == QAbstractSocket::UnconnectedState)
                stop(); // it connected by itself, or it was closed
        });
}

HappyEyeballs::~HappyEyeballs()
{
    stop();
}

void HappyEyeballs::start()
{
    if (!m_socket || m_stopped)
        return;
    m_delay.start(); // the socket's own attempt has this head start
    m_lookupId = QHostInfo::lookupHost(m_host, this, &HappyEyeballs::looked);
}

void HappyEyeballs::looked(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_stopped || info.error() != QHostInfo::NoError || info.addresses().size() < 2)
        return; // nothing to race: the socket's own attempt is all there is
    m_queue = interleaved(info.addresses());
    if (!m_delay.isActive()) // the head start is over already
        next();
}

void HappyEyeballs::next()
{
    if (m_stopped || !m_socket || m_socket->state() == QAbstractSocket::ConnectedState)
        return stop();
    if (m_queue.isEmpty())
        return;
    const QHostAddress address = m_queue.takeFirst();
    auto *attempt = new QTcpSocket(this);
    attempt->setProxy(QNetworkProxy::NoProxy); // only started where no proxy applies
    m_attempts.append(attempt);
    connect(attempt, &QTcpSocket::connected, this, [this, attempt] { won(attempt); });
    connect(attempt, &QTcpSocket::errorOccurred, this, [this, attempt] {
        m_attempts.removeOne(attempt);
        attempt->deleteLater();
        next(); // a failed attempt makes way for the next at once
    });
    qCDebug(lcChannel).noquote() << "happy eyeballs: trying" << address.toString() << "beside the socket's own attempt";
    attempt->connectToHost(address, m_port);
    m_delay.start();
}

void HappyEyeballs::won(QTcpSocket *attempt)
{
    if (m_stopped || !m_socket || m_socket->state() == QAbstractSocket::ConnectedState)
        return stop();
    // The connection goes to the socket: a second descriptor of it, the attempt's own closed.
    const int fd = ::dup(int(attempt->socketDescriptor()));
    const QHostAddress address = attempt->peerAddress();
    stop();
    if (fd < 0)
        return;
    auto *tls = qobject_cast<QSslSocket *>(m_socket.data());
    if (tls) // before it is connected: the name the certificate must be for (and SNI), not the address
        tls->setPeerVerifyName(m_host);
    if (!m_socket->setSocketDescriptor(fd, QAbstractSocket::ConnectedState, QIODevice::ReadWrite)) {
        ::close(fd);
        return;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // as QWebSocket does on connected()
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    // What QSslSocket does on connected() after connectToHostEncrypted: the TLS handshake, in this
    // same call, so that nothing QWebSocket wrote meanwhile can leave before it (it is held).
    if (tls && tls->mode() == QSslSocket::UnencryptedMode)
        tls->startClientEncryption();
    qCDebug(lcChannel).noquote() << "happy eyeballs: connected to" << address.toString();
}

void HappyEyeballs::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_delay.stop();
    if (m_lookupId != -1)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    m_queue.clear();
    for (QTcpSocket *attempt : std::as_const(m_attempts)) {
        attempt->disconnect(this);
        attempt->abort();
        attempt->deleteLater();
    }
    m_attempts.clear();
}

} // namespace mirage
