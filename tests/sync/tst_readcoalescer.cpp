// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// Fewer wake-ups in a burst (sync/ReadCoalescer, issue #14), against a real QWebSocketServer: a
// burst raises the socket's receive low-water mark, and whatever comes after it — a lone frame
// smaller than the mark, after a pause — still arrives, in order, and the mark is back to 1 byte.
// Through the channel too: every frame of a burst and the lone one after it are applied.
#include "protocol/activitystate.h"
#include "sync/activitychannel.h"
#include "sync/channelurl.h"
#include "sync/readcoalescer.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <sys/socket.h>

using namespace mirage;

namespace {
const char *kId = "63b76319-68ef-4412-9dd4-bb2a13315ee2";

QString update(const QString &name)
{
    return QStringLiteral(R"({"id":102,"activity_id":"%1","updated_fields":{"name":"%2"}})").arg(kId, name);
}

int lowWaterMark(QWebSocket &socket)
{
    auto *tcp = socket.findChild<QAbstractSocket *>();
    if (!tcp)
        return -1;
    int mark = -1;
    socklen_t len = sizeof mark;
    if (::getsockopt(int(tcp->socketDescriptor()), SOL_SOCKET, SO_RCVLOWAT, &mark, &len) != 0)
        return -1;
    return mark;
}

// A server that sends `burst` frames at once when a client connects, then, `pauseMs` later, "tail".
struct BurstServer
{
    QWebSocketServer ws {QStringLiteral("t"), QWebSocketServer::NonSecureMode};
    QList<QWebSocket *> peers;
    BurstServer(int burst, int pauseMs)
    {
        ws.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&ws, &QWebSocketServer::newConnection, &ws, [this, burst, pauseMs] {
            QWebSocket *peer = ws.nextPendingConnection();
            peers << peer;
            // Each frame on its own, as the reference server sends them: many small segments.
            for (int i = 0; i < burst; ++i) {
                peer->sendTextMessage(update(QString::number(i)));
                peer->flush();
            }
            QTimer::singleShot(pauseMs, peer, [peer] { peer->sendTextMessage(update(QStringLiteral("tail"))); });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/activities/%2/").arg(ws.serverPort()).arg(QLatin1String(kId))); }
};
} // namespace

class TestReadCoalescer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loneFrameAfterABurstArrives()
    {
        BurstServer server(3000, 300);
        QWebSocket socket;
        ReadCoalescer coalescer(2, 32 * 1024);
        QStringList got;
        bool held = false;
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString &text) {
            got << text;
            coalescer.frameReceived(&socket);
            held = held || (coalescer.holding() && lowWaterMark(socket) == 32 * 1024);
        });
        socket.open(server.url());
        QTRY_COMPARE(got.size(), 3000);
        QVERIFY2(held, "the burst raised the mark"); // else this test shows nothing
        QCOMPARE(got.first(), update(QStringLiteral("0")));
        QCOMPARE(got.last(), update(QStringLiteral("2999")));
        // 120 bytes, far under the 32 KiB mark, 300 ms after the burst: the hold has ended.
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 3001, 3000);
        QCOMPARE(got.last(), update(QStringLiteral("tail")));
        QVERIFY(!coalescer.holding());
        QCOMPARE(lowWaterMark(socket), 1);
    }

    void offChangesNothing()
    {
        BurstServer server(200, 50);
        QWebSocket socket;
        ReadCoalescer coalescer(0, 32 * 1024);
        int got = 0;
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString &) {
            ++got;
            coalescer.frameReceived(&socket);
            QVERIFY(!coalescer.holding());
        });
        socket.open(server.url());
        QTRY_COMPARE(got, 201);
        QCOMPARE(lowWaterMark(socket), 1);
    }

    void channelAppliesABurstAndTheFrameAfterIt()
    {
        BurstServer server(3000, 300);
        ActivityState state;
        state.loadSnapshot(QStringLiteral(R"({"id":"%1","name":"local"})").arg(kId).toStdString());
        ChannelSettings settings;
        settings.snapshot = false;
        settings.pingIntervalMs = 60000;
        QString error;
        ActivityChannel channel(
            *ChannelUrl::resolve(QStringLiteral("ws://127.0.0.1:%1").arg(server.ws.serverPort()), kId, &error), settings, &state);
        int applied = 0;
        QObject::connect(&channel, &ActivityChannel::messagesApplied, [&](const MessageBatch &batch) {
            for (const ReceivedMessage &m : batch)
                applied += m.result.applied ? 1 : 0;
        });
        channel.open();
        QTRY_COMPARE(channel.received(), quint64(3000));
        QCOMPARE(std::string(state.activity().find("name")->toString()), std::string("2999"));
        QTRY_COMPARE_WITH_TIMEOUT(channel.received(), quint64(3001), 3000);
        QCOMPARE(std::string(state.activity().find("name")->toString()), std::string("tail"));
        QCOMPARE(applied, 3001);
    }
};

QTEST_GUILESS_MAIN(TestReadCoalescer)
#include "tst_readcoalescer.moc"
