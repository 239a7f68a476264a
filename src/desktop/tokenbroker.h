// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "desktop/tokenvault.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace mirage {

class ActivitySession;
class ServerClients;
class Workspace;

// Finds a token for a server that asked for one (an activity closed with 4401 or answered 401):
// first in the desktop's secret store (TokenVault), then by asking the user (tokenRequested, which
// the window answers with submit()). A token given is bound to that server (ServerClients), kept
// in the secret store — never in the settings — and every refused activity of that server is
// reconnected with it. A token the server refuses again is asked for again. The token itself is
// never logged, never kept here and never handed back to QML.
class TokenBroker : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The AppController makes the one TokenBroker")
    // The server whose token the window is asking for now; empty when none.
    Q_PROPERTY(QString pendingServer READ pendingServer NOTIFY pendingServerChanged FINAL)
public:
    // `clients` and `workspace` must outlive the broker.
    TokenBroker(ServerClients *clients, Workspace *workspace, QObject *parent = nullptr);

    // Follows the session's tokenRequired().
    void watch(ActivitySession *session);
    QString pendingServer() const { return m_pending; }
    TokenVault *vault() { return &m_vault; }

    // The user typed a token for `server` (an http(s) base as ActivitySession::server() names it).
    Q_INVOKABLE void submit(const QString &server, const QString &token);
    // The user declined to give one: the activities stay refused (their banner offers askAgain).
    Q_INVOKABLE void cancel(const QString &server);
    // Asks for the token of `server` again (the banner's "Enter token…").
    Q_INVOKABLE void askAgain(const QString &server);

Q_SIGNALS:
    // The window asks the user for the token of `server` (shown as plain text).
    void tokenRequested(const QString &server);
    void pendingServerChanged();

private:
    enum class Stage { VaultReading, Asking, Settled };
    void onTokenRequired(const QString &server);
    void onVaultRead(const QUrl &server, const QString &token, TokenVault::Status status);
    void ask(const QString &server);
    void use(const QString &server, const QString &token);
    void reconnectRefused(const QString &server);

    ServerClients *m_clients;
    Workspace *m_workspace;
    TokenVault m_vault;
    // Per server (TokenVault::keyOf): where finding its token stands; absent = the vault not asked yet.
    QHash<QString, Stage> m_stage;
    QString m_pending;
};

} // namespace mirage
