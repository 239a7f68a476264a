// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import MirageDesk

// Open an activity: paste a UUID or a full channel URL (checked as you type), pick a recent one,
// or one from the server's list.
Dialog {
    id: dialog

    required property AppController app
    // What the controller says of what is typed, as it is typed.
    readonly property openCheck check: app.validate(serverField.text, activityField.text)
    readonly property bool typedSomething: activityField.text.trim().length > 0

    title: qsTr("Open Activity")
    modal: true
    focus: true
    width: Math.min(parent ? parent.width - 40 : 640, 640)
    closePolicy: Popup.CloseOnEscape

    function openWith(server: string, activity: string) {
        serverField.text = server
        activityField.text = activity
        if (dialog.check.ok)
            dialog.accept()
    }

    function pickServer(server: string) {
        serverField.text = server
        if (app)
            app.fetchServerActivities(server)
    }

    onAboutToShow: {
        // The selected activity's server first; else the last one used.
        if (app && app.session && app.servers.length > 0)
            serverField.text = app.servers[0]
        else if (serverField.text.length === 0 && app)
            serverField.text = app.settings.lastServer
        activityField.selectAll()
        activityField.forceActiveFocus()
        if (app)
            app.fetchServerActivities(serverField.text)
    }
    onAccepted: {
        if (!app.open(serverField.text, activityField.text))
            open()
    }

    Timer {
        id: listRefresh
        interval: 600
        onTriggered: if (dialog.app) dialog.app.fetchServerActivities(serverField.text)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            text: qsTr("Server")
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: serverField
                objectName: "serverField"
                Layout.fillWidth: true
                placeholderText: qsTr("ws://localhost:8000 or https://mirage.example.org")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Server")
                KeyNavigation.tab: activityField
                onTextEdited: listRefresh.restart()
                onAccepted: activityField.forceActiveFocus()
            }
            // The servers of the open and the recent activities.
            ToolButton {
                objectName: "serversButton"
                text: "▾"
                enabled: !!dialog.app && dialog.app.servers.length > 0
                Accessible.name: qsTr("Servers in use")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Servers in use")
                onClicked: serversMenu.popup()
                Menu {
                    id: serversMenu
                    objectName: "serversMenu"
                    Instantiator {
                        model: dialog.app ? dialog.app.servers : []
                        delegate: MenuItem {
                            required property string modelData
                            text: modelData
                            // 6.4's qmllint does not see this file's ids from inside a delegate (a false positive).
                            onTriggered: dialog.pickServer(modelData) // qmllint disable unqualified
                        }
                        onObjectAdded: (index, object) => serversMenu.insertItem(index, object as MenuItem)
                        onObjectRemoved: (index, object) => serversMenu.removeItem(object as MenuItem)
                    }
                }
            }
        }
        Label {
            text: qsTr("Activity UUID or channel URL")
        }
        TextField {
            id: activityField
            objectName: "activityField"
            Layout.fillWidth: true
            placeholderText: qsTr("63b76319-68ef-4412-9dd4-bb2a13315ee2 or ws://host:8000/ws/activities/<uuid>/")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Activity UUID or channel URL")
            Accessible.description: validation.text
            onAccepted: if (dialog.check.ok) dialog.accept()
        }
        Label {
            id: validation
            objectName: "validationMessage"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: dialog.check.ok ? "#2e7d32" : "#c62828"
            visible: dialog.typedSomething
            text: dialog.check.ok ? qsTr("Activity %1 on %2").arg(dialog.check.activityId).arg(dialog.check.server)
                                  : dialog.check.reason
        }

        Label {
            Layout.topMargin: 8
            font.bold: true
            visible: recentList.count > 0
            text: qsTr("Recent activities")
        }
        ListView {
            id: recentList
            objectName: "recentList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 160)
            visible: count > 0
            clip: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            model: dialog.app ? dialog.app.recent : null
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Recent activities")
            Keys.onReturnPressed: if (currentItem) (currentItem as ItemDelegate).clicked()
            FocusFrame { // the keyboard focus (issue #13)
                objectName: "recentListFocusFrame"
                view: recentList
            }
            delegate: ItemDelegate {
                id: recent
                required property int index
                required property string activityId
                required property string name
                required property string server
                required property string lastOpenedText
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                Accessible.name: qsTr("%1 on %2").arg(name).arg(server)
                // 6.4's qmllint does not see this file's ids from inside a delegate (a false positive;
                // 6.5 has pragma ComponentBehavior: Bound for it).
                onClicked: dialog.openWith(recent.server, recent.activityId) // qmllint disable unqualified
                contentItem: RowLayout {
                    Label {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        text: recent.name
                    }
                    Label {
                        textFormat: Text.PlainText
                        elide: Text.ElideMiddle
                        Layout.maximumWidth: 220
                        color: palette.placeholderText
                        text: recent.server
                    }
                    Label {
                        textFormat: Text.PlainText
                        color: palette.placeholderText
                        text: recent.lastOpenedText
                    }
                }
            }
        }

        Label {
            Layout.topMargin: 8
            font.bold: true
            visible: serverList.count > 0 || serverStatus.text.length > 0
            text: qsTr("On this server")
        }
        Label {
            id: serverStatus
            Layout.fillWidth: true
            visible: text.length > 0
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: palette.placeholderText
            text: dialog.app ? dialog.app.serverActivities.status : ""
        }
        ListView {
            id: serverList
            objectName: "serverList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 200)
            visible: count > 0
            clip: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            model: dialog.app ? dialog.app.serverActivities : null
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Activities on this server")
            Keys.onReturnPressed: if (currentItem) (currentItem as ItemDelegate).clicked()
            FocusFrame { // the keyboard focus (issue #13)
                objectName: "serverListFocusFrame"
                view: serverList
            }
            ScrollBar.vertical: ScrollBar { }
            delegate: ItemDelegate {
                id: listed
                required property string activityId
                required property string name
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                Accessible.name: name
                // 6.4's qmllint does not see this file's ids from inside a delegate (as above).
                onClicked: dialog.openWith(serverField.text, listed.activityId) // qmllint disable unqualified
                contentItem: RowLayout {
                    Label {
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        text: listed.name
                    }
                    Label {
                        textFormat: Text.PlainText
                        color: palette.placeholderText
                        text: listed.activityId
                    }
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "openConfirm"
            text: qsTr("Open")
            enabled: dialog.check.ok
            // 6.4's qmllint does not find the ButtonRole enumeration on DialogButtonBox (a false positive).
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole // qmllint disable type
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole // qmllint disable type
        }
    }
}
