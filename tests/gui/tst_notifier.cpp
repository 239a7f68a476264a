#include "tst_notifier.h"

#include "appsettings.h"
#include "notifier.h"

#include <QTest>

using namespace mirage;

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
    notifier.setFallback([&](const QString &s, const QString &b, int u) { shown << Shown{s, b, u}; });
    bool looking = false;
    notifier.setUserIsLooking([&] { return looking; });

    const NotificationRequest upload{NotificationRequest::Files, QStringLiteral("file:f1"), QStringLiteral("File uploaded: a <b>.jpg"),
                                     QStringLiteral("4.0 KB, by Ana & Ben"), NotificationRequest::Normal, QStringLiteral("files"),
                                     QStringLiteral("f1")};
    QVERIFY(notifier.notify(upload));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown[0].summary, upload.summary);
    QCOMPARE(shown[0].body, QStringLiteral("4.0 KB, by Ana & Ben")); // the tray shows plain text: nothing to escape

    settings.setNotifyFiles(false);
    QVERIFY(!notifier.notify(upload));
    QCOMPARE(shown.size(), 1);
    settings.setNotifyFiles(true);

    looking = true;
    const NotificationRequest join{NotificationRequest::People, QStringLiteral("person:u1"), QStringLiteral("Ana joined"), QString(),
                                   NotificationRequest::Normal, QStringLiteral("people"), QStringLiteral("u1")};
    QVERIFY(!notifier.notify(join));
    const NotificationRequest alert{NotificationRequest::Alerts, QStringLiteral("alert:Disk"), QStringLiteral("Disk"),
                                    QStringLiteral("full"), NotificationRequest::Critical, QStringLiteral("log"), QString()};
    QVERIFY(notifier.notify(alert));
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown[1].urgency, 2);

    settings.setNotifyAlerts(false);
    QVERIFY(!notifier.notify(alert));
    QCOMPARE(shown.size(), 2);
}

QTEST_GUILESS_MAIN(TestNotifier)
