// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// nginx (nginx-light) in front of a reference server node, as a MIRAGE-XR server is deployed
// (issue #25), on free loopback ports, with certificates the test makes with openssl
// (make-certs): TLS with a private CA, the server under the path prefix /mirage/ as well as at
// the root, the same server with an expired certificate and with one for another name, and a
// plain http server block that answers everything with nginx's usual 301 to https, and the server
// with a certificate for mirage.test (the name tests/integration/in-netns gives). Stopped by its
// pid when it goes away, also when a test fails.
class NginxFront
{
public:
    explicit NginxFront(quint16 upstreamPort);
    ~NginxFront();

    // nginx's proxy_read_timeout (how long a proxied connection may be silent); before start().
    void setReadTimeout(int seconds) { m_readTimeoutS = seconds; }
    bool start(QString *error);

    QString https(const QString &path = {}) const { return url("https", m_tlsPort, path); }
    QString expired(const QString &path = {}) const { return url("https", m_expiredPort, path); }
    QString wrongName(const QString &path = {}) const { return url("https", m_wrongNamePort, path); }
    QString http(const QString &path = {}) const { return url("http", m_httpPort, path); }
    // The ports of https() and of the server whose certificate is for mirage.test only.
    quint16 tlsPort() const { return m_tlsPort; }
    quint16 namedPort() const { return m_namedPort; }
    // The test CA (PEM), a directory holding it under its hash name (SSL_CERT_DIR), and the
    // validity of the certificates as openssl made them.
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString caDir() const { return m_dir.filePath(QStringLiteral("hashed")); }
    QString certificateFile(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".pem")); }

private:
    static QString url(const char *scheme, quint16 port, const QString &path)
    {
        return QStringLiteral("%1://127.0.0.1:%2%3").arg(QLatin1String(scheme)).arg(port).arg(path);
    }
    bool writeConfig(QString *error);
    bool waitReady(QString *error);

    quint16 m_upstream;
    int m_readTimeoutS = 600;
    quint16 m_tlsPort = 0, m_expiredPort = 0, m_wrongNamePort = 0, m_httpPort = 0, m_namedPort = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_nginx;
};
