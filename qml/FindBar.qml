// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import MirageDesk

// Find in a list (issue #13): a field whose text filters `search` as the user types, the count of
// matches, Enter or F3 for the next match and Esc to clear. Hidden until open() (Ctrl+F).
Pane {
    id: bar

    // The ListSearch of the list shown; its text follows the field.
    property ListSearch search: null
    // What the list holds: "steps", "people" or "files" (for the count's words).
    property string kind: "steps"
    readonly property string text: field.text
    readonly property string countText: bar.search && bar.search.active ? bar.matchText(bar.search.count, bar.search.sourceCount) : ""

    // Enter, F3 or the Next button: the view moves to the next match.
    signal nextRequested()
    // Esc or the close button: the text is cleared and the bar hidden; the view restores its row.
    signal cleared()

    function matchText(found: int, all: int): string {
        if (found === 0)
            return qsTr("No matches")
        if (kind === "people")
            return qsTr("%1 of %n people match", "", all).arg(found)
        if (kind === "files")
            return qsTr("%1 of %n files match", "", all).arg(found)
        return qsTr("%1 of %n steps match", "", all).arg(found)
    }
    function open() {
        if (bar.search)
            bar.search.prepare() // the rows' search text is built now, not on the first keystroke
        visible = true
        field.forceActiveFocus()
        field.selectAll()
    }
    function clear() {
        field.text = ""
        visible = false
        cleared()
    }

    // Another list shown while the bar is open: its search text is built before the next keystroke.
    onSearchChanged: {
        if (bar.visible && bar.search)
            bar.search.prepare()
    }

    visible: false
    padding: 4
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Find")

    RowLayout {
        anchors.fill: parent
        spacing: 6
        TextField {
            id: field
            objectName: "findField"
            Layout.fillWidth: true
            placeholderText: qsTr("Find (name, description, contents)")
            Accessible.name: qsTr("Find")
            Accessible.description: bar.countText
            Keys.onReturnPressed: bar.nextRequested()
            Keys.onEnterPressed: bar.nextRequested()
            Keys.onEscapePressed: bar.clear()
        }
        Label {
            objectName: "findCount"
            textFormat: Text.PlainText
            color: palette.placeholderText
            text: bar.countText
            Accessible.name: bar.countText
        }
        Button {
            text: qsTr("Next")
            enabled: bar.search !== null && bar.search.count > 0
            Accessible.name: qsTr("Next match")
            onClicked: bar.nextRequested()
        }
        Button {
            text: qsTr("Close")
            Accessible.name: qsTr("Close find")
            onClicked: bar.clear()
        }
    }
}
