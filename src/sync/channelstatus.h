// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "protocol/loadproblem.h"
#include "sync/certificateproblem.h"

#include <QMetaType>
#include <QObject>
#include <QString>

namespace mirage {

// Where a channel stands and why, as data (SPEC §4): ConnectionText words it (for
// `watch` and the window alike, sync/connectiontext). Nothing here is a sentence.
struct ChannelStatus
{
    Q_GADGET
public:
    enum class State { Idle, Connecting, Open, Reconnecting, Closed };
    Q_ENUM(State)
    enum class Reason {
        None,
        Connecting, // an attempt starts: `attempt` is 0 for the first, else the retry's number
        Opened, // the handshake succeeded
        ClosedByServer, // the connection closed: closeCode, serverText (the server's close reason)
        NetworkError, // the socket failed: networkError (Qt's text, queries removed)
        PingTimeout, // no pong nor frame within timeoutMs of a ping
        HandshakeTimeout, // no answer to the handshake within timeoutMs
        HandshakeHttp, // the handshake was answered with httpStatus (not a refusal)
        Refused, // for good: closeCode 4401/4403/4404 (+ serverText), or httpStatus 401/403/404
        ClosedByUser,
        // Issue #25, the network: the proxy between client and server failed (proxyProblem, proxy,
        // networkError); retried like a network error.
        Proxy,
        Certificate, // for good (until the user reconnects): the server's certificate was refused: certificate
    };
    Q_ENUM(Reason)
    // What went wrong with the proxy (Reason::Proxy).
    enum class ProxyProblem {
        None,
        NeedsCredentials, // it answered 407 and no user name was given for it
        CredentialsRefused, // it answered 407 to the user name and password given
        Refused, // nothing listens at its address (the connection was refused)
        NotFound, // its name is not known
        TimedOut, // no answer from it
        Closed, // it closed the connection before the server was reached
        Failed, // anything else: networkError
    };
    Q_ENUM(ProxyProblem)

    State state = State::Idle;
    Reason reason = Reason::None;
    int closeCode = 0;
    int httpStatus = 0;
    int timeoutMs = 0;
    int delayMs = 0; // Reconnecting: the delay until the next attempt
    int attempt = 0; // Connecting: 0 the first attempt, n the n-th retry
    QString where; // the channel URL fit to show (ChannelUrl::display)
    QString serverText; // a close reason sent by the server: data, shown as plain text
    QString networkError; // Qt's error string, queries removed
    // Issue #25, the network:
    QString origin; // Refused with HTTP 403 at the handshake: the Origin header that was sent
    QString proxy; // Reason::Proxy: the proxy's host:port (never its user name or password)
    ProxyProblem proxyProblem = ProxyProblem::None;
    CertificateProblem certificate; // Certificate: what is wrong with the server's certificate

    // The code a refusal carries: the close code, or the HTTP status of a refused handshake.
    int refusalCode() const { return closeCode ? closeCode : httpStatus; }
    static ChannelStatus timedOut(Reason reason, int ms)
    {
        ChannelStatus s;
        s.reason = reason;
        s.timeoutMs = ms;
        return s;
    }
    bool operator==(const ChannelStatus &) const = default;
};

// Why a snapshot GET was given up (SPEC §4); the local state is kept.
struct SnapshotFailure
{
    Q_GADGET
public:
    enum class Reason {
        None,
        HttpError, // httpStatus
        NetworkError, // networkError (queries removed); at a proxy, also proxyProblem and proxy
        Timeout, // took longer than timeoutMs
        TooLarge, // over maxBytes
        Rejected, // the body is not an activity: detail (the state's own reason)
        HeldOverflow, // more than maxHeld events or maxHeldBytes arrived meanwhile
        Certificate, // the server's certificate was refused: certificate (never tried again by itself)
    };
    Q_ENUM(Reason)

    Reason reason = Reason::None;
    int httpStatus = 0;
    int timeoutMs = 0;
    qint64 maxBytes = 0;
    int maxHeld = 0;
    qint64 maxHeldBytes = 0;
    QString networkError;
    // NetworkError at the proxy between client and server (issue #25): what went wrong there, and
    // the proxy's host:port (never its user name or password).
    ChannelStatus::ProxyProblem proxyProblem = ChannelStatus::ProxyProblem::None;
    QString proxy;
    LoadProblem loadProblem = LoadProblem::None; // Rejected: why, as a code
    QString detail; // Rejected: the state's English reason (logs, the headless commands)
    CertificateProblem certificate; // Certificate

    bool failed() const { return reason != Reason::None; }
};

} // namespace mirage

Q_DECLARE_METATYPE(mirage::ChannelStatus)
Q_DECLARE_METATYPE(mirage::SnapshotFailure)
