// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import MirageDesk

// "Since you last looked" (issues #12, #27): what a fresh snapshot changed compared with the copy
// shown before it, from the session's ChangesModel, grouped (the activity's name, description and
// configuration, then the steps). Each entry that names a step selects it; Dismiss clears the list.
// Hidden when there is nothing to say. Shown above the step list (StepsPane), not inside it.
Pane {
    id: changesView

    // The session's ChangesModel (count, summary, dismiss(), rows with kind, stepId, sentence).
    property ChangesModel changes: null

    // An entry was activated: show that step.
    signal stepRequested(string stepId)

    visible: !!changes && changes.count > 0
    padding: 8
    Accessible.role: Accessible.Grouping
    Accessible.name: summaryLabel.text

    background: Rectangle {
        color: palette.alternateBase
        border.color: palette.mid
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Label {
                id: summaryLabel
                objectName: "changesSummary"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.bold: true
                text: changesView.changes ? changesView.changes.summary : ""
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Button {
                objectName: "dismissChanges"
                text: qsTr("&Dismiss")
                Accessible.name: qsTr("Dismiss the list of changes")
                onClicked: changesView.changes.dismiss()
            }
        }

        // The entries, grouped (the activity's own fields, then the steps); they scroll within
        // the height the pane is given.
        ScrollView {
            id: entriesScroll
            objectName: "changesEntries"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: entries.implicitHeight
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                id: entries
                width: entriesScroll.availableWidth
                spacing: 4

                Repeater {
                    model: changesView.changes
                    delegate: ColumnLayout {
                        id: entryGroup

                        required property string kind
                        required property string stepId
                        required property string sentence
                        required property string heading

                        Layout.fillWidth: true
                        spacing: 2

                        Label {
                            objectName: "changesHeading"
                            visible: entryGroup.heading.length > 0
                            Layout.topMargin: 4
                            textFormat: Text.PlainText
                            font.bold: true
                            text: entryGroup.heading
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                        }
                        ItemDelegate {
                            id: entry
                            objectName: "changeEntry"
                            text: entryGroup.sentence
                            Layout.fillWidth: true
                            focusPolicy: Qt.StrongFocus
                            activeFocusOnTab: true
                            padding: 4
                            Accessible.role: entryGroup.stepId ? Accessible.Button : Accessible.StaticText
                            Accessible.name: text
                            contentItem: Label {
                                textFormat: Text.PlainText
                                wrapMode: Text.Wrap
                                text: entry.text
                                color: entryGroup.stepId ? palette.link : palette.text
                            }
                            // 6.4's qmllint does not see this file's ids from inside a delegate (a false positive; 6.5 has
                            // pragma ComponentBehavior: Bound for it).
                            onClicked: if (entryGroup.stepId) changesView.stepRequested(entryGroup.stepId) // qmllint disable unqualified
                            Keys.onReturnPressed: entry.clicked()
                            Keys.onEnterPressed: entry.clicked()
                        }
                    }
                }
            }
        }
    }
}
