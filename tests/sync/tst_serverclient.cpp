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
#include "sync/snapshotfetch.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace mirage;

namespace {
const QString kIdA = QStringLiteral("63b76319-68ef-4412-9dd4-bb2a13315ee2");
const QString kIdB = QStringLiteral("0b0e5a7c-1d2e-4f30-8a41-5b6c7d8e9f00");

// Everything logged, to look for the token in it.
QStringList g_log;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

// The snapshot GETs the server has seen, by their n= query, in order of arrival.
QList<int> arrived(const HttpResponder &http)
{
    QList<int> n;
    for (const QByteArray &head : http.heads) {
        const QByteArray target = HttpResponder::target(head);
        n.append(target.mid(target.indexOf("n=") + 2).toInt());
    }
    return n;
}

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
        QCOMPARE(QString::fromStdString(std::string(stateA.activity().find("name")->toString())), QStringLiteral("snap %1").arg(kIdA));
        QCOMPARE(QString::fromStdString(std::string(stateB.activity().find("name")->toString())), QStringLiteral("snap %1").arg(kIdB));
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

    void tokensPerServer()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("miragedesk.*=true"));
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        QWebSocketServer wsA(QStringLiteral("a"), QWebSocketServer::NonSecureMode);
        QWebSocketServer wsB(QStringLiteral("b"), QWebSocketServer::NonSecureMode);
        QVERIFY(wsA.listen(QHostAddress::LocalHost, 0));
        QVERIFY(wsB.listen(QHostAddress::LocalHost, 0));
        const QUrl serverA(QStringLiteral("ws://127.0.0.1:%1").arg(wsA.serverPort()));
        const QUrl serverB(QStringLiteral("ws://127.0.0.1:%1").arg(wsB.serverPort()));
        ChannelSettings settings;
        settings.snapshot = false;
        settings.pingIntervalMs = 60000;
        settings.retryInitialMs = 50;
        settings.retryMaxMs = 200;
        ServerClients clients(TokenScope {}, QString());
        const ChannelEndpoint epA = endpointFor(wsA.serverPort(), kIdA);
        const ChannelEndpoint epB = endpointFor(wsB.serverPort(), kIdB);
        ActivityState stateA, stateA2, stateB;
        ActivityChannel a(epA, settings, &stateA, clients.clientFor(epA.httpBase)); // made before the token
        ActivityChannel b(epB, settings, &stateB, clients.clientFor(epB.httpBase));
        QVERIFY(!clients.hasToken(serverA));

        // Bad input changes nothing.
        QVERIFY(!clients.setToken(QUrl(QStringLiteral("ftp://127.0.0.1/")), QStringLiteral("tok-ftp")));
        QVERIFY(!clients.setToken(serverA, QStringLiteral("tok-A\nX-Evil: 1")));
        QVERIFY(!clients.hasToken(serverA));

        QVERIFY(clients.setToken(serverA, QStringLiteral("tok-A")));
        QVERIFY(clients.hasToken(serverA));
        QVERIFY(clients.hasToken(epA.httpBase)); // ws and http name the same server
        QVERIFY(!clients.hasToken(serverB));
        ActivityChannel a2(epA, settings, &stateA2, clients.clientFor(epA.httpBase)); // made after it
        a.open();
        a2.open();
        b.open();
        QTRY_COMPARE(a.state(), ActivityChannel::State::Open);
        QTRY_COMPARE(a2.state(), ActivityChannel::State::Open);
        QTRY_COMPARE(b.state(), ActivityChannel::State::Open);
        std::unique_ptr<QWebSocket> peerA(wsA.nextPendingConnection());
        std::unique_ptr<QWebSocket> peerA2(wsA.nextPendingConnection());
        std::unique_ptr<QWebSocket> peerB(wsB.nextPendingConnection());
        QCOMPARE(peerA->request().rawHeader("Authorization"), QByteArray("Bearer tok-A"));
        QCOMPARE(peerA2->request().rawHeader("Authorization"), QByteArray("Bearer tok-A"));
        QVERIFY(!peerB->request().hasRawHeader("Authorization"));
        QVERIFY(!peerB->requestUrl().toString().contains("tok-A"));

        // Forgotten: the next connection to A goes without it.
        QVERIFY(clients.setToken(serverA, QString()));
        QVERIFY(!clients.hasToken(serverA));
        QSignalSpy reconnected(&wsA, &QWebSocketServer::newConnection);
        peerA->close(QWebSocketProtocol::CloseCode(1011), QStringLiteral("restart"));
        QTRY_COMPARE(reconnected.count(), 1);
        std::unique_ptr<QWebSocket> again(wsA.nextPendingConnection());
        QVERIFY(!again->request().hasRawHeader("Authorization"));
        a.close();
        a2.close();
        b.close();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!g_log.isEmpty()); // the test saw the log
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains("tok-"), qPrintable(line));
    }

    void tokenPerServerOnHttpAsQuery()
    {
        HttpResponder own, other;
        own.respond = [](QTcpSocket *s, const QByteArray &) { HttpResponder::answer(s, "200 OK", "[]"); };
        other.respond = own.respond;
        TokenScope commandLine; // the command line's token keeps its own server
        commandLine.token = "tok-cli";
        commandLine.origin = QUrl(other.base());
        ServerClients clients(commandLine, QStringLiteral("token"));
        QVERIFY(clients.hasToken(QUrl(other.base())));
        QVERIFY(clients.setToken(QUrl(own.base()), QStringLiteral("tok-own")));
        const auto ownClient = clients.clientFor(QUrl(own.base()));
        const auto otherClient = clients.clientFor(QUrl(other.base()));
        QNetworkReply *r1 = ownClient->fetchActivityList(QUrl(own.base())); // owned by the client's manager
        QNetworkReply *r2 = otherClient->fetchActivityList(QUrl(other.base()));
        QTRY_VERIFY(r1->isFinished() && r2->isFinished());
        QCOMPARE(HttpResponder::target(own.heads.at(0)), QByteArray("/api/activities/?token=tok-own"));
        QCOMPARE(HttpResponder::target(other.heads.at(0)), QByteArray("/api/activities/?token=tok-cli"));
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

    // 50 channels coming back must not download 50 snapshots at once: at most 4 GETs per server
    // run, the rest wait in order; whatever ends one (answer, cancel, delete) starts the next, and
    // one cancelled or deleted while it waits is never sent.
    void snapshotGetsOfOneServerWaitTheirTurn()
    {
        HttpResponder http;
        QList<QPointer<QTcpSocket>> held; // requests the test has not answered yet
        http.respond = [&held](QTcpSocket *s, const QByteArray &) { held.append(s); };
        const auto release = [&held] {
            QPointer<QTcpSocket> s = held.takeFirst();
            QVERIFY(s);
            HttpResponder::answer(s, "200 OK", R"({"id":"x"})");
        };
        ServerClient client(QUrl(http.base()), TokenScope {}, QString());
        QObject owner;
        QList<SnapshotFetch *> fetches;
        QList<int> done;
        for (int i = 0; i < 10; ++i) {
            auto *f = client.fetchSnapshot(QUrl(http.base() + QStringLiteral("/snap?n=%1").arg(i)), 0, 0, &owner);
            connect(f, &SnapshotFetch::finished, this, [&done, f, i] {
                QCOMPARE(f->outcome(), SnapshotFetch::Outcome::Ok);
                done.append(i);
            });
            fetches.append(f);
        }
        QTRY_COMPARE(http.heads.size(), 4);
        QTest::qWait(300); // no more arrive while those four are held
        QCOMPARE(arrived(http), QList<int>({0, 1, 2, 3}));

        // A waiting one dropped (as a channel that closes drops its fetch) and one deleted: never sent.
        fetches[5]->cancel();
        delete fetches[6];
        release();
        release();
        QTRY_COMPARE(http.heads.size(), 6);
        QCOMPARE(arrived(http), QList<int>({0, 1, 2, 3, 4, 7}));
        QTRY_COMPARE(done.size(), 2);

        // One cancelled in flight frees its slot, and so does one deleted in flight.
        fetches[2]->cancel();
        QTRY_COMPARE(http.heads.size(), 7);
        delete fetches[3];
        QTRY_COMPARE(http.heads.size(), 8);
        QCOMPARE(arrived(http), QList<int>({0, 1, 2, 3, 4, 7, 8, 9}));

        // The rest answered: all of them finish, and the two dropped while waiting never went out.
        for (const QPointer<QTcpSocket> &s : std::as_const(held)) // 2 and 3 (gone or going) too: harmless
            if (s)
                HttpResponder::answer(s, "200 OK", R"({"id":"x"})");
        QTRY_COMPARE(done.size(), 6);
        QTest::qWait(200);
        QCOMPARE(http.heads.size(), 8);
        std::sort(done.begin(), done.end());
        QCOMPARE(done, QList<int>({0, 1, 4, 7, 8, 9}));
    }

    // The deadline (--snapshot-timeout) counts from when the GET starts, not while it waits.
    void snapshotDeadlineCountsFromTheStart()
    {
        HttpResponder http;
        http.respond = [&http](QTcpSocket *s, const QByteArray &) {
            if (http.heads.size() > 4) // the first four never answer
                HttpResponder::answer(s, "200 OK", R"({"id":"x"})");
        };
        ServerClient client(QUrl(http.base()), TokenScope {}, QString());
        QObject owner;
        QList<SnapshotFetch *> fetches;
        for (int i = 0; i < 5; ++i)
            fetches.append(client.fetchSnapshot(QUrl(http.base() + QStringLiteral("/snap?n=%1").arg(i)), 1500, 0, &owner));
        QSignalSpy last(fetches[4], &SnapshotFetch::finished);
        QVERIFY(last.wait(10000));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(fetches[i]->outcome(), SnapshotFetch::Outcome::TimedOut);
        QCOMPARE(fetches[4]->outcome(), SnapshotFetch::Outcome::Ok); // it waited as long as its deadline, then got its turn
        QCOMPARE(arrived(http), QList<int>({0, 1, 2, 3, 4}));
    }
};

QTEST_GUILESS_MAIN(TestServerClient)
#include "tst_serverclient.moc"
