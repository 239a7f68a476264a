// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import MirageDesk

// The popups the window shows itself while no notification service shows them
// (AppController.popups): newest on top, summary and body as plain text, as the server sent them.
// A click on one (or its Show button) shows its item as a popup's action does; Dismiss removes it.
ColumnLayout {
    id: area

    required property PopupListModel popups

    spacing: 6
    visible: area.popups.count > 0
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Notifications")

    Repeater {
        model: area.popups
        delegate: Rectangle {
            id: card

            required property int index
            required property string summary
            required property string body
            required property int urgency

            objectName: "windowPopup"
            Layout.fillWidth: true
            implicitHeight: content.implicitHeight + 16
            radius: 4
            color: palette.base
            border.color: card.urgency >= 2 ? "#c62828" : palette.mid
            border.width: card.urgency >= 2 ? 2 : 1
            Accessible.role: Accessible.AlertMessage
            Accessible.name: card.summary
            Accessible.description: card.body

            // 6.4's qmllint does not see this file's ids from inside a delegate (a false positive, here and
            // below; 6.5 has pragma ComponentBehavior: Bound for it).
            TapHandler {
                onTapped: area.popups.activate(card.index) // qmllint disable unqualified
            }

            RowLayout {
                id: content
                anchors.fill: parent
                anchors.margins: 8
                spacing: 8
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "windowPopupSummary"
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.bold: true
                        text: card.summary
                    }
                    Label {
                        objectName: "windowPopupBody"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        maximumLineCount: 4
                        elide: Text.ElideRight
                        text: card.body
                    }
                }
                Button {
                    objectName: "windowPopupShow"
                    text: qsTr("Show")
                    Accessible.name: qsTr("Show: %1").arg(card.summary)
                    onClicked: area.popups.activate(card.index) // qmllint disable unqualified
                }
                Button {
                    objectName: "windowPopupDismiss"
                    text: qsTr("Dismiss")
                    Accessible.name: qsTr("Dismiss: %1").arg(card.summary)
                    onClicked: area.popups.dismiss(card.index) // qmllint disable unqualified
                }
            }
        }
    }
}
