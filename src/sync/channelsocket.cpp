// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/channelsocket.h"

#include "sync/authorisedrequest.h"
#include "sync/happyeyeballs.h"
#include "sync/proxyfailure.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QWebSocket>
#include <algorithm>

namespace mirage {

namespace {
// Close codes that end a channel for good (SPEC §4).
bool isRefusal(int code)
{
    return code == 4401 || code == 4403 || code == 4404;
}

// Qt 6.4 reports a refused handshake only in the error string:
// "QWebSocketPrivate::processHandshake: Unhandled http status code: 403 (Forbidden)."
int handshakeStatus(const QString &errorString)
{
    static const QRegularExpression re(QStringLiteral("http status code: (\\d{3})"), QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(errorString);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// Issue #25, the network: a failure of the proxy (Qt's proxy codes) names the proxy.
ChannelStatus proxyFailure(QAbstractSocket::SocketError code, const QString &text, const QUrl &url)
{
    const ProxyFailure failure = ProxyFailure::of(code, url);
    ChannelStatus why;
    why.reason = ChannelStatus::Reason::Proxy;
    why.networkError = AuthorisedRequest::withoutQueries(text);
    why.proxy = failure.proxy;
    why.proxyProblem = failure.problem;
    return why;
}
} // namespace

ChannelSocket::ChannelSocket(const ChannelSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_coalescer(settings.coalesceReadsMs, settings.coalesceReadBytes)
{
    m_pingTimer.setInterval(m_settings.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        m_socket->ping();
        if (!m_pongDeadline.isActive())
            m_pongDeadline.start();
    });
    auto deadline = [this](QTimer &timer, ChannelStatus::Reason reason, int ms) { // the socket ends when it fires
        timer.setSingleShot(true);
        timer.setInterval(ms);
        connect(&timer, &QTimer::timeout, this, [this, reason, ms] { end(ChannelStatus::timedOut(reason, ms)); });
    };
    deadline(m_pongDeadline, ChannelStatus::Reason::PingTimeout, m_settings.pongTimeoutMs);
    deadline(m_handshakeTimer, ChannelStatus::Reason::HandshakeTimeout, m_settings.handshakeTimeoutMs);
}

ChannelSocket::~ChannelSocket()
{
    drop();
}

void ChannelSocket::open(const QNetworkRequest &request, const QSslConfiguration &tls)
{
    drop();
    m_done = false;
    m_sslErrors.clear();
    m_url = request.url();
    // A fresh socket per attempt: closeCode() of an old one is stale after an abrupt drop.
    auto *socket = new QWebSocket(m_settings.origin, QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    // A frame or message over the limit is refused by the socket (close 1009); Qt caps both sizes.
    const quint64 limit = quint64(m_settings.maxMessageBytes); // clamped by the channel
    socket->setMaxAllowedIncomingMessageSize(limit);
    socket->setMaxAllowedIncomingFrameSize(std::min(limit, QWebSocket::maxIncomingFrameSize()));
    connect(socket, &QWebSocket::connected, this, &ChannelSocket::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &ChannelSocket::onDisconnected);
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, &ChannelSocket::onError);
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { frame(text.toUtf8(), false); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) { frame(QByteArray(), true); });
    connect(socket, &QWebSocket::pong, this, [this] { m_pongDeadline.stop(); });
    // Not ignored: the socket aborts the handshake after these, and error() follows.
    connect(socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    if (!tls.isNull())
        socket->setSslConfiguration(tls);
    m_handshakeTimer.start();
    socket->open(request);
    raceFamilies(socket);
}

void ChannelSocket::raceFamilies(QWebSocket *socket)
{
    // Issue #25: QWebSocket's socket tries one address at a time, 30 s each; RFC 8305 beside it
    // (HappyEyeballs), for a name (an address has nothing to race) reached without a proxy (the
    // proxy connects), over TCP or TLS (HappyEyeballs says how the certificate is still checked).
    const bool tls = m_url.scheme() == QLatin1String("wss");
    if ((!tls && m_url.scheme() != QLatin1String("ws")) || !QHostAddress(m_url.host()).isNull()
        || ProxyFailure::proxyFor(m_url).type() != QNetworkProxy::NoProxy)
        return;
    auto *tcp = socket->findChild<QAbstractSocket *>(QString(), Qt::FindDirectChildrenOnly);
    if (!tcp || tcp->state() == QAbstractSocket::ConnectedState)
        return;
    auto *race = new HappyEyeballs(tcp, m_url.host(), quint16(m_url.port(tls ? 443 : 80)), nullptr, socket);
    race->start();
}

void ChannelSocket::drop()
{
    m_handshakeTimer.stop();
    m_pingTimer.stop();
    m_pongDeadline.stop();
    if (!m_socket)
        return;
    QWebSocket *s = m_socket;
    m_socket = nullptr;
    s->disconnect(this);
    // Qt 6.4 keeps the TCP connection of a refused handshake: abort it ourselves.
    s->abort();
    s->deleteLater();
}

void ChannelSocket::onConnected()
{
    m_handshakeTimer.stop();
    m_pingTimer.start();
    Q_EMIT opened();
}

void ChannelSocket::frame(QByteArray text, bool binary)
{
    m_pongDeadline.stop(); // any frame proves the connection alive
    m_coalescer.frameReceived(m_socket);
    Q_EMIT frameReceived(std::move(text), binary);
}

bool ChannelSocket::certificateRefused()
{
    if (m_sslErrors.isEmpty())
        return false;
    ChannelStatus why;
    why.reason = ChannelStatus::Reason::Certificate;
    why.certificate = CertificateProblem::from(m_sslErrors, m_url.host());
    end(why);
    return true;
}

void ChannelSocket::onError(QAbstractSocket::SocketError code)
{
    if (!m_socket || certificateRefused())
        return;
    const QString text = m_socket->errorString();
    if (ProxyFailure::isProxyError(code))
        return end(proxyFailure(code, text, m_url));
    ChannelStatus why;
    why.httpStatus = handshakeStatus(text);
    if (why.httpStatus == 401 || why.httpStatus == 403 || why.httpStatus == 404)
        why.reason = ChannelStatus::Reason::Refused;
    else if (why.httpStatus)
        why.reason = ChannelStatus::Reason::HandshakeHttp;
    else {
        why.reason = ChannelStatus::Reason::NetworkError;
        why.networkError = AuthorisedRequest::withoutQueries(text);
    }
    if (why.httpStatus == 403) // Channels' AllowedHostsOriginValidator (SPEC §1): the origin is the fix
        why.origin = m_settings.origin;
    end(why);
}

void ChannelSocket::onDisconnected()
{
    if (!m_socket || certificateRefused())
        return;
    if (ProxyFailure::isProxyError(m_socket->error())) // the socket says Unconnected before it says why
        return end(proxyFailure(m_socket->error(), m_socket->errorString(), m_url));
    ChannelStatus why;
    why.closeCode = int(m_socket->closeCode());
    why.serverText = m_socket->closeReason();
    if (isRefusal(why.closeCode)) {
        why.reason = ChannelStatus::Reason::Refused;
    } else if (why.closeCode == int(QWebSocketProtocol::CloseCodeNormal) && why.serverText.isEmpty()
        && m_socket->error() != QAbstractSocket::UnknownSocketError) {
        why = ChannelStatus {};
        why.reason = ChannelStatus::Reason::NetworkError;
        why.networkError = AuthorisedRequest::withoutQueries(m_socket->errorString());
    } else {
        why.reason = ChannelStatus::Reason::ClosedByServer;
    }
    end(why);
}

void ChannelSocket::end(ChannelStatus why)
{
    if (m_done)
        return;
    m_done = true;
    m_handshakeTimer.stop();
    m_pingTimer.stop();
    m_pongDeadline.stop();
    Q_EMIT finished(std::move(why));
}

} // namespace mirage
