// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// Qt Quick Test for the window's QML components (tests/qml/tst_*.qml), with the MirageDesk module
// linked in statically, and a real session the tests script (MirageDeskTest's ScriptedSession).
#include "scriptedsession.h"

#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(MirageDeskPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *) { qmlRegisterType<ScriptedSession>("MirageDeskTest", 1, 0, "ScriptedSession"); }
};

QUICK_TEST_MAIN_WITH_SETUP(miragedesk_qml, Setup)

#include "tst_qml.moc"
