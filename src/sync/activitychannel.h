#pragma once

#include "sync/channelsettings.h"
#include "sync/channelurl.h"
#include "sync/messagebatch.h"
#include "sync/retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>

class QNetworkAccessManager;
class QNetworkRequest;
class QUrl;
class QWebSocket;

namespace mirage {

class ActivityState;
class SnapshotFetch;

// One live activity channel (SPEC §1, §4): connects, keeps the connection alive, reconnects with
// backoff, resyncs from the snapshot, and applies every received frame to an ActivityState.
// Frames are applied in the order received; the results go out once per burst (messagesApplied).
class ActivityChannel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    enum class State { Idle, Connecting, Open, Reconnecting, Closed };
    Q_ENUM(State)

    ActivityChannel(ChannelEndpoint endpoint, ChannelSettings settings, ActivityState *state, QObject *parent = nullptr);
    ~ActivityChannel() override;

    void open();
    void close(); // by the user: no reconnect
    // Stop applying after this many messages (0 = no limit); limitReached() is emitted once.
    void setMessageLimit(quint64 n) { m_limit = n; }

    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    bool updatesMayBeMissed() const { return m_mayHaveMissed; }
    int closeCode() const { return m_refusalCode; }
    quint64 received() const { return m_seq; }
    const ChannelEndpoint &endpoint() const { return m_endpoint; }
    ActivityState &activityState() { return *m_activity; }
    static QString stateName(State s);

Q_SIGNALS:
    void stateChanged(mirage::ActivityChannel::State state, const QString &reason);
    // A retry is scheduled: attempt number (from 1) and the delay until it.
    void retryScheduled(int attempt, int delayMs);
    // Refused for good: 4401/4403/4404, or an HTTP 401/403/404 handshake.
    void refused(int code, const QString &reason);
    void messagesApplied(const mirage::MessageBatch &batch);
    void snapshotApplied();
    void snapshotFailed(const QString &reason);
    void updatesMayBeMissedChanged(bool missed);
    void limitReached();

private:
    QNetworkRequest authorisedRequest(const QUrl &url);
    void dropSnapshot();
    void connectSocket();
    void onConnected();
    void onTextMessage(const QString &text);
    void onBinaryMessage(const QByteArray &data);
    void onSocketError();
    void onDisconnected();
    void socketFinished(const QString &reason, int refusalCode);
    void scheduleReconnect(const QString &reason);
    void setState(State s, const QString &reason);
    void setMayHaveMissed(bool missed);
    void requestSnapshot();
    void onSnapshotFinished(SnapshotFetch *fetch);
    void snapshotGivenUp(const QString &reason);
    void hold(QByteArray text, bool binary);
    void scheduleFlush();
    void flush();
    void dropSocket();

    ChannelEndpoint m_endpoint;
    ChannelSettings m_settings;
    ActivityState *m_activity;
    RetryPolicy m_retry;
    State m_state = State::Idle;
    QString m_reason;
    bool m_mayHaveMissed = false;
    int m_refusalCode = 0;

    QPointer<QWebSocket> m_socket;
    bool m_socketDone = false; // error() and disconnected() may both report one failure
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<SnapshotFetch> m_snapshot;
    int m_tokenWithheld = 0; // reasons already logged (bits)
    QTimer m_retryTimer;
    QTimer m_pingTimer;
    QTimer m_pongDeadline;
    QTimer m_handshakeTimer;
    QTimer m_stableTimer;

    struct Pending
    {
        QByteArray text;
        bool binary = false;
    };
    std::deque<Pending> m_pending; // received, not yet applied (burst, or held during a snapshot GET)
    qint64 m_pendingBytes = 0;
    bool m_flushScheduled = false;
    quint64 m_seq = 0;
    quint64 m_limit = 0;
    bool m_limitReached = false;
};

} // namespace mirage
