// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import MirageDesk

// The steps' side of the window (issue #27): what changed since the user last looked (ChangesView)
// ABOVE the step list, outside it, so that it is seen however the list is scrolled (as the list's
// header it scrolled away with the rows). The list is this pane's child (declared where it is used,
// with Layout.fillWidth and Layout.fillHeight), below the changes.
ColumnLayout {
    id: stepsPane

    // What changed since the user last looked (the session's ChangesModel); null: nothing shown.
    property alias changes: changesView.changes
    // The changes take at most this share of the pane's height; their entries scroll within it.
    property real changesShare: 0.4

    // An entry of the changes was activated: show that step.
    signal stepRequested(string stepId)

    spacing: 0

    ChangesView {
        id: changesView
        objectName: "changesView"
        Layout.fillWidth: true
        Layout.maximumHeight: Math.max(120, stepsPane.height * stepsPane.changesShare)
        onStepRequested: stepId => stepsPane.stepRequested(stepId)
    }
}
