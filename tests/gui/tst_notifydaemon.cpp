// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_notifydaemon.h"

#include "desktop/appsettings.h"
#include "desktop/notifier.h"
#include "notificationservice.h"

#include <QDBusConnectionInterface>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mirage;

namespace {
const QString kText = QStringLiteral("Replace <seal> now & report \"at once\"");
const QStringList kMarkupDaemon {QStringLiteral("body"), QStringLiteral("body-markup"), QStringLiteral("actions")};
const QStringList kPlainDaemon {QStringLiteral("body")};

NotificationRequest alert(const QString &key, const QString &body = kText)
{
    return {NotificationRequest::Alerts, key,
        QStringLiteral("Seal <worn>"), body, NotificationRequest::Critical, QStringLiteral("log"), QStringLiteral("e-%1").arg(key)};
}

void allKindsOn(AppSettings &settings)
{
    for (auto set :
        {&AppSettings::setNotifyAlerts, &AppSettings::setNotifyFiles, &AppSettings::setNotifyPeople, &AppSettings::setNotifyMessages})
        (settings.*set)(true);
}

bool hasOwner()
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(QLatin1String(Notifier::kService)).value();
}
} // namespace

void TestNotifyDaemon::theBodyIsMarkupOnlyForADaemonThatReadsIt()
{
    QVERIFY2(!hasOwner(), "run me through tests/gui/run-in-session --no-notification-daemon");
    for (const QStringList &caps : {kMarkupDaemon, kPlainDaemon}) {
        NotificationService daemon(caps);
        QVERIFY(daemon.start(QStringLiteral("daemon")));
        AppSettings settings;
        allKindsOn(settings);
        Notifier notifier(&settings);
        QVERIFY(notifier.serviceAvailable());
        int fallbacks = 0;
        notifier.setFallback([&](const NotificationRequest &) { ++fallbacks; });
        // Asked at once: the first popups wait for the answer.
        QVERIFY(notifier.notify(alert(QStringLiteral("a1"))));
        QVERIFY(notifier.notify(alert(QStringLiteral("a2"), QStringLiteral("Tom & Jerry's <b>pump</b> &amp;"))));
        QTRY_COMPARE(daemon.calls.size(), 2);
        QCOMPARE(daemon.capabilityQueries, 1);
        QCOMPARE(notifier.capabilities(), caps);
        QCOMPARE(fallbacks, 0);

        // What the user reads is what the server sent, markup or not.
        QCOMPARE(daemon.displayed(daemon.calls[0]), kText);
        QCOMPARE(daemon.displayed(daemon.calls[1]), QStringLiteral("Tom & Jerry's <b>pump</b> &amp;"));
        QCOMPARE(daemon.calls[0].summary, QStringLiteral("Seal <worn>")); // a summary is never markup
        const bool markup = caps.contains(QLatin1String("body-markup"));
        QCOMPARE(daemon.calls[0].body, markup ? QStringLiteral("Replace &lt;seal&gt; now &amp; report &quot;at once&quot;") : kText);
        // The "Show" action only for a daemon that shows actions.
        const QStringList showAction {QStringLiteral("default"), QStringLiteral("Show")};
        QCOMPARE(daemon.calls[0].actions, markup ? showAction : QStringList());
        QCOMPARE(daemon.calls[0].appName, QStringLiteral("MirageDesk"));
        QCOMPARE(
            daemon.calls[0].hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("io.github.miragedesk.miragedesk"));

        // Asked once per daemon, however many popups follow (two more: four is the flood limit).
        for (int i = 0; i < 2; ++i)
            QVERIFY(notifier.notify(alert(QStringLiteral("b%1").arg(i))));
        QTRY_COMPARE(daemon.calls.size(), 4);
        QCOMPARE(daemon.capabilityQueries, 1);
        QTest::qWait(500); // the ids are known (the replies reached the Notifier)
        notifier.closeAll();
        QTRY_VERIFY(daemon.shown.isEmpty());
        daemon.stop();
        QTRY_VERIFY(!hasOwner());
    }
}

void TestNotifyDaemon::capabilitiesAreAskedAgainWhenTheServiceChangesHands()
{
    NotificationService markup(kMarkupDaemon);
    QVERIFY(markup.start(QStringLiteral("markup-daemon")));
    AppSettings settings;
    allKindsOn(settings);
    Notifier notifier(&settings);
    QList<NotificationRequest> inWindow;
    notifier.setFallback([&](const NotificationRequest &r) { inWindow << r; });
    QTRY_COMPARE(notifier.capabilities(), kMarkupDaemon);
    QVERIFY(notifier.notify(alert(QStringLiteral("k"))));
    QTRY_COMPARE(markup.calls.size(), 1);
    QCOMPARE(markup.capabilityQueries, 1);
    QTest::qWait(500); // its id is known (the reply reached the Notifier)

    // Another daemon, without markup or actions, replaces it (no moment without one): asked anew,
    // the body is no longer escaped, and the other daemon's popup id means nothing here.
    NotificationService plain(kPlainDaemon);
    QVERIFY(plain.start(QStringLiteral("plain-daemon")));
    QTRY_COMPARE(plain.capabilityQueries, 1);
    QTRY_COMPARE(notifier.capabilities(), kPlainDaemon);
    QVERIFY(notifier.serviceAvailable());
    QVERIFY(notifier.notify(alert(QStringLiteral("k"))));
    QTRY_COMPARE(plain.calls.size(), 1);
    QCOMPARE(plain.calls[0].body, kText);
    QCOMPARE(plain.calls[0].actions, QStringList {});
    QCOMPARE(plain.calls[0].replaces, 0u);
    QCOMPARE(plain.displayed(plain.calls[0]), kText);
    QCOMPARE(markup.calls.size(), 1);
    QCOMPARE(markup.capabilityQueries, 1);

    // The daemon quits and none is left: popups go to the window, as plain text.
    plain.stop();
    markup.stop();
    QTRY_VERIFY(!notifier.serviceAvailable());
    QVERIFY(notifier.notify(alert(QStringLiteral("gone"))));
    QCOMPARE(inWindow.size(), 1);
    QCOMPARE(inWindow[0].body, kText);
    QCOMPARE(plain.calls.size(), 1);
}

void TestNotifyDaemon::aClickHandsTheActivationTokenOver()
{
    NotificationService daemon(kMarkupDaemon);
    QVERIFY(daemon.start(QStringLiteral("token-daemon")));
    AppSettings settings;
    allKindsOn(settings);
    Notifier notifier(&settings);
    QSignalSpy activated(&notifier, &Notifier::activated);
    QVERIFY(notifier.notify(alert(QStringLiteral("a1"))));
    QVERIFY(notifier.notify(alert(QStringLiteral("a2"))));
    QTRY_COMPARE(daemon.calls.size(), 2);
    QTest::qWait(500); // the ids are known (the replies reached the Notifier)

    // Spec 1.2: the token comes just before the action.
    daemon.click(daemon.calls[0].id, QStringLiteral("kwin-token-42"));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated[0][0].toString(), QStringLiteral("log"));
    QCOMPARE(activated[0][1].toString(), QStringLiteral("e-a1"));
    QCOMPARE(activated[0][2].toString(), QStringLiteral("a1"));
    QCOMPARE(activated[0][3].toString(), QStringLiteral("kwin-token-42"));

    // A daemon without tokens (spec < 1.2): the click still shows the item; a token is used once.
    daemon.click(daemon.calls[1].id, QString());
    daemon.click(daemon.calls[0].id, QString());
    QTRY_COMPARE(activated.size(), 3);
    QCOMPARE(activated[1][2].toString(), QStringLiteral("a2"));
    QCOMPARE(activated[1][3].toString(), QString());
    QCOMPARE(activated[2][3].toString(), QString());

    // Another application's popup: neither its token nor its click reach us.
    daemon.click(9999, QStringLiteral("not-ours"));
    daemon.click(daemon.calls[1].id, QString());
    QTRY_COMPARE(activated.size(), 4);
    QCOMPARE(activated[3][3].toString(), QString());
    notifier.closeAll();
}

void TestNotifyDaemon::dunstShowsTheServersTextAsItCame_data()
{
    QTest::addColumn<QString>("markup");
    QTest::newRow("dunst reads markup") << QStringLiteral("full");
    QTest::newRow("dunst without markup") << QStringLiteral("no");
}

// dunst renders "message" (tests/gui/dunstrc: "<b>%s</b>\n%b") as Pango markup; read as text, it
// is what the popup shows.
void TestNotifyDaemon::dunstShowsTheServersTextAsItCame()
{
    QFETCH(QString, markup);
    QVERIFY(!hasOwner());
    QFile rc(QStringLiteral(MIRAGEDESK_GUI_TEST_DIR "/dunstrc"));
    QVERIFY(rc.open(QIODevice::ReadOnly));
    QByteArray config = rc.readAll();
    config.replace("markup = full", "markup = " + markup.toLatin1());
    QTemporaryDir dir;
    QFile own(dir.filePath(QStringLiteral("dunstrc")));
    QVERIFY(own.open(QIODevice::WriteOnly) && own.write(config) == config.size());
    own.close();
    QProcess dunst;
    dunst.start(QStringLiteral("dunst"), {QStringLiteral("-config"), own.fileName()});
    QVERIFY(dunst.waitForStarted());
    QTRY_VERIFY(hasOwner());

    AppSettings settings;
    allKindsOn(settings);
    Notifier notifier(&settings);
    QTRY_VERIFY(!notifier.capabilities().isEmpty());
    QCOMPARE(notifier.capabilities().contains(QLatin1String("body-markup")), markup == QLatin1String("full"));
    QVERIFY(notifier.notify(alert(QStringLiteral("d1"))));
    QString message;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QProcess::execute(QStringLiteral("dunstctl"), {QStringLiteral("close-all")});
            QProcess history;
            history.start(QStringLiteral("dunstctl"), {QStringLiteral("history")});
            history.waitForFinished(5000);
            const QJsonArray data =
                QJsonDocument::fromJson(history.readAllStandardOutput()).object().value(QStringLiteral("data")).toArray();
            for (const QJsonValue &group : data) {
                for (const QJsonValue &n : group.toArray())
                    message = n.toObject().value(QStringLiteral("message")).toObject().value(QStringLiteral("data")).toString();
            }
            return !message.isEmpty();
        }(),
        10000);
    QCOMPARE(NotificationService::readMarkup(message), QStringLiteral("Seal <worn>\n") + kText);
    dunst.terminate();
    QVERIFY(dunst.waitForFinished(5000));
    QTRY_VERIFY(!hasOwner());
}

QTEST_GUILESS_MAIN(TestNotifyDaemon)

#include "moc_tst_notifydaemon.cpp"
