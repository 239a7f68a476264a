// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// The activity's files: name, size, type, uploader, downloads; http(s) links open in the browser.
KeyedListView {
    id: list

    signal openLink(string url)

    // A row's context menu: copy the name or id, open the link (http(s) only).
    function showMenu(row: Item, name: string, itemId: string, url: string, openable: bool) {
        rowMenu.name = name
        rowMenu.itemId = itemId
        rowMenu.url = url
        rowMenu.openable = openable
        rowMenu.popup(row, 0, row.height)
    }

    emptyText: qsTr("No files yet.")
    Accessible.name: qsTr("Files")
    // Return opens the current file as a double click does.
    Keys.onReturnPressed: if (currentItem) (currentItem as ItemDelegate).doubleClicked()

    delegate: ItemDelegate {
        id: row
        required property int index
        required property string itemId
        required property string name
        required property string sizeText
        required property string mimeType
        required property string uploader
        required property int downloads
        required property string downloadsText
        required property string url
        required property bool openable

        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        onClicked: {
            row.ListView.view.forceActiveFocus() // first: the row clicked is the user's (KeyedListView.keptId)
            row.ListView.view.currentIndex = row.index
        }
        onDoubleClicked: if (row.openable) (row.ListView.view as FilesView).openLink(row.url)
        TapHandler {
            acceptedButtons: Qt.RightButton
            onTapped: {
                row.ListView.view.currentIndex = row.index;
                (row.ListView.view as FilesView).showMenu(row, row.name, row.itemId, row.url, row.openable)
            }
        }
        Connections {
            target: row.ListView.view as FilesView
            function onMenuRequested() {
                if (row.ListView.isCurrentItem)
                    (row.ListView.view as FilesView).showMenu(row, row.name, row.itemId, row.url, row.openable)
            }
        }
        Accessible.name: qsTr("File %1").arg("\u2068" + name + "\u2069")

        contentItem: RowLayout {
            spacing: 12
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "fileName"
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    font.bold: true
                    color: row.highlighted ? palette.highlightedText : palette.text
                    text: row.name
                }
                Label {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: row.highlighted ? palette.highlightedText : palette.placeholderText
                    text: {
                        let parts = []
                        if (row.sizeText.length > 0)
                            parts.push(row.sizeText)
                        if (row.mimeType.length > 0)
                            parts.push(row.mimeType)
                        if (row.uploader.length > 0)
                            parts.push(qsTr("uploaded by %1").arg("\u2068" + row.uploader + "\u2069")) // isolated: a right-to-left name stays in its place
                        parts.push(row.downloadsText)
                        return parts.join(" · ")
                    }
                }
            }
            Button {
                text: qsTr("Open")
                visible: row.openable
                Accessible.name: qsTr("Open %1 in the browser").arg(row.name)
                onClicked: (row.ListView.view as FilesView).openLink(row.url)
            }
        }
    }

    RowMenu {
        id: rowMenu
        objectName: "fileMenu"
        onOpenLink: (url) => list.openLink(url)
    }
}
