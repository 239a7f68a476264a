// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QUrl>
#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace mirage {

// The servers' tokens in the desktop's secret store (Secret Service, KWallet, … through QtKeychain),
// one per server origin (scheme://host:port, as TokenScope::originOf normalises it: ws and http name
// the same server). Never in the settings file, never in a log: the log names the origin and the
// status only. Every call answers once, later, with its signal; a secret store that does not answer
// within timeout() counts as Unavailable.
class TokenVault : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Found, // read: the token is there
        NotFound, // read: no token for this server
        Done, // write, forget: done (forgetting a server without a token is done too)
        Unavailable, // no secret store, or it is locked, or access was denied, or it did not answer
        Error, // the server is not an http(s)/ws(s) URL with a host, or the store failed otherwise
    };
    Q_ENUM(Status)

    static constexpr auto serviceName = "io.github.miragedesk.miragedesk";

    explicit TokenVault(QObject *parent = nullptr);

    void read(const QUrl &server);
    void write(const QUrl &server, const QString &token);
    void forget(const QUrl &server);

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // The key a server's token is stored under: its origin, or empty when it has none.
    static QString keyOf(const QUrl &server);

signals:
    // `server` is the URL as given; `token` is empty unless status is Found.
    void tokenRead(const QUrl &server, const QString &token, mirage::TokenVault::Status status);
    void written(const QUrl &server, mirage::TokenVault::Status status);
    void forgotten(const QUrl &server, mirage::TokenVault::Status status);

private:
    // Emits the call's signal with the store's answer and returns the status it emitted.
    using Finish = std::function<Status(QKeychain::Job *job, Status status)>;
    void run(QKeychain::Job *job, const char *what, Finish finish);
    void failLater(const char *what, Finish finish);

    std::chrono::milliseconds m_timeout {60000};
};

} // namespace mirage
