// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_instance.h"

#include "desktop/instancesocket.h"
#include "desktop/openlink.h"
#include "desktop/singleinstance.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace mirage;

namespace {
constexpr const char *kA = "63b76319-68ef-4412-9dd4-bb2a13315ee2";
constexpr const char *kB = "0c6f6c2a-8d3e-4b1f-9a57-3e2d1c0b9a87";
constexpr const char *kAppId = "io.github.miragedesk.miragedesk";
constexpr const char *kNoBus = "unix:path=/nonexistent/miragedesk-test-bus";

QStringList openArgs(const char *activity)
{
    return {QStringLiteral("--server"), QStringLiteral("ws://127.0.0.1:9"), QStringLiteral("--activity"), QString::fromLatin1(activity)};
}

// A MirageDesk process; `busAddress` "" keeps the test's session bus.
void startApp(QProcess &p, const QStringList &args, const QString &busAddress)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!busAddress.isEmpty())
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(MIRAGEDESK_BINARY), args);
}

// MirageDesk's top-level windows on the X server (Qt's own helper windows have no class).
QStringList appWindows()
{
    QProcess x;
    x.start(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")});
    if (!x.waitForFinished(10000))
        return {QStringLiteral("xwininfo did not answer")};
    QStringList found;
    static const QRegularExpression re(QStringLiteral("\"[^\"]*MirageDesk\": \\(\"miragedesk\""));
    for (const QString &line : QString::fromLocal8Bit(x.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (re.match(line).hasMatch())
            found << line.trimmed();
    }
    return found;
}

// The _NET_STARTUP_ID of the window in an appWindows() line ("0x1a00003 \"MirageDesk\": …").
QString startupIdOf(const QString &windowLine)
{
    const QString id = windowLine.section(QLatin1Char(' '), 0, 0);
    if (!id.startsWith(QLatin1String("0x")))
        return QStringLiteral("no window");
    QProcess xprop;
    xprop.start(QStringLiteral("xprop"), {QStringLiteral("-id"), id, QStringLiteral("-notype"), QStringLiteral("_NET_STARTUP_ID")});
    xprop.waitForFinished(5000);
    const QString out = QString::fromUtf8(xprop.readAllStandardOutput()).trimmed(); // _NET_STARTUP_ID = "…"
    const qsizetype quote = out.indexOf(QLatin1Char('"'));
    return quote < 0 ? QString() : out.mid(quote + 1, out.lastIndexOf(QLatin1Char('"')) - quote - 1);
}

QStringList queuedOwners()
{
    const QDBusMessage m = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
        QStringLiteral("/org/freedesktop/DBus"),
            QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListQueuedOwners")) << QString::fromLatin1(kAppId);
    const QDBusReply<QStringList> reply = QDBusConnection::sessionBus().call(m);
    return reply.isValid() ? reply.value() : QStringList();
}

uint ownerPid()
{
    const QDBusReply<uint> pid = QDBusConnection::sessionBus().interface()->servicePid(QString::fromLatin1(kAppId));
    return pid.isValid() ? pid.value() : 0;
}

ino_t inodeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}
} // namespace

void TestInstance::linksAreParsedOrRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("server"); // empty: refused
    QTest::addColumn<QString>("activityOrReason");
    QTest::newRow("open") << "miragedesk://open?server=ws%3A%2F%2Fh.example%3A8000&activity=63B76319-68EF-4412-9DD4-BB2A13315EE2"
                          << "ws://h.example:8000"
                          << "63B76319-68EF-4412-9DD4-BB2A13315EE2";
    // A server under a base path (issue #25): the link carries it, as OpenLink::linkTo writes it.
    QTest::newRow("open-prefix") << OpenLink::linkTo("https://h.example/mirage/", kA) << "https://h.example/mirage/" << kA;
    QTest::newRow("host-port") << "miragedesk://h.example:8000/63b76319-68ef-4412-9dd4-bb2a13315ee2"
                               << "http://h.example:8000" << kA;
    QTest::newRow("https-port") << "miragedesk://h.example:443/63b76319-68ef-4412-9dd4-bb2a13315ee2/"
                                << "https://h.example" << kA;
    QTest::newRow("bad-uuid") << "miragedesk://h.example:8000/not-a-uuid"
                              << ""
                              << "is not an activity UUID";
    QTest::newRow("no-activity") << "miragedesk://open?server=ws://h"
                                 << ""
                                 << "'activity' is missing";
    QTest::newRow("no-server") << "miragedesk://open?activity=63b76319-68ef-4412-9dd4-bb2a13315ee2"
                               << ""
                               << "'server' is missing";
    QTest::newRow("bad-server") << "miragedesk://open?server=ftp://h&activity=63b76319-68ef-4412-9dd4-bb2a13315ee2"
                                << ""
                                << "unsupported scheme";
    QTest::newRow("other-scheme") << "https://h.example/63b76319-68ef-4412-9dd4-bb2a13315ee2"
                                  << ""
                                  << "not a miragedesk:// link";
    // The short form under a base path (issue #25): the UUID is the last part, the rest the base.
    QTest::newRow("short-prefix") << "miragedesk://h:1/a/63b76319-68ef-4412-9dd4-bb2a13315ee2"
                                  << "http://h:1/a/" << kA;
    QTest::newRow("short-prefix-https") << "miragedesk://h.example:443/mirage/x/63b76319-68ef-4412-9dd4-bb2a13315ee2/"
                                        << "https://h.example/mirage/x/" << kA;
    QTest::newRow("short-prefix-dots") << "miragedesk://h:1/a/../63b76319-68ef-4412-9dd4-bb2a13315ee2"
                                       << ""
                                       << "unexpected path '/a/../' in the server URL";
    QTest::newRow("short-channel-path") << "miragedesk://h:1/ws/activities/63b76319-68ef-4412-9dd4-bb2a13315ee2"
                                        << ""
                                        << "unexpected path '/ws/activities/' in the server URL";
    QTest::newRow("short-no-uuid") << "miragedesk://h:1/"
                                   << ""
                                   << "expected an activity UUID after the server";
    QTest::newRow("short-prefix-not-uuid") << "miragedesk://h:1/mirage/nope"
                                           << ""
                                           << "is not an activity UUID";
    // miragedesk://A@B/… opens B while the reader sees A (issue #23); a password is not repeated.
    QTest::newRow("user") << "miragedesk://mirage.example.org@203.0.113.9:8000/63b76319-68ef-4412-9dd4-bb2a13315ee2"
                          << ""
                          << "'mirage.example.org@' before the server makes it look like a link to mirage.example.org, but it "
                             "would open 203.0.113.9; a link may not hold a user name or password";
    QTest::newRow("user-password") << "miragedesk://ana:s3cret@h.example:8000/63b76319-68ef-4412-9dd4-bb2a13315ee2"
                                   << ""
                                   << "a link may not hold a user name or password";
    QTest::newRow("password") << "miragedesk://:s3cret@h.example:8000/63b76319-68ef-4412-9dd4-bb2a13315ee2"
                              << ""
                              << "it has '@' before the server h.example";
    QTest::newRow("user-open") << "miragedesk://mirage.example.org@open?server=ws://h&activity=63b76319-68ef-4412-9dd4-bb2a13315ee2"
                               << ""
                               << "a link may not hold a user name or password";
    // A host name that is not ASCII is kept in punycode: аpple.com (Cyrillic а) is not apple.com.
    QTest::newRow("idn-host") << QStringLiteral("miragedesk://b\u00fccher.de:8000/63b76319-68ef-4412-9dd4-bb2a13315ee2")
        << "http://xn--bcher-kva.de:8000" << kA;
    QTest::newRow("idn-open") << "miragedesk://open?server=ws%3A%2F%2F%D0%B0pple.com%3A8000&activity=63b76319-68ef-4412-9dd4-bb2a13315ee2"
                              << "ws://xn--pple-43d.com:8000" << kA;
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
        QVERIFY2(!error.contains(QLatin1String("s3cret")), qPrintable(error));
    } else {
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->server, server);
        QCOMPARE(request->activity, activityOrReason);
    }
}

namespace {
// `n` links to different activities (on a port where nothing listens).
QStringList manyLinks(int n, int first = 0)
{
    QStringList out;
    for (int i = first; i < first + n; ++i)
        out << QStringLiteral("miragedesk://127.0.0.1:9/00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    return out;
}
HandOverRequest requestOf(const QStringList &links)
{
    HandOverRequest r;
    r.links = links;
    return r;
}
} // namespace

void TestInstance::linksAreLimitedAndOpenedOneATurn()
{
    // As ApplicationService (the caller: the sender's unique name) and the local socket hand them over.
    SingleInstance instance;
    QSignalSpy refused(&instance, &SingleInstance::linksRefused);
    QStringList received;
    QList<int> turns; // how many links had come when something the handler posted ran
    connect(&instance, &SingleInstance::requestReceived, this, [&](const HandOverRequest &r) {
        received << r.links;
        QMetaObject::invokeMethod(
            this, [&] { turns << int(received.size()); }, Qt::QueuedConnection);
    });

    // 5,000 links in one request: refused whole, with how many and the limit, and said once.
    bool overLimit = false;
    QString why = instance.accept(requestOf(manyLinks(5000)), QStringLiteral(":1.41"), &overLimit);
    QVERIFY(overLimit);
    QVERIFY2(why.contains(QLatin1String("5000 links in one request; MirageDesk takes at most 20 at a time")), qPrintable(why));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0), QVariantList({5000, 20}));

    // Within the limits, a bad link is refused for what it is.
    overLimit = false;
    why = instance.accept(requestOf({QStringLiteral("miragedesk://127.0.0.1:9/nope")}), QStringLiteral(":1.41"), &overLimit);
    QVERIFY(!overLimit);
    QVERIFY2(why.contains(QLatin1String("is not an activity UUID")), qPrintable(why));

    // 20 wait for the window; the same caller's 21st is refused until they are opened.
    QCOMPARE(instance.accept(requestOf(manyLinks(20)), QStringLiteral(":1.41")), QString());
    overLimit = false;
    why = instance.accept(requestOf(manyLinks(1, 20)), QStringLiteral(":1.41"), &overLimit);
    QVERIFY(overLimit);
    QVERIFY2(why.contains(QLatin1String("20 links of this caller are still waiting to be opened")), qPrintable(why));
    // Other callers have their own 20, and 100 wait at most in all.
    for (int caller = 1; caller < 5; ++caller)
        QCOMPARE(instance.accept(requestOf(manyLinks(20, caller * 20)), QStringLiteral(":1.%1").arg(50 + caller)), QString());
    overLimit = false;
    why = instance.accept(requestOf(manyLinks(1, 100)), QStringLiteral(":1.60"), &overLimit);
    QVERIFY(overLimit);
    QVERIFY2(why.contains(QLatin1String("100 links are still waiting to be opened")), qPrintable(why));
    QCOMPARE(refused.size(), 3);

    // Once the window is ready: one link a turn of the event loop (what the handler of one posted
    // runs before the next comes), in the order they came.
    instance.setReady();
    QCOMPARE(received.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(turns.size(), 100, 20000);
    QCOMPARE(received, manyLinks(100));
    for (int i = 0; i < turns.size(); ++i)
        QCOMPARE(turns.at(i), i + 1);
    // Opened: the caller may hand over again.
    QCOMPARE(instance.accept(requestOf(manyLinks(20, 200)), QStringLiteral(":1.41")), QString());
    QTRY_COMPARE(received.size(), 120);
}

void TestInstance::initTestCase()
{
    // The app's own log lines ("opening activity …") say which instance opened what; its logging
    // categories are quiet by default, so the processes started here turn that one on.
    qputenv("QT_LOGGING_RULES", "miragedesk.app.info=true");
}

void TestInstance::cleanup()
{
    // A test that failed half-way may leave its MirageDesk owning the bus name (or the service file
    // that lets the bus start one): end them, so that the next test starts from a clean session.
    if (const uint pid = ownerPid(); pid == uint(::getpid())) {
        QDBusConnection::sessionBus().unregisterService(QString::fromLatin1(kAppId)); // this test played the owner
    } else if (pid) {
        ::kill(pid_t(pid), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(
            !QDBusConnection::sessionBus().interface()->isServiceRegistered(QString::fromLatin1(kAppId)).value(), 10000);
    }
    if (!qEnvironmentVariableIsEmpty("XDG_DATA_HOME"))
        QFile::remove(
            qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/dbus-1/services/%1.service").arg(QString::fromLatin1(kAppId)));
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

    QTRY_COMPARE_WITH_TIMEOUT(appWindows().size(), 1, 20000);
    QCOMPARE(startupIdOf(appWindows().constFirst()), QString());

    // Started by a launcher with a startup id (X11): the running window gets it, so that the
    // window manager lets it come forward (Qt reads DESKTOP_STARTUP_ID only when it starts).
    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DESKTOP_STARTUP_ID"), QStringLiteral("launcher-4242_TIME98765"));
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(MIRAGEDESK_BINARY),
        {QStringLiteral("miragedesk://open?server=ws://127.0.0.1:9&activity=%1").arg(QString::fromLatin1(kB))});
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(second.readAllStandardError().contains("the running MirageDesk opens the activity"));
    QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains(QByteArray("opening activity ") + kB), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(startupIdOf(appWindows().value(0)), QStringLiteral("launcher-4242_TIME98765"), 10000);

    QProcess bad;
    bad.start(QStringLiteral(MIRAGEDESK_BINARY), {QStringLiteral("miragedesk://127.0.0.1:9/nope")});
    QVERIFY(bad.waitForFinished(15000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("is not an activity UUID"));
    QCOMPARE(first.state(), QProcess::Running);

    first.terminate();
    QVERIFY(first.waitForFinished(10000));
}

void TestInstance::threeSimultaneousStartsGiveOneWindow_data()
{
    QTest::addColumn<QString>("busAddress");
    QTest::newRow("session bus") << QString();
    QTest::newRow("no session bus: local socket") << QString::fromLatin1(kNoBus);
}

void TestInstance::threeSimultaneousStartsGiveOneWindow()
{
    QFETCH(QString, busAddress);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run me through tests/gui/run-in-session");
    QProcess p[3];
    for (QProcess &one : p)
        startApp(one, openArgs(kA), busAddress);
    for (QProcess &one : p)
        QVERIFY(one.waitForStarted());

    // Two hand their request over and leave; one stays with its window.
    auto finished = [&] {
        return int(p[0].state() == QProcess::NotRunning) + int(p[1].state() == QProcess::NotRunning)
            + int(p[2].state() == QProcess::NotRunning);
    };
    QTRY_COMPARE_WITH_TIMEOUT(finished(), 2, 40000);
    QProcess *winner = nullptr;
    for (QProcess &one : p) {
        if (one.state() == QProcess::Running) {
            winner = &one;
            continue;
        }
        const QByteArray err = one.readAllStandardError();
        QCOMPARE(one.exitStatus(), QProcess::NormalExit);
        QVERIFY2(one.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("the running MirageDesk opens the activity"), err.constData());
    }
    QVERIFY(winner);
    QTRY_COMPARE_WITH_TIMEOUT(appWindows().size(), 1, 20000);
    if (busAddress.isEmpty()) {
        QCOMPARE(queuedOwners().size(), 1);
        QCOMPARE(qint64(ownerPid()), winner->processId());
    } else {
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(QString::fromLatin1(kAppId)).value());
    }
    winner->terminate();
    QVERIFY(winner->waitForFinished(10000));
    QTRY_COMPARE_WITH_TIMEOUT(appWindows().size(), 0, 10000);
}

void TestInstance::aStoppedFirstInstanceIsWaitedForNotReplaced_data()
{
    threeSimultaneousStartsGiveOneWindow_data();
}

void TestInstance::aStoppedFirstInstanceIsWaitedForNotReplaced()
{
    QFETCH(QString, busAddress);
    QProcess first;
    startApp(first, openArgs(kA), busAddress);
    QVERIFY(first.waitForStarted());
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains(QByteArray("opening activity ") + kA), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(appWindows().size(), 1, 20000);
    const QString socket = SingleInstance::socketPath();
    const ino_t inode = busAddress.isEmpty() ? 0 : inodeOf(socket);
    if (!busAddress.isEmpty())
        QVERIFY2(inode != 0, qPrintable(socket));

    // The first instance does not answer for 3 s (as a busy or swapped-out process would not).
    QCOMPARE(::kill(pid_t(first.processId()), SIGSTOP), 0);
    QProcess second;
    startApp(second, {QStringLiteral("miragedesk://open?server=ws://127.0.0.1:9&activity=%1").arg(QString::fromLatin1(kB))}, busAddress);
    QVERIFY(second.waitForStarted());
    QTest::qWait(3000);
    const bool secondWaited = second.state() == QProcess::Running;
    const ino_t inodeWhileStopped = busAddress.isEmpty() ? 0 : inodeOf(socket);
    QCOMPARE(::kill(pid_t(first.processId()), SIGCONT), 0);
    QVERIFY2(secondWaited, second.readAllStandardError().constData());
    QCOMPARE(inodeWhileStopped, inode); // the live socket was not deleted

    // Once the first answers, it takes the request and the second leaves without a window.
    QVERIFY2(second.waitForFinished(30000), "the second start did not hand over");
    const QByteArray err = second.readAllStandardError();
    QVERIFY2(second.exitCode() == 0, err.constData());
    QVERIFY2(err.contains("the running MirageDesk opens the activity"), err.constData());
    QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains(QByteArray("opening activity ") + kB), 10000);
    QCOMPARE(appWindows().size(), 1);
    QCOMPARE(first.state(), QProcess::Running);
    first.terminate();
    QVERIFY(first.waitForFinished(10000));
}

void TestInstance::withoutASessionBusAStaleSocketIsReplaced()
{
    // A socket file whose owner died: bound, never listened on, never removed.
    const QString path = SingleInstance::socketPath();
    QFile::remove(path);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un addr {};
    addr.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    QVERIFY(size_t(encoded.size()) < sizeof(addr.sun_path));
    std::memcpy(addr.sun_path, encoded.constData(), size_t(encoded.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(path));

    QProcess first;
    startApp(first, openArgs(kA), QString::fromLatin1(kNoBus));
    QVERIFY(first.waitForStarted());
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains(QByteArray("opening activity ") + kA), 20000);
    QVERIFY2(!log.contains("open their own window"), log.constData());
    QVERIFY2(log.contains("removing the socket of a MirageDesk that is gone"), log.constData());

    QProcess second;
    startApp(second, {QStringLiteral("miragedesk://127.0.0.1:9/%1").arg(QString::fromLatin1(kB))}, QString::fromLatin1(kNoBus));
    QVERIFY(second.waitForFinished(30000));
    const QByteArray err = second.readAllStandardError();
    QVERIFY2(second.exitCode() == 0, err.constData());
    QVERIFY2(err.contains("the running MirageDesk opens the activity"), err.constData());
    QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains(QByteArray("opening activity ") + kB), 10000);
    first.terminate();
    QVERIFY(first.waitForFinished(10000));
}

void TestInstance::theBusStartsTheServiceForOpenAndActivate()
{
    // What the installed io.github.miragedesk.miragedesk.service does, pointed at this build.
    const QString dir = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/dbus-1/services");
    QVERIFY2(!qEnvironmentVariableIsEmpty("XDG_DATA_HOME") && QDir().mkpath(dir), "run me through tests/gui/run-in-session");
    QFile service(dir + QStringLiteral("/%1.service").arg(QString::fromLatin1(kAppId)));
    QVERIFY(service.open(QIODevice::WriteOnly));
    service.write("[D-BUS Service]\nName=" + QByteArray(kAppId) + "\nExec=" + QByteArray(MIRAGEDESK_BINARY) + " --gapplication-service\n");
    service.close();
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY(bus.call(
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
            QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ReloadConfig"))).type()
            == QDBusMessage::ReplyMessage);
    QVERIFY(!bus.interface()->isServiceRegistered(QString::fromLatin1(kAppId)).value());

    auto call = [&](const QString &method, const QVariantList &args) {
        QDBusMessage m = QDBusMessage::createMethodCall(QString::fromLatin1(kAppId),
            QStringLiteral("/io/github/miragedesk/miragedesk"), QStringLiteral("org.freedesktop.Application"), method);
        m.setArguments(args);
        return bus.call(m, QDBus::Block, 25000);
    };
    const QVariantMap platformData {{QStringLiteral("activation-token"), QStringLiteral("test-token")}};
    const QString link = QStringLiteral("miragedesk://open?server=ws://127.0.0.1:9&activity=%1").arg(QString::fromLatin1(kA));
    QDBusMessage reply = call(QStringLiteral("Open"), {QStringList {link}, platformData});
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    const uint pid = ownerPid();
    QVERIFY(pid != 0);
    QTRY_VERIFY_WITH_TIMEOUT(appWindows().join(QLatin1Char('\n')).contains(QString::fromLatin1(kA)), 45000);
    QCOMPARE(appWindows().size(), 1);

    // A bad link is refused with the reason; Activate only brings the window forward.
    reply = call(QStringLiteral("Open"), {QStringList {QStringLiteral("miragedesk://127.0.0.1:9/nope")}, QVariantMap()});
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QVERIFY2(reply.errorMessage().contains(QLatin1String("is not an activity UUID")), qPrintable(reply.errorMessage()));
    reply = call(QStringLiteral("Activate"), {platformData});
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QCOMPARE(appWindows().size(), 1);
    QCOMPARE(ownerPid(), pid);
    // The desktop entry's action (Actions=open-activity) is taken (the window shows its Open
    // dialog: tests/gui/atspi/test_workspace.py reads it there); an action it does not have is not.
    reply = call(QStringLiteral("ActivateAction"), {QStringLiteral("open-activity"), QVariantList(), platformData});
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    reply = call(QStringLiteral("ActivateAction"), {QStringLiteral("quit"), QVariantList(), QVariantMap()});
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QCOMPARE(reply.errorName(), QStringLiteral("org.freedesktop.DBus.Error.NotSupported"));
    QCOMPARE(appWindows().size(), 1);
    QCOMPARE(ownerPid(), pid);

    QCOMPARE(::kill(pid_t(pid), SIGTERM), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!bus.interface()->isServiceRegistered(QString::fromLatin1(kAppId)).value(), 10000);
    service.remove();
}

void TestInstance::anOwnerThatRefusesIsReportedNotBypassed()
{
    // This test process owns the name but serves no org.freedesktop.Application: the bus answers
    // the hand-over with an error, and the start must say so rather than open a second window.
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY(bus.registerService(QString::fromLatin1(kAppId)));
    QProcess start;
    startApp(start, openArgs(kA), QString());
    QTRY_VERIFY_WITH_TIMEOUT(start.state() == QProcess::NotRunning, 30000); // the bus needs our event loop
    const QByteArray err = start.readAllStandardError();
    QCOMPARE(start.exitCode(), 1);
    QVERIFY2(err.contains("could not hand over to the running MirageDesk"), err.constData());
    QCOMPARE(appWindows().size(), 0);
    QVERIFY(bus.unregisterService(QString::fromLatin1(kAppId)));
}

void TestInstance::theLocalSocketHasTheSameLimits()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run me through tests/gui/run-in-session");
    QProcess first;
    startApp(first, openArgs(kA), QString::fromLatin1(kNoBus));
    QVERIFY(first.waitForStarted());
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains(QByteArray("opening activity ") + kA), 20000);

    // Without a session bus, a start hands its request over the socket: 21 links are refused.
    QString error;
    QVERIFY(!InstanceSocket::send(requestOf(manyLinks(21)).toLine(), 10000, &error));
    QVERIFY2(error.contains(QLatin1String("21 links in one request; MirageDesk takes at most 20 at a time")), qPrintable(error));
    QVERIFY2(InstanceSocket::send(requestOf(manyLinks(1)).toLine(), 10000, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(
        (log += first.readAllStandardError()).contains("opening activity 00000000-0000-4000-8000-000000000000"), 10000);
    QCOMPARE(log.count("refused a request of 21 links"), 1);
    // The Open dialog (`miragedesk --open-dialog`) is asked over the socket too; an action
    // MirageDesk does not have is refused.
    HandOverRequest dialog;
    dialog.action = HandOverRequest::openActivityAction();
    QVERIFY2(InstanceSocket::send(dialog.toLine(), 10000, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(
        (log += first.readAllStandardError()).contains("request from another start: show the window open-activity"), 10000);
    QVERIFY(!InstanceSocket::send(R"({"links":[],"action":"quit"})", 10000, &error));
    QCOMPARE(error, QStringLiteral("unreadable request"));
    first.terminate();
    QVERIFY(first.waitForFinished(10000));
}

void TestInstance::aFloodOfLinksIsRefusedAndTheBusKeepsAnswering()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run me through tests/gui/run-in-session");
    QProcess first;
    startApp(first, openArgs(kA), QString());
    QVERIFY(first.waitForStarted());
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains(QByteArray("opening activity ") + kA), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(appWindows().size(), 1, 20000);

    QDBusConnection bus = QDBusConnection::sessionBus();
    auto call = [&](const QString &method, const QVariantList &args) {
        QDBusMessage m = QDBusMessage::createMethodCall(QString::fromLatin1(kAppId),
            QStringLiteral("/io/github/miragedesk/miragedesk"), QStringLiteral("org.freedesktop.Application"), method);
        m.setArguments(args);
        return bus.call(m, QDBus::Block, 10000);
    };
    // Issue #23: one Open of 5,000 links was taken, and the window stopped answering the bus.
    QDBusMessage reply = call(QStringLiteral("Open"), {manyLinks(5000), QVariantMap()});
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QCOMPARE(reply.errorName(), QStringLiteral("org.freedesktop.DBus.Error.LimitsExceeded"));
    QVERIFY2(reply.errorMessage().contains(QLatin1String("5000 links in one request; MirageDesk takes at most 20 at a time")),
        qPrintable(reply.errorMessage()));

    // The bus keeps answering, and 20 links are taken and opened.
    reply = call(QStringLiteral("Open"), {manyLinks(20), QVariantMap()});
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    reply = call(QStringLiteral("Activate"), {QVariantMap()});
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QTRY_COMPARE_WITH_TIMEOUT((log += first.readAllStandardError()).count("opening activity 00000000-0000-4000-8000-"), 20, 30000);
    QCOMPARE(log.count("refused a request of 5000 links"), 1);
    QCOMPARE(appWindows().size(), 1);
    first.terminate();
    QVERIFY(first.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestInstance)

#include "moc_tst_instance.cpp"
