// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtTest
import MirageDesk

// The components on their own, fed by plain QML stand-ins for the C++ models and session.
Item {
    id: root
    width: 800
    height: 600

    ListModel {
        id: steps
        function rowOf(id) { for (let i = 0; i < count; ++i) if (get(i).itemId === id) return i; return -1 }
        function idAt(row) { return row >= 0 && row < count ? get(row).itemId : "" }
        ListElement { itemId: "s1"; name: "Close the valve"; description: "Turn it <b>clockwise</b>"; contentCount: 2; changedAt: 0; unread: false; presentPeople: 0; presentCount: 0; presentText: "" }
        ListElement { itemId: "s2"; name: "<img src=\"http://127.0.0.1:1/x.png\">"; description: "<a href=\"https://evil.example\">click</a>"; contentCount: 0; changedAt: 0; unread: false; presentPeople: 0; presentCount: 0; presentText: "" }
    }

    // The highlight's clock for the tests: moved only when told (ms since the epoch).
    FlashClock {
        id: testClock
        time: Date.UTC(2026, 11, 7, 12, 0, 0)
        function advance(ms: double) { time += ms }
    }

    StepsView {
        id: stepsView
        width: 400
        height: 300
        model: steps
    }

    // Issue #12: "since you last looked" above the steps, unread markers (the copy in the banner:
    // tst_connectionbanner.qml).
    ListModel {
        id: steps2
        function rowOf(id) { for (let i = 0; i < count; ++i) if (get(i).itemId === id) return i; return -1 }
        function idAt(row) { return row >= 0 && row < count ? get(row).itemId : "" }
        ListElement { itemId: "a1"; name: "First"; description: ""; contentCount: 0; changedAt: 0; unread: false; presentPeople: 0; presentCount: 0; presentText: "" }
        ListElement { itemId: "a2"; name: "Second"; description: ""; contentCount: 0; changedAt: 0; unread: true; presentPeople: 0; presentCount: 0; presentText: "" }
    }
    // A real ChangesModel, from a diff of two snapshots: a2 renamed, a step removed.
    readonly property ChangesModel changes: fixtures.changes(
        '{"id":"x","steps":[{"id":"a1","name":"First"},{"id":"a2","name":"Two"},{"id":"gone","name":"<i>Gone</i>"}]}',
        '{"id":"x","steps":[{"id":"a1","name":"First"},{"id":"a2","name":"<b>Second</b>"}]}')
    // The steps the view said were seen (the session's markStepSeen(), which clears the dot).
    property list<string> seen
    // As the window has it (SectionsView): the changes above the list, outside it.
    StepsPane {
        id: stepsPane2
        x: 410
        width: 380
        height: 300
        changes: root.changes
        onStepRequested: stepId => stepsView2.showStep(stepId)
        StepsView {
            id: stepsView2
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: steps2
            onStepSeen: stepId => {
                root.seen = root.seen.concat([stepId])
                steps2.setProperty(steps2.rowOf(stepId), "unread", false)
            }
        }
    }
    // Issue #27: the catch-up where it cannot be missed: above a long list, however it is scrolled,
    // grouped (the activity's own fields, then the steps).
    ListModel {
        id: steps4
        function rowOf(id) { for (let i = 0; i < count; ++i) if (get(i).itemId === id) return i; return -1 }
        function idAt(row) { return row >= 0 && row < count ? get(row).itemId : "" }
        Component.onCompleted: {
            for (let i = 1; i <= 60; ++i)
                append({ itemId: "c" + i, name: "Step " + i, description: "", contentCount: 0, changedAt: 0, unread: false, presentPeople: 0, presentCount: 0, presentText: "" })
        }
    }
    readonly property ChangesModel changes4: fixtures.changes(
        '{"id":"x","name":"Pump","description":"Old","steps":[{"id":"c1","name":"Step 1"},{"id":"c60","name":"Step 60"}]}',
        '{"id":"x","name":"Pump overhaul","description":"New","steps":[{"id":"c1","name":"Step 1"},{"id":"c60","name":"Step sixty"}]}')
    // Over the others, shown only by its test (the window is 800 x 600).
    StepsPane {
        id: stepsPane4
        visible: false
        z: 10
        width: 380
        height: 500
        changes: root.changes4
        onStepRequested: stepId => stepsView4.showStep(stepId)
        StepsView {
            id: stepsView4
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: steps4
        }
    }
    // Issue #13: who is on a step; the avatars themselves are tst_avatarrow's (a ListModel cannot
    // hold the StepModel's list of avatars: 0 avatars here).
    ListModel {
        id: steps3
        function rowOf(id) { for (let i = 0; i < count; ++i) if (get(i).itemId === id) return i; return -1 }
        function idAt(row) { return row >= 0 && row < count ? get(row).itemId : "" }
        ListElement { itemId: "p1"; name: "Here"; description: ""; contentCount: 0; changedAt: 0; unread: false; presentPeople: 0; presentCount: 0; presentText: "\u2068Priya Natarajan\u2069 is here" }
        ListElement { itemId: "p2"; name: "Nobody"; description: ""; contentCount: 0; changedAt: 0; unread: true; presentPeople: 0; presentCount: 0; presentText: "" }
    }
    // ARLEM titles that number themselves.
    ListModel {
        id: arlemSteps
        function rowOf(id) { for (let i = 0; i < count; ++i) if (get(i).itemId === id) return i; return -1 }
        function idAt(row) { return row >= 0 && row < count ? get(row).itemId : "" }
        ListElement { itemId: "TS-1"; name: "Step 1: Find the valve"; description: ""; contentCount: 0; changedAt: 0; unread: false; presentPeople: 0; presentCount: 0; presentText: "" }
        ListElement { itemId: "TS-2"; name: "step 2 - Close it"; description: ""; contentCount: 0; changedAt: 0; unread: false; presentPeople: 0; presentCount: 0; presentText: "" }
        ListElement { itemId: "TS-3"; name: "Step 30: Not this row's number"; description: ""; contentCount: 0; changedAt: 0; unread: false; presentPeople: 0; presentCount: 0; presentText: "" }
        ListElement { itemId: "TS-4"; name: "Step 4"; description: ""; contentCount: 0; changedAt: 0; unread: false; presentPeople: 0; presentCount: 0; presentText: "" }
    }
    StepsView {
        id: arlemStepsView
        x: 400
        y: 320
        width: 380
        height: 200
        model: arlemSteps
    }
    StepsView {
        id: presenceSteps
        y: 320
        width: 380
        height: 200
        model: steps3
    }
    StepsView {
        id: loadingSteps
        visible: false
        model: ListModel { }
        loaded: false
    }
    function findAll(item, name, out) {
        if (item.objectName === name)
            out.push(item)
        for (let i = 0; i < item.children.length; ++i)
            findAll(item.children[i], name, out)
        return out
    }

    TestCase {
        name: "Components"
        when: windowShown

        function test_stepTextIsPlain() {
            tryCompare(stepsView, "count", 2)
            const names = root.findAll(stepsView, "stepName", [])
            const descriptions = root.findAll(stepsView, "stepDescription", [])
            verify(names.length >= 2)
            for (const label of names.concat(descriptions))
                compare(label.textFormat, Text.PlainText)
            compare(names[1].text, "<img src=\"http://127.0.0.1:1/x.png\">")
            compare(descriptions[0].text, "Turn it <b>clockwise</b>")
            // Shown as characters: the tag takes up room as text does, and no link is under the text.
            verify(names[1].contentWidth > 100)
            compare(descriptions[1].hoveredLink, "")
            compare(descriptions[1].linkAt(5, 5), "")
        }

        // The README: a changed step "lights up, stays lit while the changes go on and fades a
        // second after the last one"; the fade takes half a second. Timed on the test's clock:
        // each check is at the clock's time, however late the machine is.
        function cleanup() {
            stepsView.clock = null
            steps.setProperty(0, "changedAt", 0)
        }

        function test_remoteChangeLightsUpForASecondThenFades() {
            stepsView.clock = testClock
            const flash = root.findAll(stepsView, "changeHighlight", [])[0]
            compare(flash.opacity, 0)
            const full = stepsView.flashOpacity
            steps.setProperty(0, "changedAt", testClock.time)
            fuzzyCompare(flash.opacity, full, 0.001)
            testClock.advance(900) // 0.9 s: fully lit
            fuzzyCompare(flash.opacity, full, 0.001)
            testClock.advance(100) // 1.0 s: the fade begins
            fuzzyCompare(flash.opacity, full, 0.001)
            testClock.advance(250) // 1.25 s: half way
            fuzzyCompare(flash.opacity, full * 0.5, 0.001)
            testClock.advance(249) // 1.499 s: all but gone
            verify(flash.opacity > 0 && flash.opacity < full * 0.01, flash.opacity)
            testClock.advance(1) // 1.5 s: gone
            compare(flash.opacity, 0)
            testClock.advance(5000)
            compare(flash.opacity, 0)
        }

        function test_rowChangedAgainStaysLit() {
            // A row someone keeps editing stays lit instead of flickering back to full at every
            // change, nor does it fade while the changes go on; it fades a second after the last.
            stepsView.clock = testClock
            const flash = root.findAll(stepsView, "changeHighlight", [])[0]
            const full = stepsView.flashOpacity
            steps.setProperty(0, "changedAt", testClock.time)
            testClock.advance(900)
            steps.setProperty(0, "changedAt", testClock.time)
            fuzzyCompare(flash.opacity, full, 0.001)
            testClock.advance(1000) // 1.9 s after the first change, 1 s after the second
            fuzzyCompare(flash.opacity, full, 0.001)
            testClock.advance(250)
            fuzzyCompare(flash.opacity, full * 0.5, 0.001)
            testClock.advance(250)
            compare(flash.opacity, 0)
        }

        function test_systemClockFadesItOut() {
            // On the system's time (the window's), the animations do the fading: a change 1.25 s
            // ago shows half lit at once, and the row goes dark by itself.
            const flash = root.findAll(stepsView, "changeHighlight", [])[0]
            steps.setProperty(0, "changedAt", Date.now() - 1250)
            verify(flash.opacity > 0 && flash.opacity <= stepsView.flashOpacity * 0.5 + 0.001, flash.opacity)
            tryVerify(() => flash.opacity === 0, 5000)
            steps.setProperty(0, "changedAt", Date.now() - 1500)
            compare(flash.opacity, 0)
        }

        function test_selectIdFollowsTheRow() {
            stepsView.selectId("s2")
            compare(stepsView.currentIndex, 1)
            compare(stepsView.currentStepId, "s2")
            stepsView.selectId("nope")
            compare(stepsView.currentIndex, 1)
        }

        function test_changesListSelectsTheStep() {
            const view = root.findAll(stepsPane2, "changesView", [])[0]
            verify(view.visible)
            compare(root.findAll(view, "changesSummary", [])[0].text, "Since you last looked: 1 step edited, 1 removed")
            const entries = root.findAll(view, "changeEntry", [])
            compare(entries.length, 2)
            compare(entries[0].Accessible.name, "Step 2 '<b>Second</b>' edited: name")
            compare(entries[0].contentItem.textFormat, Text.PlainText)
            verify(entries[0].activeFocusOnTab)
            // The unread row says so, with a dot.
            const markers = root.findAll(stepsView2, "unreadMarker", [])
            compare(markers[0].opacity, 0)
            compare(markers[1].opacity, 1)
            // Activating the entry from the keyboard selects its step and sees it.
            entries[0].forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(stepsView2.currentStepId, "a2")
            compare([...new Set(root.seen)], ["a2"]) // the real session ignores a step already seen
            compare(markers[1].opacity, 0)
            // A removed step has nothing to select.
            mouseClick(entries[1])
            compare(stepsView2.currentStepId, "a2")
            const dismiss = root.findAll(view, "dismissChanges", [])[0]
            verify(dismiss.Accessible.name.length > 0)
            mouseClick(dismiss)
            compare(root.changes.count, 0)
            verify(!view.visible)
        }

        // What a user sees of the catch-up: its summary and entries on screen, above the rows,
        // also when the list is scrolled to its end (as a ListView header it scrolled away).
        function test_catchUpAboveTheListWhateverItsScroll() {
            stepsPane4.visible = true
            const view = root.findAll(stepsPane4, "changesView", [])[0]
            const summary = root.findAll(view, "changesSummary", [])[0]
            compare(summary.text, "Since you last looked: 1 step edited, renamed from 'Pump', description changed")
            stepsView4.positionViewAtEnd()
            tryVerify(() => stepsView4.atYEnd && !stepsView4.moving)
            // Within `area` (the pane; the entries' scrolled area for an entry).
            const within = (item, area) => {
                const p = item.mapToItem(area, 0, 0)
                return item.visible && p.y >= 0 && p.y + item.height <= area.height
            }
            const onScreen = item => within(item, stepsPane4)
            const entriesArea = root.findAll(view, "changesEntries", [])[0]
            verify(onScreen(summary), "the summary is on screen")
            const entries = root.findAll(view, "changeEntry", [])
            compare(entries.map(e => e.text), ["Activity renamed from 'Pump' to 'Pump overhaul'", "Description changed",
                                               "Step 2 'Step sixty' edited: name"])
            entries.forEach(e => verify(onScreen(e) && within(e, entriesArea), e.text))
            // Above the rows, not over them.
            const lastRow = stepsView4.itemAtIndex(59)
            verify(lastRow.mapToItem(stepsPane4, 0, 0).y >= view.y + view.height)
            // Grouped: the activity's fields, then the steps.
            compare(root.findAll(view, "changesHeading", []).filter(h => h.visible).map(h => h.text), ["The activity", "Steps"])
            // An entry selects its step, scrolling the list to it.
            mouseClick(entries[2])
            compare(stepsView4.currentStepId, "c60")
            stepsView4.positionViewAtBeginning()
            entries[2].forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryVerify(() => onScreen(stepsView4.itemAtIndex(59)))
            stepsPane4.visible = false
        }

        function test_unreadRowSaysSo() {
            steps2.setProperty(0, "unread", true)
            const rows = root.findAll(stepsView2, "unreadMarker", []).map(m => m.parent.parent)
            verify(/^Step 1: First, unread$/.test(rows[0].Accessible.name), rows[0].Accessible.name)
            mouseClick(rows[0])
            compare(root.seen[root.seen.length - 1], "a1")
            compare(rows[0].Accessible.name, "Step 1: First")
        }

        function test_rowSaysWhoIsHere() {
            const rows = root.findAll(presenceSteps, "stepAvatars", []).map(a => a.parent.parent).sort((a, b) => a.y - b.y)
            compare(rows.length, 2)
            compare(rows[0].Accessible.name, "Step 1: Here, \u2068Priya Natarajan\u2069 is here")
            compare(rows[1].Accessible.name, "Step 2: Nobody, unread")
            verify(!root.findAll(rows[1], "stepAvatars", [])[0].visible)
        }

        function test_arlemNumbersAreNotSaidTwice() {
            const rows = root.findAll(arlemStepsView, "stepAvatars", []).map(a => a.parent.parent).sort((a, b) => a.y - b.y)
            compare(rows.length, 4)
            compare(rows[0].Accessible.name, "Step 1: Find the valve")
            compare(rows[1].Accessible.name, "Step 2: Close it")
            compare(rows[2].Accessible.name, "Step 3: Step 30: Not this row's number")
            compare(rows[3].Accessible.name, "Step 4: Step 4")
        }

        function test_notLoadedIsNotEmpty() {
            compare(loadingSteps.emptyText, "Loading…")
            compare(stepsView.emptyText, "This activity has no steps yet.")
        }

    }
}
