// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls
import QtTest
import MirageDesk

// Find (issue #13): FindBar over a StepsView whose model is a real ListSearch (over a plain
// ListModel): typing filters and counts, Enter goes to the next match, Esc clears and selects
// the row again; a whitespace-only name reads "(untitled step)"; the context menu's copies.
Item {
    id: root
    width: 800
    height: 600

    ListModel {
        id: steps
        ListElement { itemId: "s1"; name: "Close the valve"; description: "Turn it clockwise"; contentCount: 0; changedAt: 0; unread: false; presentPeople: 0; presentCount: 0; presentText: "" }
        ListElement { itemId: "s2"; name: "Open the tap"; description: ""; contentCount: 0; changedAt: 0; unread: false; presentPeople: 0; presentCount: 0; presentText: "" }
        ListElement { itemId: "s3"; name: "   "; description: ""; contentCount: 0; changedAt: 0; unread: false; presentPeople: 0; presentCount: 0; presentText: "" }
        ListElement { itemId: "s4"; name: "Check <i>valve</i>"; description: "<a href=\"https://evil.example\">x</a>"; contentCount: 0; changedAt: 0; unread: false; presentPeople: 0; presentCount: 0; presentText: "" }
    }
    ListSearch {
        id: search
        sourceModel: steps
        roles: ["name", "description"]
        text: bar.text
    }
    FindBar {
        id: bar
        width: 400
        search: search
        onNextRequested: view.findNext()
        onCleared: view.restoreSelection()
    }
    // A bar over a search no one has typed in yet: open() builds its rows' search text.
    ListSearch {
        id: freshSearch
        sourceModel: steps
        roles: ["name", "description"]
        text: freshBar.text
    }
    FindBar {
        id: freshBar
        y: 500
        width: 400
        search: freshSearch
    }
    StepsView {
        id: view
        y: 60
        width: 400
        height: 400
        model: search
        search: search
        property var copied: []
        onCopyRequested: text => copied.push(text)
        onCopyLinkRequested: stepId => copied.push("link:" + stepId)
    }

    GoToStepDialog {
        id: goTo
        stepCount: view.count
        onGoTo: number => view.goToNumber(number)
    }

    function findAll(item, name, out) {
        if (item.objectName === name)
            out.push(item)
        for (let i = 0; i < item.children.length; ++i)
            findAll(item.children[i], name, out)
        return out
    }
    function nameOf(row) {
        return (view.itemAtIndex(row) ? findAll(view.itemAtIndex(row), "stepName", [])[0] : null)
    }

    TestCase {
        name: "FindBar"
        when: windowShown

        function init() {
            bar.clear()
            view.selectId("s2")
            view.copied = []
        }

        function type(text) {
            for (const c of text)
                keyClick(c)
        }

        function test_blankNameIsUntitled() {
            tryCompare(view, "count", 4)
            compare(nameOf(2).text, "(untitled step)")
            compare(nameOf(2).textFormat, Text.PlainText)
        }

        function test_openBuildsTheSearchTextBeforeTheFirstKey() {
            compare(freshSearch.preparedRows(), 0)
            freshBar.open()
            compare(freshSearch.preparedRows(), 4) // not on the first keystroke (10,000 steps took > 50 ms)
            freshBar.clear()
        }

        function test_typingFiltersCountsAndHighlights() {
            bar.open()
            type("VALVE")
            compare(search.count, 2)
            compare(view.count, 2)
            compare(bar.countText, "2 of 4 steps match")
            compare(view.model.idAt(0), "s1")
            waitForItemPolished(view)
            tryVerify(() => nameOf(0).text === "Close the <b><u>valve</u></b>")
            compare(nameOf(0).textFormat, Text.StyledText)
            // Server markup stays characters: escaped, then the match wrapped.
            tryVerify(() => nameOf(1).text === "Check &lt;i&gt;<b><u>valve</u></b>&lt;/i&gt;", 1000, nameOf(1).text)
            type("zzz")
            compare(view.count, 0)
            compare(bar.countText, "No matches")
        }

        // Rows filtered out leave no delegate a screen reader could still find: the view reuses
        // delegates, and Qt 6.4 keeps a pooled one in the item tree, only culled, with its old text.
        function test_filteredOutRowsLeaveNoVisibleDelegate() {
            tryCompare(view, "count", 4)
            waitForItemPolished(view)
            bar.open()
            type("valve")
            compare(view.count, 2)
            waitForItemPolished(view)
            tryVerify(() => findAll(view.contentItem, "stepName", []).filter(n => n.visible).length === 2, 1000,
                      findAll(view.contentItem, "stepName", []).filter(n => n.visible).map(n => n.text).join(" | "))
            bar.clear()
            compare(view.count, 4)
            waitForItemPolished(view)
            tryVerify(() => findAll(view.contentItem, "stepName", []).filter(n => n.visible).length === 4)
        }

        function test_enterGoesToTheNextAndEscRestores() {
            bar.open()
            type("valve")
            keyClick(Qt.Key_Return)
            compare(view.currentStepId, "s1")
            keyClick(Qt.Key_Return)
            compare(view.currentStepId, "s4")
            keyClick(Qt.Key_Return)
            compare(view.currentStepId, "s1") // wraps
            keyClick(Qt.Key_Escape)
            compare(bar.visible, false)
            compare(bar.text, "")
            compare(view.count, 4)
            compare(view.currentStepId, "s1") // the step found stays selected
        }

        function test_escWithoutMovingSelectsTheRowAgain() {
            compare(view.currentStepId, "s2")
            bar.open()
            type("valve") // s2 is filtered out
            keyClick(Qt.Key_Escape)
            compare(view.count, 4)
            compare(view.currentStepId, "s2")
            verify(view.activeFocus)
        }

        function test_goToStepNumber() {
            goTo.ask(1)
            tryCompare(goTo, "opened", true)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            type("4")
            keyClick(Qt.Key_Return)
            tryCompare(goTo, "visible", false)
            compare(view.currentStepId, "s4")
            view.goToNumber(9) // out of range: nothing moves
            compare(view.currentStepId, "s4")
        }

        function test_copyKeysAndMenu() {
            view.selectId("s1")
            keyClick(Qt.Key_C, Qt.ControlModifier)
            keyClick(Qt.Key_C, Qt.ControlModifier | Qt.ShiftModifier)
            compare(view.copied, ["Close the valve\nTurn it clockwise", "link:s1"])
            view.selectId("s3")
            keyClick(Qt.Key_C, Qt.ControlModifier)
            compare(view.copied[2], "(untitled step)")
            keyClick(Qt.Key_F10, Qt.ShiftModifier)
            const stepMenu = view.menu
            tryCompare(stepMenu, "opened", true)
            stepMenu.itemAt(1).triggered()
            stepMenu.itemAt(3).triggered()
            compare(view.copied.slice(3), ["s3", "link:"])
            stepMenu.close()
        }
    }
}
