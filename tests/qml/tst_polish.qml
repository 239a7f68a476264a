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
        function idAt(row) { return String(row) }
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

    ListModel {
        id: people
        function rowOf(id) { for (let i = 0; i < count; ++i) if (get(i).itemId === id) return i; return -1 }
        function idAt(row) { return row >= 0 && row < count ? get(row).itemId : "" }
        ListElement { itemId: "p-1"; name: "سارا (Sara)"; status: "online" }
        ListElement { itemId: "p-2"; name: "Ana"; status: "away" }
    }
    ParticipantsView {
        id: peopleView
        x: 420
        y: 320
        width: 300
        height: 120
        model: people
    }

    ListModel {
        id: files
        function rowOf(id) { for (let i = 0; i < count; ++i) if (get(i).itemId === id) return i; return -1 }
        function idAt(row) { return row >= 0 && row < count ? get(row).itemId : "" }
        ListElement { itemId: "f-1"; name: "report.pdf"; sizeText: "2 KB"; mimeType: "application/pdf"
                      uploader: "سارا"; downloads: 3; downloadsText: "3 downloads"; url: "https://files.example.org/report.pdf"; openable: true }
        ListElement { itemId: "f-2"; name: "local.txt"; sizeText: ""; mimeType: ""
                      uploader: ""; downloads: 0; downloadsText: "0 downloads"; url: "file:///etc/passwd"; openable: false }
    }
    FilesView {
        id: filesView
        x: 420
        y: 450
        width: 360
        height: 140
        model: files
    }
    SignalSpy { id: openSpy; target: filesView; signalName: "openLink" }

    TextEdit {
        id: pasteHere
        visible: false
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

        function pasted() {
            pasteHere.text = ""
            pasteHere.paste()
            return pasteHere.text
        }

        function test_menuKeyOpensTheRowMenuAndCopies() {
            peopleView.forceActiveFocus()
            peopleView.currentIndex = 1
            keyClick(Qt.Key_Menu)
            const menu = findChild(peopleView, "personMenu")
            tryCompare(menu, "opened", true)
            verify(!findChild(menu.contentItem, "openLinkItem") || !menu.openable)
            menu.itemAt(0).triggered() // Copy Name
            compare(pasted(), "Ana")
            menu.close()
            tryCompare(menu, "visible", false)
            // Shift+F10 as well; Copy ID.
            peopleView.forceActiveFocus()
            keyClick(Qt.Key_F10, Qt.ShiftModifier)
            tryCompare(menu, "opened", true)
            menu.itemAt(1).triggered()
            compare(pasted(), "p-2")
            menu.close()
            tryCompare(menu, "visible", false)
        }

        function test_rightClickOnAFileOffersItsWebLinkOnly() {
            const menu = findChild(filesView, "fileMenu")
            filesView.forceActiveFocus()
            filesView.currentIndex = 0
            mouseClick(filesView.itemAtIndex(0), 10, 10, Qt.RightButton)
            tryCompare(menu, "opened", true)
            compare(filesView.currentIndex, 0)
            verify(menu.openable)
            menu.itemAt(2).triggered() // Open Link
            compare(openSpy.count, 1)
            compare(openSpy.signalArguments[0][0], "https://files.example.org/report.pdf")
            menu.close()
            tryCompare(menu, "visible", false)
            mouseClick(filesView.itemAtIndex(1), 10, 10, Qt.RightButton)
            tryCompare(menu, "opened", true)
            compare(filesView.currentIndex, 1)
            verify(!menu.openable)
            verify(!menu.itemAt(2).visible)
            menu.close()
            tryCompare(menu, "visible", false)
        }

        function test_rightToLeftNamesAreIsolated() {
            // "uploaded by <name>": the name between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
            const row = filesView.itemAtIndex(0)
            let found = false
            const walk = (item) => {
                if (item.text !== undefined && String(item.text).indexOf("سارا") >= 0
                        && String(item.text).indexOf("2 KB") >= 0) {
                    verify(String(item.text).indexOf("⁨سارا⁩") >= 0, item.text)
                    found = true
                }
                for (let i = 0; i < item.children.length; ++i)
                    walk(item.children[i])
            }
            walk(row)
            verify(found)
            verify(peopleView.itemAtIndex(0).Accessible.name.indexOf("⁨سارا (Sara)⁩") === 0,
                   peopleView.itemAtIndex(0).Accessible.name)
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
