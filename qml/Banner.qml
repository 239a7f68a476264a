// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// A full-width strip that tells the user something about the whole activity.
Rectangle {
    id: banner

    property string text
    property string detail
    property string tone: "info" // info, warning, error
    default property alias actions: actionRow.data

    implicitHeight: visible ? row.implicitHeight + 12 : 0
    color: tone === "error" ? "#c62828" : tone === "warning" ? "#f9a825" : palette.highlight
    readonly property color textColor: tone === "warning" ? "#1b1b1b" : "#ffffff"

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text + (detail ? " " + detail : "")

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 6
        anchors.leftMargin: 12
        spacing: 12
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                objectName: "bannerText"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.bold: true
                color: banner.textColor
                text: banner.text
            }
            Label {
                objectName: "bannerDetail"
                Layout.fillWidth: true
                visible: text.length > 0
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: banner.textColor
                text: banner.detail
            }
        }
        RowLayout {
            id: actionRow
        }
    }
}
