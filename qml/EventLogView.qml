// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import MirageDesk

// Every received message and connection change in order, newest at the bottom, in words;
// filterable by category and searchable by text; above them, the history kept from before this
// start (issue #27), read a page at a time as the user scrolls up; a search covers it all. Identical entries in a row show once, with "×N".
// Activating an entry (click, Enter) asks to show its item: showItem("steps"/"people"/"files", id).
ColumnLayout {
    id: view

    property EventLogFilter model: null
    signal showItem(string section, string itemId)

    function activate(section: string, itemId: string) {
        if (section !== "")
            view.showItem(section, itemId)
    }

    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        Layout.margins: 6
        TextField {
            id: search
            objectName: "logSearch"
            Layout.preferredWidth: 220
            placeholderText: qsTr("Search the log")
            Accessible.name: qsTr("Search the log")
            selectByMouse: true
            onTextChanged: if (view.model) view.model.text = search.text
            Keys.onEscapePressed: search.clear()
        }
        Label { text: qsTr("Show:") }
        ComboBox {
            id: filter
            objectName: "logFilter"
            textRole: "label"
            valueRole: "value"
            Accessible.name: qsTr("Show events of category")
            model: [
                { label: qsTr("All events"), value: "" },
                { label: qsTr("Activity"), value: "activity" },
                { label: qsTr("People"), value: "people" },
                { label: qsTr("Alerts and notifications"), value: "alerts" },
                { label: qsTr("Files"), value: "files" },
                { label: qsTr("Connection"), value: "connection" },
                { label: qsTr("Other"), value: "other" },
                { label: qsTr("Rejected"), value: "rejected" }
            ]
            onActivated: if (view.model) view.model.category = filter.currentValue
        }
        Item { Layout.fillWidth: true }
        Label {
            objectName: "logCount"
            textFormat: Text.PlainText
            color: palette.placeholderText
            // Counted while shown: hidden, a log at its capacity changed it twice a frame (issue #14).
            // What is kept (issue #27): with a journal, the history of the last days (its age
            // limit); without one, only what the log holds.
            text: !visible || !view.model ? ""
                : view.model.keptDays > 0 ? qsTr("%n shown (the history keeps the last %1 days)", "", view.model.count).arg(view.model.keptDays)
                : qsTr("%n shown (the last %1 are kept)", "", view.model.count).arg(Number(10000).toLocaleString(Qt.locale(), "f", 0))
        }
    }

    ListView {
        id: list
        objectName: "logList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        focus: true
        activeFocusOnTab: true
        keyNavigationEnabled: true
        // Hidden, the list has no model (issue #14): a log at its capacity drops its oldest entries
        // every frame, and a hidden list moved its delegates up for each of them, every move asking
        // the window for a frame. Shown again, it is at the newest entry (following) or at the row
        // the user had scrolled to, with the entry that was selected.
        model: null
        property int topRow: 0
        property int keptIndex: -1
        function attach() {
            if (!list.visible) {
                if (list.model !== null) {
                    list.keptIndex = list.currentIndex
                    list.model = null
                }
                return
            }
            if (list.model === view.model)
                return
            list.model = view.model
            if (list.keptIndex >= 0)
                list.currentIndex = Math.min(list.keptIndex, list.count - 1)
            if (list.following)
                list.positionViewAtEnd()
            else
                list.positionViewAtIndex(list.topRow, ListView.Beginning)
        }
        Connections {
            target: view
            function onModelChanged() {
                list.keptIndex = -1
                list.attach()
            }
        }
        Component.onCompleted: attach()
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Activity log")
        ScrollBar.vertical: ScrollBar { }
        // Delegates scrolled out are kept for the rows scrolled in, not made again (issue #14); a
        // kept one is hidden until reused (6.4 only culls it: it would stay in the item and
        // accessibility trees with its old text). Hidden, the list makes none ahead (no cache).
        reuseItems: true
        cacheBuffer: list.visible ? 320 : 0
        // Follow the newest entry unless the user scrolled up to read; only while the log is shown
        // (a hidden log costs nothing: no delegates made, no entry's words asked), and it goes to
        // the newest when it is shown again.
        property bool following: true
        onMovementEnded: {
            following = atYEnd
            topRow = Math.max(0, indexAt(0, contentY))
        }
        // 6.4's qmllint sees Qt.callLater as a QJSValue property, not a method (a false positive).
        onCountChanged: if (following && list.visible) Qt.callLater(positionViewAtEnd) // qmllint disable type
        onVisibleChanged: attach()
        // The history above this session's entries (issue #27): scrolled to the top, the next page
        // of older entries is read from the journal; the rows shown stay where they are.
        // Asked once the view's move is done (a zero timer), and only if it is still at the top (a
        // list being attached passes by the top on its way to the newest entry).
        onContentYChanged: if (list.atYBeginning) olderTimer.restart()
        Timer {
            id: olderTimer
            interval: 0
            onTriggered: list.fetchOlder()
        }
        function fetchOlder() {
            if (!list.atYBeginning || !list.visible || list.model === null || !view.model)
                return false
            // Reading up there, the user no longer follows the newest entry.
            list.following = false
            const before = list.count
            // The entry that was at the top stays there: the user scrolls on to read the new ones.
            if (!view.model.fetchOlder())
                return false
            list.positionViewAtIndex(list.count - before, ListView.Beginning)
            return true
        }
        Keys.onReturnPressed: list.activateCurrent()
        Keys.onEnterPressed: list.activateCurrent()
        function activateCurrent() {
            const i = list.currentIndex
            if (i >= 0 && view.model)
                view.activate(view.model.sectionAt(i), view.model.itemIdAt(i))
        }

        delegate: ItemDelegate {
            id: entry
            required property int index
            required property string time
            required property bool applied
            required property string summary
            required property string section
            required property string itemId
            required property string details
            required property int repeats

            readonly property string said: (entry.applied ? "" : qsTr("Rejected: ")) + entry.summary
                                           + (entry.repeats > 1 ? " " + qsTr("×%1").arg(entry.repeats) : "")

            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            ListView.onPooled: entry.visible = false
            ListView.onReused: entry.visible = true
            onClicked: {
                entry.ListView.view.currentIndex = entry.index
                // 6.4's qmllint does not see this file's ids from inside a delegate (a false
                // positive; 6.5 has pragma ComponentBehavior: Bound for it).
                view.activate(entry.section, entry.itemId) // qmllint disable unqualified
            }
            Accessible.name: entry.said

            contentItem: RowLayout {
                spacing: 10
                Label {
                    textFormat: Text.PlainText
                    font.family: "monospace"
                    color: palette.placeholderText
                    text: entry.time
                }
                Label {
                    objectName: "logSummary"
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: entry.applied ? palette.text : "#c62828"
                    text: entry.applied ? entry.summary : qsTr("Rejected: %1").arg(entry.summary)
                }
                Label {
                    objectName: "logRepeats"
                    visible: entry.repeats > 1
                    textFormat: Text.PlainText
                    font.bold: true
                    color: palette.placeholderText
                    text: qsTr("×%1").arg(entry.repeats)
                }
            }
        }
    }
}
