// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import MirageDesk

// The window's shortcuts (issue #24): made by an Instantiator from one list, each of them there
// with its keys and saying its action when pressed; those that act on an activity only with one.
Item {
    id: root
    width: 300
    height: 200

    property list<string> said: [] // what the shortcuts said, in order

    WindowShortcuts {
        id: shortcuts
        onTriggered: (action, target) => root.said = root.said.concat([action + ":" + target])
    }

    TestCase {
        name: "WindowShortcuts"
        when: windowShown

        // Every shortcut of the window: its objectName, its keys as pressed here (X11's bindings of
        // a StandardKey), what it says, and whether it needs an activity.
        readonly property var table: [
            ["openShortcut", "Ctrl+O", "open:0", false],
            ["quitShortcut", "Ctrl+Q", "quit:0", false],
            ["shortcutsShortcut", "F1", "shortcuts:0", false],
            ["shortcutsShortcut", "Ctrl+?", "shortcuts:0", false],
            ["reconnectShortcut", "F5", "reconnect:0", true],
            ["select1Shortcut", "Ctrl+1", "select:0", false],
            ["select2Shortcut", "Ctrl+2", "select:1", false],
            ["select3Shortcut", "Ctrl+3", "select:2", false],
            ["select4Shortcut", "Ctrl+4", "select:3", false],
            ["select5Shortcut", "Ctrl+5", "select:4", false],
            ["select6Shortcut", "Ctrl+6", "select:5", false],
            ["select7Shortcut", "Ctrl+7", "select:6", false],
            ["select8Shortcut", "Ctrl+8", "select:7", false],
            ["select9Shortcut", "Ctrl+9", "select:8", false],
            ["nextShortcut", "Ctrl+Tab", "next:0", false],
            ["previousShortcut", "Ctrl+Shift+Tab", "previous:0", false],
            ["closeShortcut", "Ctrl+W", "close:0", true],
            ["saveActivityShortcut", "Ctrl+S", "save:0", true],
            ["exportLogShortcut", "Ctrl+Shift+E", "exportLog:0", true]
        ]

        function init() {
            root.said = []
            shortcuts.hasSession = true
        }

        function shortcutNamed(name) {
            for (let i = 0; i < shortcuts.shortcuts.count; ++i) {
                const s = shortcuts.shortcuts.objectAt(i)
                if (s.objectName === name)
                    return s
            }
            return null
        }

        function test_eachShortcutIsThere() {
            compare(shortcuts.shortcuts.count, 18)
            const names = new Set(table.map(row => row[0]))
            compare(names.size, 18)
            for (const name of names)
                verify(shortcutNamed(name) !== null, name)
            // The sheet's two keys on one Shortcut; the application-wide ones.
            compare(shortcutNamed("shortcutsShortcut").sequences.length, 2)
            compare(shortcutNamed("openShortcut").context, Qt.ApplicationShortcut)
            compare(shortcutNamed("quitShortcut").context, Qt.ApplicationShortcut)
            compare(shortcutNamed("select1Shortcut").context, Qt.WindowShortcut)
            compare(shortcutNamed("select9Shortcut").sequences, ["Ctrl+9"])
        }

        function test_eachKeySaysItsAction_data() {
            return table.map(row => ({tag: row[1], keys: row[1], said: row[2]}))
        }
        function test_eachKeySaysItsAction(data) {
            failOnWarning(/.*/)
            keySequence(data.keys)
            compare(root.said, [data.said])
        }

        function test_withoutAnActivity_data() {
            return table.map(row => ({tag: row[1], keys: row[1], said: row[2], withSession: row[3]}))
        }
        function test_withoutAnActivity(data) {
            shortcuts.hasSession = false
            keySequence(data.keys)
            compare(root.said, data.withSession ? [] : [data.said])
        }
    }
}
