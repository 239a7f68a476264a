// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "peekserver.h"

#include <QTcpSocket>
#include <QWebSocket>

PeekServer::PeekServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_tcp.nextPendingConnection())
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
    });
    connect(&m_ws, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *peer = m_ws.nextPendingConnection()) {
            m_peers.emplace_back(peer);
            const bool refuse = !m_handshakeRefused.empty() && m_handshakeRefused.front();
            if (!m_handshakeRefused.empty())
                m_handshakeRefused.erase(m_handshakeRefused.begin());
            if (refuse)
                peer->close(QWebSocketProtocol::CloseCode(4401), QStringLiteral("unauthorized"));
        }
    });
}

PeekServer::~PeekServer() = default;

bool PeekServer::listen()
{
    return m_tcp.listen(QHostAddress::LocalHost, 0);
}

QString PeekServer::wsBase() const
{
    return QStringLiteral("ws://127.0.0.1:%1").arg(m_tcp.serverPort());
}

QString PeekServer::httpBase() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_tcp.serverPort());
}

void PeekServer::send(const QByteArray &text)
{
    for (const auto &peer : m_peers) {
        peer->sendTextMessage(QString::fromUtf8(text));
        peer->flush();
    }
}

void PeekServer::closeAll(int code, const QString &reason)
{
    for (const auto &peer : m_peers)
        peer->close(QWebSocketProtocol::CloseCode(code), reason);
}

int PeekServer::count(const QByteArray &part) const
{
    int n = 0;
    for (const QByteArray &h : m_heads)
        n += h.left(h.indexOf('\n')).contains(part) ? 1 : 0;
    return n;
}

bool PeekServer::anyHeadContains(const QByteArray &needle) const
{
    for (const QByteArray &h : m_heads)
        if (h.toLower().contains(needle.toLower()))
            return true;
    return false;
}

bool PeekServer::authorised(const QByteArray &head) const
{
    if (m_requiredToken.isEmpty())
        return true;
    for (const QByteArray &line : head.split('\n'))
        if (line.trimmed() == "Authorization: Bearer " + m_requiredToken || line.trimmed() == "authorization: Bearer " + m_requiredToken)
            return true;
    return false;
}

void PeekServer::onReadyRead(QTcpSocket *socket)
{
    // Peek, so that a WebSocket handshake can still be read by the QWebSocketServer.
    const QByteArray seen = socket->peek(socket->bytesAvailable());
    const qsizetype end = seen.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray head = seen.left(end);
    m_heads << head;
    if (head.toLower().contains("upgrade: websocket")) {
        m_handshakeRefused.push_back(!authorised(head));
        socket->disconnect(this);
        m_ws.handleConnection(socket);
        return;
    }
    socket->read(end + 4);
    const QByteArray line = head.left(head.indexOf('\r'));
    QByteArray status = "200 OK", body = "[]";
    if (!authorised(head))
        status = "401 Unauthorized", body = "{}";
    else if (line.contains("/activity/get"))
        body = m_activityJson;
    else if (!line.contains("/api/activities/"))
        status = "404 Not Found", body = "{}";
    else
        body = m_activityListJson;
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}
