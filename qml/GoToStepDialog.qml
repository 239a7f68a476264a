// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// Ctrl+G (issue #13): "Go to step" 1..stepCount; Enter or Go emits goTo(number).
Dialog {
    id: dialog

    property int stepCount: 0
    signal goTo(int number)

    function ask(current: int) {
        number.value = Math.max(1, current)
        open()
        const field = number.contentItem as TextInput
        if (field) {
            field.forceActiveFocus()
            field.selectAll()
        }
    }

    title: qsTr("Go to step")
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel
    // The number as typed (the spin box takes it in only when its editing ends).
    function typed(): int {
        const field = number.contentItem as TextInput
        const n = field ? parseInt(field.text) : NaN
        return isNaN(n) ? number.value : n
    }
    onAccepted: goTo(typed())

    RowLayout {
        Label {
            text: qsTr("Step (1–%1):").arg(dialog.stepCount)
        }
        SpinBox {
            id: number
            objectName: "stepNumber"
            from: 1
            to: Math.max(1, dialog.stepCount)
            editable: true
            Accessible.name: qsTr("Step number")
            Keys.onReturnPressed: dialog.accept()
            Keys.onEnterPressed: dialog.accept()
        }
    }
}
