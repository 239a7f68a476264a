// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/activitystate.h"
#include "session/activitysession.h"
#include "sync/activitychannel.h"

#include <QDateTime>

// A real ActivitySession for the QML tests whose channel never opens: the test tells what the
// channel says (its own signals, as a socket would make it emit them), and loads, shows a copy or
// deletes the activity as messages would. The banner reads it as the window does.
class ScriptedSession : public mirage::ActivitySession
{
    Q_OBJECT
public:
    explicit ScriptedSession(QObject *parent = nullptr)
        : mirage::ActivitySession(endpoint(), mirage::ChannelSettings {}, parent)
    {
    }

    Q_INVOKABLE void connecting() { say(State::Connecting, status(Reason::Connecting)); }
    Q_INVOKABLE void opened() { say(State::Open, status(Reason::Opened)); }
    Q_INVOKABLE void closed() { say(State::Closed, status(Reason::ClosedByUser)); }
    // The connection failed with Qt's `error`: the `attempt`-th retry in `delayMs`.
    Q_INVOKABLE void dropped(const QString &error, int attempt, int delayMs)
    {
        mirage::ChannelStatus s = status(Reason::NetworkError);
        s.networkError = error;
        s.delayMs = delayMs;
        say(State::Reconnecting, s);
        Q_EMIT channel()->retryScheduled(attempt, delayMs);
    }
    Q_INVOKABLE void refuse(int closeCode, const QString &serverText = QString())
    {
        mirage::ChannelStatus s = status(Reason::Refused);
        s.closeCode = closeCode;
        s.serverText = serverText;
        say(State::Closed, s);
        s.state = State::Closed;
        Q_EMIT channel()->refused(s);
    }
    Q_INVOKABLE void missUpdates(bool missed) { Q_EMIT channel()->updatesMayBeMissedChanged(missed); }
    Q_INVOKABLE bool load()
    {
        const bool ok = loadSnapshot(kActivity).isEmpty();
        flushNow();
        return ok;
    }
    Q_INVOKABLE bool showCopy(const QDateTime &savedAt)
    {
        mirage::ActivityState state;
        if (!state.loadSnapshot(kActivity.toStdString()).empty())
            return false;
        mirage::ActivityCopy copy;
        copy.stateDump = QByteArray::fromStdString(state.dumpJson());
        copy.savedAt = savedAt.toUTC();
        const bool ok = restoreCopy(copy);
        flushNow();
        return ok;
    }
    Q_INVOKABLE void markDeleted()
    {
        feedText(QByteArray(R"({"id":103,"activity_id":")") + kId + "\"}\n");
        flushNow();
    }

private:
    using State = mirage::ChannelStatus::State;
    using Reason = mirage::ChannelStatus::Reason;
    static constexpr const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";
    inline static const QByteArray kActivity =
        R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"A","steps":[{"id":"s1","name":"One"}]})";

    static mirage::ChannelEndpoint endpoint()
    {
        mirage::ChannelEndpoint e;
        e.activityId = QString::fromLatin1(kId);
        e.httpBase = QUrl(QStringLiteral("http://h:8000"));
        return e;
    }
    static mirage::ChannelStatus status(Reason reason)
    {
        mirage::ChannelStatus s;
        s.reason = reason;
        s.where = QStringLiteral("ws://h:8000");
        return s;
    }
    void say(State state, mirage::ChannelStatus s)
    {
        s.state = state;
        Q_EMIT channel()->stateChanged(state, s);
    }
};
