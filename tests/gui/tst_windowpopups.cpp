// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_windowpopups.h"

#include "../integration/serverstack.h"
#include "desktop/appcontroller.h"
#include "desktop/desktopapp.h"
#include "desktop/notifier.h"
#include "notificationservice.h"
#include "session/filemodel.h"

#include <QAccessible>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <memory>

using namespace mirage;

namespace {
constexpr const char *kId = "5b1e0c3a-7d2f-4e8a-9c61-2f4d3b0a1e99";

struct World
{
    std::unique_ptr<ServerStack> stack;
    std::unique_ptr<AppController> app;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
    std::unique_ptr<QWindow> elsewhere;
    std::unique_ptr<NotificationService> daemon;
};
World *w = nullptr;

void collect(QQuickItem *item, const QString &name, QList<QQuickItem *> &out)
{
    if (!item)
        return;
    if (item->objectName() == name && item->isVisible())
        out << item;
    for (QQuickItem *child : item->childItems())
        collect(child, name, out);
}
QList<QQuickItem *> items(const QString &name)
{
    QList<QQuickItem *> out;
    collect(w->window->contentItem(), name, out);
    return out;
}
// The popups the window shows, as a screen reader reads them: {name, description} of each card.
QList<QPair<QString, QString>> readPopups()
{
    QList<QPair<QString, QString>> out;
    for (QQuickItem *card : items(QStringLiteral("windowPopup"))) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(card);
        if (a && a->role() == QAccessible::AlertMessage)
            out << qMakePair(a->text(QAccessible::Name), a->text(QAccessible::Description));
    }
    return out;
}
QQuickItem *child(QQuickItem *card, const QString &name)
{
    QList<QQuickItem *> out;
    collect(card, name, out);
    return out.value(0);
}
QQuickItem *card(const QString &summaryPart)
{
    for (QQuickItem *c : items(QStringLiteral("windowPopup")))
        if (c->property("summary").toString().contains(summaryPart))
            return c;
    return nullptr;
}
void click(QQuickItem *item)
{
    QVERIFY(item);
    // Where it is once laid out: a popup just added moves the others as the list grows.
    QPointF centre;
    QVERIFY(QTest::qWaitFor([&] {
        const QPointF before = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::qWait(50);
        centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        return centre == before && QRectF(0, 0, w->window->width(), w->window->height()).contains(centre);
    }));
    QTest::mouseClick(w->window, Qt::LeftButton, {}, centre.toPoint());
}
int currentTab()
{
    return w->window->findChild<QObject *>(QStringLiteral("sectionTabs"))->property("currentIndex").toInt();
}
void showTab(int index)
{
    w->window->findChild<QObject *>(QStringLiteral("sectionTabs"))->setProperty("currentIndex", index);
}
void lookElsewhere()
{
    w->elsewhere->requestActivate();
    QTRY_VERIFY(!w->window->isActive());
}
bool postUpload(const QString &id, const QString &name)
{
    return w->stack->post(QString::fromLatin1(kId),
        QByteArray(R"({"id":401,"activity_id":")") + kId + R"(","file":{"id":")" + id.toUtf8() + R"(","name":")" + name.toUtf8()
            + R"(","size":52000}})");
}
// The window's _NET_STARTUP_ID, as the window manager reads it.
QString startupIdOfWindow()
{
    QProcess xprop;
    xprop.start(QStringLiteral("xprop"),
        {QStringLiteral("-id"), QString::number(w->window->winId()), QStringLiteral("-notype"), QStringLiteral("_NET_STARTUP_ID")});
    xprop.waitForFinished(5000);
    const QString out = QString::fromUtf8(xprop.readAllStandardOutput()).trimmed(); // _NET_STARTUP_ID = "…"
    const qsizetype quote = out.indexOf(QLatin1Char('"'));
    return quote < 0 ? QString() : out.mid(quote + 1, out.lastIndexOf(QLatin1Char('"')) - quote - 1);
}
} // namespace

void TestWindowPopups::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run me through tests/gui/run-in-session --no-notification-daemon");
    QAccessible::setActive(true);
    w = new World;
    w->stack = std::make_unique<ServerStack>(1);
    QString error;
    QVERIFY2(w->stack->start(&error), qPrintable(error));
    QVERIFY(w->stack->putActivity(QString::fromLatin1(kId),
        QByteArray(R"({"id":")") + kId
            + R"(","name":"Pump check","steps":[{"id":"a1b2c3d4-0000-4000-8000-000000000001","name":"Close the valve"}]})"));
    w->elsewhere = std::make_unique<QWindow>();
    w->elsewhere->setTitle(QStringLiteral("another application"));
    w->elsewhere->setGeometry(900, 600, 200, 100);
    w->elsewhere->show();

    w->app = std::make_unique<AppController>(ChannelSettings {});
    w->app->enableTray();
    w->engine = std::make_unique<QQmlApplicationEngine>();
    w->engine->setInitialProperties(
        {{QStringLiteral("app"), QVariant::fromValue(static_cast<QObject *>(w->app.get()))}, {QStringLiteral("askAtStart"), false}});
    w->engine->load(QUrl(QString::fromLatin1(DesktopApp::mainQml())));
    QCOMPARE(w->engine->rootObjects().size(), 1);
    w->window = qobject_cast<QQuickWindow *>(w->engine->rootObjects().first());
    QVERIFY(w->window);
    w->app->setWindow(w->window);
    QVERIFY(QTest::qWaitForWindowExposed(w->window));
    QVERIFY(!w->app->notificationServiceAvailable());
    QVERIFY(w->app->open(w->stack->httpBase(), QString::fromLatin1(kId)));
    QTRY_COMPARE(w->app->session()->connection()->state(), ConnectionMirror::Open);
    QTRY_VERIFY(w->window->isActive());
}

void TestWindowPopups::cleanupTestCase()
{
    if (!w)
        return;
    w->engine.reset();
    w->app.reset();
    w->daemon.reset();
    w->stack.reset();
    delete w;
    w = nullptr;
}

void TestWindowPopups::withoutAServiceTheWindowShowsThePopups()
{
    QVERIFY(items(QStringLiteral("popupArea")).isEmpty()); // nothing to show yet
    showTab(0);
    // An alert pops up even while the user looks; the server's text is text, tags and all.
    QVERIFY(w->stack->post(
        QString::fromLatin1(kId), R"({"id":301,"level":"critical","title":"Seal <b>worn</b>","message":"Replace <seal> now & report"})"));
    QVERIFY(w->stack->post(QString::fromLatin1(kId), R"({"id":301,"level":"warning","title":"Pressure","message":"Above 6 bar"})"));
    QTRY_COMPARE(readPopups().size(), 2);
    const auto popups = readPopups();
    QCOMPARE(popups[0], qMakePair(QStringLiteral("Pressure"), QStringLiteral("Above 6 bar"))); // newest on top
    QCOMPARE(popups[1], qMakePair(QStringLiteral("Seal <b>worn</b>"), QStringLiteral("Replace <seal> now & report")));
    QQuickItem *seal = card(QStringLiteral("Seal"));
    QVERIFY(seal);
    QCOMPARE(child(seal, QStringLiteral("windowPopupSummary"))->property("text").toString(), QStringLiteral("Seal <b>worn</b>"));
    QCOMPARE(child(seal, QStringLiteral("windowPopupSummary"))->property("textFormat").toInt(), int(Qt::PlainText));
    QCOMPARE(child(seal, QStringLiteral("windowPopupBody"))->property("text").toString(), QStringLiteral("Replace <seal> now & report"));
    QCOMPARE(child(seal, QStringLiteral("windowPopupBody"))->property("textFormat").toInt(), int(Qt::PlainText));
    // Every control named for a screen reader, after its popup.
    QQuickItem *dismiss = child(seal, QStringLiteral("windowPopupDismiss"));
    QQuickItem *show = child(seal, QStringLiteral("windowPopupShow"));
    QCOMPARE(QAccessible::queryAccessibleInterface(dismiss)->text(QAccessible::Name), QStringLiteral("Dismiss: Seal <b>worn</b>"));
    QCOMPARE(QAccessible::queryAccessibleInterface(show)->text(QAccessible::Name), QStringLiteral("Show: Seal <b>worn</b>"));
    QCOMPARE(QAccessible::queryAccessibleInterface(items(QStringLiteral("popupArea")).value(0))->text(QAccessible::Name),
        QStringLiteral("Notifications"));

    // Dismissed: gone, the other stays.
    click(child(card(QStringLiteral("Pressure")), QStringLiteral("windowPopupDismiss")));
    QTRY_COMPARE(readPopups().size(), 1);
    QCOMPARE(readPopups()[0].first, QStringLiteral("Seal <b>worn</b>"));
    QCOMPARE(currentTab(), 0);
    // Show: the activity log, as the popup's action; the popup goes.
    click(child(card(QStringLiteral("Seal")), QStringLiteral("windowPopupShow")));
    QTRY_COMPARE(currentTab(), 3);
    QTRY_VERIFY(readPopups().isEmpty());
    QTRY_VERIFY(items(QStringLiteral("popupArea")).isEmpty());
}

void TestWindowPopups::clickingAPopupInTheWindowShowsItsItem()
{
    showTab(0);
    lookElsewhere(); // an upload pops up only while the user is not looking
    QVERIFY(postUpload(QStringLiteral("f-1"), QStringLiteral("manual.pdf")));
    QTRY_COMPARE(w->app->session()->fileModel()->rowOf(QStringLiteral("f-1")), 0);
    QTRY_VERIFY(card(QStringLiteral("manual.pdf")));
    QCOMPARE(readPopups().size(), 1);
    // A click anywhere on the popup shows the file, and brings the window forward.
    click(child(card(QStringLiteral("manual.pdf")), QStringLiteral("windowPopupSummary")));
    QTRY_COMPARE(currentTab(), 2);
    QObject *files = w->window->findChild<QObject *>(QStringLiteral("filesView"));
    QTRY_COMPARE(files->property("currentIndex").toInt(), w->app->session()->fileModel()->rowOf(QStringLiteral("f-1")));
    QTRY_VERIFY(w->window->isActive());
    QTRY_VERIFY(readPopups().isEmpty());
}

void TestWindowPopups::aDaemonsClickRaisesTheWindowWithItsToken()
{
    w->daemon = std::make_unique<NotificationService>(QStringList {QStringLiteral("body"), QStringLiteral("actions")});
    QVERIFY(w->daemon->start(QStringLiteral("daemon")));
    QTRY_VERIFY(w->app->notificationServiceAvailable());
    showTab(0);
    lookElsewhere();
    QTest::qWait(int(Notifier::kGroupWindowMs) + 200); // a popup of its own, not grouped with the last upload
    QVERIFY(postUpload(QStringLiteral("f-2"), QStringLiteral("seal <photo>.jpg")));
    QTRY_COMPARE(w->daemon->calls.size(), 1);
    QCOMPARE(w->daemon->calls[0].summary, QStringLiteral("File uploaded: seal <photo>.jpg"));
    QVERIFY(readPopups().isEmpty()); // the daemon shows it, the window does not
    QTest::qWait(500); // the daemon's id is known (the reply reached the Notifier)
    QCOMPARE(startupIdOfWindow(), QString());

    // The user clicks it; an X11 daemon hands over a startup id with the time of the click.
    const QString token = QStringLiteral("dunst-popup-1_TIME4242");
    w->daemon->click(w->daemon->calls[0].id, token);
    QTRY_COMPARE(currentTab(), 2);
    QObject *files = w->window->findChild<QObject *>(QStringLiteral("filesView"));
    QTRY_COMPARE(files->property("currentIndex").toInt(), w->app->session()->fileModel()->rowOf(QStringLiteral("f-2")));
    QTRY_VERIFY(w->window->isActive());
    QTRY_COMPARE(startupIdOfWindow(), token);
    QVERIFY(qEnvironmentVariableIsEmpty("XDG_ACTIVATION_TOKEN")); // a Wayland token only on Wayland
}

void TestWindowPopups::whenTheDaemonQuitsTheWindowShowsThemAgain()
{
    QVERIFY(w->daemon);
    w->daemon->stop();
    QTRY_VERIFY(!w->app->notificationServiceAvailable());
    QVERIFY(w->stack->post(QString::fromLatin1(kId), R"({"id":301,"level":"critical","title":"Leak","message":"Valve V-2"})"));
    QTRY_COMPARE(readPopups().size(), 1);
    QCOMPARE(readPopups()[0], qMakePair(QStringLiteral("Leak"), QStringLiteral("Valve V-2")));
    QCOMPARE(w->daemon->calls.size(), 1);
}

QTEST_MAIN(TestWindowPopups)

#include "moc_tst_windowpopups.cpp"
