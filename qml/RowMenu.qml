// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion

// A row's context menu (people, files): copy its name or id, open its link (http(s) only; the
// view says whether it can). Opened by a right click or the Menu key / Shift+F10 on the list.
Menu {
    id: menu

    property string name
    property string itemId
    property string url
    property bool openable: false

    signal openLink(string url)

    function copy(text: string) {
        clipboard.text = text
        clipboard.selectAll()
        clipboard.copy()
        clipboard.text = ""
    }

    MenuItem {
        objectName: "copyName"
        text: qsTr("Copy Name")
        onTriggered: menu.copy(menu.name)
    }
    MenuItem {
        objectName: "copyId"
        text: qsTr("Copy ID")
        onTriggered: menu.copy(menu.itemId)
    }
    MenuItem {
        objectName: "openLinkItem"
        text: qsTr("Open Link")
        visible: menu.openable
        height: visible ? implicitHeight : 0
        onTriggered: menu.openLink(menu.url)
    }

    // The system clipboard through a text field (Qt Quick has no clipboard type of its own).
    TextEdit {
        id: clipboard
        visible: false
        textFormat: TextEdit.PlainText
    }
}
