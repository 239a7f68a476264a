// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// Qt Quick Test for the window's QML components (tests/qml/tst_*.qml), with the MirageDesk module
// linked in statically.
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(MirageDeskPlugin)

QUICK_TEST_MAIN(miragedesk_qml)
