// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import MirageDesk

// The selected step: its text and its contents, whatever shape the activity has.
ScrollView {
    id: pane

    property ActivitySession session: null
    property string stepId: ""
    // The session's StepContentsModel: the selected step's text as properties, its contents as rows.
    readonly property StepContentsModel details: session ? session.stepContents : null
    // A bool, as Main.qml's hasSession, so the bindings below compile to C++.
    readonly property bool hasDetails: !!details
    readonly property bool hasStep: hasDetails && details.hasStep
    readonly property string stepName: details ? details.name : ""
    // The rule the steps list shares: no name, or only whitespace, is an untitled step.
    readonly property bool untitled: stepName.trim().length === 0

    // A content's http(s) link was chosen; Main.qml hands it to AppController::openLink.
    signal openLink(string url)

    Binding {
        target: pane.details
        property: "stepId"
        value: pane.stepId
        when: pane.hasDetails
    }

    clip: true
    contentWidth: availableWidth
    Accessible.name: qsTr("Step details")

    ColumnLayout {
        width: pane.availableWidth
        spacing: 8

        Label {
            visible: !pane.hasStep
            Layout.fillWidth: true
            Layout.margins: 16
            wrapMode: Text.Wrap
            color: palette.placeholderText
            text: qsTr("Select a step to see its contents.")
        }

        ColumnLayout {
            visible: pane.hasStep
            Layout.fillWidth: true
            Layout.margins: 16
            spacing: 8

            // Name and description are read-only text an author can select and copy (Ctrl+C).
            // A missing or whitespace-only name reads "(untitled step)".
            TextArea {
                objectName: "detailsName"
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.Wrap
                background: null
                padding: 0
                font.pixelSize: 18
                font.bold: true
                text: pane.untitled ? qsTr("(untitled step)") : pane.stepName
                Accessible.name: qsTr("Step name")
                Accessible.description: text
            }
            Label {
                Layout.fillWidth: true
                visible: pane.hasDetails && pane.details.stepType.length > 0
                textFormat: Text.PlainText
                color: palette.placeholderText
                text: qsTr("Type: %1").arg(pane.details ? pane.details.stepType : "")
            }
            TextArea {
                objectName: "detailsDescription"
                Layout.fillWidth: true
                visible: text.length > 0
                readOnly: true
                selectByMouse: true
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.Wrap
                background: null
                padding: 0
                text: pane.details ? pane.details.description : ""
                Accessible.name: qsTr("Step description")
                Accessible.description: text
            }
            Label {
                Layout.topMargin: 8
                font.bold: true
                text: qsTr("Contents (%1)").arg(pane.details ? pane.details.count : 0)
            }
            Repeater {
                model: pane.details
                delegate: Frame {
                    id: content
                    required property string title
                    required property string detail
                    required property string place
                    required property string link
                    Layout.fillWidth: true
                    Accessible.name: title
                    ColumnLayout {
                        anchors.fill: parent
                        Label {
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            font.bold: true
                            wrapMode: Text.Wrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            text: content.title || qsTr("(unnamed content)")
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            textFormat: Text.PlainText
                            color: palette.placeholderText
                            elide: Text.ElideMiddle
                            text: content.place
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            maximumLineCount: 4
                            elide: Text.ElideRight
                            text: content.detail
                        }
                        Button {
                            id: openButton
                            visible: content.link.length > 0
                            flat: true
                            text: qsTr("Open link")
                            Accessible.name: qsTr("Open %1 in the browser").arg(content.link)
                            ToolTip.visible: openButton.hovered
                            ToolTip.text: content.link
                            onClicked: pane.openLink(content.link)
                        }
                    }
                }
            }
            Label {
                Layout.topMargin: 8
                font.bold: true
                text: qsTr("As stored")
            }
            TextArea {
                objectName: "detailsJson"
                Layout.fillWidth: true
                readOnly: true
                selectByMouse: true
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.WrapAnywhere
                font.family: "monospace"
                text: pane.details ? pane.details.json : ""
                Accessible.name: qsTr("The step as stored, in JSON")
            }

            // History of the step (issue #27): every change the client saw to it, from the journal,
            // newest first; read when the user opens it (and again as the log grows while open).
            Button {
                id: historyButton
                objectName: "detailsHistoryButton"
                Layout.topMargin: 8
                checkable: true
                visible: !!pane.session
                text: checked ? qsTr("Hide history") : qsTr("Show history")
                Accessible.name: checked ? qsTr("Hide the step's history") : qsTr("Show the step's history")
            }
            Repeater {
                id: history
                // Re-read when the step, or the log (a new change), changes.
                model: historyButton.checked && pane.session && pane.hasStep
                    ? (pane.session.logModel.count, pane.session.logModel.stepHistory(pane.stepId)) : []
                delegate: Label {
                    required property string modelData
                    objectName: "historyEntry"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    text: modelData
                }
            }
            Label {
                objectName: "historyEmpty"
                visible: historyButton.checked && history.count === 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: palette.placeholderText
                text: qsTr("No change to this step was kept.")
            }
        }
    }
}
