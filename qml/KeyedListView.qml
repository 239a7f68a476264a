// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion

// A list of id'd rows (steps, people, files): keyboard navigation, a scroll bar, a line of text
// when it is empty, and selectId() to show one row (used when a popup is clicked).
ListView {
    id: list

    property string emptyText

    function selectId(id: string) {
        const row = model ? model.rowOf(id) : -1
        if (row >= 0) {
            currentIndex = row
            positionViewAtIndex(row, ListView.Contain)
            forceActiveFocus()
        }
    }

    clip: true
    focus: true
    activeFocusOnTab: true
    keyNavigationEnabled: true
    highlightMoveDuration: 0
    Accessible.role: Accessible.List
    ScrollBar.vertical: ScrollBar { }

    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        text: list.emptyText
        color: palette.placeholderText
    }
}
