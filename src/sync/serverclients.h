// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "sync/tokenscope.h"

#include <QString>
#include <QUrl>
#include <map>
#include <memory>

namespace mirage {

class ServerClient;

// Hands out one ServerClient per server (scheme, host, port): channels and lists of one server
// share it. A client lives as long as someone holds it; all share the one token and its scope.
class ServerClients
{
public:
    ServerClients(TokenScope token, QString tokenQueryName);
    ~ServerClients();

    // The client of the server `url` is on (ws and http name the same server).
    std::shared_ptr<ServerClient> clientFor(const QUrl &url);

private:
    TokenScope m_token;
    QString m_tokenQueryName;
    std::map<QString, std::weak_ptr<ServerClient>> m_clients;
};

} // namespace mirage
