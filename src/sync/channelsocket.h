// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/channelsettings.h"
#include "sync/channelstatus.h"
#include "sync/readcoalescer.h"

#include <QAbstractSocket>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

class QWebSocket;

namespace mirage {

// One connection attempt's socket and its liveness (SPEC §4), for ActivityChannel: opens a fresh
// QWebSocket per attempt with the message size limit, gives up a handshake that hangs, pings and
// treats a missing pong (or any frame) as a dead connection, and says once why the connection ended,
// as a code (a refusal by close code or HTTP status, a close, a network error, a timeout). What to
// do about it (retry, refuse, resync) is the channel's. A ws:// or wss:// name is connected to as
// RFC 8305 says (HappyEyeballs beside the QWebSocket's own one-address-at-a-time attempt; #25).
class ChannelSocket : public QObject
{
    Q_OBJECT
public:
    // `settings` is the channel's, read at each open(): origin, the size limit and the timeouts.
    explicit ChannelSocket(const ChannelSettings &settings, QObject *parent = nullptr);
    ~ChannelSocket() override;

    // Drops any socket and opens a new one; the handshake deadline starts. `tls`: the certificate
    // authorities to trust (TlsTrust; null: the system's).
    void open(const QNetworkRequest &request, const QSslConfiguration &tls = {});
    // Stops the timers and lets the socket go, saying nothing (closed by the user, or ended).
    void drop();

Q_SIGNALS:
    void opened();
    // A frame: its text (UTF-8), or a binary frame (text empty).
    void frameReceived(QByteArray text, bool binary);
    // The connection ended (once per open()): why, as a code; the state is the channel's to set.
    void finished(mirage::ChannelStatus why);

private:
    void raceFamilies(QWebSocket *socket);
    void onConnected();
    void onError(QAbstractSocket::SocketError code);
    void onDisconnected();
    void frame(QByteArray text, bool binary);
    void end(ChannelStatus why);
    bool certificateRefused(); // ends with Reason::Certificate when TLS reported errors

    const ChannelSettings &m_settings;
    QPointer<QWebSocket> m_socket;
    QUrl m_url; // this attempt's URL: its host names a refused certificate, its proxy a proxy failure
    bool m_done = false; // error() and disconnected() may both report one failure
    QTimer m_pingTimer;
    QTimer m_pongDeadline;
    QTimer m_handshakeTimer;
    ReadCoalescer m_coalescer;
    QList<QSslError> m_sslErrors; // of this attempt's handshake
};

} // namespace mirage
