// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/serverclients.h"

#include "base/logging.h"
#include "sync/channelurl.h"
#include "sync/serverclient.h"
#include "sync/tlstrust.h"

#include <QNetworkAccessManager>

namespace mirage {

ServerClients::ServerClients(TokenScope token, QString tokenQueryName, QSslConfiguration tls)
    : m_token(std::move(token))
    , m_tokenQueryName(std::move(tokenQueryName))
    , m_tls(std::move(tls))
{
}

ServerClients::~ServerClients() = default;

std::shared_ptr<ServerClient> ServerClients::clientFor(const QUrl &url)
{
    const QUrl origin = TokenScope::originOf(url);
    const QString key = origin.toString();
    for (auto it = m_clients.begin(); it != m_clients.end();) // forget the ones nobody holds
        it = it->second.expired() ? m_clients.erase(it) : std::next(it);
    if (auto existing = m_clients[key].lock())
        return existing;
    auto client = std::make_shared<ServerClient>(origin, scopeFor(origin), m_tokenQueryName);
    const auto trust = m_trust.find(key);
    client->setTls(trust != m_trust.end() ? trust->second.tls : m_tls);
    if (trust != m_trust.end())
        client->setOriginHeader(trust->second.originHeader);
    m_clients[key] = client;
    return client;
}

TokenScope ServerClients::scopeFor(const QUrl &origin) const
{
    const auto it = m_tokens.find(origin.toString());
    return it != m_tokens.end() ? it->second : m_token;
}

bool ServerClients::setToken(const QUrl &server, const QString &token, bool insecureAllowed)
{
    const QUrl origin = TokenScope::originOf(server);
    if (origin.isEmpty()) {
        qCWarning(lcChannel).noquote() << "token not set:" << ChannelUrl::display(server) << "names no ws, wss, http or https server";
        return false;
    }
    const QByteArray bytes = token.trimmed().toUtf8();
    if (bytes.contains('\n') || bytes.contains('\r')) {
        qCWarning(lcChannel).noquote() << "token for" << ChannelUrl::display(origin) << "not set: it holds more than one line";
        return false;
    }
    const QString key = origin.toString();
    if (bytes.isEmpty()) {
        m_tokens.erase(key);
    } else {
        TokenScope scope;
        scope.token = bytes;
        scope.origin = origin;
        // The constructor's opt-in for plain ws/http to this server stays with the server.
        scope.insecureAllowed = insecureAllowed || (m_token.insecureAllowed && TokenScope::originOf(m_token.origin) == origin);
        m_tokens[key] = std::move(scope);
    }
    const auto it = m_clients.find(key);
    if (it != m_clients.end()) {
        if (auto client = it->second.lock())
            client->setToken(scopeFor(origin));
    }
    return true;
}

bool ServerClients::setServerTrust(const QUrl &server, const QList<QSslCertificate> &authorities, const QString &originHeader)
{
    const QUrl origin = TokenScope::originOf(server);
    if (origin.isEmpty())
        return false;
    const QString key = origin.toString();
    Trust trust {authorities.isEmpty() ? m_tls : TlsTrust::adding(m_tls, authorities), originHeader};
    const auto it = m_clients.find(key);
    if (it != m_clients.end()) {
        if (auto client = it->second.lock()) {
            client->setTls(trust.tls);
            client->setOriginHeader(trust.originHeader);
            // Qt keeps a server's HTTPS connections with the trust they were made with.
            client->network()->clearConnectionCache();
        }
    }
    if (authorities.isEmpty() && originHeader.isEmpty())
        m_trust.erase(key);
    else
        m_trust[key] = std::move(trust);
    return true;
}

bool ServerClients::hasToken(const QUrl &server) const
{
    const QUrl origin = TokenScope::originOf(server);
    if (origin.isEmpty())
        return false;
    const TokenScope scope = scopeFor(origin);
    return !scope.isEmpty() && TokenScope::originOf(scope.origin) == origin;
}

} // namespace mirage
