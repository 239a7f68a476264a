// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/channelstatus.h"

#include <QAbstractSocket>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QString>

class QUrl;

namespace mirage {

// A connection that failed at the proxy between client and server, as data (issue #25): which
// proxy (its host:port, never its user name or password) and what went wrong there. The same for
// the channel's socket and for every GET (the snapshot, the server's activity list), so that one
// wording (ConnectionText::proxy) names the proxy wherever it failed.
struct ProxyFailure
{
    ChannelStatus::ProxyProblem problem = ChannelStatus::ProxyProblem::None;
    QString proxy; // host:port ([v6]:port); empty when no proxy is known

    bool failed() const { return problem != ChannelStatus::ProxyProblem::None; }

    // The proxy a connection to `url` goes through, asked as Qt asks (the application's proxy, else
    // the system's: http_proxy, https_proxy, all_proxy, no_proxy): for ws:// and wss:// as
    // QWebSocket's socket asks, for http(s):// as a network access manager's request asks.
    static QNetworkProxy proxyFor(const QUrl &url);
    static bool isProxyError(QAbstractSocket::SocketError code);
    // Not failed() when `code` is not the proxy's.
    static ProxyFailure of(QAbstractSocket::SocketError code, const QUrl &url);
    // A GET's: also a connection refused or a name not found while a proxy applies to `url`.
    static ProxyFailure of(QNetworkReply::NetworkError code, const QUrl &url);
};

} // namespace mirage
