// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion

// Where the keyboard focus is: a frame in the highlight colour with a line of the highlighted
// text's colour inside, so it shows on a highlighted row as well as on a plain one.
//
// It follows its target: given a list (`view`, the frame declared inside that ListView), the list's
// current row, shown while the list has the keyboard focus and a current row; without one, the
// item it is declared in (a tab button), shown when its user says.
Rectangle {
    id: frame

    // The list whose current row is framed; null: the frame covers its parent.
    property ListView view: null
    // What it frames: the list's current row, or its parent.
    readonly property Item target: view ? view.currentItem : parent

    z: 10
    color: "transparent"
    border.width: 2
    border.color: palette.highlight
    visible: !!view && view.activeFocus && !!target
    x: view && target ? target.x : 0
    y: view && target ? target.y : 0
    width: target ? target.width : 0
    height: target ? target.height : 0

    Rectangle {
        anchors.fill: parent
        anchors.margins: 2
        color: "transparent"
        border.width: 1
        border.color: palette.highlightedText
    }
}
