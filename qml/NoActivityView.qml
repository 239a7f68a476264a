// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// What the window shows when no activity is open: that, and a button to open one.
ColumnLayout {
    id: empty

    signal openRequested()

    Item { Layout.fillHeight: true }
    Label {
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("No activity is open.")
        font.pixelSize: 20
    }
    Button {
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("Open Activity… (Ctrl+O)")
        onClicked: empty.openRequested()
    }
    Item { Layout.fillHeight: true }
}
