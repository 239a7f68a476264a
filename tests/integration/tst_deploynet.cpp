// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// Issue #25 (the network): an Origin the server refuses, proxies, a half-broken dual-stack name;
// `miragedesk watch` run as a user runs it against the reference server (redis-server + daphne).
#include "tst_deploynet.h"

#include "serverstack.h"
#include "squidproxy.h"
#include "watchprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>
#include <QUuid>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
QString newActivity()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray activityJson(const QString &id)
{
    return QStringLiteral(R"({"id":"%1","name":"Pump check","steps":[{"id":"s1","name":"One"}]})").arg(id).toUtf8();
}

// Fast intervals so that a retry would show within a test's time.
const QStringList kFast = {"--retry-initial", "0.2", "--retry-max", "1", "--ping-interval", "1", "--pong-timeout", "2"};

// watch's environment with `proxy` as http_proxy and no other proxy setting.
QProcessEnvironment withProxy(const QString &proxy)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("http_proxy"), proxy);
    return env;
}

// squid that knows mirage.test and lets through only the user "ann" with the password "right-pw-7d1".
bool startWithCredentials(SquidProxy &squid, QString *error)
{
    squid.addHost(QStringLiteral("127.0.0.1 mirage.test"));
    squid.requireCredentials(QStringLiteral("ann"), QStringLiteral("right-pw-7d1"));
    return squid.start(error);
}
} // namespace

void TestDeployNet::initTestCase()
{
    // The server allows the Origin hosts a deployment would (Django's ALLOWED_HOSTS, which
    // Channels' AllowedHostsOriginValidator reads), here one name besides loopback.
    qputenv("MIRAGESRV_ALLOWED_HOSTS", "127.0.0.1,localhost,mirage.test");
    m_stack = std::make_unique<ServerStack>(1);
    QString error;
    QVERIFY2(m_stack->start(&error), qPrintable(error));
}

void TestDeployNet::cleanupTestCase()
{
    m_nginx.reset();
    m_stack.reset();
}

NginxFront *TestDeployNet::nginx()
{
    if (!m_nginx) {
        auto front = std::make_unique<NginxFront>(quint16(QUrl(m_stack->wsUrl()).port()));
        QString error;
        if (!front->start(&error)) {
            qWarning().noquote() << error;
            return nullptr;
        }
        m_nginx = std::move(front);
    }
    return m_nginx.get();
}

// An Origin the server does not allow is answered with HTTP 403 at the handshake (SPEC §1): watch
// names the origin sent and --origin, stops at once (exit 4), and does not blame the activity.
void TestDeployNet::refusedOriginIsNamed()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    WatchProcess w;
    w.start(
        QStringList {"--server", m_stack->wsUrl(), "--activity", id, "--origin", "http://other.example:8080", "--timeout", "30"} + kFast);
    QVERIFY(w.finish(30000));
    QCOMPARE(w.exitCode(), 4);
    QVERIFY2(w.err().contains("the server refused the origin http://other.example:8080 (HTTP 403 at the handshake); "
                              "set one it allows with --origin\n"),
        w.err());
    QVERIFY2(!w.err().contains("forbidden"), w.err());
    QCOMPARE(w.err().count("connecting to"), 1); // and no retry
}

// The origin given is the one sent: a server that allows it lets the channel open.
void TestDeployNet::allowedOriginIsSent()
{
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    WatchProcess w;
    w.start(QStringList {"--server", m_stack->wsUrl(), "--activity", id, "--origin", "http://mirage.test/", "--count", "1", "--timeout",
                "30", "--dump-state", "-"}
        + kFast);
    QTRY_COMPARE_WITH_TIMEOUT(w.connections(), 1, 20000);
    QVERIFY(m_stack->patch(id, R"({"name":"Renamed"})"));
    QVERIFY(w.finish(20000));
    QCOMPARE(w.exitCode(), 0);
    QCOMPARE(QJsonDocument::fromJson(w.lines().last()).object().value("activity").toObject().value("name").toString(), QString("Renamed"));
}

// An origin without a scheme made the server answer 400 at every retry: now it is bad input,
// refused before any connection, by `watch` and by the window alike (exit 2, the reason).
void TestDeployNet::originWithoutSchemeIsRefusedAtOnce()
{
    WatchProcess w;
    w.start(QStringList {"--server", m_stack->wsUrl(), "--activity", newActivity(), "--origin", "mirage.test", "--timeout", "10"} + kFast);
    QVERIFY(w.finish(20000));
    QCOMPARE(w.exitCode(), 2);
    QCOMPARE(w.err(), QByteArray("miragedesk: watch: --origin 'mirage.test' needs a scheme and a host, e.g. http://mirage.test\n"));

    QProcess window; // never shown: it stops at its arguments
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(MIRAGEDESK_BINARY), {"--server", m_stack->wsUrl(), "--activity", newActivity(), "--origin", "mirage.test"});
    const bool exited = window.waitForFinished(20000);
    if (!exited) {
        window.kill();
        window.waitForFinished(5000);
    }
    QVERIFY(exited);
    QCOMPARE(window.exitCode(), 2);
    QVERIFY2(window.readAllStandardError().contains("--origin 'mirage.test' needs a scheme and a host, e.g. http://mirage.test"),
        "no reason given");
}

// Proxies. Qt never proxies loopback, so the server is named mirage.test, a name only the proxy's
// own hosts file knows (127.0.0.1): a channel that opens went through the proxy.
QString TestDeployNet::serverByName() const
{
    return QStringLiteral("ws://mirage.test:%1").arg(QUrl(m_stack->wsUrl()).port());
}

void TestDeployNet::proxyWithCredentialsConnects()
{
    SquidProxy squid;
    QString error;
    QVERIFY2(startWithCredentials(squid, &error), qPrintable(error));
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    WatchProcess w;
    w.start(QStringList {"--server", serverByName(), "--activity", id, "--count", "1", "--timeout", "30", "--dump-state", "-"} + kFast,
        withProxy(squid.url(QStringLiteral("ann"), QStringLiteral("right-pw-7d1"))));
    QTRY_COMPARE_WITH_TIMEOUT(w.connections(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(w.err().contains("snapshot applied"), 20000); // the GET went through it too
    QVERIFY(m_stack->patch(id, R"({"name":"Through the proxy"})"));
    QVERIFY(w.finish(20000));
    QCOMPARE(w.exitCode(), 0);
    QCOMPARE(QJsonDocument::fromJson(w.lines().last()).object().value("activity").toObject().value("name").toString(),
        QString("Through the proxy"));
    QVERIFY(!w.err().contains("right-pw-7d1") && !w.out().contains("right-pw-7d1"));
}

// A proxy that wants credentials and got none: named, with how to give them; retried.
void TestDeployNet::proxyWantingCredentialsIsNamed()
{
    SquidProxy squid;
    QString error;
    QVERIFY2(startWithCredentials(squid, &error), qPrintable(error));
    WatchProcess w;
    w.start(QStringList {"--server", serverByName(), "--activity", newActivity(), "--timeout", "5"} + kFast, withProxy(squid.url()));
    QVERIFY(w.finish(30000));
    QCOMPARE(w.exitCode(), 3); // still trying when the time is up
    const QByteArray said = QStringLiteral("miragedesk: the proxy 127.0.0.1:%1 wants a user name and password (HTTP 407); give them in the "
                                           "proxy's URL: http://USER:PASSWORD@HOST:PORT; retrying in ")
            .arg(squid.port())
            .toUtf8();
    QVERIFY2(w.err().contains(said), w.err());
    QVERIFY2(!w.err().contains("the connection closed"), w.err());
}

// Credentials the proxy refuses: named, and the password is never shown.
void TestDeployNet::proxyRefusingCredentialsIsNamed()
{
    SquidProxy squid;
    QString error;
    QVERIFY2(startWithCredentials(squid, &error), qPrintable(error));
    WatchProcess w;
    w.start(QStringList {"--server", serverByName(), "--activity", newActivity(), "--timeout", "5"} + kFast,
        withProxy(squid.url(QStringLiteral("ann"), QStringLiteral("wrong-pw-9c4"))));
    QVERIFY(w.finish(30000));
    QCOMPARE(w.exitCode(), 3);
    const QByteArray said = QStringLiteral("miragedesk: the proxy 127.0.0.1:%1 refused the user name and password given (HTTP 407); retrying in ") .arg(squid.port()).toUtf8();
    QVERIFY2(w.err().contains(said), w.err());
    QVERIFY(!w.err().contains("wrong-pw-9c4") && !w.out().contains("wrong-pw-9c4"));
}

// A proxy that is down (nothing listens on its port): named as the proxy; retried.
void TestDeployNet::proxyDownIsNamed()
{
    const quint16 closed = ServerStack::freePort(); // nothing listens there
    WatchProcess w;
    w.start(QStringList {"--server", serverByName(), "--activity", newActivity(), "--timeout", "5"} + kFast,
        withProxy(QStringLiteral("http://127.0.0.1:%1").arg(closed)));
    QVERIFY(w.finish(30000));
    QCOMPARE(w.exitCode(), 3);
    QVERIFY2(w.err().contains(
        QStringLiteral("miragedesk: cannot reach the proxy 127.0.0.1:%1: nothing listens there (connection refused); retrying in ")
                .arg(closed)
                .toUtf8()),
        w.err());
}

// Item 7 for the GETs. Qt never proxies loopback, so the channel goes to 127.0.0.1 directly while
// the snapshot GET goes to mirage.test (--snapshot-url), which only the proxy can reach: the GET
// fails at the proxy while the channel is up. The words are the socket's, naming the proxy.
QByteArray TestDeployNet::snapshotThroughProxy(const QString &proxy)
{
    const QString id = newActivity();
    if (!m_stack->putActivity(id, activityJson(id)))
        return "could not put the activity";
    WatchProcess w;
    w.start(QStringList {"--server", m_stack->wsUrl(), "--activity", id, "--snapshot-url",
        QStringLiteral("http://mirage.test:%1/activity/get?activity_id={id}").arg(QUrl(m_stack->wsUrl()).port()), "--timeout", "30"}
        + kFast,
        withProxy(proxy));
    if (!QTest::qWaitFor([&] { return w.err().contains("warning: the snapshot request"); }, 20000))
        return "no snapshot warning: " + w.err();
    return w.err();
}

void TestDeployNet::snapshotAtProxyWantingCredentialsIsNamed()
{
    SquidProxy squid;
    QString error;
    QVERIFY2(startWithCredentials(squid, &error), qPrintable(error));
    const QByteArray err = snapshotThroughProxy(squid.url());
    const QByteArray said = QStringLiteral("miragedesk: warning: the snapshot request failed: the proxy 127.0.0.1:%1 wants a user name and "
                                           "password (HTTP 407); give them in the proxy's URL: http://USER:PASSWORD@HOST:PORT; keeping the "
                                           "local state, updates may have been missed\n")
            .arg(squid.port())
            .toUtf8();
    QVERIFY2(err.contains(said), err);
    QVERIFY2(!err.contains("answered HTTP 407") && !err.contains("uthentication"), err); // not Qt's words, not the server's answer
}

void TestDeployNet::snapshotAtProxyDownIsNamed()
{
    const quint16 closed = ServerStack::freePort(); // nothing listens there
    const QByteArray err = snapshotThroughProxy(QStringLiteral("http://127.0.0.1:%1").arg(closed));
    QVERIFY2(err.contains(QStringLiteral("miragedesk: warning: the snapshot request failed: cannot reach the proxy 127.0.0.1:%1: nothing "
                                         "listens there (connection refused); keeping the local state")
                                  .arg(closed)
                                  .toUtf8()),
        err);
}

namespace {
// A dead address: a listener on `address`:`port` whose accept queue is full, so that a SYN to it is
// dropped and a connect hangs, as at an address that does not answer.
class DeadListener
{
public:
    DeadListener(const char *address, quint16 port)
    {
        sockaddr_in6 a {};
        a.sin6_family = AF_INET6;
        a.sin6_port = htons(port);
        if (::inet_pton(AF_INET6, address, &a.sin6_addr) != 1)
            return;
        m_listener = ::socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_listener, 0) != 0)
            return;
        for (int i = 0; i < 8; ++i) { // more than the queue holds
            const int c = ::socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            ::connect(c, reinterpret_cast<sockaddr *>(&a), sizeof a);
            m_fill.append(c);
        }
        m_ok = true;
    }
    ~DeadListener()
    {
        for (int fd : std::as_const(m_fill))
            ::close(fd);
        if (m_listener >= 0)
            ::close(m_listener);
    }
    bool ok() const { return m_ok; }

private:
    int m_listener = -1;
    QList<int> m_fill;
    bool m_ok = false;
};
} // namespace

// Item 2: a name whose first address is a dead IPv6 one (RFC 8305). Only in the namespace that
// tests/integration/in-netns makes (ctest tst_deploynet_netns): there mirage.test is 2001:db8::1
// (a full accept queue on `port`: connects hang) and then 127.0.0.1 (the server). The channel is
// open within 2 s of its first attempt, and the snapshot GET by the same name gets through within
// 2 s of that too (Qt's HTTP/1.1 races the families by itself; its HTTP/2 did not: ServerClient).
void TestDeployNet::connectsPastDeadAddress(const QString &server, quint16 port, const QStringList &options)
{
    DeadListener dead("2001:db8::1", port);
    QVERIFY(dead.ok());
    const QString id = newActivity();
    QVERIFY(m_stack->putActivity(id, activityJson(id)));
    WatchProcess w;
    w.start(QStringList {"--server", server, "--activity", id, "--count", "1", "--timeout", "60", "--dump-state", "-"} + options + kFast);
    QTRY_VERIFY_WITH_TIMEOUT(w.err().contains("connecting to " + server.toUtf8()), 20000);
    QElapsedTimer sinceFirstAttempt;
    sinceFirstAttempt.start();
    QTRY_COMPARE_WITH_TIMEOUT(w.connections(), 1, 30000);
    const qint64 connectedMs = sinceFirstAttempt.elapsed();
    QTRY_VERIFY2_WITH_TIMEOUT(w.err().contains("snapshot applied"), w.err(), 30000);
    const qint64 snapshotMs = sinceFirstAttempt.elapsed();
    qInfo("%s: connected %lld ms after the first attempt, the snapshot %lld ms after that", qPrintable(server), connectedMs,
        snapshotMs - connectedMs);
    QVERIFY2(connectedMs < 2000, qPrintable(QStringLiteral("connected after %1 ms").arg(connectedMs)));
    QVERIFY2(snapshotMs - connectedMs < 2000, qPrintable(QStringLiteral("snapshot %1 ms after the socket").arg(snapshotMs - connectedMs)));
    QVERIFY2(!w.err().contains("retrying"), w.err());
    QVERIFY(m_stack->patch(id, R"({"name":"Over IPv4"})"));
    QVERIFY(w.finish(20000));
    QCOMPARE(w.exitCode(), 0);
    QCOMPARE(
        QJsonDocument::fromJson(w.lines().last()).object().value("activity").toObject().value("name").toString(), QString("Over IPv4"));
}

void TestDeployNet::deadFirstAddressIsPassedBy()
{
    if (qEnvironmentVariable("MIRAGEDESK_NETNS") != QLatin1String("1"))
        QSKIP("runs in the network namespace made by tests/integration/in-netns (ctest tst_deploynet_netns)");
    const quint16 port = quint16(QUrl(m_stack->wsUrl()).port());
    connectsPastDeadAddress(QStringLiteral("ws://mirage.test:%1").arg(port), port, {});
}

// The same over TLS (wss:// and an https snapshot GET): nginx in the namespace on 127.0.0.1 with a
// certificate for mirage.test from the test's CA, given with --ca-file.
void TestDeployNet::deadFirstAddressIsPassedByOverTls()
{
    if (qEnvironmentVariable("MIRAGEDESK_NETNS") != QLatin1String("1"))
        QSKIP("runs in the network namespace made by tests/integration/in-netns (ctest tst_deploynet_netns)");
    NginxFront *front = nginx();
    QVERIFY(front);
    connectsPastDeadAddress(
        QStringLiteral("wss://mirage.test:%1").arg(front->namedPort()), front->namedPort(), {"--ca-file", front->caFile()});
}

// A connection won by the race is still checked for the name that was looked up, not for the
// address it reached: a certificate for localhost and 127.0.0.1 is refused for mirage.test, at
// once and for good (exit 5), as on the socket's own path.
void TestDeployNet::deadFirstAddressStillChecksTheName()
{
    if (qEnvironmentVariable("MIRAGEDESK_NETNS") != QLatin1String("1"))
        QSKIP("runs in the network namespace made by tests/integration/in-netns (ctest tst_deploynet_netns)");
    NginxFront *front = nginx();
    QVERIFY(front);
    DeadListener dead("2001:db8::1", front->tlsPort());
    QVERIFY(dead.ok());
    WatchProcess w;
    w.start(QStringList {"--server",
        QStringLiteral("wss://mirage.test:%1").arg(front->tlsPort()), "--activity", newActivity(), "--ca-file", front->caFile(),
            "--timeout", "60"}
        + kFast);
    QVERIFY(w.finish(30000));
    QCOMPARE(w.exitCode(), 5);
    QVERIFY2(w.err().contains("the certificate of mirage.test is for localhost, 127.0.0.1, not for mirage.test"), w.err());
    QCOMPARE(w.connections(), 0);
    QCOMPARE(w.err().count("connecting to"), 1); // and no retry
}

// What the race's connection carries first is TLS: a ClientHello naming mirage.test (SNI), never the
// WebSocket handshake or the token in plain text. The live address here is a listener that only
// reads, so TLS never completes and nothing else may follow.
void TestDeployNet::deadFirstAddressStartsTlsFirst()
{
    if (qEnvironmentVariable("MIRAGEDESK_NETNS") != QLatin1String("1"))
        QSKIP("runs in the network namespace made by tests/integration/in-netns (ctest tst_deploynet_netns)");
    QTcpServer live;
    QVERIFY(live.listen(QHostAddress::LocalHost));
    DeadListener dead("2001:db8::1", live.serverPort());
    QVERIFY(dead.ok());
    QByteArray received;
    QList<QTcpSocket *> accepted;
    connect(&live, &QTcpServer::newConnection, &live, [&] {
        while (QTcpSocket *s = live.nextPendingConnection()) {
            accepted.append(s);
            connect(s, &QTcpSocket::readyRead, s, [&received, s] { received += s->readAll(); });
        }
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MIRAGEDESK_TOKEN"), QStringLiteral("secret-token-5e8"));
    WatchProcess w;
    w.start(QStringList {
        "--server", QStringLiteral("wss://mirage.test:%1").arg(live.serverPort()), "--activity", newActivity(), "--timeout", "60"} + kFast,
        env);
    QTRY_VERIFY_WITH_TIMEOUT(w.err().contains("connecting to wss://mirage.test"), 20000);
    QElapsedTimer sinceFirstAttempt;
    sinceFirstAttempt.start();
    QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 5, 30000); // a TLS record's header
    QVERIFY2(sinceFirstAttempt.elapsed() < 2000, qPrintable(QStringLiteral("after %1 ms").arg(sinceFirstAttempt.elapsed())));
    QCOMPARE(quint8(received.at(0)), quint8(0x16)); // a handshake record: the ClientHello
    QCOMPARE(quint8(received.at(1)), quint8(0x03));
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("mirage.test"), 5000); // the name, sent as SNI
    QVERIFY(!received.contains("GET ") && !received.contains("secret-token-5e8") && !received.contains("Upgrade"));
}

QTEST_GUILESS_MAIN(TestDeployNet)

#include "moc_tst_deploynet.cpp"
