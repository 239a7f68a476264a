// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QSettings;

namespace mirage {

class ServerClients;
class Workspace;

// The window's settings per server (issue #25): a certificate authority file its TLS trusts beside
// the system's (and SSL_CERT_FILE, SSL_CERT_DIR, --ca-file), and the Origin it is sent instead of
// the one derived from its URL. Kept in the settings by server origin (scheme://host:port, as
// tokens are), given to that server's client (ServerClients) for its channels and GETs, and read
// again at every start. A change reconnects the server's activities that stopped on a certificate
// or an Origin refusal. Bad input (a file that cannot be read or holds no certificate, an origin
// that is not http(s)://host[:port]) is said, in the window's language, and nothing changes.
class ServerTrust : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The AppController makes the one ServerTrust")
    // Counts the changes: bindings that read caFile() or origin() depend on it.
    Q_PROPERTY(int revision READ revision NOTIFY changed FINAL)
public:
    // `clients`, `workspace` and `settings` must outlive it.
    ServerTrust(ServerClients *clients, Workspace *workspace, QSettings *settings, QObject *parent = nullptr);

    // Gives every kept server's settings to its client (at start); a CA file that can no longer be
    // read is left out, with a warning in the log.
    void restore();
    int revision() const { return m_revision; }

    // The settings of the server `server` (a URL as typed: its origin counts); empty when none.
    Q_INVOKABLE QString caFile(const QString &server) const;
    Q_INVOKABLE QString origin(const QString &server) const;
    // Sets both (`caFile` a path or a file:// URL; empty clears either). Returns an empty string
    // when they were kept, else why not (and nothing changed).
    Q_INVOKABLE QString apply(const QString &server, const QString &caFile, const QString &origin);
    // Sets the CA file alone (the banner's "Choose a CA file…", a CA handed over by another start).
    Q_INVOKABLE QString setCaFile(const QString &server, const QString &caFile) { return apply(server, caFile, origin(server)); }

    // A CA file another start was given with these links (HandOverRequest): kept for their servers.
    void trustForLinks(const QStringList &links, const QString &caFile);
    // What the settings are kept under: the server's origin (scheme://host:port); empty for no server.
    Q_INVOKABLE QString keyOf(const QString &server) const;
    // The path of a file dialog's URL.
    Q_INVOKABLE QString localFile(const QUrl &url) const { return url.isLocalFile() ? url.toLocalFile() : url.toString(); }

Q_SIGNALS:
    void changed();

private:
    QVariantMap all() const;
    QVariantMap entry(const QString &server) const;
    bool give(const QString &key, const QString &caFile, const QString &origin, QString *why);
    void reconnectStopped(const QString &key);

    ServerClients *m_clients;
    Workspace *m_workspace;
    QSettings *m_settings;
    int m_revision = 0;
};

} // namespace mirage
