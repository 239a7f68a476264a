// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_crowd.h"

#include "../integration/serverstack.h"
#include "desktop/appcontroller.h"
#include "desktop/desktopapp.h"
#include "quickitems.h"
#include "session/activitysession.h"

#include <QAccessible>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <csignal>
#include <functional>
#include <memory>
#include <thread>

using namespace mirage;

namespace {
// The window's activity, and the program's (each its own, so neither sees the other's crowd).
constexpr const char *kWindowId = "5d0b7c3e-2a41-4c8e-9f13-6b7a8c9d0e1f";
constexpr const char *kProgramId = "8e2f4a6c-1b3d-4e5f-8a7b-9c0d1e2f3a4b";
constexpr const char *kStep = "b7c1d2e3-0000-4000-8000-000000000001";
constexpr int kCrowd = 10000;
constexpr int kPerPost = 1000; // one POST broadcasts this many events (each well within its timeout)
// The README's limits (issue #23): a crowd costs less than 50 MB, and the header and a step row
// show five avatars and "+N"; SIGTERM ends the program within 2 s.
constexpr qint64 kGrowthLimitKb = 50 * 1024;
constexpr int kAvatarsShown = 5;
constexpr qint64 kTermMs = 2000;

QStringList g_warnings;
QtMessageHandler g_previous = nullptr;
void collectWarnings(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (type == QtWarningMsg || type == QtCriticalMsg)
        g_warnings << msg;
    g_previous(type, ctx, msg);
}

QByteArray activityJson(const char *id)
{
    return QByteArray(R"({"id":")") + id + R"(","name":"Crowded activity","steps":[{"id":")" + kStep
        + R"(","name":"Gather"},{"id":"b7c1d2e3-0000-4000-8000-000000000002","name":"Disperse"}]})";
}

// 201s (joined, on the first step) or 202s (left) for people [from, to) of the crowd.
QByteArray crowdEvents(const char *activity, int event, int from, int to)
{
    QByteArray list = "[";
    for (int i = from; i < to; ++i) {
        const QByteArray n = QByteArray::number(i);
        list += (i > from ? "," : "") + QByteArray(R"({"id":)") + QByteArray::number(event) + R"(,"activity_id":")" + activity
            + R"(","user":{"id":"person-)" + n + '"';
        if (event == 201)
            list += R"(,"name":"Person )" + n + R"(","step_id":")" + kStep + '"';
        list += "}}";
    }
    return list + "]";
}

qint64 rssKbOf(const QString &statusFile)
{
    QFile f(statusFile);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
qint64 rssKb()
{
    return rssKbOf(QStringLiteral("/proc/self/status"));
}

using quickitems::collect;
using quickitems::findItem;

// What an avatar row shows: the initials of its visible avatars, then its "+N" when visible.
QStringList shownBy(QQuickItem *row)
{
    QStringList out;
    if (!row || !row->isVisible())
        return out;
    QList<QQuickItem *> avatars;
    collect(row, QStringLiteral("avatar"), avatars);
    for (QQuickItem *a : avatars) {
        if (a->isVisible())
            out << findItem(a, QStringLiteral("avatarInitials"))->property("text").toString();
    }
    QQuickItem *more = findItem(row, QStringLiteral("avatarMore"));
    if (more && more->isVisible())
        out << more->property("text").toString();
    return out;
}

QString accessibleName(QQuickItem *item)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(item);
    return a ? a->text(QAccessible::Name) : QString();
}

struct World
{
    std::unique_ptr<ServerStack> stack;
    std::unique_ptr<AppController> app;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
};
World *w = nullptr;

// Posts the crowd's 201s or 202s in POSTs of kPerPost; returns whether the server took them all.
bool postCrowd(const char *activity, int event, int from = 0, int to = kCrowd)
{
    for (int i = from; i < to; i += kPerPost) {
        if (!w->stack->post(QString::fromLatin1(activity), crowdEvents(activity, event, i, std::min(i + kPerPost, to))))
            return false;
    }
    return true;
}
} // namespace

void TestCrowd::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run me through tests/gui/run-in-session");
    g_previous = qInstallMessageHandler(collectWarnings);
    w = new World;
    w->stack = std::make_unique<ServerStack>(1);
    QString error;
    QVERIFY2(w->stack->start(&error), qPrintable(error));
    QVERIFY(w->stack->putActivity(QString::fromLatin1(kWindowId), activityJson(kWindowId)));
    QVERIFY(w->stack->putActivity(QString::fromLatin1(kProgramId), activityJson(kProgramId)));
}

void TestCrowd::cleanupTestCase()
{
    if (!w)
        return;
    w->engine.reset();
    w->app.reset();
    delete w;
    w = nullptr;
}

void TestCrowd::sigtermDuringABurstEndsTheProgram()
{
    // The real program, in its own settings and copies (not the window test's), its channel's
    // state on stderr to know when it is open.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *xdg : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.insert(QLatin1String(xdg), home.filePath(QLatin1String(xdg)));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("miragedesk.channel.debug=true"));
    QProcess program;
    program.setProcessEnvironment(env);
    program.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray output;
    connect(&program, &QProcess::readyRead, &program, [&] { output += program.readAll(); });
    program.start(QStringLiteral(MIRAGEDESK_BINARY),
        {QStringLiteral("--server"), w->stack->httpBase(), QStringLiteral("--activity"), QString::fromLatin1(kProgramId)});
    QVERIFY(program.waitForStarted(30000));
    auto killed = qScopeGuard([&program] {
        if (program.state() != QProcess::NotRunning) {
            program.kill();
            program.waitForFinished(10000);
        }
    });
    QTRY_VERIFY2_WITH_TIMEOUT(output.contains("Open"), output.constData(), 60000);

    // Half the crowd is on its way when the signal comes: the program is busy with it.
    QVERIFY(postCrowd(kProgramId, 201, 0, kCrowd / 2));
    QVERIFY(::kill(pid_t(program.processId()), SIGTERM) == 0);
    QElapsedTimer took;
    took.start();
    // The wait is longer than the promise so that a failure says how long it took.
    program.waitForFinished(30000);
    const qint64 ms = took.elapsed();
    qInfo("SIGTERM during a burst of %d joins: the program ended after %lld ms", kCrowd / 2, ms);
    QCOMPARE(program.state(), QProcess::NotRunning);
    QVERIFY2(ms < kTermMs, qPrintable(QStringLiteral("the program took %1 ms to end").arg(ms)));
    QCOMPARE(program.exitStatus(), QProcess::NormalExit);
    QCOMPARE(program.exitCode(), 0);
    output += program.readAll();
    QVERIFY2(!output.contains(".qml:"), output.constData()); // no QML warning
}

void TestCrowd::tenThousandJoinAndLeaveCostLittle()
{
    QAccessible::setActive(true);
    w->app = std::make_unique<AppController>(ChannelSettings {});
    w->engine = std::make_unique<QQmlApplicationEngine>();
    w->engine->setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(static_cast<QObject *>(w->app.get()))}});
    w->engine->load(QUrl(QString::fromLatin1(DesktopApp::mainQml())));
    QCOMPARE(w->engine->rootObjects().size(), 1);
    w->window = qobject_cast<QQuickWindow *>(w->engine->rootObjects().first());
    QVERIFY(w->window);
    w->app->setWindow(w->window);
    QVERIFY(QTest::qWaitForWindowExposed(w->window));
    QObject *dialog = w->window->findChild<QObject *>(QStringLiteral("openDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->property("opened").toBool());
    QMetaObject::invokeMethod(dialog, "openWith", Q_ARG(QString, w->stack->httpBase()), Q_ARG(QString, QString::fromLatin1(kWindowId)));
    QTRY_VERIFY(!dialog->property("visible").toBool());
    QTRY_VERIFY(w->app->session());
    QTRY_COMPARE(w->app->session()->connection()->state(), ConnectionMirror::Open);

    QQuickItem *root = w->window->contentItem();
    QQuickItem *header = findItem(root, QStringLiteral("presentAvatars"));
    QQuickItem *peopleTab = findItem(root, QStringLiteral("peopleTab"));
    QVERIFY(header && peopleTab);
    QTRY_COMPARE(peopleTab->property("text").toString(), QStringLiteral("People (0)"));
    auto stepRow = [root] { return findItem(root, QStringLiteral("stepAvatars")); }; // the first step's
    QTRY_VERIFY(stepRow());

    // A few come and go first, so that what any person costs once (the avatars' components, the
    // popups) is in the starting point.
    QVERIFY(postCrowd(kWindowId, 201, 0, 10));
    QTRY_COMPARE(peopleTab->property("text").toString(), QStringLiteral("People (10)"));
    QVERIFY(postCrowd(kWindowId, 202, 0, 10));
    QTRY_COMPARE(peopleTab->property("text").toString(), QStringLiteral("People (0)"));
    QTRY_VERIFY(!header->isVisible());
    const qint64 startKb = rssKb();
    QVERIFY(startKb > 0);

    // A watchdog beside the event loop: a window that starves its loop (as a crowd once did, growing
    // by gigabytes) ends the test at once, with the growth, instead of at the test's timeout.
    std::atomic<bool> done {false};
    std::thread watchdog([&done, startKb] {
        while (!done) {
            const qint64 grown = rssKb() - startKb;
            if (grown > 4 * kGrowthLimitKb)
                qFatal("RSS grew by %lld kB while the crowd came and went (the limit is %lld kB)", grown, kGrowthLimitKb);
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
    auto stopWatchdog = qScopeGuard([&] {
        done = true;
        watchdog.join();
    });

    // The window answers throughout: the longest the event loop was away, seen by a 10 ms timer.
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longestGapMs = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, [&] { longestGapMs = std::max(longestGapMs, sinceTick.restart()); });
    ticker.start();
    // Waits for the People tab to read `text`, failing at once when the memory grows past the limit.
    qint64 peakKb = startKb;
    auto waitForPeople = [&](int count) {
        const QString text = QStringLiteral("People (%1)").arg(count);
        QElapsedTimer waited;
        waited.start();
        while (peopleTab->property("text").toString() != text && waited.elapsed() < 300000) {
            peakKb = std::max(peakKb, rssKb());
            if (peakKb - startKb > kGrowthLimitKb)
                return false;
            QTest::qWait(20);
        }
        return peopleTab->property("text").toString() == text;
    };

    QElapsedTimer took;
    took.start();
    QVERIFY(postCrowd(kWindowId, 201));
    const bool joined = waitForPeople(kCrowd);
    qInfo("%d joins: %lld ms, RSS %lld -> peak %lld kB, event loop away %lld ms at most", kCrowd, took.elapsed(), startKb, peakKb,
        longestGapMs);
    QVERIFY2(
        joined, qPrintable(QStringLiteral("%1 with RSS grown by %2 kB").arg(peopleTab->property("text").toString()).arg(peakKb - startKb)));

    // The header and the step they are on show five avatars and "+N"; the header reads the five
    // names and how many others.
    QTRY_COMPARE(shownBy(header), (QStringList {"P0", "P1", "P2", "P3", "P4", "+9995"}));
    QCOMPARE(accessibleName(header),
        QStringLiteral("Present: \u2068Person 0\u2069, \u2068Person 1\u2069, \u2068Person 2\u2069, \u2068Person 3\u2069, \u2068Person 4\u2069 and "
                       "9995 others"));
    QTRY_COMPARE(shownBy(stepRow()), (QStringList {"P0", "P1", "P2", "P3", "P4", "+9995"}));
    QCOMPARE(shownBy(header).size(), kAvatarsShown + 1);

    took.restart();
    QVERIFY(postCrowd(kWindowId, 202));
    const bool left = waitForPeople(0);
    qInfo("%d leaves: %lld ms, RSS peak %lld kB, now %lld kB, event loop away %lld ms at most", kCrowd, took.elapsed(), peakKb, rssKb(),
        longestGapMs);
    QVERIFY2(
        left, qPrintable(QStringLiteral("%1 with RSS grown by %2 kB").arg(peopleTab->property("text").toString()).arg(peakKb - startKb)));
    QTRY_VERIFY(!header->isVisible());
    QCOMPARE(shownBy(header), QStringList());
    QTRY_COMPARE(shownBy(stepRow()), QStringList());
    ticker.stop();

    const qint64 endKb = rssKb();
    QVERIFY2(endKb - startKb <= kGrowthLimitKb, qPrintable(QStringLiteral("RSS %1 kB -> %2 kB").arg(startKb).arg(endKb)));
    QVERIFY2(longestGapMs < kTermMs, qPrintable(QStringLiteral("the event loop was away for %1 ms").arg(longestGapMs)));
}

void TestCrowd::noQmlWarnings()
{
    QStringList qml;
    for (const QString &m : g_warnings)
        if (m.contains(QLatin1String("qrc:/")) || m.contains(QLatin1String("qml"), Qt::CaseInsensitive))
            qml << m;
    QVERIFY2(qml.isEmpty(), qPrintable(qml.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestCrowd)

#include "moc_tst_crowd.cpp"
