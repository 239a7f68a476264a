// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// `miragedesk watch`'s trust and limit options, run as a user runs them: the real binary, against a
// QWebSocketServer in this process.
#include "../common/binaryrun.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
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
    // Issue #23: a failed snapshot reads as one sentence on stderr, never as the channel's codes
    // ("mirage::SnapshotFailure::Reason::Timeout 0 "" """) beside it.
    void snapshotFailureIsOneSentence_data()
    {
        QTest::addColumn<QByteArray>("answer"); // empty: the server never answers
        QTest::addColumn<QString>("sentence");
        QTest::newRow("timeout") << QByteArray() << "warning: the snapshot request took longer than 1000 ms; keeping the local state";
        QTest::newRow("http 500") << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                                  << "warning: the snapshot request answered HTTP 500; keeping the local state";
    }

    void snapshotFailureIsOneSentence()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, sentence);
        QWebSocketServer server(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpServer http;
        QVERIFY(http.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> asked;
        connect(&http, &QTcpServer::newConnection, &http, [&] {
            QTcpSocket *c = http.nextPendingConnection();
            asked << c;
            connect(c, &QTcpSocket::readyRead, c, [c, answer] {
                if (c->readAll().contains("\r\n\r\n") && !answer.isEmpty()) {
                    c->write(answer);
                    c->disconnectFromHost();
                }
            });
        });
        QProcess p;
        p.start(QStringLiteral(MIRAGEDESK_BINARY),
            {"watch", "--server",
                QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()), "--activity", kId, "--snapshot-url",
                    QStringLiteral("http://127.0.0.1:%1/snap?id={id}").arg(http.serverPort()), "--snapshot-timeout", "1", "--count", "1",
                        "--timeout", "60"});
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("warning:"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 20000);
        QWebSocket *peer = server.nextPendingConnection();
        peer->sendTextMessage(QStringLiteral(R"({"id":102,"activity_id":"%1","updated_fields":{"name":"x"}})").arg(kId));
        QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 30000);
        QCOMPARE(p.exitCode(), 0);
        err += p.readAllStandardError();
        QVERIFY2(err.contains(sentence.toUtf8()), err);
        // Every line is a sentence for a person: no C++ names, no bare codes.
        for (const QByteArray &line : err.split('\n')) {
            QVERIFY2(!line.contains("::") && !line.contains("Reason") && !line.contains("\"\""), line);
        }
    }
    // Issue #23: an endless chunked snapshot sent as fast as loopback carries it peaked at 491 MB
    // before the 64 MiB cap refused it. The cap bounds the memory, not only the verdict: the
    // watch's peak stays under twice the cap plus what it holds without a snapshot.
    void endlessSnapshotStaysWithinItsCap()
    {
        QWebSocketServer server(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        // Another process, so that the sender never waits for this one: 1 MiB chunks, at most 4 GiB.
        QProcess sender;
        sender.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral(R"PY(
import socket, sys
s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(1)
print(s.getsockname()[1], flush=True)
c, _ = s.accept()
buf = b''
while b'\r\n\r\n' not in buf:
    d = c.recv(65536)
    if not d: sys.exit(0)
    buf += d
c.sendall(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n')
chunk = b' ' * (1 << 20)
frame = b'%x\r\n' % len(chunk) + chunk + b'\r\n'
try:
    for _ in range(4096): c.sendall(frame)
except OSError: pass
)PY")});
        QTRY_VERIFY_WITH_TIMEOUT(sender.canReadLine(), 20000);
        const int port = sender.readLine().trimmed().toInt();
        QVERIFY(port > 0);
        QProcess p;
        p.start(QStringLiteral(MIRAGEDESK_BINARY),
            {"watch", "--server",
                QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()), "--activity", kId, "--snapshot-url",
                    QStringLiteral("http://127.0.0.1:%1/snap?id={id}").arg(port), "--count", "1", "--timeout", "120"});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("the snapshot is larger than 67108864 bytes"), 90000);
        QFile status(QStringLiteral("/proc/%1/status").arg(p.processId()));
        QVERIFY(status.open(QIODevice::ReadOnly));
        qint64 peakKiB = -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peakKiB = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        QVERIFY(peakKiB > 0);
        qInfo() << "peak RSS of watch:" << peakKiB / 1024 << "MiB";
        QVERIFY2(peakKiB < (2 * 64 + 64) * 1024, qPrintable(QString::number(peakKiB / 1024) + " MiB"));
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 20000);
        server.nextPendingConnection()->sendTextMessage(
            QStringLiteral(R"({"id":102,"activity_id":"%1","updated_fields":{"name":"x"}})").arg(kId));
        QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 30000);
        QCOMPARE(p.exitCode(), 0);
        sender.kill();
        sender.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestWatchOptions)
#include "tst_watchoptions.moc"
