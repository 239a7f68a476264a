#include "tst_instance.h"

#include "openlink.h"

#include <QProcess>
#include <QTest>

using namespace mirage;

namespace {
constexpr const char *kA = "63b76319-68ef-4412-9dd4-bb2a13315ee2";
constexpr const char *kB = "0c6f6c2a-8d3e-4b1f-9a57-3e2d1c0b9a87";
} // namespace

void TestInstance::linksAreParsedOrRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("server"); // empty: refused
    QTest::addColumn<QString>("activityOrReason");
    QTest::newRow("open") << "miragedesk://open?server=ws%3A%2F%2Fh.example%3A8000&activity=63B76319-68EF-4412-9DD4-BB2A13315EE2"
                          << "ws://h.example:8000" << "63B76319-68EF-4412-9DD4-BB2A13315EE2";
    QTest::newRow("host-port") << "miragedesk://h.example:8000/63b76319-68ef-4412-9dd4-bb2a13315ee2"
                               << "http://h.example:8000" << kA;
    QTest::newRow("https-port") << "miragedesk://h.example:443/63b76319-68ef-4412-9dd4-bb2a13315ee2/"
                                << "https://h.example" << kA;
    QTest::newRow("bad-uuid") << "miragedesk://h.example:8000/not-a-uuid" << "" << "is not an activity UUID";
    QTest::newRow("no-activity") << "miragedesk://open?server=ws://h" << "" << "'activity' is missing";
    QTest::newRow("no-server") << "miragedesk://open?activity=63b76319-68ef-4412-9dd4-bb2a13315ee2" << "" << "'server' is missing";
    QTest::newRow("bad-server") << "miragedesk://open?server=ftp://h&activity=63b76319-68ef-4412-9dd4-bb2a13315ee2" << ""
                                << "unsupported scheme";
    QTest::newRow("other-scheme") << "https://h.example/63b76319-68ef-4412-9dd4-bb2a13315ee2" << "" << "not a miragedesk:// link";
    QTest::newRow("deep-path") << "miragedesk://h:1/a/63b76319-68ef-4412-9dd4-bb2a13315ee2" << "" << "expected one activity UUID";
}

void TestInstance::linksAreParsedOrRefusedWithTheReason()
{
    QFETCH(QString, link);
    QFETCH(QString, server);
    QFETCH(QString, activityOrReason);
    QString error;
    const auto request = OpenLink::parse(link, &error);
    if (server.isEmpty()) {
        QVERIFY(!request);
        QVERIFY2(error.contains(activityOrReason), qPrintable(error));
    } else {
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->server, server);
        QCOMPARE(request->activity, activityOrReason);
    }
}

void TestInstance::secondStartHandsItsActivityToTheRunningWindow()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run me through tests/gui/run-in-session");
    // Nothing listens on port 9: the window keeps retrying, which is all this test needs.
    QProcess first;
    first.setProcessChannelMode(QProcess::SeparateChannels);
    first.start(QStringLiteral(MIRAGEDESK_BINARY),
                {QStringLiteral("--server"), QStringLiteral("ws://127.0.0.1:9"), QStringLiteral("--activity"), QString::fromLatin1(kA)});
    QVERIFY(first.waitForStarted());
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains(QByteArray("opening activity ") + kA), 20000);

    QProcess second;
    second.start(QStringLiteral(MIRAGEDESK_BINARY),
                 {QStringLiteral("miragedesk://open?server=ws://127.0.0.1:9&activity=%1").arg(QString::fromLatin1(kB))});
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(second.readAllStandardError().contains("the running MirageDesk opens the activity"));
    QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains(QByteArray("opening activity ") + kB), 10000);

    QProcess bad;
    bad.start(QStringLiteral(MIRAGEDESK_BINARY), {QStringLiteral("miragedesk://127.0.0.1:9/nope")});
    QVERIFY(bad.waitForFinished(15000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("is not an activity UUID"));
    QCOMPARE(first.state(), QProcess::Running);

    first.terminate();
    QVERIFY(first.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestInstance)
