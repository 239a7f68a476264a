// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "squidproxy.h"

#include "serverstack.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>
#include <csignal>
#include <unistd.h>

namespace {
const char *kSquid = "/usr/sbin/squid";
const char *kNcsa = "/usr/lib/squid/basic_ncsa_auth";

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}
} // namespace

SquidProxy::SquidProxy() = default;

SquidProxy::~SquidProxy()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_process->processId()), SIGKILL); // its helpers end with their stdin
        m_process->waitForFinished(5000);
    }
}

void SquidProxy::requireCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

bool SquidProxy::available(QString *why)
{
    if (QFileInfo(QString::fromLatin1(kSquid)).isExecutable() && QFileInfo(QString::fromLatin1(kNcsa)).isExecutable())
        return true;
    *why = QStringLiteral("squid is not installed (scripts/bootstrap installs it)");
    return false;
}

QString SquidProxy::url(const QString &user, const QString &password) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    u.setUserName(user);
    u.setPassword(password);
    return u.toString(QUrl::FullyEncoded);
}

bool SquidProxy::writeFiles(QString *error)
{
    const QString dir = m_dir.path();
    // Run as root, squid works as its own user (Debian's `proxy`): it must read these files and
    // write its log here.
    if (::geteuid() == 0)
        QFile::setPermissions(dir,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::WriteOther);
    if (!writeFile(m_dir.filePath(QStringLiteral("hosts")), m_hosts, error))
        return false;
    QByteArray conf = QStringLiteral("http_port 127.0.0.1:%1\n"
                                     "pid_filename none\n"
                                     "cache_log %2/cache.log\n"
                                     "access_log none\n"
                                     "cache_store_log none\n"
                                     "coredump_dir %2\n"
                                     "netdb_filename none\n"
                                     "hosts_file %2/hosts\n"
                                     "dns_nameservers 127.0.0.1\n"
                                     "cache deny all\n"
                                     "cache_mem 8 MB\n"
                                     "shutdown_lifetime 0 seconds\n"
                                     "visible_hostname squid.test\n")
            .arg(m_port)
            .arg(dir)
            .toUtf8();
    if (!m_user.isEmpty()) {
        QProcess openssl; // an Apache MD5 hash, which basic_ncsa_auth reads
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-apr1"), m_password});
        if (!openssl.waitForFinished(10000) || openssl.exitCode() != 0) {
            *error = QStringLiteral("openssl passwd failed");
            return false;
        }
        const QByteArray hash = openssl.readAllStandardOutput().trimmed();
        if (!writeFile(m_dir.filePath(QStringLiteral("htpasswd")), m_user.toUtf8() + ':' + hash + '\n', error))
            return false;
        conf += QStringLiteral("auth_param basic program %1 %2/htpasswd\n"
                               "auth_param basic realm mirage-test\n"
                               "acl authed proxy_auth REQUIRED\n"
                               "http_access allow authed\n"
                               "http_access deny all\n")
                .arg(QString::fromLatin1(kNcsa), dir)
                .toUtf8();
    } else {
        conf += "http_access allow all\n"; // it listens on loopback only
    }
    return writeFile(m_dir.filePath(QStringLiteral("squid.conf")), conf, error);
}

bool SquidProxy::start(QString *error)
{
    if (!available(error))
        return false;
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    m_port = ServerStack::freePort();
    if (!writeFiles(error))
        return false;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->start(
        QString::fromLatin1(kSquid), {QStringLiteral("-N"), QStringLiteral("-f"), m_dir.filePath(QStringLiteral("squid.conf"))});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("squid did not start: ") + m_process->errorString();
        return false;
    }
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning) {
            QFile log(m_dir.filePath(QStringLiteral("cache.log")));
            log.open(QIODevice::ReadOnly);
            *error =
                QStringLiteral("squid exited (code %1): %2").arg(m_process->exitCode()).arg(QString::fromUtf8(log.readAll().right(2000)));
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(1000))
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("squid did not listen within 30 s");
    return false;
}
