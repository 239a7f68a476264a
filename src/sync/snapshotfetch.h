// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/channelstatus.h"
#include "sync/proxyfailure.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <string>

class QNetworkAccessManager;
class QNetworkReply;

namespace mirage {

class ActivityState;

// One snapshot GET under an overall deadline and a size cap (SPEC §4): a body trickled slowly, a
// huge one or an endless chunked one is cut off, never buffered without bound. It waits until
// start() (ServerClient queues the GETs of one server); the deadline counts from there.
class SnapshotFetch : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Ok, // body() is the whole 200 answer
        HttpError, // httpStatus() says which
        Failed, // a network error: errorText() (queries removed); at a proxy: failure() names it
        TimedOut, // the overall deadline passed
        TooLarge, // Content-Length or the bytes received went over the cap
        Certificate, // the server's certificate was refused (failure().certificate says why)
    };
    Q_ENUM(Outcome)

    // What Qt's HTTP thread may hold of the body before this object has read it.
    static constexpr qint64 kReadBufferBytes = 1024 * 1024;

    SnapshotFetch(QNetworkAccessManager *nam, const QNetworkRequest &request, int timeoutMs, qint64 maxBytes, QObject *parent = nullptr);
    ~SnapshotFetch() override;

    // Sends the GET and starts the deadline; only once, and not after cancel().
    void start();
    // Not started yet and not cancelled.
    bool waiting() const { return !m_started && !m_cancelled; }
    // Stops the GET (or keeps it from ever starting); finished() is not emitted.
    void cancel();

    Outcome outcome() const { return m_outcome; }
    int httpStatus() const { return m_status; }
    QString errorText() const { return m_errorText; }
    // The whole answer when Ok; ActivityState::kReadPadding zero bytes follow it in its capacity.
    const QByteArray &body() const { return m_body; }
    // Loads body() into `state` as a snapshot, parsed in place (no copy of the text); returns
    // false when the body is not an activity, and then `failure` says why (Rejected).
    bool loadInto(ActivityState &state, SnapshotFailure &failure) const;
    SnapshotFailure failure() const; // reason None when Ok
    int timeoutMs() const { return m_timeoutMs; }
    qint64 maxBytes() const { return m_maxBytes; }

Q_SIGNALS:
    void finished();
    // A started GET let go of its connection (finished, failed, cut off, cancelled or destroyed):
    // once, before finished().
    void released();

private:
    void onReadyRead();
    void onFinished();
    void fail(Outcome outcome);
    void drop();

    QNetworkAccessManager *m_nam;
    QNetworkRequest m_request;
    QPointer<QNetworkReply> m_reply;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_released = false;
    QTimer m_deadline;
    int m_timeoutMs;
    qint64 m_maxBytes;
    Outcome m_outcome = Outcome::Failed;
    int m_status = 0;
    QString m_errorText;
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    QString m_host;
    ProxyFailure m_proxy; // Failed at the proxy
};

} // namespace mirage
