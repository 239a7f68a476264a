// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_traymessages.h"

#include "desktop/trayicon.h"
#include "notificationservice.h"

#include <QAtomicInt>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSystemTrayIcon>
#include <QTest>
#include <QThread>

using namespace mirage;

namespace {
constexpr const char *kWatcher = "org.kde.StatusNotifierWatcher";

// A StatusNotifierWatcher that has a host, as a Plasma, waybar or snixembed session has.
class Watcher : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ hostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)
public:
    QAtomicInt registrations;
    bool hostRegistered() const { return true; }
    int protocolVersion() const { return 0; }
    QStringList items() const { return {}; }
public Q_SLOTS:
    void RegisterStatusNotifierItem(const QString &) { registrations.ref(); }
    void RegisterStatusNotifierHost(const QString &) { }
};

// In a thread of its own: Qt asks the watcher with blocking calls from the main thread.
class WatcherThread : public QThread
{
public:
    QSemaphore ready;
    Watcher *watcher = nullptr;
    bool registered = false;

protected:
    void run() override
    {
        {
            QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("sni-watcher"));
            Watcher w;
            watcher = &w;
            registered = bus.registerObject(
                QStringLiteral("/StatusNotifierWatcher"), &w, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllProperties)
                && bus.registerService(QLatin1String(kWatcher));
            ready.release();
            exec();
            bus.unregisterService(QLatin1String(kWatcher));
            bus.unregisterObject(QStringLiteral("/StatusNotifierWatcher"));
            watcher = nullptr;
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("sni-watcher"));
    }
};
} // namespace

void TestTrayMessages::withoutAWatcherTheBalloonNeedsNoService()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run me through tests/gui/run-in-session --no-notification-daemon");
    QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(QLatin1String(kWatcher)).value());
    QVERIFY(!TrayIcon::messagesNeedNotificationService()); // an XEmbed tray (or none) shows its own balloon
}

void TestTrayMessages::onAStatusNotifierDesktopTheTraysMessagesGoToTheNotificationService()
{
    WatcherThread thread;
    thread.start();
    const auto stop = qScopeGuard([&thread] {
        thread.quit();
        thread.wait(5000);
    });
    thread.ready.acquire();
    QVERIFY(thread.registered);
    NotificationService daemon({QStringLiteral("body")});
    QVERIFY(daemon.start(QStringLiteral("daemon")));
    QVERIFY(TrayIcon::messagesNeedNotificationService());

    {
        // Qt's own tray (Qt decides once per process, here with the watcher there): a StatusNotifierItem
        // whose balloon is a popup of the notification service.
        QSystemTrayIcon qtTray(QIcon(QStringLiteral(":/icons/miragedesk.svg")));
        qtTray.show();
        QTRY_VERIFY(thread.watcher->registrations.loadRelaxed() >= 1);
        qtTray.showMessage(QStringLiteral("Seal worn"), QStringLiteral("Replace it"));
        QTRY_COMPARE(daemon.calls.size(), 1);
        QCOMPARE(daemon.calls[0].summary, QStringLiteral("Seal worn"));
        QCOMPARE(daemon.calls[0].body, QStringLiteral("Replace it"));
    }

    // So MirageDesk's tray does not send the fallback there: it is the window's to show.
    TrayIcon tray;
    tray.showMessage(QStringLiteral("Leak"), QStringLiteral("Valve V-2"), 2);
    QTest::qWait(500);
    QCOMPARE(daemon.calls.size(), 1);

    daemon.stop();
}

QTEST_MAIN(TestTrayMessages)
#include "tst_traymessages.moc"

#include "moc_tst_traymessages.cpp"
