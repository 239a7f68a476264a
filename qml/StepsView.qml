// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

// The activity's steps in order. A step someone else just changed lights up for a moment; a step
// changed since the user last saw it carries a dot until it is selected. Above the steps, what
// changed since the user last looked (ChangesView), when there is something.
KeyedListView {
    id: list

    property bool readOnly: false
    // The ActivitySession (for its changes, loaded and markStepSeen()); null: the steps alone.
    property var session: null
    // The id of the current row, asked of the model (re-read when the row or the rows change).
    readonly property string currentStepId: (count, currentIndex >= 0 && model) ? model.idAt(currentIndex) : ""

    boundsBehavior: Flickable.StopAtBounds
    reuseItems: true
    // Only an activity that is there can be empty.
    emptyText: !session || session.loaded ? qsTr("This activity has no steps yet.") : qsTr("Loading…")
    Accessible.name: qsTr("Steps")

    // Selects a step, shows it and counts it as seen.
    function showStep(id: string) {
        selectId(id)
        markSeen()
    }
    function markSeen() {
        if (session && currentStepId)
            session.markStepSeen(currentStepId)
    }
    // Moving through the list with the keyboard sees the steps passed on.
    onCurrentStepIdChanged: if (activeFocus) markSeen()

    // 6.4's qmllint does not see this file's ids from inside the header (a false positive; 6.5 has
    // pragma ComponentBehavior: Bound for it).
    header: ChangesView {
        objectName: "changesView"
        width: list.width // qmllint disable unqualified
        changes: list.session ? list.session.changes : null // qmllint disable unqualified
        height: visible ? implicitHeight : 0
        onStepRequested: stepId => list.showStep(stepId) // qmllint disable unqualified
    }

    delegate: ItemDelegate {
        id: row

        required property int index
        required property string itemId
        required property string name
        required property string description
        required property int contentCount
        required property double changedAt
        required property bool unread

        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        onClicked: {
            row.ListView.view.currentIndex = row.index
            row.ListView.view.forceActiveFocus()
            // The ids from inside a delegate: as the header above.
            list.markSeen() // qmllint disable unqualified
        }
        Accessible.name: unread ? qsTr("Step %1: %2, unread").arg(index + 1).arg(name) : qsTr("Step %1: %2").arg(index + 1).arg(name)

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
            Rectangle {
                objectName: "unreadMarker"
                Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
                Layout.topMargin: 5
                implicitWidth: 8
                implicitHeight: 8
                radius: 4
                color: row.highlighted ? palette.highlightedText : palette.highlight
                opacity: row.unread ? 1 : 0 // keeps its room: the rows do not shift when it goes
            }
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
