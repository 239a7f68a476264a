// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQml

// The window's own keyboard shortcuts, one row of `rows` each (the sheet, ShortcutsDialog, lists
// them): an Instantiator makes one Shortcut a row, and a key pressed says the row's action to the
// window (`triggered`), which does it. The lists' own keys are theirs (KeyedListView, FindBar).
Item {
    id: windowKeys

    // An activity is shown: the shortcuts that act on it work.
    property bool hasSession: false
    // The Shortcuts made (an Instantiator: count, objectAt()).
    readonly property alias shortcuts: made

    // A shortcut was pressed: "open", "quit", "shortcuts" (the sheet), "reconnect", "select" (the
    // open activity at `target`), "next", "previous", "close", "save" (the activity as JSON) or
    // "exportLog".
    signal triggered(string action, int target)

    ListModel {
        id: rows
        // name: the Shortcut's objectName; action and target: what `triggered` says; standardKey: a
        // StandardKey (0: none) and keyText: a sequence as text ("": none), both when both are given
        // (one Shortcut per sequence otherwise: the same sequence twice is ambiguous); appWide: works
        // from any window of the application; withSession: only while an activity is shown.
        // 6.4's qmllint does not know the StandardKey enumeration (a false positive, here and below).
        ListElement { name: "openShortcut"; action: "open"; target: 0; standardKey: StandardKey.Open; keyText: ""; appWide: true; withSession: false } // qmllint disable unqualified
        ListElement { name: "quitShortcut"; action: "quit"; target: 0; standardKey: StandardKey.Quit; keyText: ""; appWide: true; withSession: false } // qmllint disable unqualified
        // The keyboard shortcuts sheet: F1 (HelpContents) and Ctrl+? (Ctrl+Shift+/ on most layouts).
        ListElement {
            name: "shortcutsShortcut"; action: "shortcuts"; target: 0; appWide: true; withSession: false
            standardKey: StandardKey.HelpContents // qmllint disable unqualified
            keyText: "Ctrl+?" // i18n: not shown (keys)
        }
        ListElement { name: "reconnectShortcut"; action: "reconnect"; target: 0; standardKey: StandardKey.Refresh; keyText: ""; appWide: false; withSession: true } // qmllint disable unqualified
        ListElement { name: "select1Shortcut"; action: "select"; target: 0; standardKey: 0; keyText: "Ctrl+1"; appWide: false; withSession: false } // i18n: not shown (keys)
        ListElement { name: "select2Shortcut"; action: "select"; target: 1; standardKey: 0; keyText: "Ctrl+2"; appWide: false; withSession: false } // i18n: not shown (keys)
        ListElement { name: "select3Shortcut"; action: "select"; target: 2; standardKey: 0; keyText: "Ctrl+3"; appWide: false; withSession: false } // i18n: not shown (keys)
        ListElement { name: "select4Shortcut"; action: "select"; target: 3; standardKey: 0; keyText: "Ctrl+4"; appWide: false; withSession: false } // i18n: not shown (keys)
        ListElement { name: "select5Shortcut"; action: "select"; target: 4; standardKey: 0; keyText: "Ctrl+5"; appWide: false; withSession: false } // i18n: not shown (keys)
        ListElement { name: "select6Shortcut"; action: "select"; target: 5; standardKey: 0; keyText: "Ctrl+6"; appWide: false; withSession: false } // i18n: not shown (keys)
        ListElement { name: "select7Shortcut"; action: "select"; target: 6; standardKey: 0; keyText: "Ctrl+7"; appWide: false; withSession: false } // i18n: not shown (keys)
        ListElement { name: "select8Shortcut"; action: "select"; target: 7; standardKey: 0; keyText: "Ctrl+8"; appWide: false; withSession: false } // i18n: not shown (keys)
        ListElement { name: "select9Shortcut"; action: "select"; target: 8; standardKey: 0; keyText: "Ctrl+9"; appWide: false; withSession: false } // i18n: not shown (keys)
        ListElement { name: "nextShortcut"; action: "next"; target: 0; standardKey: 0; keyText: "Ctrl+Tab"; appWide: false; withSession: false } // i18n: not shown (keys)
        ListElement { name: "previousShortcut"; action: "previous"; target: 0; standardKey: 0; keyText: "Ctrl+Shift+Tab"; appWide: false; withSession: false } // i18n: not shown (keys)
        ListElement { name: "closeShortcut"; action: "close"; target: 0; standardKey: 0; keyText: "Ctrl+W"; appWide: false; withSession: true } // i18n: not shown (keys)
        // Copy and share (issue #13): the activity as JSON, the log as text, to a file the user picks.
        ListElement { name: "saveActivityShortcut"; action: "save"; target: 0; standardKey: StandardKey.Save; keyText: ""; appWide: false; withSession: true } // qmllint disable unqualified
        ListElement { name: "exportLogShortcut"; action: "exportLog"; target: 0; standardKey: 0; keyText: "Ctrl+Shift+E"; appWide: false; withSession: true } // i18n: not shown (keys)
    }

    Instantiator {
        id: made
        model: rows
        delegate: Shortcut {
            id: shortcut
            required property string name
            required property string action
            required property int target
            required property int standardKey
            required property string keyText
            required property bool appWide
            required property bool withSession

            objectName: name
            sequences: standardKey === 0 ? [keyText] : keyText.length > 0 ? [standardKey, keyText] : [standardKey]
            context: appWide ? Qt.ApplicationShortcut : Qt.WindowShortcut
            enabled: !withSession || windowKeys.hasSession // qmllint disable unqualified
            onActivated: windowKeys.triggered(shortcut.action, shortcut.target) // qmllint disable unqualified
        }
    }
}
