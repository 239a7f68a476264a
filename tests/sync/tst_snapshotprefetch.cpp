// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// ChannelSettings::prefetchSnapshot (issue #14): the window GETs the snapshot at once, before its
// socket is open, and shows it; the resync after the handshake is still made, and only applied
// again when it differs. Real sockets: a QWebSocketServer that accepts late, and an HTTP server.
#include "httpresponder.h"
#include "protocol/activitystate.h"
#include "protocol/jsonarray.h"
#include "protocol/jsonvalue.h"
#include "sync/activitychannel.h"
#include "sync/channelurl.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace mirage;

namespace {
const QString kId = QStringLiteral("63b76319-68ef-4412-9dd4-bb2a13315ee2");

QByteArray activity(const char *name)
{
    return QStringLiteral(R"({"id":"%1","name":"%2","steps":[{"id":"s1","name":"old"},{"id":"s2"}]})") .arg(kId, QLatin1String(name)).toUtf8();
}

std::string nameOf(const ActivityState &state)
{
    const JsonValue *name = state.activity().find("name");
    return name ? std::string(name->toString()) : std::string();
}
} // namespace

class TestSnapshotPrefetch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shownBeforeTheSocketAndNotAppliedTwice();
    void aChangedResyncIsApplied();
    void offByDefault();

private:
    // Answers the n-th snapshot GET (from 0) with bodies[n] (the last one after that).
    static void serve(HttpResponder *http, QList<QByteArray> bodies)
    {
        http->respond = [http, bodies](QTcpSocket *s, const QByteArray &) {
            HttpResponder::answer(s, "200 OK", bodies.at(std::min<qsizetype>(http->heads.size() - 1, bodies.size() - 1)));
        };
    }
    static ChannelSettings settings(const HttpResponder &http, bool prefetch)
    {
        ChannelSettings s;
        s.snapshotTemplate = http.base() + QStringLiteral("/activity/get?activity_id={id}");
        s.prefetchSnapshot = prefetch;
        s.pingIntervalMs = 60000;
        return s;
    }
    static ChannelEndpoint endpoint(quint16 port)
    {
        QString error;
        return *ChannelUrl::resolve(QStringLiteral("ws://127.0.0.1:%1").arg(port), kId, &error);
    }
};

void TestSnapshotPrefetch::shownBeforeTheSocketAndNotAppliedTwice()
{
    QWebSocketServer ws(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
    QVERIFY(ws.listen(QHostAddress::LocalHost, 0));
    ws.pauseAccepting(); // the handshake waits: the window is still loading its QML
    QSignalSpy conns(&ws, &QWebSocketServer::newConnection);
    HttpResponder http;
    serve(&http, {activity("A")});
    ActivityState state;
    ActivityChannel channel(endpoint(ws.serverPort()), settings(http, true), &state);
    QSignalSpy applied(&channel, &ActivityChannel::snapshotApplied);
    channel.open();
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(channel.state(), ActivityChannel::State::Connecting); // shown before the socket is open
    QCOMPARE(nameOf(state), std::string("A"));
    QCOMPARE(http.heads.size(), 1);

    ws.resumeAccepting();
    QTRY_COMPARE(channel.state(), ActivityChannel::State::Open);
    QTRY_COMPARE(http.heads.size(), 2); // the resync after the handshake is still made
    QTRY_COMPARE(conns.count(), 1);
    QWebSocket *peer = ws.nextPendingConnection();
    QVERIFY(peer);
    peer->sendTextMessage(
        QStringLiteral(R"({"id":102,"activity_id":"%1","updated_fields":{"steps":[{"id":"s1","name":"live edit"}]}})").arg(kId));
    QTRY_COMPARE(state.appliedCount(), uint64_t(1)); // held during the resync, then applied
    QCOMPARE(state.activity().find("steps")->asArray().at(0)->find("name")->toString(), std::string("live edit"));
    QCOMPARE(applied.count(), 1); // the same body: not parsed and applied again
    QVERIFY(!channel.updatesMayBeMissed());
}

void TestSnapshotPrefetch::aChangedResyncIsApplied()
{
    QWebSocketServer ws(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
    QVERIFY(ws.listen(QHostAddress::LocalHost, 0));
    ws.pauseAccepting();
    HttpResponder http;
    serve(&http, {activity("A"), activity("B")});
    ActivityState state;
    ActivityChannel channel(endpoint(ws.serverPort()), settings(http, true), &state);
    QSignalSpy applied(&channel, &ActivityChannel::snapshotApplied);
    channel.open();
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(nameOf(state), std::string("A"));
    ws.resumeAccepting();
    QTRY_COMPARE(applied.count(), 2); // changed on the server meanwhile: applied
    QCOMPARE(nameOf(state), std::string("B"));
    QCOMPARE(http.heads.size(), 2);
}

void TestSnapshotPrefetch::offByDefault()
{
    // watch and the tests keep SPEC's order: no GET before the socket is open.
    QWebSocketServer ws(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
    QVERIFY(ws.listen(QHostAddress::LocalHost, 0));
    ws.pauseAccepting();
    HttpResponder http;
    serve(&http, {activity("A")});
    ActivityState state;
    ActivityChannel channel(endpoint(ws.serverPort()), settings(http, false), &state);
    channel.open();
    QTest::qWait(300);
    QCOMPARE(http.heads.size(), 0);
    ws.resumeAccepting();
    QTRY_COMPARE(http.heads.size(), 1);
    QTRY_COMPARE(nameOf(state), std::string("A"));
}

QTEST_GUILESS_MAIN(TestSnapshotPrefetch)
#include "tst_snapshotprefetch.moc"
