// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// Every keyboard shortcut of the window (Main.qml's Shortcut blocks and the lists' keys), opened
// by F1 or Ctrl+?.
Dialog {
    id: dialog

    // Keys, what they do, keys, what they do, …; kept in step with Main.qml's Shortcut blocks.
    readonly property list<string> shortcuts: [
        "Ctrl+O", qsTr("Open an activity"),
        "Ctrl+Q", qsTr("Quit MirageDesk"),
        "F5", qsTr("Reconnect the selected activity"),
        "Ctrl+W", qsTr("Close the selected activity"),
        "Ctrl+1 … Ctrl+9", qsTr("Select the first … ninth open activity"),
        "Ctrl+Tab", qsTr("Select the next activity"),
        "Ctrl+Shift+Tab", qsTr("Select the previous activity"),
        "Alt+1 … Alt+4", qsTr("Show the steps, people, files or activity log"),
        "Home / End", qsTr("Go to the first / last row of a list"),
        "Page Up / Page Down", qsTr("Move a page up / down in a list"),
        "Return", qsTr("Open the selected file"),
        "F1, Ctrl+?", qsTr("Show this list")
    ]

    title: qsTr("Keyboard shortcuts")
    modal: true
    focus: true
    standardButtons: Dialog.Close

    GridLayout {
        objectName: "shortcutsGrid"
        anchors.fill: parent
        columns: 2
        columnSpacing: 16
        rowSpacing: 4
        Repeater {
            model: dialog.shortcuts // two a row
            Label {
                required property int index
                required property string modelData
                objectName: index % 2 ? "shortcutText" : "shortcutKeys"
                textFormat: Text.PlainText
                font.bold: index % 2 === 0
                text: modelData
            }
        }
    }
}
