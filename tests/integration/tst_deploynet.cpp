// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// Issue #25 (the network): an Origin the server refuses, proxies, a half-broken dual-stack name;
// `miragedesk watch` run as a user runs it against the reference server (redis-server + daphne).
#include "tst_deploynet.h"

#include "serverstack.h"
#include "watchprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

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
    m_stack.reset();
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

QTEST_GUILESS_MAIN(TestDeployNet)

#include "moc_tst_deploynet.cpp"
