// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// Backoff per server (SPEC §4, no retry storm): the channels of one server share its failure count,
// so a down server is tried far less often than each channel on its own schedule would, and when
// one channel gets through the others waiting to retry follow at once instead of after their delays.
#include "protocol/activitystate.h"
#include "sync/activitychannel.h"
#include "sync/channelurl.h"
#include "sync/serverclient.h"
#include "sync/serverclients.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>
#include <memory>
#include <vector>

using namespace mirage;

namespace {
ChannelEndpoint endpointFor(quint16 port)
{
    QString error;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return *ChannelUrl::resolve(QStringLiteral("ws://127.0.0.1:%1").arg(port), id, &error);
}

// A port with nothing listening on it (free a moment ago).
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

class TestServerBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void channelsOfOneServerBackOffTogetherAndComeBackTogether()
    {
        constexpr int kChannels = 20;
        const quint16 port = freePort();
        QVERIFY(port);
        ChannelSettings settings;
        settings.retryInitialMs = 100;
        settings.retryMaxMs = 3000;
        settings.pingIntervalMs = 60000;
        settings.handshakeTimeoutMs = 2000;
        settings.snapshot = false;
        ServerClients clients(TokenScope {}, QString());
        std::vector<std::unique_ptr<ActivityState>> states;
        std::vector<std::unique_ptr<ActivityChannel>> channels;
        int attempts = 0;
        QList<int> firstDelays; // the delay each channel was given after its first failure
        for (int i = 0; i < kChannels; ++i) {
            const ChannelEndpoint ep = endpointFor(port);
            states.push_back(std::make_unique<ActivityState>());
            channels.push_back(std::make_unique<ActivityChannel>(ep, settings, states.back().get(), clients.clientFor(ep.httpBase)));
            ActivityChannel *c = channels.back().get();
            connect(c, &ActivityChannel::stateChanged, this, [&attempts](ActivityChannel::State s) {
                if (s == ActivityChannel::State::Connecting)
                    ++attempts;
            });
            connect(c, &ActivityChannel::retryScheduled, this, [&firstDelays](int attempt, int delayMs) {
                if (attempt == 1)
                    firstDelays << delayMs;
            });
        }
        QCOMPARE(&channels.front()->client(), &channels.back()->client());
        for (auto &c : channels)
            c->open();
        QTest::qWait(2500);

        // Each channel on its own schedule (delays ≤ 100, 200, 400, … ms) would try about five times in
        // 2.5 s, ~100 attempts in all; sharing the server's count they climb to the cap together.
        QVERIFY2(attempts >= kChannels, qPrintable(QString::number(attempts)));
        QVERIFY2(attempts < 4 * kChannels, qPrintable(QStringLiteral("%1 connection attempts").arg(attempts)));
        qInfo("%d connection attempts", attempts);
        QVERIFY(firstDelays.size() >= kChannels);
        // A first retry's own ceiling is 100 ms; the server's failures made later first retries wait longer.
        QVERIFY2(*std::max_element(firstDelays.begin(), firstDelays.end()) > settings.retryInitialMs,
            qPrintable(QString::number(*std::max_element(firstDelays.begin(), firstDelays.end()))));
        for (auto &c : channels)
            QCOMPARE(c->state() == ActivityChannel::State::Open, false);

        // The server comes up: the first channel through brings the others along, not their full backoff.
        QWebSocketServer server(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, port));
        std::vector<std::unique_ptr<QWebSocket>> peers;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            while (QWebSocket *p = server.nextPendingConnection())
                peers.emplace_back(p);
        });
        const auto open = [&] {
            return int(
                std::count_if(channels.begin(), channels.end(), [](const auto &c) { return c->state() == ActivityChannel::State::Open; }));
        };
        QTRY_COMPARE_WITH_TIMEOUT(open(), kChannels, 1500);
        for (auto &c : channels)
            c->close();
    }
};

QTEST_GUILESS_MAIN(TestServerBackoff)
#include "tst_serverbackoff.moc"
