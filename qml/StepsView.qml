// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import MirageDesk

// The activity's steps in order. A step someone else just changed lights up for a moment; a step
// changed since the user last saw it carries a dot until it is selected. What changed since the
// user last looked is shown above the list, outside it (StepsPane).
KeyedListView {
    id: list

    property bool readOnly: false
    // The activity is there (else an empty list is "Loading…", not "no steps").
    property bool loaded: true
    // Find (issue #13): the search the model is (a ListSearch), so matches show in bold; null: none.
    property ListSearch search: null
    // The id of the current row, asked of the model (re-read when the row or the rows change).
    readonly property string currentStepId: (count, currentIndex >= 0 && model) ? model.idAt(currentIndex) : ""

    // The user saw a step (selected it, or moved to it with the keyboard): the session counts it
    // as seen (the session's CatchUp.markStepSeen()).
    signal stepSeen(string stepId)

    // A step someone else changed is lit for flashHoldMs after the change, then fades out over
    // flashFadeMs.
    property int flashHoldMs: 1000
    property int flashFadeMs: 500
    readonly property real flashOpacity: 0.55
    // What the highlight is timed on: null for the system's time (Date.now(), as the model's
    // changedAt); a test hands a FlashClock it moves by hand.
    property FlashClock clock: null
    function now(): double {
        return clock ? clock.time : Date.now()
    }

    boundsBehavior: Flickable.StopAtBounds
    reuseItems: true
    // Only an activity that is there can be empty.
    emptyText: loaded ? qsTr("This activity has no steps yet.") : qsTr("Loading…")
    Accessible.name: qsTr("Steps")

    // Selects a step, shows it and counts it as seen.
    function showStep(id: string) {
        selectId(id)
        markSeen()
    }
    function markSeen() {
        if (currentStepId)
            stepSeen(currentStepId)
    }
    // Copy and share (issue #13): the window puts `text` on the clipboard, or the miragedesk://
    // link to a step (to the activity when `stepId` is empty).
    signal copyRequested(string text)
    signal copyLinkRequested(string stepId)

    // A step's text as copied: its name (or "(untitled step)") and its description.
    function stepText(row: int): string {
        if (search === null || row < 0 || row >= count)
            return ""
        const name = search.dataAt(row, "name")
        const description = search.dataAt(row, "description")
        const shown = name.trim().length > 0 ? name : qsTr("(untitled step)")
        return description.length > 0 ? shown + "\n" + description : shown
    }
    function openMenu(x: real, y: real) {
        if (currentIndex < 0)
            return
        stepMenu.stepId = currentStepId
        stepMenu.text = stepText(currentIndex)
        stepMenu.popup(list, x, y)
    }
    // Ctrl+C copies the selected step's text, Ctrl+Shift+C its link; the Menu key or Shift+F10
    // opens the menu at the selected row.
    Keys.onPressed: event => {
        if (currentIndex < 0)
            return
        const ctrlShift = event.modifiers === (Qt.ControlModifier | Qt.ShiftModifier)
        if (event.key === Qt.Key_C && ctrlShift) {
            copyLinkRequested(currentStepId)
            event.accepted = true
        } else if (event.matches(StandardKey.Copy)) {
            copyRequested(stepText(currentIndex))
            event.accepted = true
        } else if (event.key === Qt.Key_Menu || (event.key === Qt.Key_F10 && event.modifiers === Qt.ShiftModifier)) {
            const item = itemAtIndex(currentIndex)
            openMenu(item ? item.x + 40 : 40, item ? item.y - contentY + item.height / 2 : 40)
            event.accepted = true
        }
    }
    // The rows' context menu (for tests and the window).
    readonly property Menu menu: stepMenu
    Menu {
        id: stepMenu
        objectName: "stepMenu"
        property string stepId
        property string text
        MenuItem {
            text: qsTr("Copy text")
            Accessible.name: qsTr("Copy the step's text")
            onTriggered: list.copyRequested(stepMenu.text)
        }
        MenuItem {
            text: qsTr("Copy id")
            Accessible.name: qsTr("Copy the step's id")
            onTriggered: list.copyRequested(stepMenu.stepId)
        }
        MenuItem {
            text: qsTr("Copy link to this step")
            Accessible.name: qsTr("Copy link to this step")
            onTriggered: list.copyLinkRequested(stepMenu.stepId)
        }
        MenuItem {
            text: qsTr("Copy link to the activity")
            Accessible.name: qsTr("Copy link to the activity")
            onTriggered: list.copyLinkRequested("")
        }
    }

    // Moving through the list with the keyboard sees the steps passed on.
    onCurrentStepIdChanged: if (activeFocus) markSeen()

    delegate: ItemDelegate {
        id: row

        required property int index
        required property string itemId
        required property string name
        required property string description
        required property int contentCount
        required property double changedAt
        required property bool unread
        required property list<avatar> presentPeople
        required property int presentCount
        required property string presentText

        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        TapHandler {
            acceptedButtons: Qt.RightButton
            onTapped: (point) => {
                row.ListView.view.forceActiveFocus()
                row.ListView.view.currentIndex = row.index
                const p = row.mapToItem(row.ListView.view, point.position.x, point.position.y)
                list.openMenu(p.x, p.y) // qmllint disable unqualified
            }
        }
        onClicked: {
            row.ListView.view.forceActiveFocus() // first: the row clicked is the user's (keptId)
            row.ListView.view.currentIndex = row.index
            // 6.4's qmllint does not see this file's ids from inside a delegate (a false positive; 6.5 has
            // pragma ComponentBehavior: Bound for it).
            list.markSeen() // qmllint disable unqualified
        }
        // A blank or whitespace-only name reads "(untitled step)", as in StepDetails.
        // ARLEM titles often carry their own number ("Step 1: Find the valve"); the row numbers the
        // step already, so that prefix is not said twice (only when it is this row's number).
        readonly property string ownName: name.replace(new RegExp("^\\s*step\\s*" + (index + 1) + "(?!\\d)\\s*[:.\\-\u2013\u2014]?\\s*", "i"), "")
        readonly property string shownName: ownName.trim().length > 0 ? ownName : name.trim().length > 0 ? name : qsTr("(untitled step)")
        // Matches in bold while a search is on: escaped by ListSearch, never the server's markup.
        readonly property bool marked: list.search !== null && list.search.active // qmllint disable unqualified
        // Who is on this step (issue #13): ", Priya Natarajan is here" (the model's sentence).
        Accessible.name: (unread ? qsTr("Step %1: %2, unread").arg(index + 1).arg(shownName) : qsTr("Step %1: %2").arg(index + 1).arg(shownName))
            + (presentText.length > 0 ? ", " + presentText : "")

        // Lit at full strength for a second after the last change, then fading out over half a
        // second: a row edited again and again stays lit (no flicker), and only a fading row is
        // redrawn frame after frame (issue #14: a held highlight costs no frames).
        function flashIfRecent() {
            flash.stop()
            // The ids from inside a delegate: as in onClicked above.
            const holdMs = Math.max(0, list.flashHoldMs) // qmllint disable unqualified
            const fadeMs = Math.max(1, list.flashFadeMs) // qmllint disable unqualified
            // A clock set back: as if just now.
            const age = Math.max(0, list.now() - changedAt) // qmllint disable unqualified
            if (changedAt > 0 && age < holdMs + fadeMs) {
                const fading = Math.max(0, age - holdMs)
                flashRect.opacity = list.flashOpacity * (1 - fading / fadeMs) // qmllint disable unqualified
                hold.duration = Math.max(0, holdMs - age)
                fade.duration = fadeMs - fading
                flash.start()
            } else {
                flashRect.opacity = 0
            }
        }
        onChangedAtChanged: flashIfRecent()
        Connections {
            target: list.clock // qmllint disable unqualified
            enabled: target !== null
            function onTimeChanged() {
                if (row.visible) // not a pooled row
                    row.flashIfRecent()
            }
        }
        Component.onCompleted: flashIfRecent()
        // A pooled delegate is hidden until reused: Qt 6.4 only culls it, and it would stay in the
        // item tree (and the accessibility tree) with the text of the row it showed.
        ListView.onPooled: {
            row.visible = false
            flash.stop() // a hidden row's flash would keep the animations ticking
        }
        ListView.onReused: {
            row.visible = true
            flashIfRecent()
        }

        background: Rectangle {
            color: row.highlighted ? palette.highlight : (row.index % 2 ? palette.alternateBase : palette.base)
        }
        // Above the background (z -1), below the text.
        Rectangle {
            id: flashRect
            objectName: "changeHighlight"
            anchors.fill: parent
            z: -0.5
            color: "#ffd54f"
            opacity: 0
        }
        SequentialAnimation {
            id: flash
            PauseAnimation { id: hold }
            NumberAnimation {
                id: fade
                target: flashRect
                property: "opacity"
                to: 0
            }
        }

        contentItem: RowLayout {
            spacing: 10
            Rectangle {
                objectName: "unreadMarker"
                Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
                Layout.topMargin: 5
                implicitWidth: 8
                implicitHeight: 8
                radius: 4
                color: row.highlighted ? palette.highlightedText : palette.highlight
                opacity: row.unread ? 1 : 0 // keeps its room: the rows do not shift when it goes
            }
            Label {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 36
                horizontalAlignment: Text.AlignRight
                textFormat: Text.PlainText
                color: row.highlighted ? palette.highlightedText : palette.placeholderText
                text: (row.index + 1) + "."
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "stepName"
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    font.bold: true
                    color: row.highlighted ? palette.highlightedText : palette.text
                    textFormat: row.marked ? Text.StyledText : Text.PlainText
                    text: row.marked ? list.search.highlighted(row.shownName, list.search.text) : row.shownName // qmllint disable unqualified
                }
                Label {
                    objectName: "stepDescription"
                    Layout.fillWidth: true
                    visible: row.description.length > 0
                    textFormat: row.marked ? Text.StyledText : Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    color: row.highlighted ? palette.highlightedText : palette.text
                    text: row.marked ? list.search.highlighted(row.description, list.search.text) : row.description // qmllint disable unqualified
                }
            }
            AvatarRow {
                objectName: "stepAvatars"
                Layout.alignment: Qt.AlignTop
                people: row.presentPeople
                total: row.presentCount
                Accessible.ignored: true // the row's name says who is here
            }
            Label {
                Layout.alignment: Qt.AlignTop
                textFormat: Text.PlainText
                color: row.highlighted ? palette.highlightedText : palette.placeholderText
                text: qsTr("%n contents", "", row.contentCount)
            }
        }
    }
}
