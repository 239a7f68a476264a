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
            keptId = id
            currentIndex = row
            positionViewAtIndex(row, ListView.Contain)
            forceActiveFocus()
        }
    }

    // Find (issue #13). keptId is the row the user is on: chosen with the keyboard or the mouse,
    // shown by selectId() or reached with findNext(); not a row the list moved to because a
    // filter took the user's away. Clearing the search selects it again (restoreSelection()).
    property string keptId
    function findNext() {
        if (count === 0)
            return
        const onKept = currentIndex >= 0 && model.idAt(currentIndex) === keptId
        currentIndex = onKept ? (currentIndex + 1) % count : 0
        positionViewAtIndex(currentIndex, ListView.Contain)
        keptId = model.idAt(currentIndex)
    }
    // Ctrl+G: selects and shows row `number` (1-based).
    function goToNumber(number: int) {
        if (number < 1 || number > count)
            return
        forceActiveFocus()
        currentIndex = number - 1
        positionViewAtIndex(currentIndex, ListView.Contain)
    }
    function restoreSelection() {
        if (keptId.length > 0)
            selectId(keptId)
    }
    onCurrentIndexChanged: {
        if (activeFocus && model && currentIndex >= 0)
            keptId = model.idAt(currentIndex)
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
