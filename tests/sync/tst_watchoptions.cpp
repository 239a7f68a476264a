// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// `miragedesk watch`'s trust and limit options, run as a user runs them: the real binary, against a
// QWebSocketServer in this process.
#include "../common/binaryrun.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {
const QString kId = QStringLiteral("63b76319-68ef-4412-9dd4-bb2a13315ee2");
}

class TestWatchOptions : public QObject
{
    Q_OBJECT

    using Run = BinaryRun;
    static Run run(const QStringList &args) { return BinaryRun::of(args); }

private Q_SLOTS:
    void helpNamesTheOptionsAndDefaults()
    {
        const Run r = run({"watch", "--help"});
        QCOMPARE(r.code, 0);
        for (const char *text : {"--insecure-token", "--snapshot-timeout <SEC>", "(default 15)", "--snapshot-max-bytes <N>",
                 "(default 67108864)", "--max-message-bytes <N>", "default 16777216, at most 2147483646"})
            QVERIFY2(r.out.simplified().contains(text), text);
    }

    void absurdByteCountsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("uint64 max") << QStringList {"--max-message-bytes", "18446744073709551615"}
                                    << "--max-message-bytes '18446744073709551615' is too large (at most 2147483646)";
        QTest::newRow("int64 max") << QStringList {"--max-message-bytes", "9223372036854775807"}
                                   << "--max-message-bytes '9223372036854775807' is too large (at most 2147483646)";
        QTest::newRow("2^62") << QStringList {"--max-message-bytes", "4611686018427387904"} << "is too large (at most 2147483646)";
        QTest::newRow("zero") << QStringList {"--max-message-bytes", "0"} << "is not a positive whole number";
        QTest::newRow("negative") << QStringList {"--max-message-bytes", "-5"} << "is not a positive whole number";
        QTest::newRow("beyond uint64") << QStringList {"--max-message-bytes", "99999999999999999999999"}
                                       << "is not a positive whole number";
        QTest::newRow("snapshot cap") << QStringList {"--snapshot-max-bytes", "1k"}
                                      << "--snapshot-max-bytes '1k' is not a positive whole number";
        QTest::newRow("snapshot timeout") << QStringList {"--snapshot-timeout", "0"}
                                          << "--snapshot-timeout '0' is not a positive number of seconds";
    }

    void absurdByteCountsAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(QStringList {"watch", "--server", "ws://127.0.0.1:9", "--activity", kId, "--no-snapshot"} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err);
    }

    void plainRemoteServerGetsNoTokenUnlessOptedIn_data()
    {
        QTest::addColumn<bool>("optIn");
        QTest::newRow("default") << false;
        QTest::newRow("--insecure-token") << true;
    }

    void plainRemoteServerGetsNoTokenUnlessOptedIn()
    {
        // 0.0.0.0 is this machine but not a loopback name: to TokenScope it is a plain remote server.
        QFETCH(bool, optIn);
        QWebSocketServer server(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QSignalSpy conns(&server, &QWebSocketServer::newConnection);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MIRAGEDESK_TOKEN"), QStringLiteral("tok-123"));
        p.setProcessEnvironment(env);
        QStringList args {"watch", "--server",
            QStringLiteral("ws://0.0.0.0:%1").arg(server.serverPort()), "--activity", kId, "--no-snapshot", "--count", "1", "--timeout",
                "30"};
        if (optIn)
            args << "--insecure-token";
        p.start(QStringLiteral(MIRAGEDESK_BINARY), args);
        QTRY_COMPARE_WITH_TIMEOUT(conns.count(), 1, 20000);
        QWebSocket *peer = server.nextPendingConnection();
        QCOMPARE(peer->request().rawHeader("Authorization"), optIn ? QByteArray("Bearer tok-123") : QByteArray());
        peer->sendTextMessage(QStringLiteral(R"({"id":102,"activity_id":"%1","updated_fields":{"name":"x"}})").arg(kId));
        QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 20000);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(err.contains("a token was given but will not be sent"), !optIn);
        if (!optIn)
            QVERIFY2(err.contains("--insecure-token"), err);
        QVERIFY(!err.contains("tok-123"));
    }
};

QTEST_GUILESS_MAIN(TestWatchOptions)
#include "tst_watchoptions.moc"
