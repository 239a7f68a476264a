// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls
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
    QtObject {
        id: testClock
        property double time: Date.UTC(2026, 11, 7, 12, 0, 0)
        signal moved()
        function now(): double { return time }
        function advance(ms: double) { time += ms; moved() }
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
    ListModel {
        id: changes
        property string summary: "Since you last looked: 1 step edited, 1 removed"
        function dismiss() { clear() }
        ListElement { kind: "edited"; stepId: "a2"; text: "Step 2 'Second' edited: <b>name</b>" }
        ListElement { kind: "removed"; stepId: ""; text: "Step 'Gone' removed (it was step 3)" }
    }
    QtObject {
        id: copySession
        property bool loaded: true
        property var seen: []
        readonly property QtObject catchUp: QtObject {
            property var changes: changes
            function markStepSeen(id) { copySession.seen = copySession.seen.concat([id]); steps2.setProperty(steps2.rowOf(id), "unread", false) }
        }
    }
    StepsView {
        id: stepsView2
        x: 410
        width: 380
        height: 300
        model: steps2
        session: copySession
    }
    // Issue #13: who is on a step; the avatars themselves are tst_avatarrow's (a ListModel cannot
    // hold the StepModel's list of maps: 0 avatars here).
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
        session: QtObject { property bool loaded: false; property QtObject catchUp: QtObject { property var changes: null } }
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
            steps.setProperty(0, "changedAt", testClock.now())
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
            steps.setProperty(0, "changedAt", testClock.now())
            testClock.advance(900)
            steps.setProperty(0, "changedAt", testClock.now())
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
            const view = root.findAll(stepsView2, "changesView", [])[0]
            verify(view.visible)
            compare(root.findAll(view, "changesSummary", [])[0].text, "Since you last looked: 1 step edited, 1 removed")
            const entries = root.findAll(view, "changeEntry", [])
            compare(entries.length, 2)
            compare(entries[0].Accessible.name, "Step 2 'Second' edited: <b>name</b>")
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
            compare([...new Set(copySession.seen)], ["a2"]) // the real session ignores a step already seen
            compare(markers[1].opacity, 0)
            // A removed step has nothing to select.
            mouseClick(entries[1])
            compare(stepsView2.currentStepId, "a2")
            const dismiss = root.findAll(view, "dismissChanges", [])[0]
            verify(dismiss.Accessible.name.length > 0)
            mouseClick(dismiss)
            compare(changes.count, 0)
            verify(!view.visible)
        }

        function test_unreadRowSaysSo() {
            steps2.setProperty(0, "unread", true)
            const rows = root.findAll(stepsView2, "unreadMarker", []).map(m => m.parent.parent)
            verify(/^Step 1: First, unread$/.test(rows[0].Accessible.name), rows[0].Accessible.name)
            mouseClick(rows[0])
            compare(copySession.seen[copySession.seen.length - 1], "a1")
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
