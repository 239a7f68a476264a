// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/proxyfailure.h"

#include <QUrl>

namespace mirage {

namespace {
using P = ChannelStatus::ProxyProblem;

ProxyFailure failure(P problem, const QUrl &url)
{
    ProxyFailure f;
    if (problem == P::None)
        return f;
    const QNetworkProxy proxy = ProxyFailure::proxyFor(url);
    f.problem = problem;
    if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy) { // its address only
        const QString host = proxy.hostName();
        f.proxy = (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':')
            + QString::number(proxy.port());
    }
    if (problem == P::NeedsCredentials && !proxy.user().isEmpty())
        f.problem = P::CredentialsRefused; // 407 to the user name and password given
    return f;
}
} // namespace

QNetworkProxy ProxyFailure::proxyFor(const QUrl &url)
{
    const QString scheme = url.scheme();
    const bool tls = scheme == QLatin1String("wss") || scheme == QLatin1String("https");
    const QString tag = tls ? QStringLiteral("https") : QStringLiteral("http");
    const bool socket = scheme == QLatin1String("ws") || scheme == QLatin1String("wss");
    const QNetworkProxyQuery query =
        socket ? QNetworkProxyQuery(url.host(), url.port(tls ? 443 : 80), tag, QNetworkProxyQuery::TcpSocket) : QNetworkProxyQuery(url);
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(query);
    return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
}

bool ProxyFailure::isProxyError(QAbstractSocket::SocketError code)
{
    switch (code) {
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return true;
    default:
        return false;
    }
}

ProxyFailure ProxyFailure::of(QAbstractSocket::SocketError code, const QUrl &url)
{
    switch (code) {
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return failure(P::NeedsCredentials, url);
    case QAbstractSocket::ProxyConnectionRefusedError:
        return failure(P::Refused, url);
    case QAbstractSocket::ProxyNotFoundError:
        return failure(P::NotFound, url);
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return failure(P::TimedOut, url);
    case QAbstractSocket::ProxyConnectionClosedError:
        return failure(P::Closed, url);
    case QAbstractSocket::ProxyProtocolError:
        return failure(P::Failed, url);
    default:
        return {};
    }
}

ProxyFailure ProxyFailure::of(QNetworkReply::NetworkError code, const QUrl &url)
{
    switch (code) {
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return failure(P::NeedsCredentials, url);
    case QNetworkReply::ProxyConnectionRefusedError:
        return failure(P::Refused, url);
    case QNetworkReply::ProxyNotFoundError:
        return failure(P::NotFound, url);
    case QNetworkReply::ProxyTimeoutError:
        return failure(P::TimedOut, url);
    case QNetworkReply::ProxyConnectionClosedError:
        return failure(P::Closed, url);
    case QNetworkReply::UnknownProxyError:
        return failure(P::Failed, url);
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        break;
    default:
        return {};
    }
    // Qt's HTTP reports an HTTP proxy it cannot reach as if it were the server, for a plain http
    // URL: the GET goes to the proxy, which looks up and reaches the server. Not for https (a
    // CONNECT through the proxy) nor SOCKS: there Qt says Proxy… when the proxy fails, and a plain
    // "connection refused" or "host not found" is the proxy's answer about the server (a CONNECT
    // answered 503 or 404).
    const QNetworkProxy::ProxyType type = proxyFor(url).type();
    if (url.scheme() != QLatin1String("http") || (type != QNetworkProxy::HttpProxy && type != QNetworkProxy::HttpCachingProxy))
        return {};
    return failure(code == QNetworkReply::ConnectionRefusedError ? P::Refused : P::NotFound, url);
}

} // namespace mirage
