// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <memory>

// The reference server stack of SPEC §8 for a test: one redis-server and N daphne nodes on free
// loopback ports. Every process is stopped by its own pid when the stack goes away, also when a
// test fails.
class ServerStack
{
public:
    explicit ServerStack(int nodes = 2, QByteArray token = {});
    ~ServerStack();

    bool start(QString *error);
    bool stopNode(int i, bool kill = true); // SIGKILL: an abrupt drop for its clients
    bool startNode(int i, QString *error); // on the same port as before

    QString wsUrl(int node = 0) const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_ports.at(node)); }
    QString httpBase(int node = 0) const { return QStringLiteral("http://127.0.0.1:%1").arg(m_ports.at(node)); }

    // The HTTP control API (on node `node`). Returns the status code, 0 on a network error.
    int request(const QByteArray &method, const QString &path, const QByteArray &body = {}, QByteArray *reply = nullptr, int node = 0);
    bool putActivity(const QString &id, const QByteArray &json, int node = 0);
    bool patch(const QString &id, const QByteArray &json, int node = 0);
    bool post(const QString &id, const QByteArray &eventsJson, int node = 0);
    bool closeAll(const QString &id, int code, int node = 0);

    static quint16 freePort();

private:
    bool waitReady(int i, QString *error);
    int m_nodes;
    QByteArray m_token;
    quint16 m_redisPort = 0;
    QList<quint16> m_ports;
    std::unique_ptr<QProcess> m_redis;
    QList<std::shared_ptr<QProcess>> m_daphne;
};
