// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/clocktimer.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractSocket;
class QHostInfo;
class QTcpSocket;

namespace mirage {

class Clock;

// RFC 8305 (Happy Eyeballs) for a TCP socket that connects by itself (issue #25): QWebSocket's
// socket tries the addresses of a name one at a time, 30 s each, so a name whose first address is a
// dead IPv6 one never connects. Started beside that socket (its connectToHost under way), this
// looks the name up once (Qt's lookup cache gives both the same answer), leaves the first address
// to the socket and, while the socket is not connected, starts an attempt at the next address every
// 250 ms, the families taking turns, the other family first (at once when an attempt fails). The
// first of its attempts to connect is handed to the socket (QAbstractSocket::setSocketDescriptor),
// which ends the socket's own attempt and lets it go on as if it had connected there. When the
// socket connects first, the attempts are dropped.
// A QSslSocket (wss://, made by QWebSocket with connectToHostEncrypted) is given the connection
// with its peer verify name set to the name looked up (the certificate is checked for the name,
// never the address reached; SNI sends it), and its client handshake is started at once, with
// the TLS configuration it already has. QWebSocket writes its handshake (and the token) when the
// socket says it is connected, as on its own path; a QSslSocket started with connectToHostEncrypted
// holds what is written until TLS is up and the certificate accepted, and a refused certificate
// ends the socket with sslErrors and an error as before.
class HappyEyeballs : public QObject
{
    Q_OBJECT
public:
    static constexpr int kAttemptDelayMs = 250; // RFC 8305's Connection Attempt Delay

    // `socket` is watched, not owned; `clock` nullptr: the system clock.
    HappyEyeballs(QAbstractSocket *socket, QString host, quint16 port, Clock *clock = nullptr, QObject *parent = nullptr);
    ~HappyEyeballs() override;

    void start();

private:
    void looked(const QHostInfo &info);
    void next();
    void won(QTcpSocket *attempt);
    void stop();

    QPointer<QAbstractSocket> m_socket;
    QString m_host;
    quint16 m_port;
    ClockTimer m_delay;
    QList<QHostAddress> m_queue; // the addresses not tried yet, in the order to try them
    QList<QTcpSocket *> m_attempts; // under way
    int m_lookupId = -1;
    bool m_stopped = false;
};

} // namespace mirage
