// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/tlstrust.h"

#include "base/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mirage {

QList<QSslCertificate> TlsTrust::fromFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read the CA file '%1': %2").arg(path, f.errorString());
        return {};
    }
    const QByteArray data = f.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty() && error)
        *error = QStringLiteral("the CA file '%1' holds no certificate (a PEM file is expected)").arg(path);
    return certificates;
}

QList<QSslCertificate> TlsTrust::fromEnvironment()
{
    QList<QSslCertificate> certificates;
    const QString file = qEnvironmentVariable("SSL_CERT_FILE");
    if (!file.isEmpty())
        certificates += fromFile(file, nullptr);
    const QStringList dirs = qEnvironmentVariable("SSL_CERT_DIR").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &dir : dirs) {
        // OpenSSL looks certificates up by their hashed names (<hash>.0): every file there is one.
        const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Readable);
        for (const QFileInfo &entry : entries)
            certificates += fromFile(entry.filePath(), nullptr);
    }
    return certificates;
}

bool TlsTrust::configure(const QString &caFile, QSslConfiguration *config, QString *error)
{
    QList<QSslCertificate> added = fromEnvironment();
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> given = fromFile(caFile, error);
        if (given.isEmpty())
            return false;
        added += given;
    }
    if (added.isEmpty()) {
        *config = QSslConfiguration(); // null: Qt's default configuration, the system store
        return true;
    }
    qCDebug(lcChannel) << "trusting" << added.size() << "certificate authorities beside the system's";
    *config = adding(QSslConfiguration(), added);
    return true;
}

QSslConfiguration TlsTrust::adding(const QSslConfiguration &base, const QList<QSslCertificate> &added)
{
    if (base.isNull()) {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        // Setting the list turns off Qt's on-demand loading of the system store: the system's are
        // part of the list.
        c.setCaCertificates(QSslConfiguration::systemCaCertificates() + added);
        return c;
    }
    QSslConfiguration c = base;
    c.setCaCertificates(base.caCertificates() + added);
    return c;
}

} // namespace mirage
