// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// Name, version, licence and the project's links (opened in the browser by openLink).
Dialog {
    id: dialog

    property string version
    readonly property string projectUrl: "https://github.com/WEKIT-ECS/MIRAGE-XR"
    readonly property string issuesUrl: "https://github.com/WEKIT-ECS/MIRAGE-XR/issues"

    signal openLink(string url)

    title: qsTr("About MirageDesk")
    modal: true
    focus: true
    standardButtons: Dialog.Close

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            font.bold: true
            font.pixelSize: 18
            text: qsTr("MirageDesk")
        }
        Label {
            objectName: "aboutVersion"
            textFormat: Text.PlainText
            text: qsTr("Version %1").arg(dialog.version)
        }
        Label {
            Layout.maximumWidth: 420
            wrapMode: Text.Wrap
            text: qsTr("Follow live MIRAGE-XR activities on the desktop.")
        }
        Label {
            objectName: "aboutLicence"
            text: qsTr("Licensed under the MIT licence.")
        }
        RowLayout {
            Button {
                text: qsTr("Project page")
                Accessible.name: qsTr("Open the project page in the browser")
                onClicked: dialog.openLink(dialog.projectUrl)
            }
            Button {
                text: qsTr("Report a problem")
                Accessible.name: qsTr("Open the issue tracker in the browser")
                onClicked: dialog.openLink(dialog.issuesUrl)
            }
        }
    }
}
