// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// The activity's steps in order. A step someone else just changed lights up for a moment.
KeyedListView {
    id: list

    property bool readOnly: false
    // The id of the current row, asked of the model (re-read when the row or the rows change).
    readonly property string currentStepId: (count, currentIndex >= 0 && model) ? model.idAt(currentIndex) : ""

    boundsBehavior: Flickable.StopAtBounds
    reuseItems: true
    emptyText: qsTr("This activity has no steps yet.")
    Accessible.name: qsTr("Steps")

    delegate: ItemDelegate {
        id: row

        required property int index
        required property string itemId
        required property string name
        required property string description
        required property int contentCount
        required property double changedAt

        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        onClicked: {
            row.ListView.view.currentIndex = row.index
            row.ListView.view.forceActiveFocus()
        }
        Accessible.name: qsTr("Step %1: %2").arg(index + 1).arg(name)

        function flashIfRecent() {
            const age = Date.now() - changedAt
            if (changedAt > 0 && age < 1500) {
                flash.stop()
                flashRect.opacity = 0.55
                flash.duration = 1500 - age
                flash.start()
            } else {
                flashRect.opacity = 0
            }
        }
        onChangedAtChanged: flashIfRecent()
        Component.onCompleted: flashIfRecent()
        ListView.onReused: flashIfRecent()

        background: Rectangle {
            color: row.highlighted ? palette.highlight : (row.index % 2 ? palette.alternateBase : palette.base)
        }
        // Above the background (z -1), below the text.
        Rectangle {
            id: flashRect
            objectName: "changeHighlight"
            anchors.fill: parent
            z: -0.5
            color: "#ffd54f"
            opacity: 0
        }
        NumberAnimation {
            id: flash
            target: flashRect
            property: "opacity"
            to: 0
            easing.type: Easing.InQuad
        }

        contentItem: RowLayout {
            spacing: 10
            Label {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 36
                horizontalAlignment: Text.AlignRight
                textFormat: Text.PlainText
                color: row.highlighted ? palette.highlightedText : palette.placeholderText
                text: (row.index + 1) + "."
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "stepName"
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font.bold: true
                    color: row.highlighted ? palette.highlightedText : palette.text
                    text: row.name || qsTr("(untitled step)")
                }
                Label {
                    objectName: "stepDescription"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    color: row.highlighted ? palette.highlightedText : palette.text
                    text: row.description
                }
            }
            Label {
                Layout.alignment: Qt.AlignTop
                textFormat: Text.PlainText
                color: row.highlighted ? palette.highlightedText : palette.placeholderText
                text: row.contentCount === 1 ? qsTr("1 content") : qsTr("%1 contents").arg(row.contentCount)
            }
        }
    }
}
