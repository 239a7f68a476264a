// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// The token against real servers on 127.0.0.1 (SPEC §4): it never reaches another port, neither on
// the handshake nor on the snapshot GET nor through a redirect; the Open dialog's server list
// authenticates the same way as the channel.
#include "httpresponder.h"
#include "protocol/activitystate.h"
#include "session/serveractivitiesmodel.h"
#include "sync/activitychannel.h"
#include "sync/channelurl.h"
#include "sync/connectiontext.h"
#include "sync/serverclients.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <memory>

using namespace mirage;

namespace {
const QString kId = QStringLiteral("63b76319-68ef-4412-9dd4-bb2a13315ee2");
const QByteArray kSnapshot = QStringLiteral(R"({"id":"%1","name":"from snapshot"})").arg(kId).toUtf8();

ChannelSettings settings(const QString &tokenOrigin, const QString &snapshotBase, const QString &queryName)
{
    ChannelSettings s;
    s.retryInitialMs = 50;
    s.retryMaxMs = 200;
    s.pingIntervalMs = 60000;
    s.snapshotTemplate = snapshotBase + QStringLiteral("/snap?id={id}");
    s.token.token = "tok-123";
    s.token.origin = QUrl(tokenOrigin);
    s.tokenQueryName = queryName;
    return s;
}

ChannelEndpoint endpointFor(quint16 port)
{
    QString error;
    return *ChannelUrl::resolve(QStringLiteral("ws://127.0.0.1:%1").arg(port), kId, &error);
}

// Collects what the channel logs, to count lines and look for the token in them.
QStringList g_log;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}
} // namespace

class TestChannelTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenStaysWithItsServer_data()
    {
        QTest::addColumn<QString>("queryName");
        QTest::newRow("bearer header") << QString();
        QTest::newRow("query parameter") << QStringLiteral("token");
    }

    void tokenStaysWithItsServer()
    {
        // The socket is on port A, the snapshot on port H; the token was given for port B.
        QFETCH(QString, queryName);
        QWebSocketServer ws(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
        QVERIFY(ws.listen(QHostAddress::LocalHost, 0));
        HttpResponder http;
        http.respond = [](QTcpSocket *s, const QByteArray &) { HttpResponder::answer(s, "200 OK", kSnapshot); };
        HttpResponder tokenServer; // a real, different port
        ActivityState state;
        ActivityChannel channel(endpointFor(ws.serverPort()), settings(tokenServer.base(), http.base(), queryName), &state);
        QSignalSpy snap(&channel, &ActivityChannel::snapshotApplied);
        QSignalSpy conns(&ws, &QWebSocketServer::newConnection);
        g_log.clear();
        const auto previous = qInstallMessageHandler(collect);
        channel.open();
        QTRY_COMPARE(conns.count(), 1);
        std::unique_ptr<QWebSocket> peer(ws.nextPendingConnection());
        QTRY_COMPARE(snap.count(), 1);
        qInstallMessageHandler(previous);

        QVERIFY(!peer->request().hasRawHeader("Authorization"));
        QVERIFY(!peer->requestUrl().toString().contains("tok-123"));
        QCOMPARE(http.heads.size(), 1);
        QVERIFY2(!http.heads.at(0).contains("tok-123"), http.heads.at(0));
        QVERIFY(HttpResponder::header(http.heads.at(0), "Authorization").isEmpty());
        QVERIFY(tokenServer.heads.isEmpty());
        // Said once, with the reason, and without the token.
        QCOMPARE(g_log.filter("token withheld").size(), 1);
        QVERIFY(g_log.filter("token withheld").at(0).contains("another server"));
        QVERIFY(g_log.filter("tok-123").isEmpty());
    }

    void tokenGoesToItsOwnServer()
    {
        // The control: the same channel with the token given for the snapshot's server sends it there.
        QWebSocketServer ws(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
        QVERIFY(ws.listen(QHostAddress::LocalHost, 0));
        HttpResponder http;
        http.respond = [](QTcpSocket *s, const QByteArray &) { HttpResponder::answer(s, "200 OK", kSnapshot); };
        ActivityState state;
        ActivityChannel channel(endpointFor(ws.serverPort()), settings(http.base(), http.base(), QString()), &state);
        QSignalSpy snap(&channel, &ActivityChannel::snapshotApplied);
        channel.open();
        QTRY_COMPARE(snap.count(), 1);
        QCOMPARE(HttpResponder::header(http.heads.at(0), "Authorization"), QByteArray("Bearer tok-123"));
    }

    void redirectStaysWithinTheTokensOrigin()
    {
        // The token's server answers the snapshot with a 302 to another port: that port must not
        // see the token, and the channel keeps its state and goes on.
        QWebSocketServer ws(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
        QVERIFY(ws.listen(QHostAddress::LocalHost, 0));
        HttpResponder elsewhere;
        elsewhere.respond = [](QTcpSocket *s, const QByteArray &) { HttpResponder::answer(s, "200 OK", kSnapshot); };
        HttpResponder own;
        own.respond = [&](QTcpSocket *s, const QByteArray &) {
            HttpResponder::answer(s, "302 Found", "", "Location: " + elsewhere.base().toUtf8() + "/snap?id=x\r\n");
        };
        ActivityState state;
        ActivityChannel channel(endpointFor(ws.serverPort()), settings(own.base(), own.base(), QString()), &state);
        QSignalSpy failed(&channel, &ActivityChannel::snapshotFailed);
        QSignalSpy applied(&channel, &ActivityChannel::snapshotApplied);
        channel.open();
        QTRY_COMPARE(failed.count() + applied.count(), 1);
        QCOMPARE(HttpResponder::header(own.heads.at(0), "Authorization"), QByteArray("Bearer tok-123"));
        for (const QByteArray &head : elsewhere.heads)
            QVERIFY2(!head.contains("tok-123"), head);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!ConnectionText::snapshotFailure(failed.at(0).at(0).value<SnapshotFailure>()).contains("tok-123"));
        QVERIFY(channel.updatesMayBeMissed());
        QCOMPARE(channel.state(), ActivityChannel::State::Open);
    }

    void redirectWithinTheOriginIsFollowed()
    {
        QWebSocketServer ws(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
        QVERIFY(ws.listen(QHostAddress::LocalHost, 0));
        HttpResponder own;
        own.respond = [](QTcpSocket *s, const QByteArray &head) {
            if (HttpResponder::target(head).startsWith("/snap?"))
                HttpResponder::answer(s, "302 Found", "", "Location: /moved\r\n");
            else
                HttpResponder::answer(s, "200 OK", kSnapshot);
        };
        ActivityState state;
        ActivityChannel channel(endpointFor(ws.serverPort()), settings(own.base(), own.base(), QString()), &state);
        QSignalSpy applied(&channel, &ActivityChannel::snapshotApplied);
        channel.open();
        QTRY_COMPARE(applied.count(), 1);
        QCOMPARE(own.heads.size(), 2);
        QCOMPARE(HttpResponder::header(own.heads.at(1), "Authorization"), QByteArray("Bearer tok-123"));
    }

    void serverListAuthenticatesLikeTheChannel()
    {
        HttpResponder own;
        own.respond = [](QTcpSocket *s, const QByteArray &) { HttpResponder::answer(s, "200 OK", R"([{"id":"a","name":"A"}])"); };
        TokenScope token;
        token.token = "tok-123";
        token.origin = QUrl(own.base());
        ServerClients clients(token, QStringLiteral("token"));
        ServerActivitiesModel model;
        model.setClients(&clients);
        model.fetch(QUrl(own.base()));
        QTRY_COMPARE(model.count(), 1);
        QCOMPARE(own.heads.size(), 1);
        QVERIFY(HttpResponder::header(own.heads.at(0), "Authorization").isEmpty());
        QCOMPARE(HttpResponder::target(own.heads.at(0)), QByteArray("/api/activities/?token=tok-123"));

        // Another server typed into the dialog gets no token at all.
        HttpResponder other;
        other.respond = own.respond;
        model.fetch(QUrl(other.base()));
        QTRY_COMPARE(other.heads.size(), 1);
        QTRY_COMPARE(model.count(), 1);
        QVERIFY2(!other.heads.at(0).contains("tok-123"), other.heads.at(0));
    }

    void serverListRedirectStaysWithinTheOrigin()
    {
        HttpResponder elsewhere;
        elsewhere.respond = [](QTcpSocket *s, const QByteArray &) { HttpResponder::answer(s, "200 OK", R"([{"id":"a"}])"); };
        HttpResponder own;
        own.respond = [&](QTcpSocket *s, const QByteArray &) {
            HttpResponder::answer(s, "302 Found", "", "Location: " + elsewhere.base().toUtf8() + "/api/activities/\r\n");
        };
        TokenScope token;
        token.token = "tok-123";
        token.origin = QUrl(own.base());
        ServerClients clients(token, QString());
        ServerActivitiesModel model;
        model.setClients(&clients);
        QSignalSpy status(&model, &ServerActivitiesModel::statusChanged);
        model.fetch(QUrl(own.base()));
        QTRY_VERIFY(!model.loading());
        QCOMPARE(HttpResponder::header(own.heads.at(0), "Authorization"), QByteArray("Bearer tok-123"));
        for (const QByteArray &head : elsewhere.heads)
            QVERIFY2(!head.contains("tok-123"), head);
        QCOMPARE(model.count(), 0);
        QVERIFY(!model.status().contains("tok-123"));
    }
};

QTEST_GUILESS_MAIN(TestChannelTrust)
#include "tst_channeltrust.moc"
