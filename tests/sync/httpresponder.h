// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <functional>

class QTcpSocket;

// A tiny HTTP/1.1 server on 127.0.0.1 for the tests: records every request head and answers with
// `respond` (default: 404). Helpers answer slowly, with a big body, or with an endless chunked one.
class HttpResponder : public QTcpServer
{
public:
    HttpResponder();

    QList<QByteArray> heads; // each request's head, as received
    std::function<void(QTcpSocket *, const QByteArray &head)> respond;

    QString base() const; // http://127.0.0.1:PORT
    static QByteArray header(const QByteArray &head, const QByteArray &name); // empty: absent
    static QByteArray target(const QByteArray &head); // "/path?query"

    static void answer(QTcpSocket *s, const QByteArray &status, const QByteArray &body, const QByteArray &extraHeaders = {});
    // The headers at once, then the body one byte every `intervalMs`.
    static void trickle(QTcpSocket *s, const QByteArray &body, int intervalMs);
    // A chunked body that never ends: `chunkBytes` every `intervalMs`; counts what it sent.
    static void endless(QTcpSocket *s, int chunkBytes, int intervalMs, qint64 *sent);
};
