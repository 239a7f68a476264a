// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

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

            Label {
                objectName: "detailsName"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: 18
                font.bold: true
                text: (pane.details ? pane.details.name : "") || qsTr("(untitled step)")
            }
            Label {
                Layout.fillWidth: true
                visible: pane.hasDetails && pane.details.stepType.length > 0
                textFormat: Text.PlainText
                color: palette.placeholderText
                text: qsTr("Type: %1").arg(pane.details ? pane.details.stepType : "")
            }
            Label {
                objectName: "detailsDescription"
                Layout.fillWidth: true
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                text: pane.details ? pane.details.description : ""
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
                    required property string contentType
                    required property string label
                    required property string detail
                    Layout.fillWidth: true
                    ColumnLayout {
                        anchors.fill: parent
                        Label {
                            Layout.fillWidth: true
                            textFormat: Text.PlainText
                            font.bold: true
                            elide: Text.ElideRight
                            text: content.label || qsTr("(unnamed content)")
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            textFormat: Text.PlainText
                            color: palette.placeholderText
                            text: content.contentType
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            textFormat: Text.PlainText
                            wrapMode: Text.WrapAnywhere
                            maximumLineCount: 4
                            elide: Text.ElideRight
                            text: content.detail
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
        }
    }
}
