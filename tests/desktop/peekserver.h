// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArrayList>
#include <QTcpServer>
#include <QWebSocketServer>
#include <memory>
#include <vector>

class QWebSocket;

// One server (host and port) for both the WebSocket channel and plain HTTP, as the reference
// server is: it keeps the raw head of every request it gets (the handshake, the snapshot GET, the
// activity list) so a test can see which headers and queries reached it. HTTP GETs are answered
// with `activityJson` for /activity/get and an empty list for /api/activities/.
class PeekServer : public QObject
{
    Q_OBJECT
public:
    explicit PeekServer(QObject *parent = nullptr);
    ~PeekServer() override;

    bool listen();
    QString wsBase() const; // ws://127.0.0.1:PORT
    QString httpBase() const; // http://127.0.0.1:PORT
    void setActivityJson(const QByteArray &json) { m_activityJson = json; }
    // What a GET of /api/activities/ answers ("[]" until set).
    void setActivityListJson(const QByteArray &json) { m_activityListJson = json; }
    // From now on a request without `Authorization: Bearer <token>` is refused as the reference
    // server refuses it: a socket closed with 4401, an HTTP 401. Empty: no token needed.
    void setRequiredToken(const QByteArray &token) { m_requiredToken = token; }

    // Sends a text frame to every WebSocket client.
    void send(const QByteArray &text);
    // Closes every WebSocket client with this code and reason.
    void closeAll(int code, const QString &reason);
    QByteArrayList heads() const { return m_heads; }
    // How many requests whose first line contains `part` arrived.
    int count(const QByteArray &part) const;
    // Whether any request head contains `needle` (case-insensitive).
    bool anyHeadContains(const QByteArray &needle) const;

private:
    bool authorised(const QByteArray &head) const;
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_tcp;
    QWebSocketServer m_ws {QStringLiteral("peek"), QWebSocketServer::NonSecureMode};
    std::vector<std::unique_ptr<QWebSocket>> m_peers;
    QByteArrayList m_heads;
    QByteArray m_activityJson;
    QByteArray m_activityListJson = "[]";
    QByteArray m_requiredToken;
    std::vector<bool> m_handshakeRefused; // per handshake handed to m_ws, in order
};
