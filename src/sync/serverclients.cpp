// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/serverclients.h"

#include "sync/serverclient.h"

namespace mirage {

ServerClients::ServerClients(TokenScope token, QString tokenQueryName)
    : m_token(std::move(token))
    , m_tokenQueryName(std::move(tokenQueryName))
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
    auto client = std::make_shared<ServerClient>(origin, m_token, m_tokenQueryName);
    m_clients[key] = client;
    return client;
}

} // namespace mirage
