// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import MirageDesk

// The open activities, like the room list of a chat client: name, server, a connection dot and
// the unread count of each; a click selects one, the × closes it. Arrow keys move, Return selects.
Pane {
    id: sidebar

    property AppController app: null

    padding: 0

    function connectionText(state: int): string {
        switch (state) {
        case Connection.Open: return qsTr("connected")
        case Connection.Connecting: return qsTr("connecting")
        case Connection.Reconnecting: return qsTr("reconnecting")
        case Connection.Refused: return qsTr("refused")
        case Connection.Closed: return qsTr("disconnected")
        default: return qsTr("not connected")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.fillWidth: true
            Layout.margins: 8
            font.bold: true
            text: qsTr("Open activities")
        }

        ListView {
            id: list
            objectName: "sessionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            activeFocusOnTab: true
            keyNavigationEnabled: true
            currentIndex: sidebar.app ? sidebar.app.currentIndex : -1
            model: sidebar.app ? sidebar.app.sessions : null
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Open activities")
            Keys.onReturnPressed: if (sidebar.app) sidebar.app.select(list.currentIndex)
            Keys.onSpacePressed: if (sidebar.app) sidebar.app.select(list.currentIndex)
            Keys.onDeletePressed: if (sidebar.app) sidebar.app.close(list.currentIndex)

            // The keyboard focus (issue #13): a frame around the current row.
            FocusFrame {
                objectName: "sidebarFocusFrame"
                visible: list.activeFocus && list.currentItem !== null
                x: list.currentItem ? list.currentItem.x : 0
                y: list.currentItem ? list.currentItem.y : 0
                width: list.currentItem ? list.currentItem.width : 0
                height: list.currentItem ? list.currentItem.height : 0
            }

            delegate: ItemDelegate {
                id: row
                required property int index
                required property string name
                required property string server
                required property int connectionState
                required property int unreadCount
                required property bool showingCopy
                required property bool selected

                objectName: "sessionRow"
                width: ListView.view.width
                highlighted: row.selected
                Accessible.role: Accessible.ListItem
                // 6.4's qmllint does not see this file's ids from inside a delegate (a false positive).
                readonly property string stateText: sidebar.connectionText(row.connectionState) // qmllint disable unqualified
                Accessible.name: qsTr("%1, %2, %3%4%5").arg(row.name).arg(row.server).arg(row.stateText)
                                     .arg(row.showingCopy ? qsTr(", saved copy") : "")
                                     .arg(row.unreadCount > 0 ? qsTr(", %n unread", "", row.unreadCount) : "")
                onClicked: sidebar.app.select(row.index) // qmllint disable unqualified

                contentItem: RowLayout {
                    spacing: 6
                    Rectangle {
                        objectName: "connectionDot"
                        Layout.alignment: Qt.AlignVCenter
                        implicitWidth: 10
                        implicitHeight: 10
                        radius: 5
                        color: row.connectionState === Connection.Open ? "#2e7d32"
                             : (row.connectionState === Connection.Connecting || row.connectionState === Connection.Reconnecting) ? "#f9a825"
                             : row.connectionState === Connection.Refused ? "#c62828" : "#9e9e9e"
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            objectName: "sessionName"
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            font.bold: row.unreadCount > 0
                            text: row.name
                        }
                        Label {
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            elide: Text.ElideMiddle
                            color: palette.placeholderText
                            font.pixelSize: 11
                            text: row.showingCopy ? qsTr("%1 · saved copy").arg(row.server) : row.server
                        }
                    }
                    Label {
                        objectName: "unreadBadge"
                        visible: row.unreadCount > 0
                        textFormat: Text.PlainText
                        leftPadding: 6
                        rightPadding: 6
                        color: palette.highlightedText
                        text: row.unreadCount > 99 ? "99+" : String(row.unreadCount)
                        background: Rectangle {
                            radius: height / 2
                            color: palette.highlight
                        }
                    }
                    ToolButton {
                        objectName: "closeSession"
                        text: "×"
                        Accessible.name: qsTr("Close %1").arg(row.name)
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Close (Ctrl+W)")
                        onClicked: sidebar.app.close(row.index) // qmllint disable unqualified
                    }
                }
            }
        }
    }
}
