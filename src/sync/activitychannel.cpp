// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/activitychannel.h"

#include "base/logging.h"
#include "protocol/activitystate.h"
#include "sync/serverclient.h"
#include "sync/snapshotfetch.h"

#include <QRandomGenerator>
#include <QWebSocket>

namespace mirage {

ActivityChannel::ActivityChannel(ChannelEndpoint endpoint, ChannelSettings settings, ActivityState *state, QObject *parent)
    : ActivityChannel(std::move(endpoint), std::move(settings), state, nullptr, parent)
{
}

ActivityChannel::ActivityChannel(
    ChannelEndpoint endpoint, ChannelSettings settings, ActivityState *state, std::shared_ptr<ServerClient> client, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_settings(std::move(settings))
    , m_activity(state)
    , m_retry(m_settings.retryInitialMs, m_settings.retryMaxMs)
    , m_client(std::move(client))
{
    if (!m_client) {
        m_client = std::make_shared<ServerClient>(m_endpoint.httpBase, m_settings.token, m_settings.tokenQueryName);
        m_client->setTls(m_settings.tls);
    }
    connect(m_client.get(), &ServerClient::reachable, this, &ActivityChannel::retrySoon);
    connect(&m_early, &EarlySnapshot::applied, this, &ActivityChannel::snapshotApplied);
    connect(&m_loader, &SnapshotLoader::loaded, this, &ActivityChannel::onLoaded);
    connect(&m_held, &HeldFrames::applied, this, [this](const MessageBatch &batch) {
        m_early.forget(); // the state is no longer the early snapshot's
        Q_EMIT messagesApplied(batch);
    });
    connect(&m_held, &HeldFrames::limitReached, this, &ActivityChannel::limitReached);
    if (m_activity->activityId().empty())
        m_activity->setActivityId(m_endpoint.activityId.toStdString());
    // The socket cannot carry more than Qt's cap: the limit is that at most, and never overflows.
    const quint64 most = QWebSocket::maxIncomingMessageSize();
    if (m_settings.maxMessageBytes <= 0 || quint64(m_settings.maxMessageBytes) > most)
        m_settings.maxMessageBytes = qint64(most);
    m_activity->setMaxMessageBytes(size_t(m_settings.maxMessageBytes));
    m_givenOrigin = m_settings.origin;
    m_loader.setMaxMessageBytes(size_t(m_settings.maxMessageBytes));
    m_originDerived = m_settings.origin.isEmpty();
    if (m_originDerived)
        m_settings.origin = m_endpoint.origin;
    connect(&m_redirect, &HttpsRedirect::found, this, &ActivityChannel::followRedirect);

    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ActivityChannel::connectSocket);
    connect(&m_socket, &ChannelSocket::opened, this, &ActivityChannel::onConnected);
    connect(&m_socket, &ChannelSocket::frameReceived, this, &ActivityChannel::hold);
    connect(&m_socket, &ChannelSocket::finished, this, &ActivityChannel::socketFinished);
    connect(&m_snapshotRetry, &SnapshotRetry::due, this, [this] {
        if (this->state() == State::Open && !m_snapshot) // the parameter `state` hides state()
            requestSnapshot();
    });
    m_stableTimer.setSingleShot(true);
    m_stableTimer.setInterval(m_settings.stableAfterMs);
    connect(&m_stableTimer, &QTimer::timeout, this, [this] {
        m_attempts = 0;
        m_client->noteStable();
    });
}

ActivityChannel::~ActivityChannel()
{
    dropSnapshot();
    m_socket.drop();
}

void ActivityChannel::setState(State s, ChannelStatus status)
{
    status.state = s;
    if (status == m_status)
        return;
    m_status = std::move(status);
    // The server's text goes out as it is: the log handler escapes what a terminal would act on.
    qCDebug(lcChannel).noquote() << s << m_status.reason << "close" << m_status.closeCode << "http" << m_status.httpStatus
                                 << m_status.serverText << m_status.networkError;
    Q_EMIT stateChanged(s, m_status);
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
    if (state() == State::Connecting || state() == State::Open || m_retryTimer.isActive())
        return;
    m_refusalCode = 0;
    m_attempts = 0;
    if (m_settings.snapshot && m_settings.prefetchSnapshot)
        m_early.startOnce(*m_client, ChannelUrl::snapshotUrl(m_settings.snapshotTemplate, m_endpoint), m_settings.snapshotTimeoutMs,
            m_settings.snapshotMaxBytes);
    connectSocket();
}

void ActivityChannel::close()
{
    m_redirect.cancel();
    m_retryTimer.stop();
    m_stableTimer.stop();
    dropSnapshot();
    m_early.cancel();
    m_loader.cancel();
    m_held.flush();
    m_socket.drop();
    ChannelStatus why;
    why.reason = ChannelStatus::Reason::ClosedByUser;
    setState(State::Closed, why);
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

void ActivityChannel::connectSocket()
{
    m_socket.drop();
    ChannelStatus why;
    why.reason = ChannelStatus::Reason::Connecting;
    why.where = ChannelUrl::display(m_endpoint.socketUrl);
    why.attempt = state() == State::Reconnecting ? m_attempts + 1 : 0;
    setState(State::Connecting, why);

    // The server's own Origin (the window's per-server setting) wins over --origin and the derived one.
    const QString &chosen = m_client->originHeader();
    m_settings.origin = !chosen.isEmpty() ? chosen : m_originDerived ? m_endpoint.origin : m_givenOrigin;
    m_socket.open(m_client->authorised(m_endpoint.socketUrl), m_client->tls());
}

void ActivityChannel::onConnected()
{
    m_stableTimer.start();
    m_client->noteConnected();
    ChannelStatus why;
    why.reason = ChannelStatus::Reason::Opened;
    why.where = ChannelUrl::display(m_endpoint.socketUrl);
    setState(State::Open, why);
    m_snapshotRetry.reset();
    if (m_settings.snapshot)
        requestSnapshot();
    else
        setMayHaveMissed(m_held.queue().applied() > 0 || m_attempts > 0);
}

void ActivityChannel::requestSnapshot()
{
    dropSnapshot();
    if (m_paused) { // the frames held now come before it: asked once they are applied
        m_requestWhenResumed = true;
        return;
    }
    const QUrl url = ChannelUrl::snapshotUrl(m_settings.snapshotTemplate, m_endpoint);
    auto *fetch = m_client->fetchSnapshot(url, m_settings.snapshotTimeoutMs, m_settings.snapshotMaxBytes, this);
    m_snapshot = fetch;
    connect(fetch, &SnapshotFetch::finished, this, [this, fetch] { onSnapshotFinished(fetch); });
}

void ActivityChannel::onSnapshotFinished(SnapshotFetch *fetch)
{
    fetch->deleteLater();
    if (fetch != m_snapshot)
        return;
    m_snapshot = nullptr;
    m_early.cancel(); // older than this one
    if (fetch->outcome() != SnapshotFetch::Outcome::Ok)
        snapshotGivenUp(fetch->failure());
    else if (m_early.takeUnchanged(fetch->body()))
        snapshotDone(true); // then the same state
    else
        m_loader.load(fetch->body()); // the events stay held until it is set (onLoaded)
}

void ActivityChannel::onLoaded(const SnapshotFailure &failure)
{
    if (m_early.takeLoaded(failure))
        m_held.flush(); // held only while a resync is under way
    else if (failure.failed())
        snapshotGivenUp(failure); // a body that is not an activity: Rejected
    else
        snapshotDone(false);
}

void ActivityChannel::snapshotDone(bool unchanged)
{
    qCDebug(lcChannel) << (unchanged ? "snapshot applied (the same as the early one)" : "snapshot applied");
    setMayHaveMissed(false);
    m_snapshotRetry.reset();
    if (!unchanged)
        Q_EMIT snapshotApplied();
    m_held.flush(); // the events held while the GET was in flight go on top of the snapshot, in order
}

void ActivityChannel::setPaused(bool paused)
{
    m_paused = paused;
    m_loader.setPaused(paused); // a parsed snapshot asked for before the pause is set first
    m_held.flush();
    if (!paused && std::exchange(m_requestWhenResumed, false) && state() == State::Open)
        requestSnapshot();
}

void ActivityChannel::snapshotGivenUp(const SnapshotFailure &failure)
{
    dropSnapshot();
    // Codes, for a developer's debug output: the layers above say it in words (watch on stderr,
    // the window in its log), so nothing here reaches a user's terminal (issue #23).
    qCDebug(lcChannel) << "snapshot given up: reason" << int(failure.reason) << "http" << failure.httpStatus << "network error"
                       << failure.networkError;
    setMayHaveMissed(true);
    if (m_settings.retrySnapshot)
        m_snapshotRetry.schedule(failure);
    Q_EMIT snapshotFailed(failure);
    m_held.flush(); // the events held meanwhile still apply, in order
}

void ActivityChannel::hold(QByteArray text, bool binary)
{
    if (m_held.push(std::move(text), binary, m_snapshot))
        return;
    SnapshotFailure failure;
    failure.reason = SnapshotFailure::Reason::HeldOverflow;
    failure.maxHeld = m_settings.maxHeldMessages;
    failure.maxHeldBytes = m_settings.maxHeldBytes;
    snapshotGivenUp(failure);
}

void ActivityChannel::socketFinished(ChannelStatus why)
{
    m_stableTimer.stop();
    if (m_snapshot) {
        dropSnapshot();
        setMayHaveMissed(true);
    }
    m_held.flush(); // what was received is applied, never dropped
    m_socket.drop();
    if (why.reason == ChannelStatus::Reason::Refused || why.reason == ChannelStatus::Reason::Certificate) {
        m_refusalCode = why.refusalCode();
        setState(State::Closed, why);
        Q_EMIT refused(m_status);
        return;
    }
    if (state() == State::Closed)
        return;
    setMayHaveMissed(true);
    if (why.reason == ChannelStatus::Reason::HandshakeHttp && HttpsRedirect::isRedirect(why.httpStatus))
        m_redirect.probe(m_client->network(), m_endpoint); // http:// to https://? followRedirect says
    scheduleReconnect(std::move(why));
}

void ActivityChannel::followRedirect(const ChannelEndpoint &to)
{
    const QString from = ChannelUrl::display(m_endpoint.httpBase);
    m_endpoint = to; // the token stays with the origin it was given for (TokenScope)
    if (m_originDerived)
        m_settings.origin = m_endpoint.origin;
    Q_EMIT redirected(from, ChannelUrl::display(m_endpoint.httpBase));
    if (state() == State::Reconnecting && m_retryTimer.isActive()) {
        m_retryTimer.stop();
        connectSocket();
    }
}

void ActivityChannel::scheduleReconnect(ChannelStatus why)
{
    if (m_retryTimer.isActive())
        return; // never more than one pending attempt
    // The server's backoff, not this channel's: fifty channels of a down server do not each start over.
    const int delay = m_retry.delayMs(m_client->noteConnectionFailure());
    ++m_attempts;
    why.delayMs = delay;
    setState(State::Reconnecting, std::move(why));
    Q_EMIT retryScheduled(m_attempts, delay);
    m_retryTimer.start(delay);
}

void ActivityChannel::retrySoon()
{
    if (!m_retryTimer.isActive() || state() != State::Reconnecting)
        return;
    const int delay = QRandomGenerator::global()->bounded(ServerClient::kWakeSpreadMs + 1);
    if (delay >= m_retryTimer.remainingTime())
        return;
    ChannelStatus why = m_status;
    why.delayMs = delay;
    setState(State::Reconnecting, std::move(why));
    Q_EMIT retryScheduled(m_attempts, delay);
    m_retryTimer.start(delay);
}

} // namespace mirage
