// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "httpresponder.h"

#include <QTcpSocket>
#include <QTimer>

HttpResponder::HttpResponder()
{
    listen(QHostAddress::LocalHost, 0);
    respond = [](QTcpSocket *s, const QByteArray &) { answer(s, "404 Not Found", "no"); };
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = nextPendingConnection()) {
            auto *buffer = new QByteArray;
            connect(s, &QObject::destroyed, [buffer] { delete buffer; });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                *buffer += s->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end + 4);
                buffer->remove(0, end + 4);
                heads.append(head);
                respond(s, head);
            });
        }
    });
}

QString HttpResponder::base() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

QByteArray HttpResponder::header(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray HttpResponder::target(const QByteArray &head)
{
    const QList<QByteArray> parts = head.left(head.indexOf('\r')).split(' ');
    return parts.size() >= 2 ? parts.at(1) : QByteArray();
}

void HttpResponder::answer(QTcpSocket *s, const QByteArray &status, const QByteArray &body, const QByteArray &extraHeaders)
{
    s->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
        + extraHeaders + "\r\n" + body);
}

void HttpResponder::trickle(QTcpSocket *s, const QByteArray &body, int intervalMs)
{
    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
    auto *timer = new QTimer(s);
    auto *pos = new qsizetype(0);
    connect(timer, &QObject::destroyed, [pos] { delete pos; });
    connect(timer, &QTimer::timeout, s, [s, body, pos, timer] {
        if (*pos >= body.size()) {
            timer->stop();
            return;
        }
        s->write(body.mid((*pos)++, 1));
    });
    timer->start(intervalMs);
}

void HttpResponder::endless(QTcpSocket *s, int chunkBytes, int intervalMs, qint64 *sent)
{
    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    auto *timer = new QTimer(s);
    const QByteArray chunk = QByteArray::number(chunkBytes, 16) + "\r\n" + QByteArray(chunkBytes, ' ') + "\r\n";
    connect(timer, &QTimer::timeout, s, [s, chunk, chunkBytes, sent] {
        if (s->state() != QAbstractSocket::ConnectedState)
            return;
        s->write(chunk);
        *sent += chunkBytes;
    });
    timer->start(intervalMs);
}
