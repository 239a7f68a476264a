// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// A squid (Debian's `squid`) for a test: on a free loopback port, with its configuration, logs and
// hosts file in a temporary folder of its own, optionally asking for a user name and password
// (basic_ncsa_auth over an htpasswd file the test makes). It resolves names from its own hosts file
// only (no DNS server but 127.0.0.1), so what a test names reaches loopback and nothing else.
// Stopped by its pid when it goes away.
class SquidProxy
{
public:
    SquidProxy();
    ~SquidProxy();

    // The names squid resolves, as "127.0.0.1 mirage.test" lines; a user and password to require.
    void addHost(const QString &line) { m_hosts += line.toUtf8() + '\n'; }
    void requireCredentials(const QString &user, const QString &password);

    static bool available(QString *why);
    bool start(QString *error);
    quint16 port() const { return m_port; }
    // http://[USER:PASSWORD@]127.0.0.1:PORT, as http_proxy holds it.
    QString url(const QString &user = {}, const QString &password = {}) const;

private:
    bool writeFiles(QString *error);
    QTemporaryDir m_dir;
    QByteArray m_hosts;
    QString m_user, m_password;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};
