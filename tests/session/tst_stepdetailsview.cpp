// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_stepdetailsview.h"

#include "session/activitysession.h"
#include "store/journal.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(MirageDeskPlugin)

using namespace mirage;

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(MIRAGEDESK_TEST_DATA "/fixtures/%1").arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray arlem(const char *name)
{
    QFile f(QStringLiteral(MIRAGEDESK_TEST_DATA "/arlem/%1").arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The pane over `session`, showing `stepId`.
std::unique_ptr<QObject> makePane(QQmlEngine &engine, ActivitySession &session, const QString &stepId)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData("import MirageDesk\nStepDetails { width: 400; height: 800 }", QUrl());
    if (!component.isReady())
        qWarning("%s", qPrintable(component.errorString()));
    return std::unique_ptr<QObject>(component.createWithInitialProperties(
        {{QStringLiteral("session"), QVariant::fromValue<QObject *>(&session)}, {QStringLiteral("stepId"), stepId}}));
}

QString textOf(QObject *root, const char *objectName)
{
    QObject *o = root->findChild<QObject *>(QLatin1String(objectName));
    return o ? o->property("text").toString() : QStringLiteral("<missing %1>").arg(QLatin1String(objectName));
}

// The texts of the visible labels in the pane, in no particular order.
QStringList labels(QQuickItem *item)
{
    QStringList out;
    for (QQuickItem *child : item->childItems()) {
        if (!child->isVisible())
            continue;
        if (child->inherits("QQuickLabel"))
            out << child->property("text").toString();
        out << labels(child);
    }
    return out;
}
} // namespace

void TestStepDetailsView::showsTheSelectedStepAndFollowsEdits()
{
    ChannelEndpoint endpoint;
    endpoint.activityId = QStringLiteral("63b76319-68ef-4412-9dd4-bb2a13315ee2");
    ActivitySession session(endpoint, ChannelSettings {});
    QCOMPARE(session.loadSnapshot(fixture("pump-snapshot.json")), QString());
    session.flushNow();

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData("import MirageDesk\nStepDetails { width: 400; height: 800 }", QUrl());
    QVERIFY2(component.isReady(), qPrintable(component.errorString()));
    std::unique_ptr<QObject> pane(component.createWithInitialProperties(
        {{QStringLiteral("session"), QVariant::fromValue<QObject *>(&session)}, {QStringLiteral("stepId"), QStringLiteral("s1")}}));
    QVERIFY2(pane, qPrintable(component.errorString()));
    auto *item = qobject_cast<QQuickItem *>(pane.get());
    QVERIFY(item);

    QCOMPARE(textOf(pane.get(), "detailsName"), QStringLiteral("Isolate the pump"));
    QCOMPARE(textOf(pane.get(), "detailsDescription"), QStringLiteral("Close V-12 and V-13."));
    QVERIFY(textOf(pane.get(), "detailsJson").contains(QStringLiteral("\"Isolate the pump\"")));
    QStringList shown = labels(item);
    QVERIFY2(shown.contains(QStringLiteral("Contents (2)")), qPrintable(shown.join(QLatin1Char('|'))));
    QVERIFY(shown.contains(QStringLiteral("Label — Valve tags")));
    QVERIFY(shown.contains(QStringLiteral("V-12, V-13")));
    QVERIFY(shown.contains(QStringLiteral("Image — seal.png")));

    // An edit of the selected step shows in the next frame.
    session.feedText(
        R"({"id":102,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","updated_fields":{"steps":[{"id":"s1","name":"Lock out"}]}})");
    session.flushNow();
    QCOMPARE(textOf(pane.get(), "detailsName"), QStringLiteral("Lock out"));

    // Another step; then one that does not exist shows the hint.
    pane->setProperty("stepId", QStringLiteral("s3"));
    QCOMPARE(textOf(pane.get(), "detailsName"), QStringLiteral("Remove the seal"));
    shown = labels(item);
    QVERIFY(shown.contains(QStringLiteral("Type: manual")));
    QVERIFY(shown.contains(QStringLiteral("Contents (1)")));
    pane->setProperty("stepId", QStringLiteral("nope"));
    QVERIFY(labels(item).contains(QStringLiteral("Select a step to see its contents.")));
}

void TestStepDetailsView::arlemCardsReadAsAnAuthorKnowsThem()
{
    ActivitySession session(ChannelEndpoint {}, ChannelSettings {});
    QCOMPARE(session.loadSnapshot(arlem("valve-service-activity.json")), QString());
    session.flushNow();
    QQmlEngine engine;
    std::unique_ptr<QObject> pane = makePane(engine, session, QStringLiteral("TS-0a1e0c0e-1111-4000-8000-000000000001"));
    QVERIFY(pane);
    auto *item = qobject_cast<QQuickItem *>(pane.get());

    QCOMPARE(textOf(pane.get(), "detailsName"), QStringLiteral("Step 1: Find the valve"));
    QStringList shown = labels(item);
    const QString all = shown.join(QLatin1Char('|'));
    QVERIFY2(shown.contains(QStringLiteral("Audio — WEKIT_Audio_Step7.wav")), qPrintable(all));
    QVERIFY2(shown.contains(QStringLiteral("Image — WEKIT_Image_Bay 3.jpg")), qPrintable(all));
    QVERIFY2(shown.contains(QStringLiteral("Label: Close V-12 first")), qPrintable(all));
    QVERIFY2(shown.contains(QStringLiteral("at AN-5b7e4c2a-0001-4a00-9000-00000000a001")), qPrintable(all));
    QVERIFY2(shown.contains(QStringLiteral("Contents (4)")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("tangible")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("Type: action")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("http://C:/")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("TS-0a1e0c0e")), qPrintable(all)); // no card titled with the step id

    // A real web address gets a button (the signal Main.qml hands to AppController::openLink); a device path none.
    auto buttons = [&] {
        QList<QQuickItem *> out, todo {item};
        while (!todo.isEmpty()) {
            QQuickItem *i = todo.takeFirst();
            if (!i->isVisible())
                continue;
            if (i->inherits("QQuickButton") && i->objectName() != QLatin1String("detailsHistoryButton")) // issue #27's, not a link's
                out << i;
            todo << i->childItems();
        }
        return out;
    };
    QVERIFY(buttons().isEmpty());
    pane->setProperty("stepId", QStringLiteral("TS-0a1e0c0e-2222-4000-8000-000000000002"));
    shown = labels(item);
    QVERIFY2(shown.contains(QStringLiteral("Ghost track — ghost_turn.xml")), qPrintable(shown.join(QLatin1Char('|'))));
    QVERIFY(shown.contains(QStringLiteral("3D model — ValveHandle")));
    QCOMPARE(buttons().size(), 1);
    QSignalSpy open(pane.get(), SIGNAL(openLink(QString)));
    QVERIFY(QMetaObject::invokeMethod(buttons().first(), "clicked"));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), QStringLiteral("https://media.example.org/valve/turn-handle.mp4"));
}

void TestStepDetailsView::nameIsSelectableAndCopies()
{
    ActivitySession session(ChannelEndpoint {}, ChannelSettings {});
    QCOMPARE(session.loadSnapshot(arlem("valve-service-activity.json")), QString());
    session.flushNow();
    QQmlEngine engine;
    std::unique_ptr<QObject> pane = makePane(engine, session, QStringLiteral("TS-0a1e0c0e-2222-4000-8000-000000000002"));
    QVERIFY(pane);
    QQuickWindow window;
    window.resize(400, 800);
    auto *item = qobject_cast<QQuickItem *>(pane.get());
    item->setParentItem(window.contentItem());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *name = pane->findChild<QQuickItem *>(QStringLiteral("detailsName"));
    QVERIFY(name);
    QVERIFY(name->property("selectByMouse").toBool());
    QVERIFY(name->property("readOnly").toBool());
    QGuiApplication::clipboard()->clear();
    name->forceActiveFocus();
    QVERIFY(name->hasActiveFocus());
    QTest::keySequence(&window, QKeySequence::SelectAll);
    QTest::keySequence(&window, QKeySequence::Copy);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Step 2: Turn the handle"));
    auto *description = pane->findChild<QQuickItem *>(QStringLiteral("detailsDescription"));
    QVERIFY(description);
    QVERIFY(description->property("selectByMouse").toBool());
    QVERIFY(QMetaObject::invokeMethod(description, "selectAll"));
    QVERIFY(QMetaObject::invokeMethod(description, "copy"));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Follow the ghost hands: a quarter turn clockwise."));

    // A whitespace-only title ("instruction": {"title": " \t "}) reads "(untitled step)".
    pane->setProperty("stepId", QStringLiteral("TS-0a1e0c0e-3333-4000-8000-000000000003"));
    QCOMPARE(textOf(pane.get(), "detailsName"), QStringLiteral("(untitled step)"));
    QVERIFY(labels(item).contains(QStringLiteral("Character — Hanna")));
}

// Issue #27: the details pane lists every change the client saw to the step, from the journal:
// when, what (old -> new names), the ones found at a catch-up marked as such; also after a restart.
void TestStepDetailsView::historyListsWhatTheClientSaw()
{
    QTemporaryDir dir;
    ChannelEndpoint endpoint;
    endpoint.activityId = QStringLiteral("63b76319-68ef-4412-9dd4-bb2a13315ee2");
    {
        Journal journal(dir.path());
        ActivitySession session(endpoint, ChannelSettings {});
        session.setJournal(&journal);
        QCOMPARE(session.loadSnapshot(fixture("pump-snapshot.json")), QString());
        session.flushNow();
        session.feedText(
            R"({"id":102,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","updated_fields":{"steps":[{"id":"s1","name":"Lock out"}]}})");
        session.flushNow();
        // A resync finds s1 edited again (its name back): a catch-up.
        QCOMPARE(session.loadSnapshot(fixture("pump-snapshot.json")), QString());
        session.flushNow();
        QTRY_VERIFY(session.catchUp()->changes()->count() > 0);
    }
    // A restart: the history is the journal's.
    Journal journal(dir.path());
    ActivitySession session(endpoint, ChannelSettings {});
    session.setJournal(&journal);
    QCOMPARE(session.loadSnapshot(fixture("pump-snapshot.json")), QString());
    session.flushNow();
    QQmlEngine engine;
    std::unique_ptr<QObject> pane = makePane(engine, session, QStringLiteral("s1"));
    QVERIFY(pane);
    auto *item = qobject_cast<QQuickItem *>(pane.get());
    auto *button = pane->findChild<QObject *>(QStringLiteral("detailsHistoryButton"));
    QVERIFY(button);
    QCOMPARE(button->property("text").toString(), QStringLiteral("Show history"));
    QVERIFY(!labels(item).join(QLatin1Char('|')).contains(QStringLiteral("Lock out"))); // read only when asked
    button->setProperty("checked", true);
    // The entries as shown (a Repeater's items are the pane's items, not its QObject children).
    auto shownEntries = [&] {
        QStringList out;
        QList<QQuickItem *> todo {item};
        while (!todo.isEmpty()) {
            QQuickItem *i = todo.takeFirst();
            if (!i->isVisible())
                continue;
            if (i->objectName() == QLatin1String("historyEntry"))
                out << i->property("text").toString();
            todo << i->childItems();
        }
        return out;
    };
    const QStringList entries = shownEntries();
    QCOMPARE(entries.size(), 2);
    QVERIFY2(
        entries[0].endsWith(QStringLiteral(" — Step 1 'Isolate the pump' edited: name (found at a catch-up)")), qPrintable(entries[0]));
    QVERIFY2(entries[1].endsWith(QStringLiteral(" — Step 1 “Isolate the pump” renamed to “Lock out”")), qPrintable(entries[1]));
    // Another step: nothing kept.
    pane->setProperty("stepId", QStringLiteral("s3"));
    QVERIFY(shownEntries().isEmpty());
    QVERIFY(labels(item).contains(QStringLiteral("No change to this step was kept.")));
}

QTEST_MAIN(TestStepDetailsView)

#include "moc_tst_stepdetailsview.cpp"
