// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/channelsettings.h"
#include "sync/channelsocket.h"
#include "sync/channelstatus.h"
#include "sync/channelurl.h"
#include "sync/earlysnapshot.h"
#include "sync/heldframes.h"
#include "sync/httpsredirect.h"
#include "sync/messagebatch.h"
#include "sync/retrypolicy.h"
#include "sync/snapshotloader.h"
#include "sync/snapshotretry.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace mirage {

class ActivityState;
class ServerClient;
class SnapshotFetch;

// One live activity channel (SPEC §1, §4): connects, keeps the connection alive, reconnects with
// its server's backoff (all channels of a server share its failure count, and retry soon together
// when one of them gets through), resyncs from the snapshot, and applies every received frame to an ActivityState.
// Frames are applied in the order received; the results go out once per burst (messagesApplied).
// The socket of each attempt and its liveness are a ChannelSocket's.
// States and reasons are codes (ChannelStatus, SnapshotFailure): the layers above word them.
class ActivityChannel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(mirage::ChannelStatus::State state READ state NOTIFY stateChanged)
public:
    using State = ChannelStatus::State;

    // `client`: the server's ServerClient, shared with the other channels of that server; none:
    // the channel makes its own from `settings`' token.
    ActivityChannel(ChannelEndpoint endpoint, ChannelSettings settings, ActivityState *state, QObject *parent = nullptr);
    ActivityChannel(ChannelEndpoint endpoint, ChannelSettings settings, ActivityState *state, std::shared_ptr<ServerClient> client,
        QObject *parent = nullptr);
    ~ActivityChannel() override;

    void open();
    void close(); // by the user: no reconnect
    // ChannelSettings::prefetchSnapshot for the next open() (the window turns it off when a copy is shown).
    void setPrefetchSnapshot(bool on) { m_settings.prefetchSnapshot = on; }
    // Stop applying after this many messages (0 = no limit); limitReached() is emitted once.
    void setMessageLimit(quint64 n) { m_held.queue().setLimit(n); }

    State state() const { return m_status.state; }
    const ChannelStatus &status() const { return m_status; }
    bool updatesMayBeMissed() const { return m_mayHaveMissed; }
    int closeCode() const { return m_refusalCode; }
    ServerClient &client() const { return *m_client; }
    quint64 received() const { return m_held.queue().applied(); }
    size_t held() const { return m_held.queue().size(); } // received, not applied yet
    const ChannelEndpoint &endpoint() const { return m_endpoint; }
    ActivityState &activityState() { return *m_activity; }
    // Loads the snapshots off the GUI thread (issue #26); what the last one replaced is its.
    SnapshotLoader &loader() { return m_loader; }
    // While paused the state is not written: frames are held (as during a snapshot GET) and a
    // parsed snapshot waits; resumed, they go on in order. For a job that reads the state.
    void setPaused(bool paused);

Q_SIGNALS:
    void stateChanged(mirage::ChannelStatus::State state, const mirage::ChannelStatus &status);
    // A retry is scheduled: attempt number (from 1) and the delay until it.
    void retryScheduled(int attempt, int delayMs);
    // Refused for good: 4401/4403/4404, or an HTTP 401/403/404 handshake (status.refusalCode()), or
    // the server's certificate (status.reason Certificate): no retry until open() again.
    void refused(const mirage::ChannelStatus &status);
    // The http:// server redirected to https:// on the same host and the channel follows it
    // (HttpsRedirect): the server URLs before and after, fit to show. A notice, not an error.
    void redirected(const QString &from, const QString &to);
    void messagesApplied(const mirage::MessageBatch &batch);
    void snapshotApplied();
    void snapshotFailed(const mirage::SnapshotFailure &failure);
    void updatesMayBeMissedChanged(bool missed);
    void limitReached();

private:
    void dropSnapshot();
    void connectSocket();
    void onConnected();
    void socketFinished(ChannelStatus why);
    void scheduleReconnect(ChannelStatus why);
    void retrySoon();
    void followRedirect(const ChannelEndpoint &to);
    void setState(State s, ChannelStatus status);
    void setMayHaveMissed(bool missed);
    void requestSnapshot();
    void onSnapshotFinished(SnapshotFetch *fetch);
    void onLoaded(const SnapshotFailure &failure);
    void snapshotDone(bool unchanged);
    void snapshotGivenUp(const SnapshotFailure &failure);
    void hold(QByteArray text, bool binary);
    bool holding() const { return !m_snapshot.isNull() || m_paused || m_loader.busy(); }

    ChannelEndpoint m_endpoint;
    ChannelSettings m_settings;
    ActivityState *m_activity;
    RetryPolicy m_retry; // the delays; the failure count is the server's (ServerClient)
    int m_attempts = 0; // this channel's retries since it was last open long enough
    ChannelStatus m_status;
    bool m_mayHaveMissed = false;
    int m_refusalCode = 0;
    QString m_givenOrigin; // the settings' Origin (--origin; empty: derived)
    bool m_originDerived = false; // the Origin header is the endpoint's (no --origin): a redirect changes it
    HttpsRedirect m_redirect;

    std::shared_ptr<ServerClient> m_client;
    QPointer<SnapshotFetch> m_snapshot;
    SnapshotLoader m_loader {m_activity};
    EarlySnapshot m_early {&m_loader}; // the first open()'s early GET (prefetchSnapshot)
    SnapshotRetry m_snapshotRetry {m_settings.retryInitialMs, m_settings.retryMaxMs}; // retrySnapshot
    QTimer m_retryTimer;
    QTimer m_stableTimer;
    ChannelSocket m_socket {m_settings, this}; // reads the settings as the constructor clamped them

    bool m_paused = false;
    // Not yet applied: a burst, or held during a snapshot GET or load, or while paused.
    HeldFrames m_held {m_activity, m_settings, [this] { return holding(); }};
    bool m_requestWhenResumed = false;
};

} // namespace mirage
