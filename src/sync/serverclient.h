// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/tokenscope.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace mirage {

struct ChannelSettings;
class SnapshotFetch;

// One server (scheme, host, port) as the client talks to it over HTTP (SPEC §4): one network
// access manager, the token and how it travels (AuthorisedRequest), the snapshot GET and the
// server's activity list. Channels of one server share it (ServerClients hands it out).
class ServerClient : public QObject
{
    Q_OBJECT
public:
    ServerClient(const QUrl &origin, TokenScope token, QString tokenQueryName, QObject *parent = nullptr);
    ~ServerClient() override;

    // http(s)://host:port this client talks to (TokenScope::originOf).
    const QUrl &origin() const { return m_origin; }
    const TokenScope &token() const { return m_token; }
    // A new token (or none) for this server: the next handshake and request carry it.
    void setToken(TokenScope token);
    const QString &tokenQueryName() const { return m_tokenQueryName; }
    QNetworkAccessManager *network() const { return m_nam; }
    // The certificate authorities to trust (TlsTrust), for the socket and every request; null: the system's.
    const QSslConfiguration &tls() const { return m_tls; }
    void setTls(const QSslConfiguration &tls) { m_tls = tls; }
    // The Origin header to send to this server (the window's per-server setting); empty: the
    // channel's own (--origin, else derived from the server URL). Read at each connection attempt.
    const QString &originHeader() const { return m_originHeader; }
    void setOriginHeader(const QString &origin) { m_originHeader = origin; }

    // A request for `url` with the token where it may go; says once per reason why it was held back.
    QNetworkRequest authorised(const QUrl &url);
    // The snapshot GET under a deadline and a size cap; the caller owns the result (parented to `owner`).
    // At most kSnapshotsInFlight GETs of this server run at once (50 channels coming back must not
    // download 50 snapshots together); the others wait in order and start as earlier ones let go
    // (answered, failed, timed out, cancelled or deleted). A fetch cancelled or deleted while it
    // waits is never sent. The deadline counts from the GET's start, not while it waits.
    SnapshotFetch *fetchSnapshot(const QUrl &url, int timeoutMs, qint64 maxBytes, QObject *owner);
    static constexpr int kSnapshotsInFlight = 4;
    int snapshotsInFlight() const { return m_snapshotsInFlight; }
    // GET {httpBase}/api/activities/ with a transfer timeout; the caller owns the reply.
    QNetworkReply *fetchActivityList(const QUrl &httpBase);

    // Backoff per server (SPEC §4, no retry storm): the failed connection attempts of all its
    // channels in a row. A channel's delay is its RetryPolicy's for this many failures.
    int connectionFailures() const { return m_failures; }
    // A channel's attempt failed (or its connection dropped): the failures before this one.
    int noteConnectionFailure() { return m_failures++; }
    // A channel's socket opened: after failures, the channels waiting to retry are told (reachable)
    // once; again only after a connection has been stable (a server that accepts and drops at once
    // must not bring every channel back each time).
    void noteConnected();
    // A connection stayed open long enough (ChannelSettings::stableAfterMs): the count starts over.
    void noteStable();
    // Channels told that the server is reachable retry within this many ms (spread, not all at once).
    static constexpr int kWakeSpreadMs = 250;

    static constexpr int kListTimeoutMs = 10000;

Q_SIGNALS:
    // A channel of this server got through after failures: retry now rather than after the backoff.
    void reachable();

private:
    void startWaitingSnapshots();

    QUrl m_origin;
    TokenScope m_token;
    QString m_tokenQueryName;
    QNetworkAccessManager *m_nam;
    QSslConfiguration m_tls;
    QString m_originHeader;
    int m_tokenWithheld = 0; // reasons already logged (bits)
    int m_failures = 0;
    bool m_reachableSent = false; // since the count last started over
    QList<QPointer<SnapshotFetch>> m_waitingSnapshots; // oldest first
    int m_snapshotsInFlight = 0;
};

} // namespace mirage
