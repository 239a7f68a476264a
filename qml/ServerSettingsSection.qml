// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Dialogs
import QtQuick.Layouts
import MirageDesk

// The settings of one server the user has used (issue #25): a certificate authority file its TLS
// trusts, and the Origin it is sent. Kept when Save is pressed and both are valid; otherwise the
// reason shows and nothing changes. Saving reconnects the server's activities that stopped on a
// certificate or an Origin refusal.
ColumnLayout {
    id: section

    property AppController app: null
    readonly property ServerTrust trust: app ? app.serverTrust : null
    readonly property int serverCount: app ? app.servers.length : 0
    // The server shown (kept when the list of servers changes order).
    property string server: ""
    // Why the last Save kept nothing (empty: it was kept, or nothing was saved yet).
    property string problem: ""
    property bool saved: false

    // Shows `server`'s settings (the banner's "Server Settings…").
    function showServer(server: string) {
        section.pick(server)
        section.load()
    }
    // Selects `server` in the list, or one of the same origin (the settings are the origin's), or
    // else the first.
    function pick(server: string) {
        let index = serverBox.find(server)
        const key = section.trust ? section.trust.keyOf(server) : ""
        const list = section.app ? section.app.servers : []
        for (let i = 0; index < 0 && key && i < list.length; ++i) {
            if (section.trust.keyOf(list[i]) === key)
                index = i
        }
        serverBox.currentIndex = index >= 0 ? index : (section.serverCount > 0 ? 0 : -1)
        section.server = serverBox.currentIndex >= 0 ? serverBox.textAt(serverBox.currentIndex) : ""
    }
    function load() {
        section.problem = ""
        section.saved = false
        caFileField.text = section.trust && section.server ? section.trust.caFile(section.server) : ""
        originField.text = section.trust && section.server ? section.trust.origin(section.server) : ""
    }
    function save() {
        if (!section.trust || !section.server)
            return
        section.problem = section.trust.apply(section.server, caFileField.text, originField.text)
        if (section.problem.length === 0) {
            section.load()
            section.saved = true
        }
    }
    // A file picked in the dialog (a file:// URL).
    function useCaFile(url: url) {
        caFileField.text = section.trust ? section.trust.localFile(url) : ""
    }

    Connections {
        target: section.app
        function onServersChanged() {
            const before = section.server
            section.pick(before)
            if (section.server !== before)
                section.load()
        }
    }
    Component.onCompleted: section.pick("")

    Label {
        font.bold: true
        text: qsTr("Servers")
    }
    Label {
        objectName: "noServersNote"
        visible: section.serverCount === 0
        color: palette.placeholderText
        text: qsTr("The servers of the activities you open are listed here.")
    }
    GridLayout {
        visible: section.serverCount > 0
        columns: 3
        Label {
            text: qsTr("Server:")
        }
        ComboBox {
            id: serverBox
            objectName: "serverSettingsBox"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            Accessible.name: qsTr("Server")
            model: section.app ? section.app.servers : []
            onActivated: section.showServer(serverBox.currentText)
        }
        Label {
            text: qsTr("CA file:")
        }
        TextField {
            id: caFileField
            objectName: "caFileField"
            Layout.fillWidth: true
            Layout.minimumWidth: 240
            placeholderText: qsTr("None: the system's authorities")
            Accessible.name: qsTr("Certificate authority file")
            onTextEdited: section.saved = false
        }
        Button {
            objectName: "chooseCaFile"
            text: qsTr("C&hoose…")
            Accessible.name: qsTr("Choose a certificate authority file")
            onClicked: caFileDialog.open()
        }
        Label {
            text: qsTr("Origin:")
        }
        TextField {
            id: originField
            objectName: "originField"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            placeholderText: qsTr("From the server's address")
            Accessible.name: qsTr("Origin")
            onTextEdited: section.saved = false
            onAccepted: section.save()
        }
        Label {
            objectName: "serverSettingsProblem"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            Layout.maximumWidth: 420
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: section.problem ? "#c62828" : palette.placeholderText
            text: section.problem ? section.problem
                  : section.saved ? qsTr("Saved. The server's activities use these settings from their next connection.")
                  : qsTr("A PEM file with the certificate of the authority that signed the server's, and an origin such as https://host the server allows.")
        }
        Button {
            objectName: "saveServerSettings"
            text: qsTr("&Save")
            Accessible.name: qsTr("Save the server's settings")
            onClicked: section.save()
        }
    }

    FileDialog {
        id: caFileDialog
        objectName: "caFileDialog"
        title: qsTr("Choose the certificate authority of %1").arg(section.server)
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Certificates (*.pem *.crt *.cer)"), qsTr("All files (*)")]
        onAccepted: section.useCaFile(caFileDialog.selectedFile)
    }
}
