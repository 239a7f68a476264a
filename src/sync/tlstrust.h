// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace mirage {

// Which certificate authorities a TLS connection trusts (issue #25): the system's store, and added
// to it those that SSL_CERT_FILE (a PEM file) and SSL_CERT_DIR (directories separated by ':') name,
// as OpenSSL reads them, and the file given with --ca-file. Only more authorities, never fewer
// checks: there is no way to ignore a certificate error. The same configuration goes to the
// WebSocket and to every HTTP request (ServerClient).
class TlsTrust
{
public:
    // The configuration to use: null (Qt's default, the system store) when nothing is added. False
    // with a reason when `caFile` is given and cannot be read or holds no certificate; unreadable
    // SSL_CERT_FILE or SSL_CERT_DIR entries are skipped, as OpenSSL skips them.
    static bool configure(const QString &caFile, QSslConfiguration *config, QString *error);
    // The certificates of SSL_CERT_FILE and SSL_CERT_DIR, but for those of the system's own store
    // (a directory Qt looks certificates up in, or its bundle holding no more than that directory's
    // hashed names), which are trusted already and are not read again.
    static QList<QSslCertificate> fromEnvironment();
    // Where the system's store is taken to be (tests: a folder of their own standing for it; empty:
    // the directories Qt's OpenSSL backend reads on Linux). Not thread-safe: before any use.
    static void setSystemDirectories(const QStringList &dirs);
    // The certificates in a PEM (or DER) file; empty with a reason when there is none.
    static QList<QSslCertificate> fromFile(const QString &path, QString *error);
    // `base` (null: the system's) trusting `added` as well.
    static QSslConfiguration adding(const QSslConfiguration &base, const QList<QSslCertificate> &added);
};

} // namespace mirage
