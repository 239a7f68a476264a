// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "session/connectionmirror.h"

#include "sync/activitychannel.h"
#include "sync/connectiontext.h"

#include <QDateTime>

namespace mirage {

ConnectionMirror::ConnectionMirror(ActivityChannel *channel, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_status(channel->status())
{
    connect(channel, &ActivityChannel::stateChanged, this, &ConnectionMirror::onState);
    connect(channel, &ActivityChannel::refused, this, &ConnectionMirror::onRefused);
    connect(channel, &ActivityChannel::retryScheduled, this, [this](int attempt, int delayMs) {
        m_retryAttempt = attempt;
        m_nextRetryAt = QDateTime::currentMSecsSinceEpoch() + delayMs;
        Q_EMIT changed();
    });
    connect(channel, &ActivityChannel::updatesMayBeMissedChanged, this, [this](bool missed) {
        m_mayHaveMissed = missed;
        Q_EMIT changed();
    });
    connect(channel, &ActivityChannel::snapshotFailed, this, [this](const SnapshotFailure &failure) {
        if (failure.reason == SnapshotFailure::Reason::HttpError && failure.httpStatus == 401)
            setNeedsToken();
    });
}

ConnectionMirror::State ConnectionMirror::state() const
{
    switch (m_status.state) {
    case ChannelStatus::State::Idle:
        return Idle;
    case ChannelStatus::State::Connecting:
        return Connecting;
    case ChannelStatus::State::Open:
        return Open;
    case ChannelStatus::State::Reconnecting:
        return Reconnecting;
    case ChannelStatus::State::Closed:
        return m_refused ? Refused : Closed;
    }
    return Idle;
}

QString ConnectionMirror::name(State state)
{
    switch (state) {
    case Idle:
        return QStringLiteral("idle");
    case Connecting:
        return QStringLiteral("connecting");
    case Open:
        return QStringLiteral("open");
    case Reconnecting:
        return QStringLiteral("reconnecting");
    case Closed:
        return QStringLiteral("closed");
    case Refused:
        return QStringLiteral("refused");
    }
    return {};
}

void ConnectionMirror::onState(ChannelStatus::State s, const ChannelStatus &status)
{
    m_status = status;
    m_reason = ConnectionText::sentence(status);
    if (status.reason == ChannelStatus::Reason::Refused || status.reason == ChannelStatus::Reason::Certificate)
        m_refused = true; // refused() follows: the state is a refusal already
    if (s == ChannelStatus::State::Open || s == ChannelStatus::State::Closed)
        m_nextRetryAt = 0;
    if (s == ChannelStatus::State::Open) {
        m_retryAttempt = 0;
        m_wasConnected = true;
    }
    Q_EMIT changed();

    // Only real transitions: an open channel lost, then open again (not every retry's tick).
    if (s == ChannelStatus::State::Open) {
        const bool wasLost = m_lostTold;
        m_wasOpen = true;
        m_lostTold = false;
        if (wasLost)
            Q_EMIT reconnected();
    } else if (s == ChannelStatus::State::Reconnecting && m_wasOpen && !m_lostTold) {
        m_lostTold = true;
        Q_EMIT lost(m_reason);
    } else if (s == ChannelStatus::State::Closed) {
        m_wasOpen = false;
        m_lostTold = false;
    }
}

void ConnectionMirror::onRefused(const ChannelStatus &status)
{
    m_refused = true;
    m_status = status;
    m_reason = ConnectionText::sentence(status);
    m_nextRetryAt = 0;
    Q_EMIT changed();
    Q_EMIT refused(m_reason);
    if (status.refusalCode() == 4401 || status.refusalCode() == 401)
        setNeedsToken();
}

void ConnectionMirror::setNeedsToken()
{
    if (m_needsToken)
        return;
    m_needsToken = true;
    Q_EMIT changed();
    Q_EMIT tokenRequired();
}

void ConnectionMirror::reconnect()
{
    m_refused = false;
    m_needsToken = false;
    Q_EMIT changed();
    m_channel->close();
    m_channel->open();
}

} // namespace mirage
