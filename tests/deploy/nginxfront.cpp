// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "nginxfront.h"

#include "../integration/serverstack.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

NginxFront::NginxFront(quint16 upstreamPort)
    : m_upstream(upstreamPort)
{
}

NginxFront::~NginxFront()
{
    if (m_nginx && m_nginx->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_nginx->processId()), SIGKILL);
        m_nginx->waitForFinished(5000);
    }
}

bool NginxFront::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    QProcess certs;
    certs.setProcessChannelMode(QProcess::MergedChannels);
    certs.start(QStringLiteral(MIRAGEDESK_DEPLOY_DIR "/make-certs"), {m_dir.path()});
    if (!certs.waitForFinished(60000) || certs.exitStatus() != QProcess::NormalExit || certs.exitCode() != 0) {
        *error = QStringLiteral("make-certs failed: ") + QString::fromUtf8(certs.readAll());
        return false;
    }
    m_tlsPort = ServerStack::freePort();
    m_expiredPort = ServerStack::freePort();
    m_wrongNamePort = ServerStack::freePort();
    m_httpPort = ServerStack::freePort();
    m_namedPort = ServerStack::freePort();
    if (!writeConfig(error))
        return false;
    m_nginx = std::make_unique<QProcess>();
    m_nginx->setProcessChannelMode(QProcess::ForwardedChannels);
    // Gone with the test, also when ctest kills it at its timeout (no destructor runs then).
    m_nginx->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    // -e: the log nginx writes before it has read its configuration (not /var/log/nginx).
    m_nginx->start(QStringLiteral("/usr/sbin/nginx"),
        {QStringLiteral("-p"), m_dir.path(),
            QStringLiteral("-c"),
                m_dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-e"), m_dir.filePath(QStringLiteral("error.log"))});
    if (!m_nginx->waitForStarted(10000)) {
        *error =
            QStringLiteral("nginx did not start: ") + m_nginx->errorString() + QStringLiteral(" (scripts/bootstrap installs nginx-light)");
        return false;
    }
    return waitReady(error);
}

bool NginxFront::writeConfig(QString *error)
{
    QDir(m_dir.path()).mkpath(QStringLiteral("tmp"));
    const QString d = m_dir.path();
    // One location set, served by every TLS server block: the root and the prefix /mirage/ (which
    // nginx strips), WebSocket upgrades passed on, the Host kept for Django's ALLOWED_HOSTS.
    const QString locations = QStringLiteral(R"(
        location /mirage/ { proxy_pass http://127.0.0.1:%1/; }
        location / { proxy_pass http://127.0.0.1:%1; }
)")
            .arg(m_upstream);
    auto tls = [&](quint16 port, const char *name) {
        return QStringLiteral("    server {\n        listen 127.0.0.1:%1 ssl;\n        ssl_certificate %2/%3.pem;\n"
                              "        ssl_certificate_key %2/%3.key;\n%4    }\n")
                .arg(port)
                .arg(d, QLatin1String(name), locations);
    };
    const QString config = QStringLiteral(R"(daemon off;
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path %1/tmp/body;
    proxy_temp_path %1/tmp/proxy;
    fastcgi_temp_path %1/tmp/fastcgi;
    uwsgi_temp_path %1/tmp/uwsgi;
    scgi_temp_path %1/tmp/scgi;
    map $http_upgrade $connection_upgrade { default upgrade; '' close; }
    proxy_http_version 1.1;
    proxy_set_header Upgrade $http_upgrade;
    proxy_set_header Connection $connection_upgrade;
    proxy_set_header Host $http_host;
    proxy_read_timeout %2s;
)")
                                              .arg(d)
                                              .arg(m_readTimeoutS)
        + tls(m_tlsPort, "server") + tls(m_expiredPort, "expired") + tls(m_wrongNamePort, "wrongname") + tls(m_namedPort, "named")
        + QStringLiteral("    server {\n        listen 127.0.0.1:%1;\n        return 301 https://$host:%2$request_uri;\n    }\n}\n")
                .arg(m_httpPort)
                .arg(m_tlsPort);
    // Run as root, nginx gives its temporary folders to `nobody`, which a user namespace
    // (tests/integration/in-netns) has no id for: it stays root there, as it is anyway.
    const QString user = ::geteuid() == 0 ? QStringLiteral("user root root;\n") : QString();
    QFile f(m_dir.filePath(QStringLiteral("nginx.conf")));
    if (!f.open(QIODevice::WriteOnly) || f.write((user + config).toUtf8()) < 0) {
        *error = QStringLiteral("cannot write nginx.conf: ") + f.errorString();
        return false;
    }
    return true;
}

bool NginxFront::waitReady(QString *error)
{
    // Through the prefix over TLS, trusting the test CA: the whole chain answers.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caFile()));
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (m_nginx->state() == QProcess::NotRunning) {
            QFile log(m_dir.filePath(QStringLiteral("error.log")));
            log.open(QIODevice::ReadOnly);
            *error = QStringLiteral("nginx exited (code %1): %2").arg(m_nginx->exitCode()).arg(QString::fromUtf8(log.readAll()));
            return false;
        }
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(https(QStringLiteral("/mirage/api/health"))));
        request.setSslConfiguration(tls);
        request.setTransferTimeout(5000);
        QNetworkReply *r = nam.get(request);
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete r;
        if (status == 200)
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("nginx did not answer https://…/mirage/api/health within 30 s");
    return false;
}
