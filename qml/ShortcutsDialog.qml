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
    // The keys are translated too: their names as the keyboard labels them ("Strg+O" in German).
    readonly property list<string> shortcuts: [
        qsTr("Ctrl+O", "keys"), qsTr("Open an activity"),
        qsTr("Ctrl+Q", "keys"), qsTr("Quit MirageDesk"),
        qsTr("F5", "keys"), qsTr("Reconnect the selected activity"),
        qsTr("Ctrl+W", "keys"), qsTr("Close the selected activity"),
        qsTr("Ctrl+1 … Ctrl+9", "keys"), qsTr("Select the first … ninth open activity"),
        qsTr("Ctrl+Tab", "keys"), qsTr("Select the next activity"),
        qsTr("Ctrl+Shift+Tab", "keys"), qsTr("Select the previous activity"),
        qsTr("Alt+1 … Alt+4", "keys"), qsTr("Show the steps, people, files or activity log"),
        qsTr("Ctrl+F", "keys"), qsTr("Find in the steps, people or files shown"),
        qsTr("F3, Return", "keys"), qsTr("Go to the next match"),
        qsTr("Esc", "keys"), qsTr("Clear the search and close the find bar"),
        qsTr("Ctrl+G", "keys"), qsTr("Go to a step by its number"),
        qsTr("Ctrl+C", "keys"), qsTr("Copy the selected step's text"),
        qsTr("Ctrl+Shift+C", "keys"), qsTr("Copy a link to the selected step"),
        qsTr("Ctrl+S", "keys"), qsTr("Save the activity as JSON"),
        qsTr("Ctrl+Shift+E", "keys"), qsTr("Export the activity log as text"),
        qsTr("Home / End", "keys"), qsTr("Go to the first / last row of a list"),
        qsTr("Page Up / Page Down", "keys"), qsTr("Move a page up / down in a list"),
        qsTr("Menu, Shift+F10", "keys"), qsTr("Open the selected row's menu"),
        qsTr("Return", "keys"), qsTr("Open the selected file"),
        qsTr("F1, Ctrl+?", "keys"), qsTr("Show this list")
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
