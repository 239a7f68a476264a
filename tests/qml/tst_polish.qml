// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls
import QtTest
import MirageDesk

// Issue #13: the lists' keys, scroll bar and focus frame; the Settings, About and shortcuts dialogs.
Item {
    id: root
    width: 800
    height: 600

    ListModel {
        id: many
        function rowOf(id) { return Number(id) }
    }

    KeyedListView {
        id: list
        width: 300
        height: 300
        model: many
        delegate: ItemDelegate {
            required property int index
            width: ListView.view.width
            height: 30
            text: "Row " + index
        }
    }

    Item {
        id: elsewhere
        activeFocusOnTab: true
    }

    SettingsDialog {
        id: settings
        x: 320
    }

    AboutDialog {
        id: about
        version: "9.8.7"
    }

    ShortcutsDialog {
        id: shortcuts
    }

    TestCase {
        name: "Polish"
        when: windowShown

        function initTestCase() {
            for (let i = 0; i < 10000; ++i)
                many.append({ itemId: String(i) })
        }

        function test_homeEndPageKeysMoveTheCurrentRow() {
            list.forceActiveFocus()
            list.currentIndex = 0
            keyClick(Qt.Key_End)
            compare(list.currentIndex, 9999)
            keyClick(Qt.Key_Home)
            compare(list.currentIndex, 0)
            keyClick(Qt.Key_PageDown)
            verify(list.currentIndex >= 5, "page down moved to " + list.currentIndex)
            const page = list.currentIndex
            keyClick(Qt.Key_PageDown)
            compare(list.currentIndex, 2 * page)
            keyClick(Qt.Key_PageUp)
            compare(list.currentIndex, page)
            keyClick(Qt.Key_End)
            keyClick(Qt.Key_PageDown)
            compare(list.currentIndex, 9999)
            // The current row is on screen.
            const item = list.currentItem
            verify(item !== null)
            verify(item.y + item.height <= list.contentY + list.height + 1)
            verify(item.y >= list.contentY - 1)
        }

        function test_scrollBarShowsAtRestWithAUsableHandle() {
            const bar = list.ScrollBar.vertical
            verify(bar !== null)
            wait(500) // well past any fade-out
            verify(bar.visible)
            verify(bar.contentItem.opacity > 0.5, "handle opacity " + bar.contentItem.opacity)
            verify(bar.contentItem.height >= 24, "handle of " + bar.contentItem.height + " px")
        }

        function test_focusedListFramesTheCurrentRow() {
            const frame = findChild(list, "focusFrame")
            verify(frame !== null)
            list.forceActiveFocus()
            list.currentIndex = 3
            verify(frame.visible)
            compare(frame.y, list.currentItem.y)
            compare(frame.height, list.currentItem.height)
            elsewhere.forceActiveFocus()
            verify(!frame.visible)
        }

        function test_settingsShowNoLiteralAmpersand() {
            settings.open()
            tryCompare(settings, "opened", true)
            const names = ["notifyFiles", "notifyPeople", "notifyAlerts", "notifyMessages",
                           "appearanceSystem", "appearanceLight", "appearanceDark"]
            for (const name of names) {
                const control = findChild(settings.contentItem, name)
                verify(control !== null, name)
                // A Switch's or RadioButton's label is a plain Text: what it holds is what shows.
                const shown = control.contentItem.text
                verify(shown.length > 0, name)
                verify(shown.indexOf("&") < 0, name + " shows " + shown)
            }
            settings.close()
        }

        function test_aboutShowsTheVersionAndLicence() {
            about.open()
            tryCompare(about, "opened", true)
            verify(findChild(about.contentItem, "aboutVersion").text.indexOf("9.8.7") >= 0)
            verify(findChild(about.contentItem, "aboutLicence").text.indexOf("MIT") >= 0)
            about.close()
        }

        function test_shortcutsSheetListsCtrlQ() {
            shortcuts.open()
            tryCompare(shortcuts, "opened", true)
            const grid = findChild(shortcuts.contentItem, "shortcutsGrid")
            let keys = []
            for (let i = 0; i < grid.children.length; ++i)
                if (grid.children[i].objectName === "shortcutKeys")
                    keys.push(grid.children[i].text)
            verify(keys.indexOf("Ctrl+Q") >= 0, keys.join(", "))
            verify(keys.indexOf("F1, Ctrl+?") >= 0, keys.join(", "))
            shortcuts.close()
        }
    }
}
