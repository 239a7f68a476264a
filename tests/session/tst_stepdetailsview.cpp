// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "tst_stepdetailsview.h"

#include "session/activitysession.h"

#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
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
    QVERIFY(shown.contains(QStringLiteral("Valve tags")));
    QVERIFY(shown.contains(QStringLiteral("V-12, V-13")));
    QVERIFY(shown.contains(QStringLiteral("image")));

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

QTEST_MAIN(TestStepDetailsView)
