// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "serverstack.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QThread>
#include <csignal>

ServerStack::ServerStack(int nodes, QByteArray token)
    : m_nodes(nodes)
    , m_token(std::move(token))
{
}

ServerStack::~ServerStack()
{
    for (auto &p : m_daphne) {
        if (p && p->state() != QProcess::NotRunning) {
            ::kill(pid_t(p->processId()), SIGKILL);
            p->waitForFinished(5000);
        }
    }
    if (m_redis && m_redis->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_redis->processId()), SIGKILL);
        m_redis->waitForFinished(5000);
    }
}

quint16 ServerStack::freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

bool ServerStack::start(QString *error)
{
    m_redisPort = freePort();
    m_redis = std::make_unique<QProcess>();
    m_redis->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_redis->setStandardOutputFile(QProcess::nullDevice());
    m_redis->start(QStringLiteral("redis-server"),
        {QStringLiteral("--port"), QString::number(m_redisPort),
            QStringLiteral("--bind"),
                QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(), QStringLiteral("--appendonly"), QStringLiteral("no")});
    if (!m_redis->waitForStarted(10000)) {
        *error = QStringLiteral("redis-server did not start: ") + m_redis->errorString();
        return false;
    }
    for (int i = 0; i < m_nodes; ++i) {
        m_ports.append(freePort());
        m_daphne.append(nullptr);
        if (!startNode(i, error))
            return false;
    }
    return true;
}

bool ServerStack::startNode(int i, QString *error)
{
    auto p = std::make_shared<QProcess>();
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->setStandardOutputFile(QProcess::nullDevice());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MIRAGESRV_TOKEN"), QString::fromUtf8(m_token));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(MIRAGEDESK_SERVER_DIR "/start-node"), {QString::number(m_ports.at(i)), QString::number(m_redisPort)});
    if (!p->waitForStarted(10000)) {
        *error = QStringLiteral("daphne did not start: ") + p->errorString();
        return false;
    }
    m_daphne[i] = p;
    return waitReady(i, error);
}

bool ServerStack::stopNode(int i, bool kill)
{
    auto &p = m_daphne[i];
    if (!p)
        return false;
    ::kill(pid_t(p->processId()), kill ? SIGKILL : SIGTERM);
    const bool ok = p->waitForFinished(10000);
    p.reset();
    return ok;
}

bool ServerStack::waitReady(int i, QString *error)
{
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (m_daphne[i]->state() == QProcess::NotRunning) {
            *error = QStringLiteral("daphne node %1 exited (code %2)").arg(i).arg(m_daphne[i]->exitCode());
            return false;
        }
        if (request("GET", QStringLiteral("/api/health"), {}, nullptr, i) == 200)
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("daphne node %1 did not answer within 30 s").arg(i);
    return false;
}

int ServerStack::request(const QByteArray &method, const QString &path, const QByteArray &body, QByteArray *reply, int node)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(httpBase(node) + path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // A bound on a hung server, not a wait: on a busy 2-core machine the reference server takes
    // more than 15 s to answer a POST of 2,000 events (it hands them to the sockets first).
    req.setTransferTimeout(120000);
    QNetworkReply *r = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply)
        *reply = r->readAll();
    r->deleteLater();
    return status;
}

bool ServerStack::putActivity(const QString &id, const QByteArray &json, int node)
{
    return request("PUT", QStringLiteral("/api/activities/%1/").arg(id), json, nullptr, node) == 200;
}

bool ServerStack::patch(const QString &id, const QByteArray &json, int node)
{
    return request("PATCH", QStringLiteral("/api/activities/%1/").arg(id), json, nullptr, node) == 200;
}

bool ServerStack::post(const QString &id, const QByteArray &eventsJson, int node)
{
    return request("POST", QStringLiteral("/api/activities/%1/events/").arg(id), eventsJson, nullptr, node) == 200;
}

bool ServerStack::closeAll(const QString &id, int code, int node)
{
    return request("POST",
        QStringLiteral("/api/activities/%1/close/").arg(id), QByteArray("{\"code\":") + QByteArray::number(code) + "}", nullptr, node)
        == 200;
}
