// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion

// Where the keyboard focus is: a frame in the highlight colour with a line of the highlighted
// text's colour inside, so it shows on a highlighted row as well as on a plain one. Its user
// places it (over a row, or filling a tab button) and says when it shows.
Rectangle {
    z: 10
    color: "transparent"
    border.width: 2
    border.color: palette.highlight

    Rectangle {
        anchors.fill: parent
        anchors.margins: 2
        color: "transparent"
        border.width: 1
        border.color: palette.highlightedText
    }
}
