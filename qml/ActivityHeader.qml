// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import MirageDesk

// The selected activity's name, description, id, server and format, above its sections.
Pane {
    id: header

    property ActivitySession session: null

    padding: 8

    ColumnLayout {
        anchors.fill: parent
        Label {
            objectName: "activityName"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            font.pixelSize: 20
            font.bold: true
            elide: Text.ElideRight
            text: header.session ? (header.session.name || header.session.activityId) : ""
        }
        Label {
            objectName: "activityDescription"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            visible: text.length > 0
            text: header.session ? header.session.description : ""
        }
        Label {
            Layout.fillWidth: true
            textFormat: Text.PlainText
            color: palette.placeholderText
            elide: Text.ElideMiddle
            text: header.session ? qsTr("%1 on %2%3%4").arg(header.session.activityId).arg("\u2068" + header.session.server + "\u2069")
                                      .arg(header.session.legacyFormat ? qsTr(" · ARLEM (legacy) format") : "")
                                      .arg(header.session.hash ? qsTr(" · hash %1").arg(header.session.hash) : "")
                                 : ""
        }
    }
}
