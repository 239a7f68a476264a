// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_notifier.h"

#include "desktop/appsettings.h"
#include "desktop/notifier.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusError>
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
    notifier.setFallback([&](const QString &s, const QString &b, int u) { shown << Shown {s, b, u}; });
    bool looking = false;
    notifier.setUserIsLooking([&] { return looking; });

    const NotificationRequest upload {NotificationRequest::Files,
        QStringLiteral("file:f1"),
            QStringLiteral("File uploaded: a <b>.jpg"),
                QStringLiteral("4.0 KB, by Ana & Ben"), NotificationRequest::Normal, QStringLiteral("files"), QStringLiteral("f1")};
    QVERIFY(notifier.notify(upload));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown[0].summary, upload.summary);
    QCOMPARE(shown[0].body, QStringLiteral("4.0 KB, by Ana & Ben")); // the tray shows plain text: nothing to escape

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
    Notifier notifier(&settings);
    QVERIFY(!notifier.serviceAvailable());
    QStringList shown;
    notifier.setFallback([&](const QString &s, const QString &, int) { shown << s; });
    for (int i = 0; i < 2000; ++i) {
        QVERIFY(notifier.notify({NotificationRequest::Alerts,
            QStringLiteral("alert:%1").arg(i),
                QStringLiteral("Alert %1").arg(i),
                    QStringLiteral("pressure"), NotificationRequest::Critical, QStringLiteral("log"), QString()}));
    }
    QCOMPARE(shown.size(), Notifier::kMaxPerWindow);
    const QString more = QStringLiteral("%1 more alerts").arg(2000 - Notifier::kMaxPerWindow);
    QTRY_VERIFY(shown.contains(more));
    QCOMPARE(shown.size(), Notifier::kMaxPerWindow + 1);
    // Another kind has its own allowance.
    QVERIFY(notifier.notify({NotificationRequest::Files,
        QStringLiteral("file:f1"),
            QStringLiteral("File uploaded"), QString(), NotificationRequest::Normal, QStringLiteral("files"), QStringLiteral("f1")}));
    QCOMPARE(shown.size(), Notifier::kMaxPerWindow + 2);
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
    notifier.setFallback([&](const QString &, const QString &, int) { ++fallbacks; });
    g_notifyWarnings.clear();
    g_previous = qInstallMessageHandler(collect);
    for (int i = 0; i < 200; ++i) {
        const auto kind = NotificationRequest::Kind(i % 4);
        notifier.notify({kind,
            QStringLiteral("k:%1").arg(i),
                QStringLiteral("Event %1").arg(i), QString(), NotificationRequest::Normal, QStringLiteral("log"), QString()});
    }
    // Four kinds: each shows kMaxPerWindow, then its summary; all refused.
    QTRY_COMPARE(service.calls, 4 * (Notifier::kMaxPerWindow + 1));
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

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
