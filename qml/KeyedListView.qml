// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion

// A list of id'd rows (steps, people, files): keyboard navigation (arrows, Home, End, Page Up,
// Page Down), a scroll bar that shows at rest, a frame around the current row while the list has
// the keyboard focus, a line of text when it is empty, and selectId() to show one row (used when
// a popup is clicked).
ListView {
    id: list

    property string emptyText

    // The Menu key or Shift+F10: the current row shows its context menu.
    signal menuRequested()
    // Rows a Page Up / Page Down moves: as many as fit in the view.
    readonly property int pageRows: Math.max(1, Math.floor(height / Math.max(1, currentItem ? currentItem.height : 40)) - 1)

    function selectId(id: string) {
        const row = model ? model.rowOf(id) : -1
        if (row >= 0) {
            keptId = id
            currentIndex = row
            positionViewAtIndex(row, ListView.Contain)
            forceActiveFocus()
        }
    }

    function moveTo(row: int) {
        if (count === 0)
            return
        currentIndex = Math.max(0, Math.min(count - 1, row))
        positionViewAtIndex(currentIndex, ListView.Contain)
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
    Keys.onPressed: (event) => {
        switch (event.key) {
        case Qt.Key_Home: list.moveTo(0); break
        case Qt.Key_End: list.moveTo(list.count - 1); break
        case Qt.Key_PageUp: list.moveTo(list.currentIndex - list.pageRows); break
        case Qt.Key_PageDown: list.moveTo(list.currentIndex + list.pageRows); break
        case Qt.Key_Menu: list.menuRequested(); break
        case Qt.Key_F10:
            if (!(event.modifiers & Qt.ShiftModifier))
                return
            list.menuRequested()
            break
        default: return
        }
        event.accepted = true
    }

    ScrollBar.vertical: ScrollBar {
        id: scrollBar
        objectName: "listScrollBar"
        // Shown at rest whenever there is something to scroll; a handle of 24 px at least.
        policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
        minimumSize: Math.min(1, 24 / Math.max(1, scrollBar.height - scrollBar.topPadding - scrollBar.bottomPadding))
    }

    // The keyboard focus: a frame around the current row.
    FocusFrame {
        objectName: "focusFrame"
        view: list
    }

    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        text: list.emptyText
        color: palette.placeholderText
    }
}
