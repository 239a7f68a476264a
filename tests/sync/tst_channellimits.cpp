// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// The channel's limits (SPEC §4) against real servers on 127.0.0.1: a snapshot GET that trickles,
// is too large or never ends is given up at its deadline or cap; events held meanwhile are capped;
// a frame over the message limit is refused. Each time the state is kept and the channel goes on.
#include "httpresponder.h"
#include "protocol/activitystate.h"
#include "sync/activitychannel.h"
#include "sync/channelurl.h"
#include "sync/connectiontext.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <limits>

using namespace mirage;

namespace {
const QString kId = QStringLiteral("63b76319-68ef-4412-9dd4-bb2a13315ee2");

QString update(const QString &name)
{
    return QStringLiteral(R"({"id":102,"activity_id":"%1","updated_fields":{"name":"%2"}})").arg(kId, name);
}

std::string nameOf(ActivityState &state)
{
    const JsonValue *name = state.activity().find("name");
    return name ? std::string(name->toString()) : std::string();
}

// A server pair (socket + snapshot) and a channel with a state that starts as "local".
struct Rig
{
    QWebSocketServer ws {QStringLiteral("t"), QWebSocketServer::NonSecureMode};
    HttpResponder http;
    ActivityState state;
    ChannelSettings settings;
    Rig()
    {
        ws.listen(QHostAddress::LocalHost, 0);
        settings.retryInitialMs = 50;
        settings.retryMaxMs = 200;
        settings.pingIntervalMs = 60000;
        settings.snapshotTemplate = http.base() + QStringLiteral("/snap?id={id}");
        state.loadSnapshot(QStringLiteral(R"({"id":"%1","name":"local"})").arg(kId).toStdString());
    }
    ChannelEndpoint endpoint() const
    {
        QString error;
        return *ChannelUrl::resolve(QStringLiteral("ws://127.0.0.1:%1").arg(ws.serverPort()), kId, &error);
    }
};
} // namespace

class TestChannelLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void snapshotGivenUp_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("trickled body") << "trickle"
                                       << "took longer than";
        QTest::newRow("Content-Length over the cap") << "length"
                                                     << "larger than";
        QTest::newRow("body over the cap, no length") << "unsized"
                                                      << "larger than";
        QTest::newRow("endless chunked body") << "endless"
                                              << "larger than";
    }

    void snapshotGivenUp()
    {
        // The snapshot never comes whole; an event arrives meanwhile. The GET is given up at its
        // deadline (600 ms) or cap (64 KiB), the state is kept and the held event applies on top.
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        Rig rig;
        rig.settings.snapshotTimeoutMs = kind == "trickle" ? 600 : 60000;
        rig.settings.snapshotMaxBytes = 64 * 1024;
        qint64 sent = 0;
        QPointer<QTcpSocket> serving;
        int asked = 0;
        rig.http.respond = [&](QTcpSocket *s, const QByteArray &) {
            serving = s;
            ++asked;
            if (kind == "trickle")
                HttpResponder::trickle(s, QStringLiteral(R"({"id":"%1","name":"from snapshot"})").arg(kId).toUtf8(), 300);
            else if (kind == "length")
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400000000\r\n\r\n{\"id\":");
            else if (kind == "unsized")
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" + QByteArray(100 * 1024, ' '));
            else
                HttpResponder::endless(s, 4096, 5, &sent);
        };
        ActivityChannel channel(rig.endpoint(), rig.settings, &rig.state);
        QSignalSpy failed(&channel, &ActivityChannel::snapshotFailed);
        QSignalSpy conns(&rig.ws, &QWebSocketServer::newConnection);
        channel.open();
        QTRY_COMPARE(conns.count(), 1);
        QWebSocket *peer = rig.ws.nextPendingConnection();
        QTRY_COMPARE(asked, 1);
        peer->sendTextMessage(update("live edit"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        const QString text = ConnectionText::snapshotFailure(failed.at(0).at(0).value<SnapshotFailure>());
        QVERIFY2(text.contains(reason), qPrintable(text));
        QTRY_COMPARE(rig.state.appliedCount(), uint64_t(1));
        QCOMPARE(nameOf(rig.state), std::string("live edit"));
        QVERIFY(channel.updatesMayBeMissed());
        QCOMPARE(channel.state(), ActivityChannel::State::Open);
        // The GET was aborted: the server's side of it closes, and an endless body stops.
        QTRY_VERIFY(!serving || serving->state() == QAbstractSocket::UnconnectedState);
        if (kind == "endless")
            QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(QString::number(sent)));
        // Later events still flow.
        peer->sendTextMessage(update("after"));
        QTRY_COMPARE(rig.state.appliedCount(), uint64_t(2));
        QCOMPARE(nameOf(rig.state), std::string("after"));
    }

    void givenUpSnapshotIsTriedAgain_data()
    {
        QTest::addColumn<QString>("first"); // how the first GET fails
        QTest::addColumn<bool>("retry"); // ChannelSettings::retrySnapshot (the window's)
        QTest::addColumn<int>("gets"); // GETs the server sees in all
        QTest::newRow("timeout, window") << "timeout" << true << 2;
        QTest::newRow("503, window") << "503" << true << 2;
        QTest::newRow("timeout, watch: SPEC's one GET per connect") << "timeout" << false << 1;
        QTest::newRow("not an activity: not tried again") << "garbage" << true << 1;
    }

    void givenUpSnapshotIsTriedAgain()
    {
        // The first snapshot GET fails; the channel stays open. Where the failure may pass and the
        // window asked for it, the GET is made again after the backoff and the snapshot applies.
        QFETCH(QString, first);
        QFETCH(bool, retry);
        QFETCH(int, gets);
        Rig rig;
        rig.settings.snapshotTimeoutMs = 400;
        rig.settings.retrySnapshot = retry;
        int asked = 0;
        rig.http.respond = [&](QTcpSocket *s, const QByteArray &) {
            const QByteArray good = QStringLiteral(R"({"id":"%1","name":"from snapshot"})").arg(kId).toUtf8();
            if (++asked > 1)
                HttpResponder::answer(s, "200 OK", good);
            else if (first == "timeout")
                HttpResponder::trickle(s, good, 300);
            else if (first == "503")
                HttpResponder::answer(s, "503 Service Unavailable", "busy");
            else
                HttpResponder::answer(s, "200 OK", "<html>not json</html>");
        };
        ActivityChannel channel(rig.endpoint(), rig.settings, &rig.state);
        QSignalSpy failed(&channel, &ActivityChannel::snapshotFailed);
        QSignalSpy applied(&channel, &ActivityChannel::snapshotApplied);
        // Read when the failure is reported: a retry after a 503 may already have succeeded by the
        // time the test's polling sees the signal.
        bool missedAtFailure = false;
        std::string nameAtFailure;
        connect(&channel, &ActivityChannel::snapshotFailed, this, [&] {
            missedAtFailure = channel.updatesMayBeMissed();
            nameAtFailure = nameOf(rig.state);
        });
        channel.open();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        QVERIFY(missedAtFailure);
        QCOMPARE(nameAtFailure, std::string("local")); // kept meanwhile
        if (gets == 2) {
            QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 5000);
            QCOMPARE(nameOf(rig.state), std::string("from snapshot"));
            QVERIFY(!channel.updatesMayBeMissed());
        } else {
            QTest::qWait(1500); // several backoff ceilings (50-200 ms): nothing more is asked
            QCOMPARE(applied.count(), 0);
            QCOMPARE(nameOf(rig.state), std::string("local"));
        }
        QCOMPARE(asked, gets);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(channel.state(), ActivityChannel::State::Open);
    }

    // One wording per code (issue #24): `watch`'s warning and the window's log line name a snapshot
    // that is not an activity by its code, in the same words.
    void bodyThatIsNotAnActivityIsNamedByItsCode_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("words");
        QTest::newRow("html") << QByteArray("<html>not json</html>") << int(LoadProblem::NotJson) << "the snapshot is not valid JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << int(LoadProblem::NotObject) << "the snapshot is not an activity";
        QTest::newRow("too deep") << QByteArray(70, '[') + QByteArray(70, ']') << int(LoadProblem::TooDeep)
                                  << "the snapshot is nested too deeply";
    }

    void bodyThatIsNotAnActivityIsNamedByItsCode()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, problem);
        QFETCH(QString, words);
        Rig rig;
        rig.http.respond = [&](QTcpSocket *s, const QByteArray &) { HttpResponder::answer(s, "200 OK", body); };
        ActivityChannel channel(rig.endpoint(), rig.settings, &rig.state);
        QSignalSpy failed(&channel, &ActivityChannel::snapshotFailed);
        channel.open();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        const auto failure = failed.at(0).at(0).value<SnapshotFailure>();
        QCOMPARE(failure.reason, SnapshotFailure::Reason::Rejected);
        QCOMPARE(int(failure.loadProblem), problem);
        // watch's stderr line, and the window's event log line.
        QCOMPARE(ConnectionText::snapshotWarning(failure),
            QStringLiteral("warning: %1; keeping the local state, updates may have been missed").arg(words));
        QCOMPARE(ConnectionText::snapshotLogLine(failure), QStringLiteral("could not load the activity: %1").arg(words));
        QCOMPARE(nameOf(rig.state), std::string("local")); // kept
    }

    void heldEventsAreCapped()
    {
        // The snapshot never answers; more events arrive than may be held. The GET is given up,
        // the held events apply in order, and later ones flow as usual.
        Rig rig;
        rig.settings.snapshotTimeoutMs = 60000;
        rig.settings.maxHeldMessages = 5;
        bool asked = false;
        rig.http.respond = [&](QTcpSocket *, const QByteArray &) { asked = true; };
        ActivityChannel channel(rig.endpoint(), rig.settings, &rig.state);
        QSignalSpy failed(&channel, &ActivityChannel::snapshotFailed);
        QSignalSpy conns(&rig.ws, &QWebSocketServer::newConnection);
        channel.open();
        QTRY_COMPARE(conns.count(), 1);
        QWebSocket *peer = rig.ws.nextPendingConnection();
        QTRY_VERIFY(asked);
        for (int i = 1; i <= 10; ++i)
            peer->sendTextMessage(update(QStringLiteral("e%1").arg(i)));
        QTRY_COMPARE(failed.count(), 1);
        const SnapshotFailure failure = failed.at(0).at(0).value<SnapshotFailure>();
        QCOMPARE(failure.reason, SnapshotFailure::Reason::HeldOverflow);
        QCOMPARE(ConnectionText::snapshotFailure(failure),
            QStringLiteral("more than 5 events or %1 bytes arrived while the snapshot was loading").arg(rig.settings.maxHeldBytes));
        QTRY_COMPARE(rig.state.appliedCount(), uint64_t(10));
        QCOMPARE(nameOf(rig.state), std::string("e10"));
        QVERIFY(channel.updatesMayBeMissed());
        peer->sendTextMessage(update("later"));
        QTRY_COMPARE(rig.state.appliedCount(), uint64_t(11));
        QCOMPARE(nameOf(rig.state), std::string("later"));
    }

    void frameOverTheLimitIsRefused()
    {
        // A message of exactly the limit applies; one byte more closes the socket with 1009 and the
        // channel reconnects and carries on.
        Rig rig;
        rig.settings.snapshot = false;
        rig.settings.maxMessageBytes = 1000;
        ActivityChannel channel(rig.endpoint(), rig.settings, &rig.state);
        QSignalSpy conns(&rig.ws, &QWebSocketServer::newConnection);
        channel.open();
        QTRY_COMPARE(conns.count(), 1);
        QWebSocket *peer = rig.ws.nextPendingConnection();
        QString fits = update("x");
        fits.replace(QStringLiteral("\"x\""), QStringLiteral("\"%1\"").arg(QString(1000 - fits.size() + 1, QLatin1Char('x'))));
        QCOMPARE(fits.toUtf8().size(), 1000);
        peer->sendTextMessage(fits);
        QTRY_COMPARE(rig.state.appliedCount(), uint64_t(1));
        QSignalSpy closed(peer, &QWebSocket::disconnected);
        QString over = fits;
        over.replace(QStringLiteral("\"x"), QStringLiteral("\"xx"));
        QCOMPARE(over.toUtf8().size(), 1001);
        peer->sendTextMessage(over);
        QTRY_COMPARE(closed.count(), 1);
        QCOMPARE(int(peer->closeCode()), int(QWebSocketProtocol::CloseCodeTooMuchData));
        QTRY_COMPARE(conns.count(), 2);
        QCOMPARE(rig.state.appliedCount(), uint64_t(1));
        QCOMPARE(rig.state.rejectedCount(), uint64_t(0));
        QTRY_COMPARE(channel.state(), ActivityChannel::State::Open);
        rig.ws.nextPendingConnection()->sendTextMessage(update("again"));
        QTRY_COMPARE(rig.state.appliedCount(), uint64_t(2));
        QCOMPARE(nameOf(rig.state), std::string("again"));
    }

    void hugeLimitDoesNotOverflow_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::newRow("2^62") << (qint64(1) << 62);
        QTest::newRow("int64 max") << std::numeric_limits<qint64>::max();
    }

    void hugeLimitDoesNotOverflow()
    {
        QFETCH(qint64, limit);
        Rig rig;
        rig.settings.snapshot = false;
        rig.settings.maxMessageBytes = limit;
        ActivityChannel channel(rig.endpoint(), rig.settings, &rig.state);
        QSignalSpy conns(&rig.ws, &QWebSocketServer::newConnection);
        channel.open();
        QTRY_COMPARE(conns.count(), 1);
        QWebSocket *peer = rig.ws.nextPendingConnection();
        QSignalSpy closed(peer, &QWebSocket::disconnected);
        peer->sendTextMessage(update("fine"));
        QTRY_COMPARE(rig.state.appliedCount(), uint64_t(1));
        QCOMPARE(nameOf(rig.state), std::string("fine"));
        QCOMPARE(closed.count(), 0);
        QCOMPARE(conns.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChannelLimits)
#include "tst_channellimits.moc"
