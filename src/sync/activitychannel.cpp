#include "sync/activitychannel.h"

#include "protocol/activitystate.h"
#include "sync/authorisedrequest.h"
#include "protocol/logging.h"
#include "sync/snapshotfetch.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
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

QString refusalText(int code)
{
    switch (code) {
    case 4401:
    case 401: return QStringLiteral("the server refused the connection: not authorised (%1); check the token").arg(code);
    case 4403:
    case 403: return QStringLiteral("the server refused the connection: forbidden (%1)").arg(code);
    case 4404:
    case 404: return QStringLiteral("the server refused the connection: no such activity (%1)").arg(code);
    default: return QStringLiteral("the server refused the connection (%1)").arg(code);
    }
}

// Qt 6.4 reports a refused handshake only in the error string:
// "QWebSocketPrivate::processHandshake: Unhandled http status code: 403 (Forbidden)."
int handshakeStatus(const QString &errorString)
{
    static const QRegularExpression re(QStringLiteral("http status code: (\\d{3})"), QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(errorString);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'f', ms < 1000 ? 2 : ms < 10000 ? 1 : 0) + QStringLiteral(" s");
}
} // namespace

ActivityChannel::ActivityChannel(ChannelEndpoint endpoint, ChannelSettings settings, ActivityState *state, QObject *parent)
    : QObject(parent),
      m_endpoint(std::move(endpoint)),
      m_settings(std::move(settings)),
      m_activity(state),
      m_retry(m_settings.retryInitialMs, m_settings.retryMaxMs)
{
    if (m_activity->activityId().empty())
        m_activity->setActivityId(m_endpoint.activityId.toStdString());
    // The socket cannot carry more than Qt's cap: the limit is that at most, and never overflows.
    const quint64 most = QWebSocket::maxIncomingMessageSize();
    if (m_settings.maxMessageBytes <= 0 || quint64(m_settings.maxMessageBytes) > most)
        m_settings.maxMessageBytes = qint64(most);
    m_activity->setMaxMessageBytes(size_t(m_settings.maxMessageBytes));
    if (m_settings.origin.isEmpty())
        m_settings.origin = m_endpoint.origin;

    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ActivityChannel::connectSocket);
    m_pingTimer.setInterval(m_settings.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        m_socket->ping();
        if (!m_pongDeadline.isActive())
            m_pongDeadline.start();
    });
    m_pongDeadline.setSingleShot(true);
    m_pongDeadline.setInterval(m_settings.pongTimeoutMs);
    connect(&m_pongDeadline, &QTimer::timeout, this, [this] {
        socketFinished(QStringLiteral("no answer to a ping within %1: the connection is dead").arg(seconds(m_settings.pongTimeoutMs)), 0);
    });
    m_handshakeTimer.setSingleShot(true);
    m_handshakeTimer.setInterval(m_settings.handshakeTimeoutMs);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        socketFinished(QStringLiteral("no answer from the server within %1").arg(seconds(m_settings.handshakeTimeoutMs)), 0);
    });
    m_stableTimer.setSingleShot(true);
    m_stableTimer.setInterval(m_settings.stableAfterMs);
    connect(&m_stableTimer, &QTimer::timeout, this, [this] { m_retry.reset(); });
}

ActivityChannel::~ActivityChannel()
{
    dropSnapshot();
    dropSocket();
}

QString ActivityChannel::stateName(State s)
{
    switch (s) {
    case State::Idle: return QStringLiteral("Idle");
    case State::Connecting: return QStringLiteral("Connecting");
    case State::Open: return QStringLiteral("Open");
    case State::Reconnecting: return QStringLiteral("Reconnecting");
    case State::Closed: return QStringLiteral("Closed");
    }
    return {};
}

void ActivityChannel::setState(State s, const QString &reason)
{
    if (s == m_state && reason == m_reason)
        return;
    m_state = s;
    m_reason = reason;
    qCDebug(lcChannel).noquote() << stateName(s) << reason;
    Q_EMIT stateChanged(s, reason);
}

void ActivityChannel::setMayHaveMissed(bool missed)
{
    if (m_mayHaveMissed == missed)
        return;
    m_mayHaveMissed = missed;
    Q_EMIT updatesMayBeMissedChanged(missed);
}

void ActivityChannel::open()
{
    if (m_state == State::Connecting || m_state == State::Open || m_retryTimer.isActive())
        return;
    m_refusalCode = 0;
    m_retry.reset();
    connectSocket();
}

void ActivityChannel::close()
{
    m_retryTimer.stop();
    m_pingTimer.stop();
    m_pongDeadline.stop();
    m_handshakeTimer.stop();
    m_stableTimer.stop();
    dropSnapshot();
    flush();
    dropSocket();
    setState(State::Closed, QStringLiteral("closed"));
}

void ActivityChannel::dropSocket()
{
    if (!m_socket)
        return;
    QWebSocket *s = m_socket;
    m_socket = nullptr;
    s->disconnect(this);
    // Qt 6.4 keeps the TCP connection of a refused handshake: abort it ourselves.
    s->abort();
    s->deleteLater();
}

void ActivityChannel::dropSnapshot()
{
    if (!m_snapshot)
        return;
    SnapshotFetch *f = m_snapshot;
    m_snapshot = nullptr;
    f->cancel();
    f->deleteLater();
}

QNetworkRequest ActivityChannel::authorisedRequest(const QUrl &url)
{
    // The token goes only to its own server (SPEC §4); say once per reason why it was held back.
    const TokenScope::Verdict verdict = m_settings.token.verdict(url);
    const int bit = verdict == TokenScope::Verdict::OtherServer ? 1 : verdict == TokenScope::Verdict::Insecure ? 2 : 0;
    if (bit && !(m_tokenWithheld & bit)) {
        m_tokenWithheld |= bit;
        qCWarning(lcChannel).noquote() << "token withheld from" << ChannelUrl::display(url) << "-"
                                       << (bit == 1 ? "it was given for another server" : "plain ws/http to a host that is not loopback");
    }
    return AuthorisedRequest::make(m_settings, url);
}

void ActivityChannel::connectSocket()
{
    dropSocket();
    m_socketDone = false;
    const QString where = ChannelUrl::display(m_endpoint.socketUrl);
    setState(State::Connecting, m_state == State::Reconnecting
                                    ? QStringLiteral("reconnecting to %1 (attempt %2)").arg(where).arg(m_retry.attempts() + 1)
                                    : QStringLiteral("connecting to %1").arg(where));

    // A fresh socket per attempt: closeCode() of an old one is stale after an abrupt drop.
    auto *socket = new QWebSocket(m_settings.origin, QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    // A frame or message over the limit is refused by the socket (close 1009); Qt caps both sizes.
    const quint64 limit = quint64(m_settings.maxMessageBytes); // clamped in the constructor
    socket->setMaxAllowedIncomingMessageSize(limit);
    socket->setMaxAllowedIncomingFrameSize(std::min(limit, QWebSocket::maxIncomingFrameSize()));
    connect(socket, &QWebSocket::connected, this, &ActivityChannel::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &ActivityChannel::onDisconnected);
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, &ActivityChannel::onSocketError);
    connect(socket, &QWebSocket::textMessageReceived, this, &ActivityChannel::onTextMessage);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &ActivityChannel::onBinaryMessage);
    connect(socket, &QWebSocket::pong, this, [this] { m_pongDeadline.stop(); });

    const QNetworkRequest request = authorisedRequest(m_endpoint.socketUrl);
    m_handshakeTimer.start();
    socket->open(request);
}

void ActivityChannel::onConnected()
{
    m_handshakeTimer.stop();
    m_pingTimer.start();
    m_stableTimer.start();
    setState(State::Open, QStringLiteral("connected to %1").arg(ChannelUrl::display(m_endpoint.socketUrl)));
    if (m_settings.snapshot)
        requestSnapshot();
    else
        setMayHaveMissed(m_seq > 0 || m_retry.attempts() > 0);
}

void ActivityChannel::requestSnapshot()
{
    dropSnapshot();
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    QNetworkRequest request = authorisedRequest(ChannelUrl::snapshotUrl(m_settings.snapshotTemplate, m_endpoint));
    request.setRawHeader("Accept", "application/json");
    auto *fetch = new SnapshotFetch(m_nam, request, m_settings.snapshotTimeoutMs, m_settings.snapshotMaxBytes, this);
    m_snapshot = fetch;
    connect(fetch, &SnapshotFetch::finished, this, [this, fetch] { onSnapshotFinished(fetch); });
}

void ActivityChannel::onSnapshotFinished(SnapshotFetch *fetch)
{
    fetch->deleteLater();
    if (fetch != m_snapshot)
        return;
    m_snapshot = nullptr;
    QString error = fetch->failureText();
    if (fetch->outcome() == SnapshotFetch::Outcome::Ok) {
        const QByteArray &body = fetch->body();
        error = QString::fromStdString(m_activity->loadSnapshot(std::string_view(body.constData(), size_t(body.size()))));
    }
    if (error.isEmpty()) {
        qCDebug(lcChannel) << "snapshot applied";
        setMayHaveMissed(false);
        Q_EMIT snapshotApplied();
        flush(); // the events held while the GET was in flight go on top of the snapshot, in order
    } else {
        snapshotGivenUp(error);
    }
}

void ActivityChannel::snapshotGivenUp(const QString &reason)
{
    dropSnapshot();
    qCWarning(lcChannel).noquote() << reason << "- keeping the local state; updates may have been missed";
    setMayHaveMissed(true);
    Q_EMIT snapshotFailed(reason);
    flush(); // the events held meanwhile still apply, in order
}

void ActivityChannel::hold(QByteArray text, bool binary)
{
    m_pongDeadline.stop(); // any frame proves the connection alive
    m_pendingBytes += text.size();
    m_pending.push_back({std::move(text), binary});
    if (m_snapshot && ((m_settings.maxHeldMessages > 0 && m_pending.size() > size_t(m_settings.maxHeldMessages))
                       || (m_settings.maxHeldBytes > 0 && m_pendingBytes > m_settings.maxHeldBytes))) {
        snapshotGivenUp(QStringLiteral("more than %1 events or %2 bytes arrived while the snapshot was loading")
                            .arg(m_settings.maxHeldMessages).arg(m_settings.maxHeldBytes));
        return;
    }
    scheduleFlush();
}

void ActivityChannel::onTextMessage(const QString &text)
{
    hold(text.toUtf8(), false);
}

void ActivityChannel::onBinaryMessage(const QByteArray &data)
{
    Q_UNUSED(data);
    hold(QByteArray(), true);
}

void ActivityChannel::scheduleFlush()
{
    // A burst arrives as many signals from one read: apply them together once the read is done.
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_flushScheduled = false;
        if (!m_snapshot)
            flush();
    }, Qt::QueuedConnection);
}

void ActivityChannel::flush()
{
    if (m_pending.empty() || m_limitReached)
        return;
    MessageBatch batch;
    batch.reserve(m_pending.size());
    while (!m_pending.empty()) {
        if (m_limit && m_seq >= m_limit) {
            m_pending.clear();
            m_pendingBytes = 0;
            break;
        }
        Pending p = std::move(m_pending.front());
        m_pending.pop_front();
        m_pendingBytes -= p.text.size();
        ReceivedMessage m;
        m.seq = ++m_seq;
        m.binary = p.binary;
        m.result = p.binary ? m_activity->rejectBinaryFrame()
                            : m_activity->apply(std::string_view(p.text.constData(), size_t(p.text.size())));
        m.text = std::move(p.text);
        batch.push_back(std::move(m));
    }
    if (!batch.empty())
        Q_EMIT messagesApplied(batch);
    if (m_limit && m_seq >= m_limit && !m_limitReached) {
        m_limitReached = true;
        Q_EMIT limitReached();
    }
}

void ActivityChannel::onSocketError()
{
    if (!m_socket)
        return;
    const QString text = m_socket->errorString();
    const int status = handshakeStatus(text);
    if (status == 401 || status == 403 || status == 404) {
        socketFinished(refusalText(status) + QStringLiteral(" at the handshake"), status);
        return;
    }
    if (status)
        socketFinished(QStringLiteral("the server answered the handshake with HTTP %1").arg(status), 0);
    else
        socketFinished(AuthorisedRequest::withoutQueries(text), 0);
}

void ActivityChannel::onDisconnected()
{
    if (!m_socket)
        return;
    const int code = int(m_socket->closeCode());
    QString why = m_socket->closeReason();
    if (isRefusal(code)) {
        socketFinished(refusalText(code) + (why.isEmpty() ? QString() : QStringLiteral(": ") + why), code);
        return;
    }
    QString reason = QStringLiteral("the connection closed");
    if (code == int(QWebSocketProtocol::CloseCodeNormal) && why.isEmpty() && m_socket->error() != QAbstractSocket::UnknownSocketError)
        reason = AuthorisedRequest::withoutQueries(m_socket->errorString());
    else if (code != int(QWebSocketProtocol::CloseCodeNormal) || !why.isEmpty())
        reason += QStringLiteral(" (code %1%2)").arg(code).arg(why.isEmpty() ? QString() : QStringLiteral(", ") + why);
    socketFinished(reason, 0);
}

void ActivityChannel::socketFinished(const QString &reason, int refusalCode)
{
    if (m_socketDone)
        return;
    m_socketDone = true;
    m_handshakeTimer.stop();
    m_pingTimer.stop();
    m_pongDeadline.stop();
    m_stableTimer.stop();
    if (m_snapshot) {
        dropSnapshot();
        setMayHaveMissed(true);
    }
    flush(); // what was received is applied, never dropped
    dropSocket();
    if (refusalCode) {
        m_refusalCode = refusalCode;
        setState(State::Closed, reason);
        Q_EMIT refused(refusalCode, reason);
        return;
    }
    if (m_state == State::Closed)
        return;
    setMayHaveMissed(true);
    scheduleReconnect(reason);
}

void ActivityChannel::scheduleReconnect(const QString &reason)
{
    if (m_retryTimer.isActive())
        return; // never more than one pending attempt
    const int delay = m_retry.nextDelayMs();
    setState(State::Reconnecting, QStringLiteral("%1; retrying in %2").arg(reason, seconds(delay)));
    Q_EMIT retryScheduled(m_retry.attempts(), delay);
    m_retryTimer.start(delay);
}

} // namespace mirage
