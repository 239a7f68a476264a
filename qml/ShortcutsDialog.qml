// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// Every keyboard shortcut of the window (Main.qml's Shortcut blocks and the lists' keys), opened
// by F1 or Ctrl+?.
Dialog {
    id: dialog

    // Keys, what they do, keys, what they do, …; every Shortcut of the window (Main.qml and the
    // components it is made of) is here: tst_desktop's shortcutSheetListsEveryShortcut reads them
    // all and fails on one missing. "A … B" stands for a run of keys, ", " and " / " separate keys.
    readonly property list<string> shortcuts: [
        "Ctrl+O", qsTr("Open an activity"),
        "Ctrl+Q", qsTr("Quit MirageDesk"),
        "F5", qsTr("Reconnect the selected activity"),
        "Ctrl+W", qsTr("Close the selected activity"),
        "Ctrl+1 … Ctrl+9", qsTr("Select the first … ninth open activity"),
        "Ctrl+Tab", qsTr("Select the next activity"),
        "Ctrl+Shift+Tab", qsTr("Select the previous activity"),
        "Alt+1 … Alt+4", qsTr("Show the steps, people, files or activity log"),
        "Ctrl+F", qsTr("Find in the steps, people or files shown"),
        "F3, Return", qsTr("Go to the next match"),
        "Esc", qsTr("Clear the search and close the find bar"),
        "Ctrl+G", qsTr("Go to a step by its number"),
        "Ctrl+C", qsTr("Copy the selected step's text"),
        "Ctrl+Shift+C", qsTr("Copy a link to the selected step"),
        "Ctrl+S", qsTr("Save the activity as JSON"),
        "Ctrl+Shift+E", qsTr("Export the activity log as text"),
        "Home / End", qsTr("Go to the first / last row of a list"),
        "Page Up / Page Down", qsTr("Move a page up / down in a list"),
        "Menu, Shift+F10", qsTr("Open the selected row's menu"),
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
