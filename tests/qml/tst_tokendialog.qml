// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls
import QtTest
import MirageDesk

// The token prompt on its own: Connect only with something typed, the typed token handed on once
// and then gone from the field, never echoed, the server's name shown as plain characters.
Item {
    id: root
    width: 800
    height: 600

    TokenDialog {
        id: dialog
        server: "https://<b>vault</b>.example:8443"
    }

    SignalSpy {
        id: submittedSpy
        target: dialog
        signalName: "submitted"
    }

    TestCase {
        name: "TokenDialog"
        when: windowShown

        property var field: null
        property var connectButton: null
        property var cancelButton: null

        function init() {
            submittedSpy.clear()
            dialog.open()
            tryCompare(dialog, "opened", true)
            field = findChild(dialog.contentItem, "tokenField")
            connectButton = findChild(dialog.footer, "tokenConnect")
            cancelButton = findChild(dialog.footer, "tokenCancel")
            verify(field && connectButton && cancelButton)
        }

        function cleanup() {
            dialog.close()
            tryCompare(dialog, "visible", false)
        }

        function typeText(text) {
            field.forceActiveFocus()
            for (const c of text)
                keyClick(c)
        }

        function test_fieldEchoesNoCharacters() {
            compare(field.echoMode, TextInput.Password)
            compare(field.Accessible.name, "Token")
            compare(connectButton.Accessible.name, "Connect")
            compare(cancelButton.Accessible.name, "Cancel")
        }

        function test_connectNeedsAToken() {
            compare(field.text, "")
            verify(!connectButton.enabled)
            typeText("   ")
            verify(!connectButton.enabled)
            keyClick(Qt.Key_Return)
            compare(submittedSpy.count, 0)
            verify(dialog.visible)
            typeText("x")
            verify(connectButton.enabled)
        }

        function test_connectHandsOnTheTypedTokenAndForgetsIt() {
            typeText("s3cret-Tok")
            mouseClick(connectButton)
            compare(submittedSpy.count, 1)
            compare(submittedSpy.signalArguments[0][0], "s3cret-Tok")
            compare(field.text, "")
            tryCompare(dialog, "visible", false)
            // Opened again, nothing of it is left.
            dialog.open()
            tryCompare(dialog, "opened", true)
            compare(field.text, "")
            verify(!connectButton.enabled)
        }

        function test_fieldNeverHoldsTheToken() {
            // Accessibility clients read a field's text (Qt 6.4 gives them a password field's real
            // text): the field holds mask characters only, whatever the edits.
            typeText("ab")
            compare(field.text, "\u25cf\u25cf")
            keyClick(Qt.Key_Backspace)
            typeText("cd")
            keyClick(Qt.Key_Home)
            typeText("X")
            keyClick(Qt.Key_End)
            keyClick(Qt.Key_Left)
            keyClick(Qt.Key_Delete)
            verify(!/[A-Za-z]/.test(field.text), field.text)
            compare(field.text.length, 3)
            keyClick(Qt.Key_Return)
            compare(submittedSpy.count, 1)
            compare(submittedSpy.signalArguments[0][0], "Xac")
        }

        function test_enterSubmits() {
            typeText("abc123")
            keyClick(Qt.Key_Return)
            compare(submittedSpy.count, 1)
            compare(submittedSpy.signalArguments[0][0], "abc123")
            compare(field.text, "")
            tryCompare(dialog, "visible", false)
        }

        function test_cancelSubmitsNothingAndClears() {
            typeText("half-typed")
            mouseClick(cancelButton)
            tryCompare(dialog, "visible", false)
            compare(submittedSpy.count, 0)
            compare(field.text, "")
        }

        function test_serverNameIsPlainText() {
            const title = dialog.header
            compare(title.objectName, "tokenTitle")
            const explanation = findChild(dialog.contentItem, "tokenExplanation")
            compare(title.textFormat, Text.PlainText)
            compare(explanation.textFormat, Text.PlainText)
            verify(title.text.indexOf("https://<b>vault</b>.example:8443") >= 0, title.text)
            verify(explanation.text.indexOf("https://<b>vault</b>.example:8443") >= 0, explanation.text)
        }
    }
}
