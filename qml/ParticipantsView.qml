// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// Who is in the activity and their status, live.
KeyedListView {
    id: list

    function statusColor(status: string): string {
        switch ((status || "").toLowerCase()) {
        case "online": case "active": case "editing": return "#2e7d32"
        case "away": case "idle": return "#f9a825"
        case "busy": case "dnd": return "#c62828"
        case "offline": return "#757575"
        }
        return "#1565c0"
    }

    // A row's context menu: copy the name or id.
    function showMenu(row: Item, name: string, itemId: string) {
        rowMenu.name = name
        rowMenu.itemId = itemId
        rowMenu.popup(row, 0, row.height)
    }

    emptyText: qsTr("Nobody has joined yet.")
    Accessible.name: qsTr("People")

    delegate: ItemDelegate {
        id: row
        required property int index
        required property string itemId
        required property string name
        required property string status

        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        onClicked: {
            row.ListView.view.forceActiveFocus() // first: the row clicked is the user's (KeyedListView.keptId)
            row.ListView.view.currentIndex = row.index
        }
        TapHandler {
            acceptedButtons: Qt.RightButton
            onTapped: {
                row.ListView.view.currentIndex = row.index;
                (row.ListView.view as ParticipantsView).showMenu(row, row.name, row.itemId)
            }
        }
        Connections {
            target: row.ListView.view as ParticipantsView
            function onMenuRequested() {
                if (row.ListView.isCurrentItem)
                    (row.ListView.view as ParticipantsView).showMenu(row, row.name, row.itemId)
            }
        }
        Accessible.name: qsTr("%1, %2").arg("\u2068" + name + "\u2069").arg(status || qsTr("no status"))

        contentItem: RowLayout {
            spacing: 10
            Rectangle {
                width: 12
                height: 12
                radius: 6
                color: (row.ListView.view as ParticipantsView).statusColor(row.status)
            }
            Label {
                objectName: "personName"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: row.highlighted ? palette.highlightedText : palette.text
                text: row.name
            }
            Label {
                objectName: "personStatus"
                textFormat: Text.PlainText
                color: row.highlighted ? palette.highlightedText : (row.ListView.view as ParticipantsView).statusColor(row.status)
                text: row.status || qsTr("no status")
            }
        }
    }

    RowMenu {
        id: rowMenu
        objectName: "personMenu"
    }
}
