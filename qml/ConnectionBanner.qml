import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The state of the live connection when it is not simply "open": connecting, the countdown to
// the next try and why, a refusal, and a warning when updates may have been missed.
Banner {
    id: connection

    property var session: null
    property double now: Date.now()

    readonly property string connState: session ? session.connectionState : "idle"
    readonly property int secondsToRetry: session && session.nextRetryAt > now ? Math.ceil((session.nextRetryAt - now) / 1000) : 0

    visible: session !== null && (connState !== "open" || session.updatesMayBeMissed)
    tone: connState === "refused" || connState === "closed" ? "error" : "warning"
    text: {
        if (!session)
            return ""
        switch (connState) {
        case "idle":
        case "connecting":
            return qsTr("Connecting to %1…").arg(session.server)
        case "reconnecting":
            return secondsToRetry > 0
                ? (secondsToRetry === 1 ? qsTr("Connection lost. Trying again in 1 second (attempt %1).").arg(session.retryAttempt)
                                       : qsTr("Connection lost. Trying again in %1 seconds (attempt %2).").arg(secondsToRetry).arg(session.retryAttempt))
                : qsTr("Connection lost. Reconnecting…")
        case "refused":
            return qsTr("The server refused this activity.")
        case "closed":
            return qsTr("Disconnected.")
        case "open":
            return qsTr("Updates may have been missed. The activity is being reloaded from the server.")
        }
        return ""
    }
    detail: {
        if (!session)
            return ""
        let parts = []
        if (connState !== "open" && session.connectionReason)
            parts.push(session.connectionReason)
        if (connState !== "open" && session.updatesMayBeMissed)
            parts.push(qsTr("Updates may have been missed while disconnected."))
        return parts.join(" ")
    }

    Timer {
        interval: 250
        repeat: true
        running: connection.visible && connection.connState === "reconnecting"
        onTriggered: connection.now = Date.now()
    }
    Connections {
        target: connection.session
        function onConnectionChanged() { connection.now = Date.now() }
    }

    Button {
        text: qsTr("Reconnect &Now")
        visible: connection.connState !== "open" && connection.connState !== "connecting"
        Accessible.name: qsTr("Reconnect now")
        onClicked: connection.session.reconnect()
    }
}
