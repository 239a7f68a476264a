// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Dialogs
import MirageDesk

// The state of the live connection when it is not simply "open": connecting, the countdown to
// the next try and why, a refusal, and a warning when updates may have been missed. While the
// local copy is shown it says so and how old it is; before the first snapshot, "Loading…".
// Sentences are true: "Connection lost" only after it was open, one countdown, "updates may have
// been missed" only when something was loaded; a deleted activity's refusal leaves it to Main's banner.
Banner {
    id: connection

    // The open session (null: none); what the banner says is read from it and its connection.
    property ActivitySession session: null
    readonly property Connection link: session ? session.connection : null
    readonly property bool active: !!session
    readonly property string server: session ? session.server : ""
    readonly property int connState: link ? link.state : Connection.Idle
    readonly property string reason: link ? link.reason : ""
    readonly property double nextRetryAt: link ? link.nextRetryAt : 0
    readonly property int retryAttempt: link ? link.retryAttempt : 0
    readonly property bool updatesMayBeMissed: link ? link.updatesMayBeMissed : false
    // The local copy (issue #12): shown until the snapshot replaces it, saved at copySavedAt.
    readonly property bool showingCopy: session ? session.showingCopy : false
    readonly property date copySavedAt: session ? session.copySavedAt : new Date(NaN)
    // Whether the activity is there at all (a copy or a snapshot); false: "Loading…".
    readonly property bool loaded: session ? session.loaded : true
    property double now: Date.now()

    // The server wants a token (4401 / 401): the banner offers to enter one.
    readonly property bool needsToken: link ? link.needsToken : false
    // The channel was open once in this run: a drop is "Connection lost", else "Cannot reach".
    readonly property bool wasConnected: link ? link.wasConnected : false
    // The activity was deleted on the server: its own banner says so, a refusal adds nothing.
    readonly property bool deleted: session ? session.deleted : false

    // The server's certificate was refused, or the Origin sent (issue #25): the banner offers a
    // CA file for the server, or its settings.
    readonly property bool certificateRefused: link ? link.certificateRefused : false
    readonly property bool originRefused: link ? link.originRefused : false
    property ServerTrust serverTrust: null
    // Why the CA file chosen was not taken (empty: none chosen, or taken).
    property string caFileProblem: ""
    onSessionChanged: caFileProblem = ""

    signal reconnectRequested()
    signal tokenRequested()
    signal serverSettingsRequested()

    // A CA file picked for the server (the dialog's file:// URL): kept, and the activities the
    // certificate stopped reconnect (ServerTrust); else the reason shows.
    function useCaFile(file: url) {
        if (!connection.serverTrust || !connection.session)
            return
        connection.caFileProblem = connection.serverTrust.setCaFile(connection.server, connection.serverTrust.localFile(file))
    }

    readonly property int secondsToRetry: active && nextRetryAt > now ? Math.ceil((nextRetryAt - now) / 1000) : 0

    onNextRetryAtChanged: now = Date.now()
    onConnStateChanged: now = Date.now()
    readonly property bool failed: connState === Connection.Refused || connState === Connection.Closed || connState === Connection.Reconnecting
    readonly property string savedAtText: showingCopy && !isNaN(copySavedAt) ? copySavedAt.toLocaleString(Qt.locale(), Locale.ShortFormat) : ""

    visible: active && !(deleted && connState === Connection.Refused)
             && (connState !== Connection.Open || (updatesMayBeMissed && loaded) || showingCopy || !loaded)
    tone: connState === Connection.Refused || connState === Connection.Closed ? "error" : (showingCopy || !loaded) && !failed ? "info" : "warning"
    // One countdown: in the main line, or in the detail while the main line tells of the copy.
    readonly property string retryText: secondsToRetry <= 0 ? qsTr("Reconnecting…")
        : qsTr("Trying again in %n seconds (attempt %1).", "", secondsToRetry).arg(connection.retryAttempt)
    text: {
        if (!active)
            return ""
        if (showingCopy)
            return failed ? qsTr("Not connected — showing the copy from %1.").arg(savedAtText)
                          : qsTr("Offline — last updated %1").arg(savedAtText)
        if (!loaded && !failed)
            return qsTr("Loading…")
        switch (connState) {
        case Connection.Idle:
        case Connection.Connecting:
            return qsTr("Connecting to %1…").arg(connection.server)
        case Connection.Reconnecting:
            // "Connection lost" only when it was open once in this run.
            return (wasConnected ? qsTr("Connection lost.") : qsTr("Cannot reach %1.").arg(connection.server)) + " " + retryText
        case Connection.Refused:
            if (certificateRefused)
                return qsTr("The certificate of %1 was not accepted.").arg(connection.server)
            if (originRefused)
                return qsTr("%1 refused the origin MirageDesk sent.").arg(connection.server)
            return qsTr("The server refused this activity.")
        case Connection.Closed:
            return qsTr("Disconnected.")
        case Connection.Open:
            return qsTr("Updates may have been missed. The activity is being reloaded from the server.")
        }
        return ""
    }
    detail: {
        if (!active)
            return ""
        let parts = []
        if ((showingCopy || !loaded) && (connState === Connection.Idle || connState === Connection.Connecting))
            parts.push(qsTr("Connecting to %1…").arg(connection.server))
        else if (showingCopy && connState === Connection.Reconnecting)
            parts.push(retryText)
        if (connState !== Connection.Open && reason)
            parts.push(reason)
        if (certificateRefused && caFileProblem)
            parts.push(caFileProblem)
        else if (certificateRefused)
            parts.push(qsTr("Choose the file of the authority that signed it to trust it for this server."))
        else if (originRefused)
            parts.push(qsTr("Set an origin the server allows in the server's settings."))
        // Only when something was there to miss updates of.
        if (connState !== Connection.Open && updatesMayBeMissed && loaded)
            parts.push(qsTr("Updates may have been missed while disconnected."))
        return parts.join(" ")
    }

    Timer {
        interval: 250
        repeat: true
        running: connection.visible && connection.connState === Connection.Reconnecting
        onTriggered: connection.now = Date.now()
    }

    Button {
        text: qsTr("Enter &Token…")
        visible: connection.needsToken
        Accessible.name: qsTr("Enter token")
        onClicked: connection.tokenRequested()
    }

    Button {
        objectName: "chooseCaFileButton"
        text: qsTr("Choose a &CA File…")
        visible: connection.certificateRefused
        Accessible.name: qsTr("Choose a certificate authority file")
        onClicked: caFileDialog.open()
    }

    Button {
        objectName: "serverSettingsButton"
        text: qsTr("Server &Settings…")
        visible: connection.originRefused
        Accessible.name: qsTr("Server settings")
        onClicked: connection.serverSettingsRequested()
    }

    FileDialog {
        id: caFileDialog
        objectName: "bannerCaFileDialog"
        title: qsTr("Choose the certificate authority of %1").arg(connection.server)
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Certificates (*.pem *.crt *.cer)"), qsTr("All files (*)")]
        onAccepted: connection.useCaFile(caFileDialog.selectedFile)
    }

    Button {
        text: qsTr("Reconnect &Now")
        visible: connection.connState !== Connection.Open && connection.connState !== Connection.Connecting
        Accessible.name: qsTr("Reconnect now")
        onClicked: connection.reconnectRequested()
    }
}
