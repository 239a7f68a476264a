// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import MirageDesk

// The window's tool bar: open, reconnect, save or export, who is here and the counts, settings,
// help and quit. A button says its action to the window (`triggered`, the actions of
// WindowShortcuts and "settings", "about"), which does it.
ToolBar {
    id: bar

    // The activity shown; null when none.
    property ActivitySession session: null
    // Tested as a bool: 6.4's qmlcachegen cannot compile `session !== null` (an object compared with null).
    readonly property bool hasSession: !!session

    signal triggered(string action)

    RowLayout {
        anchors.fill: parent
        spacing: 4
        ToolButton {
            objectName: "openButton"
            text: qsTr("&Open Activity…")
            Accessible.name: qsTr("Open activity")
            onClicked: bar.triggered("open")
        }
        ToolButton {
            text: qsTr("&Reconnect")
            enabled: bar.hasSession
            Accessible.name: qsTr("Reconnect now")
            onClicked: bar.triggered("reconnect")
        }
        ToolButton {
            id: exportButton
            objectName: "exportButton"
            text: qsTr("&Export")
            enabled: bar.hasSession
            Accessible.name: qsTr("Save or export")
            onClicked: exportMenu.open()
            Menu {
                id: exportMenu
                y: exportButton.height
                MenuItem {
                    text: qsTr("&Save the Activity as JSON…")
                    onTriggered: bar.triggered("save")
                }
                MenuItem {
                    text: qsTr("Export the &Log…")
                    onTriggered: bar.triggered("exportLog")
                }
            }
        }
        Item { Layout.fillWidth: true }
        // Who is here (issue #13): the present people's avatars.
        AvatarRow {
            objectName: "presentAvatars"
            people: bar.session ? bar.session.present : []
            total: bar.session ? bar.session.presentCount : 0
            names: bar.session ? bar.session.presentNames : ""
        }
        Label {
            objectName: "countsLabel"
            visible: bar.hasSession
            textFormat: Text.PlainText
            color: palette.placeholderText
            // 6.4's QML tools do not know qulonglong (ActivitySession's counts; a false positive).
            text: bar.session ? qsTr("%1 applied · %2 rejected").arg(bar.session.appliedCount).arg(bar.session.rejectedCount) : "" // qmllint disable type
        }
        ToolButton {
            objectName: "settingsButton"
            text: qsTr("&Settings")
            Accessible.name: qsTr("Settings")
            onClicked: bar.triggered("settings")
        }
        ToolButton {
            id: helpButton
            objectName: "helpButton"
            text: qsTr("&Help")
            Accessible.name: qsTr("Help")
            onClicked: helpMenu.open()
            Menu {
                id: helpMenu
                y: helpButton.height
                MenuItem {
                    text: qsTr("&Keyboard Shortcuts")
                    onTriggered: bar.triggered("shortcuts")
                }
                MenuItem {
                    text: qsTr("&About MirageDesk")
                    onTriggered: bar.triggered("about")
                }
            }
        }
        ToolButton {
            text: qsTr("&Quit")
            Accessible.name: qsTr("Quit MirageDesk")
            onClicked: bar.triggered("quit")
        }
    }
}
