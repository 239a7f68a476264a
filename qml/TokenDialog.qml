// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import MirageDesk

// Asks for a server's token when the server refused the connection without a valid one (close code
// 4401 or HTTP 401). The token is handed on once with submitted() and then cleared from the field:
// it is never shown, neither while typed (password echo) nor when the dialog opens again.
Dialog {
    id: dialog

    property string server: ""
    // What was typed so far. The field holds only mask characters: Qt 6.4 hands a password field's
    // text, not its dots, to accessibility clients (AT-SPI), so the token is never the field's text.
    property string secret: ""
    readonly property string mask: "\u25cf"

    signal submitted(string token)

    title: qsTr("Token for %1").arg(dialog.server)
    modal: true
    focus: true
    width: Math.min(parent ? parent.width - 40 : 480, 480)
    closePolicy: Popup.CloseOnEscape

    function forget() {
        dialog.secret = ""
        tokenField.clear()
    }

    onAboutToShow: {
        dialog.forget()
        tokenField.forceActiveFocus()
    }
    onAccepted: {
        const token = dialog.secret.trim()
        dialog.forget()
        if (token.length > 0)
            dialog.submitted(token)
    }
    onClosed: dialog.forget()

    // The server's name is shown as plain characters, here as in the text below.
    header: Label {
        objectName: "tokenTitle"
        text: dialog.title
        textFormat: Text.PlainText
        elide: Label.ElideRight
        font.bold: true
        padding: 6
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            objectName: "tokenExplanation"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: qsTr("%1 refused the connection without a valid token. Enter the token you were given for this server.").arg(dialog.server)
        }
        TextField {
            id: tokenField
            objectName: "tokenField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            placeholderText: qsTr("Token")
            Accessible.name: qsTr("Token")
            onAccepted: if (connectButton.enabled) dialog.accept()
            // One edit (typed, pasted, deleted, a selection replaced): what is not a mask character
            // was just put in and ends at the cursor; what follows the cursor was there before.
            onTextEdited: {
                const t = tokenField.text
                const cursor = tokenField.cursorPosition
                let start = cursor
                while (start > 0 && t[start - 1] !== dialog.mask)
                    --start
                const kept = t.length - cursor
                dialog.secret = dialog.secret.substring(0, start) + t.substring(start, cursor)
                                + dialog.secret.substring(dialog.secret.length - kept)
                tokenField.text = dialog.mask.repeat(dialog.secret.length)
                tokenField.cursorPosition = cursor
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            id: connectButton
            objectName: "tokenConnect"
            text: qsTr("Connect")
            Accessible.name: qsTr("Connect")
            enabled: dialog.secret.trim().length > 0
            // 6.4's qmllint does not find the ButtonRole enumeration on DialogButtonBox (a false positive).
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole // qmllint disable type
        }
        Button {
            objectName: "tokenCancel"
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole // qmllint disable type
        }
    }
}
