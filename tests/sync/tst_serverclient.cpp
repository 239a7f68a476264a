// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// One ServerClient per server (SPEC §4): the channels of one server and the server's activity
// list share it, and with it one network access manager; other servers get their own.
#include "httpresponder.h"
#include "protocol/activitystate.h"
#include "session/serveractivitiesmodel.h"
#include "sync/activitychannel.h"
#include "sync/channelurl.h"
#include "sync/serverclient.h"
#include "sync/serverclients.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace mirage;

namespace {
const QString kIdA = QStringLiteral("63b76319-68ef-4412-9dd4-bb2a13315ee2");
const QString kIdB = QStringLiteral("0b0e5a7c-1d2e-4f30-8a41-5b6c7d8e9f00");

ChannelEndpoint endpointFor(quint16 port, const QString &id)
{
    QString error;
    return *ChannelUrl::resolve(QStringLiteral("ws://127.0.0.1:%1").arg(port), id, &error);
}
} // namespace

class TestServerClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneClientPerServer()
    {
        ServerClients clients(TokenScope {}, QString());
        const auto a = clients.clientFor(QUrl(QStringLiteral("ws://Example.org:8000/ws/activities/x/")));
        const auto b = clients.clientFor(QUrl(QStringLiteral("http://example.org:8000")));
        auto c = clients.clientFor(QUrl(QStringLiteral("ws://example.org:8001")));
        const auto d = clients.clientFor(QUrl(QStringLiteral("wss://example.org")));
        QCOMPARE(a.get(), b.get()); // ws and http name the same server; the host's case does not matter
        QVERIFY(a.get() != c.get());
        QVERIFY(a.get() != d.get());
        QCOMPARE(a->origin(), QUrl(QStringLiteral("http://example.org:8000")));
        QCOMPARE(d->origin(), QUrl(QStringLiteral("https://example.org:443")));
        // A client nobody holds any more is let go; the next one asked for is new.
        QPointer<ServerClient> gone = c.get();
        c.reset();
        QVERIFY(gone.isNull());
        QVERIFY(clients.clientFor(QUrl(QStringLiteral("http://example.org:8001"))));
    }

    void twoChannelsOfOneServerShareOneNetworkManager()
    {
        QWebSocketServer ws(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
        QVERIFY(ws.listen(QHostAddress::LocalHost, 0));
        HttpResponder http;
        http.respond = [](QTcpSocket *s, const QByteArray &head) {
            const QByteArray target = HttpResponder::target(head);
            const QString id = QString::fromUtf8(target.mid(target.indexOf("id=") + 3));
            HttpResponder::answer(s, "200 OK", QStringLiteral(R"({"id":"%1","name":"snap %1"})").arg(id).toUtf8());
        };
        ChannelSettings settings;
        settings.pingIntervalMs = 60000;
        settings.snapshotTemplate = http.base() + QStringLiteral("/snap?id={id}");
        ServerClients clients(settings.token, settings.tokenQueryName);
        const ChannelEndpoint epA = endpointFor(ws.serverPort(), kIdA);
        const ChannelEndpoint epB = endpointFor(ws.serverPort(), kIdB);
        std::shared_ptr<ServerClient> client = clients.clientFor(epA.httpBase);
        QSignalSpy requests(client->network(), &QNetworkAccessManager::finished);
        ActivityState stateA, stateB;
        ActivityChannel a(epA, settings, &stateA, clients.clientFor(epA.httpBase));
        ActivityChannel b(epB, settings, &stateB, clients.clientFor(epB.httpBase));
        QCOMPARE(&a.client(), client.get());
        QCOMPARE(&b.client(), client.get());
        QSignalSpy appliedA(&a, &ActivityChannel::snapshotApplied);
        QSignalSpy appliedB(&b, &ActivityChannel::snapshotApplied);
        a.open();
        b.open();
        QTRY_COMPARE(appliedA.count(), 1);
        QTRY_COMPARE(appliedB.count(), 1);
        QCOMPARE(QString::fromStdString(stateA.activity().find("name")->toString()), QStringLiteral("snap %1").arg(kIdA));
        QCOMPARE(QString::fromStdString(stateB.activity().find("name")->toString()), QStringLiteral("snap %1").arg(kIdB));
        // Both snapshot GETs went through the one shared manager; no channel made one of its own.
        QCOMPARE(requests.count(), 2);
        QVERIFY(a.findChildren<QNetworkAccessManager *>().isEmpty());
        QVERIFY(b.findChildren<QNetworkAccessManager *>().isEmpty());
        a.close();
        b.close();
    }

    void serverListUsesTheServersClient()
    {
        HttpResponder http;
        http.respond = [](QTcpSocket *s, const QByteArray &) { HttpResponder::answer(s, "200 OK", R"([{"id":"a","name":"A"}])"); };
        ServerClients clients(TokenScope {}, QString());
        std::shared_ptr<ServerClient> client = clients.clientFor(QUrl(http.base()));
        QSignalSpy requests(client->network(), &QNetworkAccessManager::finished);
        ServerActivitiesModel model;
        model.setClients(&clients);
        model.fetch(QUrl(http.base()));
        QTRY_COMPARE(model.count(), 1);
        QCOMPARE(requests.count(), 1);
        QCOMPARE(HttpResponder::target(http.heads.at(0)), QByteArray("/api/activities/"));
        QVERIFY(model.findChildren<QNetworkAccessManager *>().isEmpty());
    }

    void serverListWithoutClientsFetchesNothing()
    {
        HttpResponder http;
        ServerActivitiesModel model;
        model.fetch(QUrl(http.base()));
        QVERIFY(!model.loading());
        QTest::qWait(100);
        QVERIFY(http.heads.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerClient)
#include "tst_serverclient.moc"
