// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/channelstatus.h"

#include <QObject>
#include <QString>

namespace mirage {

class ActivityChannel;

// Where a session's live channel stands, as the window shows it (issue #24): a state the QML
// compares as an enum (Connection.Open), the reason worded (ConnectionText), the retry's time and
// attempt, and whether a token is wanted. Fed by the channel's signals alone; it knows no session.
// It also tells the transitions the event log writes (lost, reconnected, refused).
class ConnectionMirror : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed FINAL)
    // Why the channel is where it is, in sentences (ConnectionText::sentence); empty when open.
    Q_PROPERTY(QString reason READ reason NOTIFY changed FINAL)
    // The close code or HTTP status of a refusal (0: none). (The reason's code, reasonCode(), is for
    // C++ only: as a property it registered ChannelStatus's enums in QML, whose values clash.)
    Q_PROPERTY(int refusalCode READ refusalCode NOTIFY changed FINAL)
    // When the next attempt starts (ms since the epoch; 0: none pending), and its number (from 1).
    Q_PROPERTY(double nextRetryAt READ nextRetryAt NOTIFY changed FINAL)
    Q_PROPERTY(int retryAttempt READ retryAttempt NOTIFY changed FINAL)
    Q_PROPERTY(bool updatesMayBeMissed READ updatesMayBeMissed NOTIFY changed FINAL)
    // The channel was open at some time in this run (the banner says "Connection lost" only then).
    Q_PROPERTY(bool wasConnected READ wasConnected NOTIFY changed FINAL)
    // The server wants a (valid) token: it closed with 4401 or answered 401. Cleared by reconnect().
    Q_PROPERTY(bool needsToken READ needsToken NOTIFY changed FINAL)
    // Stopped for the server's certificate (the window offers a CA file), or for the Origin it
    // sent (HTTP 403 at the handshake: the server's settings take another) (issue #25).
    Q_PROPERTY(bool certificateRefused READ certificateRefused NOTIFY changed FINAL)
    Q_PROPERTY(bool originRefused READ originRefused NOTIFY changed FINAL)
public:
    // The channel's states, with a refusal apart from a close.
    enum State { Idle, Connecting, Open, Reconnecting, Closed, Refused };
    Q_ENUM(State)

    explicit ConnectionMirror(ActivityChannel *channel, QObject *parent = nullptr);

    State state() const;
    QString reason() const { return m_reason; }
    ChannelStatus::Reason reasonCode() const { return m_status.reason; }
    int refusalCode() const { return m_refused ? m_status.refusalCode() : 0; }
    double nextRetryAt() const { return double(m_nextRetryAt); }
    int retryAttempt() const { return m_retryAttempt; }
    bool updatesMayBeMissed() const { return m_mayHaveMissed; }
    bool wasConnected() const { return m_wasConnected; }
    bool needsToken() const { return m_needsToken; }
    bool certificateRefused() const { return m_status.reason == ChannelStatus::Reason::Certificate; }
    bool originRefused() const
    {
        return m_refused && m_status.reason == ChannelStatus::Reason::Refused && !m_status.closeCode && m_status.httpStatus == 403;
    }

    // Tries again now: forgets a refusal and the token request, closes and opens the channel.
    Q_INVOKABLE void reconnect();

    // The state's name for logs and the sidebar's accessible text ("open", "refused", …).
    static QString name(State state);

Q_SIGNALS:
    void changed();
    // needsToken became true: the window asks for the server's token (or finds it in the vault).
    void tokenRequired();
    // The transitions the event log tells: an open channel dropped (once until it is open again),
    // open again after that, refused for good (the reason worded).
    void lost(const QString &reason);
    void reconnected();
    void refused(const QString &reason);

private:
    void onState(ChannelStatus::State s, const ChannelStatus &status);
    void onRefused(const ChannelStatus &status);
    void setNeedsToken();

    ActivityChannel *m_channel;
    ChannelStatus m_status;
    QString m_reason;
    qint64 m_nextRetryAt = 0;
    int m_retryAttempt = 0;
    bool m_mayHaveMissed = false, m_refused = false, m_needsToken = false, m_wasConnected = false;
    // For the transitions: the channel was open since it was last closed; "lost" was told.
    bool m_wasOpen = false, m_lostTold = false;
};

} // namespace mirage
