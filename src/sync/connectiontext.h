// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/channelstatus.h"

#include <QCoreApplication>
#include <QString>

namespace mirage {

// The one wording of a channel's codes (SPEC §4), for every place that shows them: `watch`'s stderr
// lines (no translator installed there: English, byte for byte what scripts read) and the window's
// banner and event log (in the window's language). A formatter below the session on purpose (issue
// #24): the codes are sync's, and one wording cannot drift from another. What the server sent (a
// close reason) is quoted as plain text.
class ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionText)
public:
    // The one-line form (`watch`'s stderr): why the channel is where it is, with the retry delay when
    // reconnecting: "connecting to …", "…; retrying in 0.4 s", "the server refused the connection: …".
    static QString status(const ChannelStatus &status);
    // The window's banner: the reason as full sentences, capitalised, without the retry part (the
    // banner counts down itself); a 4401 says the server needs a token.
    static QString sentence(const ChannelStatus &status);
    // Why the last connection ended (no retry part): "no answer to a ping within 0.30 s: …".
    static QString cause(const ChannelStatus &status);
    static QString snapshotFailure(const SnapshotFailure &failure);
    // `watch`'s warning line for a given-up snapshot.
    static QString snapshotWarning(const SnapshotFailure &failure);
    // The event log's line for a given-up snapshot.
    static QString snapshotLogLine(const SnapshotFailure &failure);
    // A duration: "0.30 s", "1.5 s", "30 s".
    static QString seconds(int ms);
    // What is wrong with a server's certificate (issue #25): which host, the names it holds, until
    // when it is valid, and for an unknown authority how to give it.
    static QString certificate(const CertificateProblem &problem);
    // A proxy that failed (issue #25), for the channel's socket and every GET alike: named by its
    // address (`address`: host:port, never its user name or password), with what went wrong there
    // ("the proxy 127.0.0.1:3128 wants a user name and password (HTTP 407); give them …").
    static QString proxy(ChannelStatus::ProxyProblem problem, const QString &address, const QString &networkError);
    // A server reached over http:// that redirects to https:// (issue #25): followed, and the user
    // is told to give the https URL ("from" and "to": the server URLs, ChannelUrl::display).
    static QString redirect(const QString &from, const QString &to);
};

} // namespace mirage
