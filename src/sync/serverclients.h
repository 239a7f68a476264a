// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/tokenscope.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <map>
#include <memory>

namespace mirage {

class ServerClient;

// Hands out one ServerClient per server (scheme, host, port): channels and lists of one server
// share it. A client lives as long as someone holds it. Tokens are per server: the one given at
// construction (the command line's) for its origin, and any bound with setToken; a server's token
// goes only to that server, and over plain ws/http only to loopback (TokenScope).
class ServerClients
{
public:
    // `tls`: the certificate authorities every client trusts (TlsTrust; null: the system's).
    ServerClients(TokenScope token, QString tokenQueryName, QSslConfiguration tls = {});
    ~ServerClients();

    // The client of the server `url` is on (ws and http name the same server).
    std::shared_ptr<ServerClient> clientFor(const QUrl &url);

    // Binds `token` to the server `server` is on; empty: forgets it (the constructor's token, if it
    // is for this server, applies again). The server's existing client and channels use it from
    // their next connection or request. Plain ws/http to a host that is not loopback carries it only
    // if `insecureAllowed` (or the constructor's token allowed it for this server). False, and nothing changes, when `server` names no server or the token
    // spans lines. The token is never logged.
    bool setToken(const QUrl &server, const QString &token, bool insecureAllowed = false);
    // A token is bound to the server `server` is on (by setToken or the constructor).
    bool hasToken(const QUrl &server) const;
    // The window's settings for the server `server` is on (issue #25): certificate authorities it
    // trusts beside everyone's (TlsTrust), and the Origin header it is sent (empty: the channel's).
    // Its client and channels use them from their next connection or request. False when `server`
    // names no server.
    bool setServerTrust(const QUrl &server, const QList<QSslCertificate> &authorities, const QString &originHeader);

private:
    TokenScope scopeFor(const QUrl &origin) const;

    TokenScope m_token;
    QString m_tokenQueryName;
    QSslConfiguration m_tls;
    std::map<QString, std::weak_ptr<ServerClient>> m_clients;
    std::map<QString, TokenScope> m_tokens; // by origin, from setToken
    struct Trust
    {
        QSslConfiguration tls;
        QString originHeader;
    };
    std::map<QString, Trust> m_trust; // by origin, from setServerTrust
};

} // namespace mirage
