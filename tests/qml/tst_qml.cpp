// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// Qt Quick Test for the window's QML components (tests/qml/tst_*.qml), with the MirageDesk module
// linked in statically, and a real session the tests script (MirageDeskTest's ScriptedSession).
// The tests reach real C++ values through `fixtures` (the typed properties of the components take
// nothing else): avatars as Presence makes them, and a ChangesModel filled from a real diff of two
// snapshots.
#include "scriptedsession.h"

#include "protocol/activitydiff.h"
#include "protocol/activitystate.h"
#include "session/avatar.h"
#include "session/changesmodel.h"

#include <QObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(MirageDeskPlugin)

namespace {

class Fixtures : public QObject
{
    Q_OBJECT
public:
    Q_INVOKABLE mirage::Avatar avatar(const QString &name, const QString &initials, const QString &color, const QString &textColor) const
    {
        return {name, initials, color, textColor};
    }

    // A ChangesModel that shows what `newer` changed from `older` (two activity snapshots, JSON).
    Q_INVOKABLE mirage::ChangesModel *changes(const QString &older, const QString &newer)
    {
        mirage::ActivityState before, after;
        if (!before.loadSnapshot(older.toStdString()).empty() || !after.loadSnapshot(newer.toStdString()).empty()) {
            qWarning("Fixtures::changes: a bad snapshot");
            return nullptr;
        }
        auto *model = new mirage::ChangesModel(this);
        model->show(mirage::ActivityDiff::compute(before.activity(), after.activity()), after.activity(), after.stepsKey());
        return model;
    }
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        qmlRegisterType<ScriptedSession>("MirageDeskTest", 1, 0, "ScriptedSession");
        engine->rootContext()->setContextProperty(QStringLiteral("fixtures"), &m_fixtures);
    }

private:
    Fixtures m_fixtures;
};

} // namespace

QUICK_TEST_MAIN_WITH_SETUP(miragedesk_qml, Setup)

#include "tst_qml.moc"
