// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "desktop/tokenbroker.h"

#include "base/logging.h"
#include "session/activitysession.h"
#include "session/workspace.h"
#include "sync/channelurl.h"
#include "sync/serverclients.h"

namespace mirage {

TokenBroker::TokenBroker(ServerClients *clients, Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_clients(clients)
    , m_workspace(workspace)
{
    connect(&m_vault, &TokenVault::tokenRead, this, &TokenBroker::onVaultRead);
    connect(&m_vault, &TokenVault::written, this, [](const QUrl &server, TokenVault::Status status) {
        if (status != TokenVault::Status::Done)
            qCWarning(lcApp).noquote() << "the token for" << ChannelUrl::display(server)
                                       << "could not be kept in the secret store:" << status << "- it is used until quit";
    });
}

void TokenBroker::watch(ActivitySession *session)
{
    connect(session->connection(), &ConnectionMirror::tokenRequired, this, [this, session] { onTokenRequired(session->server()); });
}

void TokenBroker::onTokenRequired(const QString &server)
{
    const QString key = TokenVault::keyOf(QUrl(server));
    if (key.isEmpty())
        return;
    const auto it = m_stage.constFind(key);
    if (it == m_stage.constEnd()) {
        // First refusal from this server: the secret store may know its token.
        m_stage.insert(key, Stage::VaultReading);
        qCInfo(lcApp).noquote() << ChannelUrl::display(QUrl(server)) << "wants a token; looking in the secret store";
        m_vault.read(QUrl(server));
        return;
    }
    if (*it == Stage::Settled)
        ask(server); // the token we had was refused: ask for another
    // VaultReading / Asking: the answer on its way serves this activity too.
}

void TokenBroker::onVaultRead(const QUrl &server, const QString &token, TokenVault::Status status)
{
    const QString key = TokenVault::keyOf(server);
    if (m_stage.value(key) != Stage::VaultReading)
        return;
    if (status == TokenVault::Status::Found && !token.isEmpty()) {
        qCInfo(lcApp).noquote() << "using the token kept for" << ChannelUrl::display(server);
        m_stage.insert(key, Stage::Settled);
        use(server.toString(), token);
        return;
    }
    ask(server.toString());
}

void TokenBroker::ask(const QString &server)
{
    m_stage.insert(TokenVault::keyOf(QUrl(server)), Stage::Asking);
    if (!m_pending.isEmpty() && m_pending != server)
        return; // one question at a time; the others are asked for from their banners
    m_pending = server;
    Q_EMIT pendingServerChanged();
    Q_EMIT tokenRequested(server);
}

void TokenBroker::submit(const QString &server, const QString &token)
{
    const QString t = token.trimmed();
    if (t.isEmpty() || TokenVault::keyOf(QUrl(server)).isEmpty())
        return;
    m_stage.insert(TokenVault::keyOf(QUrl(server)), Stage::Settled);
    if (m_pending == server) {
        m_pending.clear();
        Q_EMIT pendingServerChanged();
    }
    m_vault.write(QUrl(server), t);
    use(server, t);
}

void TokenBroker::cancel(const QString &server)
{
    if (m_pending != server)
        return; // answered already (submit), or not asked
    m_stage.insert(TokenVault::keyOf(QUrl(server)), Stage::Settled);
    m_pending.clear();
    Q_EMIT pendingServerChanged();
}

void TokenBroker::askAgain(const QString &server)
{
    if (!TokenVault::keyOf(QUrl(server)).isEmpty())
        ask(server);
}

void TokenBroker::use(const QString &server, const QString &token)
{
    if (!m_clients->setToken(QUrl(server), token)) {
        qCWarning(lcApp).noquote() << "the token for" << ChannelUrl::display(QUrl(server)) << "cannot be used";
        return;
    }
    reconnectRefused(server);
}

void TokenBroker::reconnectRefused(const QString &server)
{
    const QString key = TokenVault::keyOf(QUrl(server));
    for (int i = 0; i < m_workspace->count(); ++i) {
        ActivitySession *s = m_workspace->at(i);
        if (s->connection()->needsToken() && TokenVault::keyOf(QUrl(s->server())) == key)
            s->reconnect();
    }
}

} // namespace mirage
