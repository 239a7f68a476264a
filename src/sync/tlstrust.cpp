// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "sync/tlstrust.h"

#include "base/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace mirage {

namespace {
// Where Qt 6's OpenSSL backend takes the system's certificate authorities from on Linux
// (QSslSocketPrivate::unixRootCertDirectories, private): with a null configuration it looks them
// up there on demand by their hashed names, as OpenSSL reads SSL_CERT_DIR, and
// QSslConfiguration::systemCaCertificates() reads every *.pem and *.crt file there. So an
// SSL_CERT_DIR that is one of these directories adds nothing while Qt looks up on demand
// (systemDirectoryExtras: what a list must add), nor does an SSL_CERT_FILE that is their bundle
// (Debian's /etc/ssl/certs/ca-certificates.crt, of the very certificates the hashed names point to,
// both written by update-ca-certificates) unless a CA was appended to it (isSystemBundle); and
// reading them would cost ~0.3 s of CPU at every start of `watch` or the window on a machine that
// names its system store in both variables (issue #26: 290 certificates parsed twice over, then
// the whole store a third time for the list that keeps it).
QStringList g_systemDirectories; // set by tests (TlsTrust::setSystemDirectories)

const QStringList &systemDirectories()
{
    if (!g_systemDirectories.isEmpty())
        return g_systemDirectories;
    static const QStringList dirs = [] {
        QStringList found;
        for (const char *dir : {"/etc/ssl/certs", "/usr/lib/ssl/certs", "/usr/share/ssl", "/usr/local/ssl", "/var/ssl/certs",
                 "/usr/local/ssl/certs", "/opt/openssl/certs"}) {
            const QString canonical = QFileInfo(QString::fromLatin1(dir)).canonicalFilePath();
            if (!canonical.isEmpty() && !found.contains(canonical))
                found.append(canonical);
        }
        return found;
    }();
    return dirs;
}

bool isSystemDirectory(const QString &dir)
{
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    return !canonical.isEmpty() && systemDirectories().contains(canonical);
}

bool isSystemFile(const QString &file)
{
    const QFileInfo canonical(QFileInfo(file).canonicalFilePath());
    const QString name = canonical.fileName();
    return !name.isEmpty() && (name.endsWith(QLatin1String(".pem")) || name.endsWith(QLatin1String(".crt")))
        && systemDirectories().contains(canonical.path());
}

// OpenSSL's names in a certificate directory: <8 hex digits of the subject's hash>.<n>.
bool isHashedName(const QString &name)
{
    static const QRegularExpression hashed(QStringLiteral("^[0-9a-f]{8}\\.[0-9]+$"));
    return hashed.match(name).hasMatch();
}

QStringList hashedNames(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Readable);
    names.removeIf([](const QString &name) { return !isHashedName(name); });
    return names;
}

// A file of the system's directory (ca-certificates.crt) that adds nothing to what the directory's
// hashed names give: update-ca-certificates writes both from one list, so it holds as many
// certificates as there are names. One that holds more (a CA appended by hand, as containers do)
// is read: OpenSSL would trust it. Counting costs a read of the file, not a parse.
bool isSystemBundle(const QString &file)
{
    if (!isSystemFile(file))
        return false;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const qsizetype inFile = f.readAll().count("-----BEGIN CERTIFICATE-----");
    return inFile <= hashedNames(QFileInfo(QFileInfo(file).canonicalFilePath()).path()).size();
}

QStringList environmentDirectories()
{
    return qEnvironmentVariable("SSL_CERT_DIR").split(QLatin1Char(':'), Qt::SkipEmptyParts);
}

// What a list of certificates must add to QSslConfiguration::systemCaCertificates() (every *.pem and
// *.crt of the system's directories) for an SSL_CERT_DIR that is a system directory: its hashed
// names that are not links to such a file beside them (a link made by hand to a CA elsewhere).
// With no list, Qt looks the hashed names up on demand and nothing is missing.
QList<QSslCertificate> systemDirectoryExtras()
{
    QList<QSslCertificate> extras;
    for (const QString &dir : environmentDirectories()) {
        if (!isSystemDirectory(dir))
            continue;
        const QDir d(dir);
        for (const QString &name : hashedNames(dir)) {
            const QString target = QFile::symLinkTarget(d.filePath(name)); // one link, absolute
            const QFileInfo to(target);
            const bool beside = !target.isEmpty() && QFileInfo(to.path()).canonicalFilePath() == QFileInfo(dir).canonicalFilePath()
                && (to.fileName().endsWith(QLatin1String(".pem")) || to.fileName().endsWith(QLatin1String(".crt")));
            if (!beside)
                extras += TlsTrust::fromFile(d.filePath(name), nullptr);
        }
    }
    return extras;
}
} // namespace

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
    if (!file.isEmpty() && !isSystemBundle(file))
        certificates += fromFile(file, nullptr);
    for (const QString &dir : environmentDirectories()) {
        if (isSystemDirectory(dir))
            continue; // the system's store: trusted as it is

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

void TlsTrust::setSystemDirectories(const QStringList &dirs)
{
    g_systemDirectories.clear();
    for (const QString &dir : dirs)
        g_systemDirectories.append(QFileInfo(dir).canonicalFilePath());
}

QSslConfiguration TlsTrust::adding(const QSslConfiguration &base, const QList<QSslCertificate> &added)
{
    if (base.isNull()) {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        // Setting the list turns off Qt's on-demand loading of the system store: the system's are
        // part of the list.
        c.setCaCertificates(QSslConfiguration::systemCaCertificates() + systemDirectoryExtras() + added);
        return c;
    }
    QSslConfiguration c = base;
    c.setCaCertificates(base.caCertificates() + added);
    return c;
}

} // namespace mirage
