// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace mirage {

// Where a token may go (SPEC §4): only to the server (scheme, host, port) it was given for, and over
// plain ws:// or http:// only to a loopback host unless the user opted in for that server.
// ws and http (wss and https) name the same server. Requests that carry a token follow redirects
// only within its origin.
struct TokenScope
{
    enum class Verdict {
        Send, // the token goes with this request
        NoToken, // there is no token to send
        OtherServer, // the token belongs to another server
        Insecure, // plain ws/http to a host that is not loopback, without the user's opt-in
    };

    QByteArray token; // empty: none. Never logged, never shown.
    QUrl origin; // http(s)://host[:port] the token was given for; empty: no server
    bool insecureAllowed = false; // the user opted in to plain ws/http for `origin`

    bool isEmpty() const { return token.isEmpty(); }
    // The token's server, normalised: ws→http, wss→https, default ports made explicit, no path.
    static QUrl originOf(const QUrl &url);
    static bool isLoopback(const QString &host);
    Verdict verdict(const QUrl &url) const;
    bool allows(const QUrl &url) const { return verdict(url) == Verdict::Send; }
};

} // namespace mirage
