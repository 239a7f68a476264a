// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_notifier.h"

#include "desktop/appsettings.h"
#include "desktop/notifier.h"
#include "sync/manualclock.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusError>
#include <QHash>
#include <QScopeGuard>
#include <QTest>

using namespace mirage;

namespace {
// A notification service that refuses every popup: registered on the private session bus over a
// second connection of this process, so the Notifier talks to it through the real bus.
class RefusingService
    : public QObject
    , protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    int calls = 0;
public Q_SLOTS:
    uint Notify(const QString &, uint, const QString &, const QString &, const QString &, const QStringList &, const QVariantMap &, int)
    {
        ++calls;
        sendErrorReply(QDBusError::AccessDenied, QStringLiteral("popups are off"));
        return 0;
    }
};

// A notification service that shows every popup: ids as a daemon gives them (a replaced popup keeps
// its id), and what each call asked for.
class RecordingService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        uint replaces, id;
        QString summary, body;
        int expireMs = 0;
    };
    QList<Call> calls;
    QHash<uint, Call> shown; // what each popup shows now
public Q_SLOTS:
    uint Notify(const QString &, uint replaces, const QString &, const QString &summary, const QString &body, const QStringList &,
        const QVariantMap &, int expireMs)
    {
        const uint id = replaces && shown.contains(replaces) ? replaces : uint(shown.size() + 1);
        calls << Call {replaces, id, summary, body, expireMs};
        shown.insert(id, calls.last());
        return id;
    }
};

QStringList g_notifyWarnings;
QtMessageHandler g_previous = nullptr;
void collect(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (type == QtWarningMsg && ctx.category && QByteArray(ctx.category) == "miragedesk.app.notify")
        g_notifyWarnings << msg;
    g_previous(type, ctx, msg);
}
} // namespace

void TestNotifier::withoutAServiceThePopupGoesToTheFallback()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run me through tests/gui/run-in-session --no-notification-daemon");
    AppSettings settings;
    Notifier notifier(&settings);
    QVERIFY(!notifier.serviceAvailable());
    struct Shown
    {
        QString summary, body;
        int urgency;
    };
    QList<Shown> shown;
    notifier.setFallback([&](const NotificationRequest &r) { shown << Shown {r.summary, r.body, r.urgency}; });
    bool looking = false;
    notifier.setUserIsLooking([&] { return looking; });

    const NotificationRequest upload {NotificationRequest::Files,
        QStringLiteral("file:f1"),
            QStringLiteral("File uploaded: a <b>.jpg"),
                QStringLiteral("4.0 KB, by Ana & Ben"), NotificationRequest::Normal, QStringLiteral("files"), QStringLiteral("f1")};
    QVERIFY(notifier.notify(upload));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown[0].summary, upload.summary);
    QCOMPARE(shown[0].body, QStringLiteral("4.0 KB, by Ana & Ben")); // the window shows plain text: nothing to escape

    settings.setNotifyFiles(false);
    QVERIFY(!notifier.notify(upload));
    QCOMPARE(shown.size(), 1);
    settings.setNotifyFiles(true);

    looking = true;
    const NotificationRequest join {NotificationRequest::People,
        QStringLiteral("person:u1"),
            QStringLiteral("Ana joined"), QString(), NotificationRequest::Normal, QStringLiteral("people"), QStringLiteral("u1")};
    QVERIFY(!notifier.notify(join));
    const NotificationRequest alert {NotificationRequest::Alerts,
        QStringLiteral("alert:Disk"),
            QStringLiteral("Disk"), QStringLiteral("full"), NotificationRequest::Critical, QStringLiteral("log"), QString()};
    QVERIFY(notifier.notify(alert));
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown[1].urgency, 2);

    settings.setNotifyAlerts(false);
    QVERIFY(!notifier.notify(alert));
    QCOMPARE(shown.size(), 2);
}

void TestNotifier::aFloodOfAlertsIsOneSummary()
{
    AppSettings settings;
    settings.setNotifyAlerts(true);
    settings.setNotifyFiles(true);
    ManualClock clock;
    Notifier notifier(&settings);
    notifier.setClock(&clock);
    QVERIFY(!notifier.serviceAvailable());
    QStringList shown;
    notifier.setFallback([&](const NotificationRequest &r) { shown << r.summary; });
    for (int i = 0; i < 2000; ++i) {
        QVERIFY(notifier.notify({NotificationRequest::Alerts,
            QStringLiteral("alert:%1").arg(i),
                QStringLiteral("Alert %1").arg(i),
                    QStringLiteral("pressure"), NotificationRequest::Critical, QStringLiteral("log"), QString()}));
    }
    // README: at most 4 per kind in any 5 s, then one summary popup.
    QCOMPARE(shown.size(), 4);
    clock.advance(999);
    QCOMPARE(shown.size(), 4);
    clock.advance(1);
    QCOMPARE(shown.size(), 5);
    QCOMPARE(shown.last(), QStringLiteral("1996 more alerts"));
    // Another kind has its own allowance.
    QVERIFY(notifier.notify({NotificationRequest::Files,
        QStringLiteral("file:f1"),
            QStringLiteral("File uploaded"), QString(), NotificationRequest::Normal, QStringLiteral("files"), QStringLiteral("f1")}));
    QCOMPARE(shown.size(), 6);
}

NotificationRequest alertAt(qint64 t, NotificationRequest::Urgency urgency = NotificationRequest::Normal)
{
    return {NotificationRequest::Alerts,
        QStringLiteral("alert:%1").arg(t),
            QStringLiteral("Alert at %1").arg(t), QStringLiteral("pressure"), urgency, QStringLiteral("log"), QString()};
}

void TestNotifier::atMostFourPerKindInAnyFiveSeconds()
{
    // README: "at most 4 popups per kind in any 5 s, then one summary popup ("12 more alerts"),
    // replaced as it grows" (a second after the first held back, then at most once a second).
    // Spread over time on a manual clock: the limit is a sliding window, not a count per burst.
    ManualClock clock;
    AppSettings settings;
    settings.setNotifyAlerts(true);
    settings.setNotifyFiles(true);
    Notifier notifier(&settings);
    notifier.setClock(&clock);
    QVERIFY(!notifier.serviceAvailable());
    QStringList shown; // what popped up, and when
    notifier.setFallback([&](const NotificationRequest &r) { shown << QStringLiteral("%1 @%2").arg(r.summary).arg(clock.now()); });
    for (qint64 t : {0, 1000, 2000, 3000, 4000, 4999, 5000, 5001, 6000, 9999, 10000}) {
        clock.advanceTo(t);
        QVERIFY(notifier.notify(alertAt(t)));
    }
    clock.advance(60000);
    QCOMPARE(shown,
        QStringList({
            QStringLiteral("Alert at 0 @0"),
                QStringLiteral("Alert at 1000 @1000"),
                    QStringLiteral("Alert at 2000 @2000"),
                        QStringLiteral("Alert at 3000 @3000"),
                            // 4000 and 4999: a fifth and sixth within 5 s of the first: held back, summarised.
                            QStringLiteral("2 more alerts @5000"),
                                QStringLiteral("Alert at 5000 @5000"), // 5 s after the first: it left the window
                                    // 5001: held back (1000, 2000, 3000 and 5000 are within 5 s).
                                    QStringLiteral("Alert at 6000 @6000"),
                                        QStringLiteral("3 more alerts @6001"),
                                            QStringLiteral("Alert at 9999 @9999"),
                                                QStringLiteral("Alert at 10000 @10000"),
                                            }));
    // Another kind has its own allowance, at the same moment.
    for (int i = 0; i < 5; ++i) {
        QVERIFY(notifier.notify({NotificationRequest::Files,
            QStringLiteral("file:f%1").arg(i),
                QStringLiteral("File %1").arg(i), QString(), NotificationRequest::Normal,
                    QStringLiteral("files"), QStringLiteral("f%1").arg(i)}));
    }
    QCOMPARE(shown.size(), 14);
    QCOMPARE(shown.last(), QStringLiteral("File 3 @70000"));
}

void TestNotifier::criticalPopupsOfABurstExpireAfterTenSeconds()
{
    // README: "critical popups after the first of a burst expire after 10 s"; the first stays
    // until dismissed. A burst: requests of a kind less than 5 s apart.
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("expiry-service"));
    QVERIFY(bus.isConnected());
    RecordingService service;
    QVERIFY(bus.registerObject(QLatin1String(Notifier::kPath), &service, QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(QLatin1String(Notifier::kService)));
    const auto release = qScopeGuard([&] { // also when a check fails: the next test registers the name
        bus.unregisterService(QLatin1String(Notifier::kService));
        bus.unregisterObject(QLatin1String(Notifier::kPath));
        QDBusConnection::disconnectFromBus(QStringLiteral("expiry-service"));
    });
    ManualClock clock;
    AppSettings settings;
    settings.setNotifyAlerts(true);
    Notifier notifier(&settings);
    notifier.setClock(&clock);
    QVERIFY(notifier.serviceAvailable());

    QList<QPair<qint64, int>> expected; // when, and the expiry asked for
    // 0: the first (stays); 4999 and 9998: less than 5 s after the one before; 14998: after a
    // quiet 5 s, the first of a new burst; 15000: of that burst.
    const std::pair<qint64, int> times[] = {{0, -1}, {4999, 10000}, {9998, 10000}, {14998, -1}, {15000, 10000}};
    for (auto [t, expireMs] : times) {
        clock.advanceTo(t);
        QVERIFY(notifier.notify(alertAt(t, NotificationRequest::Critical)));
        expected.append({t, expireMs});
        QTRY_COMPARE(service.calls.size(), expected.size());
    }
    QList<QPair<qint64, int>> asked;
    for (const RecordingService::Call &c : std::as_const(service.calls))
        asked.append({c.summary.mid(QStringLiteral("Alert at ").size()).toLongLong(), c.expireMs});
    QCOMPARE(asked, expected);
    notifier.closeAll();
}

void TestNotifier::aRefusingServiceIsLoggedOnce()
{
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("refusing-service"));
    QVERIFY(bus.isConnected());
    RefusingService service;
    QVERIFY(bus.registerObject(QLatin1String(Notifier::kPath), &service, QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(QLatin1String(Notifier::kService)));

    AppSettings settings;
    for (auto set :
        {&AppSettings::setNotifyAlerts, &AppSettings::setNotifyFiles, &AppSettings::setNotifyPeople, &AppSettings::setNotifyMessages})
        (settings.*set)(true);
    Notifier notifier(&settings);
    QVERIFY(notifier.serviceAvailable());
    int fallbacks = 0;
    notifier.setFallback([&](const NotificationRequest &) { ++fallbacks; });
    g_notifyWarnings.clear();
    g_previous = qInstallMessageHandler(collect);
    for (int i = 0; i < 200; ++i) {
        const auto kind = NotificationRequest::Kind(i % 4);
        notifier.notify({kind,
            QStringLiteral("k:%1").arg(i),
                QStringLiteral("Event %1").arg(i), QString(), NotificationRequest::Normal, QStringLiteral("log"), QString()});
    }
    // Four kinds: each shows 4 (README: per kind in any 5 s), then its summary; all refused.
    QTRY_COMPARE(service.calls, 4 * (4 + 1));
    QTRY_COMPARE(fallbacks, service.calls);
    QTest::qWait(200);
    qInstallMessageHandler(g_previous);
    QCOMPARE(g_notifyWarnings.size(), 1);
    QVERIFY(g_notifyWarnings.first().contains(QLatin1String("refused")));
    QVERIFY(g_notifyWarnings.first().contains(QLatin1String("popups are off")));

    bus.unregisterService(QLatin1String(Notifier::kService));
    bus.unregisterObject(QLatin1String(Notifier::kPath));
    QDBusConnection::disconnectFromBus(QStringLiteral("refusing-service"));
}

void TestNotifier::aBurstIsOnePopupPerKindThatGrows()
{
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("recording-service"));
    QVERIFY(bus.isConnected());
    RecordingService service;
    QVERIFY(bus.registerObject(QLatin1String(Notifier::kPath), &service, QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(QLatin1String(Notifier::kService)));
    AppSettings settings;
    settings.setNotifyFiles(true);
    settings.setNotifyPeople(true);
    ManualClock clock;
    Notifier notifier(&settings);
    notifier.setClock(&clock);
    QVERIFY(notifier.serviceAvailable());

    // As the session asks (EventDescriber::popup), with the AppController's activity prefix.
    const QString scope = QStringLiteral("a1\nhttp://server\n");
    auto upload = [&](int i) {
        NotificationRequest n {NotificationRequest::Files,
            scope
                + QStringLiteral("file:f%1").arg(i),
                    QStringLiteral("File uploaded: photo%1.jpg").arg(i),
                        QStringLiteral("4.0 KB, by Ana Lima"), NotificationRequest::Normal,
                            QStringLiteral("files"), QStringLiteral("f%1").arg(i)};
        n.group = scope + QStringLiteral("uploaded");
        n.event = NotificationRequest::Uploaded;
        n.who = QStringLiteral("Ana Lima");
        n.activity = QStringLiteral("Pump check");
        return n;
    };
    const QStringList people {QStringLiteral("Priya Natarajan"),
        QStringLiteral("Ana Lima"),
            QStringLiteral("Ben Okafor"),
                QStringLiteral("Chen Wei"),
                    QStringLiteral("Dara Quinn"),
                        QStringLiteral("Eli Stone"),
                            QStringLiteral("Fay Moss"),
                                QStringLiteral("Gus Hale"), QStringLiteral("Hana Ito"), QStringLiteral("Ivo Peres")};
    auto join = [&](int i) {
        NotificationRequest n {NotificationRequest::People,
            scope
                + QStringLiteral("person:u%1").arg(i),
                    people[i]
                        + QStringLiteral(" joined"),
                            QStringLiteral("Joined the activity “Pump check”."), NotificationRequest::Normal,
                                QStringLiteral("people"), QStringLiteral("u%1").arg(i)};
        n.group = scope + QStringLiteral("joined");
        n.event = NotificationRequest::Joined;
        n.who = people[i];
        n.activity = QStringLiteral("Pump check");
        return n;
    };
    for (int i = 0; i < 30; ++i) {
        QVERIFY(notifier.notify(upload(i)));
        if (i < 10)
            QVERIFY(notifier.notify(join(i)));
    }
    QVERIFY(notifier.notify(upload(3))); // the same file again: one popup per subject, counted once

    // Two popups, each the first of its burst, replaced as the burst grows.
    // Two popups, each the first of its burst, replaced (once the daemon has said their ids) as
    // the burst grew: the clock moves on a second at a time until they are.
    QTRY_COMPARE(service.calls.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT((clock.advance(1000), service.calls.size() >= 4), 10000);
    QCOMPARE(service.shown.size(), 2);
    QCOMPARE(service.calls.size(), 4);
    QCOMPARE(service.calls[0].summary, QStringLiteral("File uploaded: photo0.jpg"));
    QCOMPARE(service.calls[1].summary, QStringLiteral("Priya Natarajan joined"));
    const RecordingService::Call files = service.shown.value(service.calls[0].id);
    const RecordingService::Call joins = service.shown.value(service.calls[1].id);
    QCOMPARE(files.summary, QStringLiteral("Pump check"));
    QCOMPARE(files.body, QStringLiteral("Ana Lima uploaded 30 files"));
    QCOMPARE(joins.summary, QStringLiteral("Pump check"));
    QCOMPARE(joins.body, QStringLiteral("10 people joined: Priya Natarajan, Ana Lima and 8 others"));
    for (const RecordingService::Call &c : std::as_const(service.calls).mid(2))
        QVERIFY(c.replaces == c.id);

    // After the burst (2 s without an upload), a new upload pops up on its own.
    clock.advance(2000);
    QVERIFY(notifier.notify(upload(40)));
    QTRY_COMPARE(service.calls.size(), 5);
    QCOMPARE(service.calls[4].summary, QStringLiteral("File uploaded: photo40.jpg"));
    QCOMPARE(service.shown.size(), 3);
    // An upload by someone unknown joins it: the popup no longer names Ana Lima alone.
    NotificationRequest unknown = upload(41);
    unknown.who.clear();
    QVERIFY(notifier.notify(unknown));
    QTRY_VERIFY_WITH_TIMEOUT((clock.advance(1000), service.calls.size() >= 6), 10000);
    QCOMPARE(service.calls.size(), 6);
    QCOMPARE(service.calls[5].id, service.calls[4].id);
    QCOMPARE(service.calls[5].body, QStringLiteral("2 files uploaded"));

    notifier.closeAll();
    bus.unregisterService(QLatin1String(Notifier::kService));
    bus.unregisterObject(QLatin1String(Notifier::kPath));
    QDBusConnection::disconnectFromBus(QStringLiteral("recording-service"));
}

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"

#include "moc_tst_notifier.cpp"
