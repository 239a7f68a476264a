// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// The window's dismissable notices above the activity: the copy shown instead of the server's
// (a warning), why a link did not open and why a save or export failed (errors). Each shows while
// its text is not empty; its Dismiss button says so to the window.
ColumnLayout {
    id: notices

    property string notice
    property string linkProblem
    property string exportError

    signal noticeDismissed()
    signal linkProblemDismissed()
    signal exportErrorDismissed()

    spacing: 0

    Banner {
        objectName: "copyNotice"
        Layout.fillWidth: true
        visible: notices.notice.length > 0
        tone: "warning"
        text: notices.notice
        Button {
            text: qsTr("Dismiss")
            onClicked: notices.noticeDismissed()
        }
    }

    Banner {
        objectName: "linkFailedBanner"
        Layout.fillWidth: true
        visible: notices.linkProblem.length > 0
        tone: "error"
        text: notices.linkProblem
        Button {
            text: qsTr("Dismiss")
            onClicked: notices.linkProblemDismissed()
        }
    }

    Banner {
        objectName: "exportFailedBanner"
        Layout.fillWidth: true
        visible: notices.exportError.length > 0
        tone: "error"
        text: notices.exportError
        Button {
            objectName: "exportFailedDismiss"
            text: qsTr("Dismiss")
            onClicked: notices.exportErrorDismissed()
        }
    }
}
