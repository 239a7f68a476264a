// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// ActivityChannel against a real QWebSocketServer on 127.0.0.1 (and raw TCP servers for what a
// QWebSocketServer cannot be made to do: stay silent, refuse the handshake, answer HTTP slowly).
#include "tst_activitychannel.h"

#include "protocol/activitystate.h"
#include "sync/activitychannel.h"
#include "sync/channelurl.h"
#include "sync/connectiontext.h"
#include "sync/httpsredirect.h"
#include "sync/retrypolicy.h"
#include "sync/urlproblemtext.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <algorithm>
#include <memory>

using namespace mirage;

namespace {
const QString kId = QStringLiteral("63b76319-68ef-4412-9dd4-bb2a13315ee2");

ChannelSettings fast()
{
    ChannelSettings s;
    s.retryInitialMs = 50;
    s.retryMaxMs = 200;
    s.pingIntervalMs = 100;
    s.pongTimeoutMs = 300;
    s.handshakeTimeoutMs = 2000;
    s.snapshot = false;
    return s;
}

ChannelEndpoint endpointFor(quint16 port)
{
    QString error;
    return *ChannelUrl::resolve(QStringLiteral("ws://127.0.0.1:%1").arg(port), kId, &error);
}

// Completes a WebSocket handshake by hand, then says nothing (answers no ping).
class SilentServer : public QTcpServer
{
public:
    QList<QTcpSocket *> clients;
    QByteArray answer; // empty: a proper 101; else this raw HTTP answer
    SilentServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, &SilentServer::accept);
    }
    void accept()
    {
        while (QTcpSocket *s = nextPendingConnection()) {
            clients.append(s);
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                const QByteArray req = s->readAll();
                if (!req.contains("\r\n\r\n"))
                    return;
                if (!answer.isEmpty()) {
                    s->write(answer);
                    return;
                }
                QByteArray key;
                for (const QByteArray &line : req.split('\n'))
                    if (line.toLower().startsWith("sec-websocket-key:"))
                        key = line.mid(18).trimmed();
                const QByteArray accept =
                    QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1).toBase64();
                s->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + accept
                    + "\r\n\r\n");
            });
        }
    }
};
} // namespace

void TestActivityChannel::urlRules_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("activity");
    QTest::addColumn<QString>("socket"); // empty: refused
    QTest::addColumn<QString>("why"); // part of the message
    const QString ws = QStringLiteral("ws://h:8000/ws/activities/%1/").arg(kId);
    QTest::newRow("ws") << "ws://h:8000" << kId << ws << "";
    QTest::newRow("ws slash") << "ws://h:8000/" << kId << ws << "";
    QTest::newRow("http") << "http://h:8000/" << kId << ws << "";
    QTest::newRow("https") << "https://h" << kId << QStringLiteral("wss://h/ws/activities/%1/").arg(kId) << "";
    QTest::newRow("wss port") << "wss://h:9443" << kId << QStringLiteral("wss://h:9443/ws/activities/%1/").arg(kId) << "";
    QTest::newRow("uuid upper braces") << "ws://h:8000"
                                       << "{63B76319-68EF-4412-9DD4-BB2A13315EE2}" << ws << "";
    QTest::newRow("full channel url") << ws << "" << ws << "";
    QTest::newRow("full url no slash") << ws.chopped(1) << "" << ws << "";
    QTest::newRow("full url and same id") << ws << kId.toUpper() << ws << "";
    QTest::newRow("full url and other id") << ws << "11111111-2222-3333-4444-555555555555"
                                           << ""
                                           << "but --activity names";
    QTest::newRow("bad uuid") << "ws://h:8000"
                              << "63b76319-68ef-4412-9dd4"
                              << ""
                              << "is not an activity UUID";
    QTest::newRow("no uuid") << "ws://h:8000"
                             << ""
                             << ""
                             << "no activity UUID";
    QTest::newRow("ftp") << "ftp://h" << kId << ""
                         << "unsupported scheme 'ftp'";
    QTest::newRow("no scheme") << "h:8000" << kId << ""
                               << "has no scheme";
    // A base path (a reverse proxy's prefix, issue #25): the channel and the HTTP API are under it.
    const QString prefixed = QStringLiteral("wss://h/mirage/ws/activities/%1/").arg(kId);
    QTest::newRow("prefix") << "https://h/mirage/" << kId << prefixed << "";
    QTest::newRow("prefix no slash") << "https://h/mirage" << kId << prefixed << "";
    QTest::newRow("deep prefix") << "ws://h:8000/a/b" << kId << QStringLiteral("ws://h:8000/a/b/ws/activities/%1/").arg(kId) << "";
    QTest::newRow("channel url under a prefix") << prefixed << "" << prefixed << "";
    QTest::newRow("empty part") << "ws://h:8000/a//b" << kId << ""
                                << "unexpected path '/a//b'";
    QTest::newRow("dot dot") << "ws://h:8000/a/../b" << kId << ""
                             << "unexpected path '/a/../b'";
    QTest::newRow("channel path without uuid") << "https://h/mirage/ws/activities/" << kId << ""
                                               << "unexpected path '/mirage/ws/activities/'";
    QTest::newRow("channel path inside the base") << QStringLiteral("ws://h:8000/ws/activities/%1/x").arg(kId) << kId << ""
                                                                                                               << "unexpected path";
    QTest::newRow("query") << "ws://h:8000/?token=x" << kId << ""
                           << "has a query";
    QTest::newRow("credentials") << "ws://user:pw@h:8000" << kId << ""
                                 << "credentials";
    QTest::newRow("bad port") << "ws://h:99999" << kId << ""
                              << "not valid";
    QTest::newRow("bad uuid in url") << "ws://h:8000/ws/activities/xyz/"
                                     << ""
                                     << ""
                                     << "'xyz' is not an activity UUID";
    QTest::newRow("empty") << "" << kId << ""
                           << "no server given";
}

void TestActivityChannel::urlRules()
{
    QFETCH(QString, server);
    QFETCH(QString, activity);
    QFETCH(QString, socket);
    QFETCH(QString, why);
    QString error;
    UrlProblem problem;
    const auto ep = ChannelUrl::resolve(server, activity, &error, &problem);
    QCOMPARE(ep.has_value(), !socket.isEmpty());
    // Every refusal also carries its code, which the window words in its language.
    QCOMPARE(problem.kind == UrlProblem::None, ep.has_value());
    QVERIFY2(!problem.value.contains("pw") && !problem.other.contains("pw"), "a password was kept");
    if (ep) {
        QCOMPARE(ep->socketUrl.toString(), socket);
        // The HTTP base is the socket's, in http(s), without the channel's part.
        QCOMPARE(ep->httpBase.toString(),
            QString(socket).replace(QStringLiteral("/ws/activities/%1/").arg(kId), QString()).replace("ws", "http"));
        QCOMPARE(ep->origin,
            socket.startsWith("wss") ? QString("https://") + ep->socketUrl.authority() : QString("http://") + ep->socketUrl.authority());
    } else {
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY2(!error.contains("pw"), "a password was echoed");
        // One wording per code (issue #24): the Open dialog says what the command line says, as a
        // sentence; only the codes that name where to type (an option, a field) are worded apart.
        const QString sentence = UrlProblemText::sentence(problem);
        QVERIFY(!sentence.isEmpty());
        const bool placeWorded = problem.kind == UrlProblem::NoActivity || problem.kind == UrlProblem::NoServer
            || problem.kind == UrlProblem::Credentials || problem.kind == UrlProblem::Mismatch;
        if (!placeWorded)
            QCOMPARE(sentence, error.left(1).toUpper() + error.mid(1) + QLatin1Char('.'));
    }
}

void TestActivityChannel::backoffCeilingsAndJitter()
{
    RetryPolicy p(500, 30000);
    QList<int> ceilings;
    for (int i = 0; i < 9; ++i)
        ceilings << p.ceilingMs(i);
    QCOMPARE(ceilings, QList<int>({500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000}));
    double u = 0.999;
    p.setRandom([&] { return u; });
    QCOMPARE(p.nextDelayMs(), 499);
    QCOMPARE(p.nextDelayMs(), 999);
    u = 0.0; // full jitter reaches down to zero
    QCOMPARE(p.nextDelayMs(), 0);
    QCOMPARE(p.attempts(), 3);
    p.reset();
    u = 0.5;
    QCOMPARE(p.nextDelayMs(), 250);
    RetryPolicy real(500, 30000); // the real generator stays within its ceiling
    for (int i = 0; i < 200; ++i) {
        const int ceiling = real.ceilingMs(real.attempts());
        const int d = real.nextDelayMs();
        QVERIFY(d >= 0 && d <= ceiling);
    }
}

void TestActivityChannel::originAndBearerOnHandshake()
{
    QWebSocketServer server(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy conns(&server, &QWebSocketServer::newConnection);
    ActivityState state;
    ChannelSettings s = fast();
    s.token.token = "tok-123";
    s.token.origin = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    ActivityChannel channel(endpointFor(server.serverPort()), s, &state);
    channel.open();
    QTRY_COMPARE(conns.count(), 1);
    std::unique_ptr<QWebSocket> peer(server.nextPendingConnection());
    QCOMPARE(peer->origin(), QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    QCOMPARE(peer->request().rawHeader("Authorization"), QByteArray("Bearer tok-123"));
    QCOMPARE(peer->requestUrl().path(), QStringLiteral("/ws/activities/%1/").arg(kId));
    QTRY_COMPARE(channel.state(), ActivityChannel::State::Open);
    QCOMPARE(channel.status().reason, ChannelStatus::Reason::Opened);
    QVERIFY(!ConnectionText::status(channel.status()).contains("tok-123"));
}

void TestActivityChannel::reconnectsAfter1011WithOnePendingAttempt()
{
    QWebSocketServer server(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy conns(&server, &QWebSocketServer::newConnection);
    ActivityState state;
    ActivityChannel channel(endpointFor(server.serverPort()), fast(), &state);
    QSignalSpy retries(&channel, &ActivityChannel::retryScheduled);
    QSignalSpy batches(&channel, &ActivityChannel::messagesApplied);
    channel.open();
    QTRY_COMPARE(conns.count(), 1);
    QWebSocket *peer = server.nextPendingConnection();
    peer->sendTextMessage(QStringLiteral(R"({"id":102,"activity_id":"%1","updated_fields":{"name":"before"}})").arg(kId));
    QTRY_COMPARE(batches.count(), 1);
    peer->close(QWebSocketProtocol::CloseCode(1011), QStringLiteral("internal error"));
    QTRY_COMPARE(conns.count(), 2);
    QCOMPARE(retries.count(), 1); // error() and disconnected() both fired: still one attempt
    QTRY_COMPARE(channel.state(), ActivityChannel::State::Open);
    QVERIFY(channel.updatesMayBeMissed()); // no snapshot configured
    peer = server.nextPendingConnection();
    peer->sendTextMessage(QStringLiteral(R"({"id":102,"activity_id":"%1","updated_fields":{"steps":[{"id":"a"}]}})").arg(kId));
    QTRY_COMPARE(batches.count(), 2);
    QCOMPARE(state.activity().find("name")->toString(), std::string("before"));
    QCOMPARE(state.appliedCount(), uint64_t(2));
}

void TestActivityChannel::refusal4404EndsForGood()
{
    QWebSocketServer server(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy conns(&server, &QWebSocketServer::newConnection);
    ActivityState state;
    ActivityChannel channel(endpointFor(server.serverPort()), fast(), &state);
    QSignalSpy refused(&channel, &ActivityChannel::refused);
    channel.open();
    QTRY_COMPARE(conns.count(), 1);
    server.nextPendingConnection()->close(QWebSocketProtocol::CloseCode(4404), QStringLiteral("no such activity"));
    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<ChannelStatus>().refusalCode(), 4404);
    QCOMPARE(channel.state(), ActivityChannel::State::Closed);
    QCOMPARE(channel.status().reason, ChannelStatus::Reason::Refused);
    QCOMPARE(channel.status().serverText, QStringLiteral("no such activity"));
    QCOMPARE(ConnectionText::status(channel.status()),
        QStringLiteral("the server refused the connection: no such activity (4404): no such activity"));
    QTest::qWait(500); // ten retry intervals: none comes
    QCOMPARE(conns.count(), 1);
}

void TestActivityChannel::handshake403EndsForGood()
{
    SilentServer server;
    server.answer = "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n";
    ActivityState state;
    ActivityChannel channel(endpointFor(server.serverPort()), fast(), &state);
    QSignalSpy refused(&channel, &ActivityChannel::refused);
    channel.open();
    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<ChannelStatus>().refusalCode(), 403);
    // Issue #25: a 403 at the handshake is the server's Origin check (SPEC §1): the origin sent is named.
    QCOMPARE(channel.status().origin, QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    QCOMPARE(ConnectionText::status(channel.status()),
        QStringLiteral("the server refused the origin http://127.0.0.1:%1 (HTTP 403 at the handshake); set one it allows with --origin")
                .arg(server.serverPort()));
    QCOMPARE(channel.state(), ActivityChannel::State::Closed);
    QTest::qWait(400);
    QCOMPARE(server.clients.size(), 1);
    // Qt 6.4 keeps a refused handshake's TCP connection: the channel must have aborted it.
    QTRY_COMPARE(server.clients.at(0)->state(), QAbstractSocket::UnconnectedState);
}

void TestActivityChannel::silentServerIsDeclaredDead()
{
    SilentServer server;
    ActivityState state;
    ActivityChannel channel(endpointFor(server.serverPort()), fast(), &state);
    QSignalSpy states(&channel, &ActivityChannel::stateChanged);
    channel.open();
    QTRY_COMPARE(channel.state(), ActivityChannel::State::Open);
    // ping at 100 ms, no pong within 300 ms: dead, and a new attempt follows.
    QTRY_VERIFY_WITH_TIMEOUT(
        states.count() > 0 && states.last().at(1).value<ChannelStatus>().reason == ChannelStatus::Reason::PingTimeout, 3000);
    QVERIFY(ConnectionText::cause(states.last().at(1).value<ChannelStatus>()).startsWith("no answer to a ping within 0.30 s"));
    QTRY_VERIFY_WITH_TIMEOUT(server.clients.size() >= 2, 3000);
}

void TestActivityChannel::eventsDuringSnapshotAreHeldAndApplied()
{
    // The snapshot is served late; an event arrives on the socket before it. The result must be
    // the snapshot with the event on top, not the snapshot alone.
    QWebSocketServer ws(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
    QVERIFY(ws.listen(QHostAddress::LocalHost, 0));
    SilentServer http;
    ActivityState state;
    ChannelSettings s = fast();
    s.snapshot = true;
    s.snapshotTemplate = QStringLiteral("http://127.0.0.1:%1/snap?id={id}").arg(http.serverPort());
    s.pingIntervalMs = 60000;
    ActivityChannel channel(endpointFor(ws.serverPort()), s, &state);
    QSignalSpy snap(&channel, &ActivityChannel::snapshotApplied);
    QSignalSpy conns(&ws, &QWebSocketServer::newConnection);
    // The HTTP side: hold the request until the event has been sent.
    disconnect(&http, &QTcpServer::newConnection, nullptr, nullptr);
    QTcpSocket *request = nullptr;
    connect(&http, &QTcpServer::newConnection, &http, [&] { request = http.nextPendingConnection(); });
    channel.open();
    QTRY_COMPARE(conns.count(), 1);
    QTRY_VERIFY(request != nullptr);
    QWebSocket *peer = ws.nextPendingConnection();
    peer->sendTextMessage(
        QStringLiteral(R"({"id":102,"activity_id":"%1","updated_fields":{"steps":[{"id":"s1","name":"live edit"}]}})").arg(kId));
    QTest::qWait(200);
    QVERIFY(state.activity().isNull()); // held while the GET is in flight
    const QByteArray body =
        QStringLiteral(R"({"id":"%1","name":"from snapshot","steps":[{"id":"s1","name":"old"},{"id":"s2"}]})").arg(kId).toUtf8();
    request->write(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QTRY_COMPARE(snap.count(), 1);
    QTRY_COMPARE(state.appliedCount(), uint64_t(1));
    QCOMPARE(state.activity().find("name")->toString(), std::string("from snapshot"));
    QCOMPARE(state.activity().find("steps")->asArray().at(0)->find("name")->toString(), std::string("live edit"));
    QVERIFY(!channel.updatesMayBeMissed());
}

// The snapshot's body is parsed off the GUI thread (issue #26). Events that arrive once the GET is
// done but before the parsed tree is set (held here by pausing the channel, as a copy's dump does)
// are applied after it, every one, in the order received; nothing is written while paused.
void TestActivityChannel::eventsDuringOffThreadLoadComeAfterIt()
{
    QWebSocketServer ws(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
    QVERIFY(ws.listen(QHostAddress::LocalHost, 0));
    SilentServer http;
    ActivityState state;
    ChannelSettings s = fast();
    s.snapshot = true;
    s.snapshotTemplate = QStringLiteral("http://127.0.0.1:%1/snap?id={id}").arg(http.serverPort());
    s.pingIntervalMs = 60000;
    ActivityChannel channel(endpointFor(ws.serverPort()), s, &state);
    QSignalSpy snap(&channel, &ActivityChannel::snapshotApplied);
    QSignalSpy conns(&ws, &QWebSocketServer::newConnection);
    std::vector<quint64> seqs;
    std::vector<std::string> namesSeen; // the step's name after each batch
    connect(&channel, &ActivityChannel::messagesApplied, this, [&](const MessageBatch &batch) {
        for (const ReceivedMessage &m : batch)
            seqs.push_back(m.seq);
        QVERIFY(snap.count() == 1); // never before the snapshot
        namesSeen.emplace_back(state.activity().find("steps")->asArray().at(0)->find("name")->toString());
    });
    disconnect(&http, &QTcpServer::newConnection, nullptr, nullptr);
    QTcpSocket *request = nullptr;
    connect(&http, &QTcpServer::newConnection, &http, [&] { request = http.nextPendingConnection(); });
    channel.open();
    QTRY_COMPARE(conns.count(), 1);
    QTRY_VERIFY(request != nullptr);
    QWebSocket *peer = ws.nextPendingConnection();
    channel.setPaused(true);
    QString steps;
    for (int i = 0; i < 2000; ++i) // big enough that its parse takes a while
        steps += QStringLiteral(R"(,{"id":"x%1","name":"Step %1"})").arg(i);
    const QByteArray body =
        QStringLiteral(R"({"id":"%1","name":"from snapshot","steps":[{"id":"s1","name":"old"}%2]})").arg(kId, steps).toUtf8();
    request->write(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QTRY_VERIFY(channel.loader().busy()); // the GET is done: parsing, then waiting for the pause to end
    for (int i = 1; i <= 3; ++i)
        peer->sendTextMessage(
            QStringLiteral(R"({"id":102,"activity_id":"%1","updated_fields":{"steps":[{"id":"s1","name":"edit %2"}]}})").arg(kId).arg(i));
    QTRY_COMPARE(channel.held(), size_t(3));
    QVERIFY(state.activity().isNull()); // nothing set or applied while paused
    QCOMPARE(snap.count(), 0);
    channel.setPaused(false);
    QTRY_COMPARE(snap.count(), 1);
    QTRY_COMPARE(state.appliedCount(), uint64_t(3));
    QCOMPARE(seqs, (std::vector<quint64> {1, 2, 3}));
    QCOMPARE(namesSeen.back(), std::string("edit 3"));
    QCOMPARE(state.activity().find("name")->toString(), std::string("from snapshot"));
    QCOMPARE(state.activity().find("steps")->asArray().size(), size_t(2001));
    QCOMPARE(channel.held(), size_t(0));
}

// A burst written at once (issue #26): applied in batches as soon as more than the settings' bytes
// are held, not held whole until Qt's read is done; every message applied, in order.
void TestActivityChannel::burstIsAppliedInBoundedBatches()
{
    QWebSocketServer server(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy conns(&server, &QWebSocketServer::newConnection);
    ActivityState state;
    ChannelSettings settings = fast();
    settings.applyBatchMessages = 0; // no cap on the count: the bytes decide
    settings.applyBatchBytes = 8 * 1024; // a read of a burst is 32 KB or more (ReadCoalescer)
    ActivityChannel channel(endpointFor(server.serverPort()), settings, &state);
    std::vector<qint64> batchBytes;
    quint64 lastSeq = 0;
    bool inOrder = true;
    connect(&channel, &ActivityChannel::messagesApplied, this, [&](const MessageBatch &batch) {
        qint64 bytes = 0;
        for (const ReceivedMessage &m : batch) {
            bytes += m.text.size();
            inOrder = inOrder && m.seq == lastSeq + 1;
            lastSeq = m.seq;
        }
        batchBytes.push_back(bytes);
    });
    channel.open();
    QTRY_COMPARE(conns.count(), 1);
    QWebSocket *peer = server.nextPendingConnection();
    constexpr int kMessages = 4000; // about 4 MB, written before the event loop runs again
    const QString padding(900, QLatin1Char('x'));
    qint64 frameBytes = 0;
    for (int i = 1; i <= kMessages; ++i) {
        const QString text =
            QStringLiteral(R"({"id":102,"activity_id":"%1","updated_fields":{"name":"n%2","note":"%3"}})").arg(kId).arg(i).arg(padding);
        frameBytes = std::max(frameBytes, qint64(text.toUtf8().size()));
        peer->sendTextMessage(text);
    }
    QTRY_COMPARE_WITH_TIMEOUT(state.appliedCount(), uint64_t(kMessages), 30000);
    QVERIFY(inOrder);
    QCOMPARE(lastSeq, quint64(kMessages));
    QCOMPARE(state.activity().find("name")->toString(), std::string("n4000"));
    const qint64 largest = *std::max_element(batchBytes.begin(), batchBytes.end());
    QVERIFY2(largest <= settings.applyBatchBytes + frameBytes,
        qPrintable(QStringLiteral("a batch of %1 bytes in %2 batches").arg(largest).arg(batchBytes.size())));
}

// Which redirect of an http:// handshake is followed (issue #25): to https on the same host, to the
// same activity's channel, under any base path; nothing else.
void TestActivityChannel::httpsRedirectRules_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("socket"); // empty: not followed
    const QString path = QStringLiteral("/ws/activities/%1/").arg(kId);
    QTest::newRow("nginx 301") << "http://h:8080"
                               << "https://h:8443" + path << "wss://h:8443" + path;
    QTest::newRow("default port") << "http://h"
                                  << "https://H" + path << "wss://h" + path;
    QTest::newRow("prefix") << "http://h/mirage/"
                            << "https://h/mirage" + path << "wss://h/mirage" + path;
    QTest::newRow("query dropped") << "http://h"
                                   << "https://h" + path + "?token=x"
                                   << "wss://h" + path;
    QTest::newRow("other host") << "http://h"
                                << "https://evil.example" + path << "";
    QTest::newRow("plain http") << "http://h"
                                << "http://h:81" + path << "";
    QTest::newRow("from https") << "https://h"
                                << "https://h:8443" + path << "";
    QTest::newRow("other activity") << "http://h"
                                    << "https://h/ws/activities/11111111-2222-3333-4444-555555555555/"
                                    << "";
    QTest::newRow("not a channel") << "http://h"
                                   << "https://h/login/"
                                   << "";
    QTest::newRow("user") << "http://h"
                          << "https://u@h" + path << "";
}

void TestActivityChannel::httpsRedirectRules()
{
    QFETCH(QString, server);
    QFETCH(QString, location);
    QFETCH(QString, socket);
    const auto from = ChannelUrl::resolve(server, kId, nullptr);
    QVERIFY(from);
    const auto to = HttpsRedirect::target(*from, QUrl(location));
    QCOMPARE(to.has_value(), !socket.isEmpty());
    if (to) {
        QCOMPARE(to->socketUrl.toString(), socket);
        QCOMPARE(to->origin, QString(socket).replace("wss", "https").section('/', 0, 2));
    }
}

QTEST_GUILESS_MAIN(TestActivityChannel)

#include "moc_tst_activitychannel.cpp"
