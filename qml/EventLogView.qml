// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import MirageDesk

// Every received message in order, newest at the bottom, filterable by category.
ColumnLayout {
    id: view

    property EventLogFilter model: null

    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        Layout.margins: 6
        Label { text: qsTr("Show:") }
        ComboBox {
            id: filter
            objectName: "logFilter"
            textRole: "label"
            valueRole: "value"
            Accessible.name: qsTr("Show events of category")
            model: [
                { label: qsTr("All events"), value: "" },
                { label: qsTr("Activity"), value: "activity" },
                { label: qsTr("People"), value: "people" },
                { label: qsTr("Alerts and notifications"), value: "alerts" },
                { label: qsTr("Files"), value: "files" },
                { label: qsTr("Other"), value: "other" },
                { label: qsTr("Rejected"), value: "rejected" }
            ]
            onActivated: if (view.model) view.model.category = currentValue
        }
        Item { Layout.fillWidth: true }
        Label {
            textFormat: Text.PlainText
            color: palette.placeholderText
            text: view.model ? qsTr("%1 shown (the last %2 are kept)").arg(view.model.count).arg(10000) : ""
        }
    }

    ListView {
        id: list
        objectName: "logList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        focus: true
        activeFocusOnTab: true
        keyNavigationEnabled: true
        model: view.model
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Activity log")
        ScrollBar.vertical: ScrollBar { }
        // Follow the newest entry unless the user scrolled up to read.
        property bool following: true
        onMovementEnded: following = atYEnd
        // 6.4's qmllint sees Qt.callLater as a QJSValue property, not a method (a false positive).
        onCountChanged: if (following) Qt.callLater(positionViewAtEnd) // qmllint disable type

        delegate: ItemDelegate {
            id: entry
            required property int index
            required property string time
            required property int eventId
            required property string name
            required property bool applied
            required property string summary

            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            onClicked: entry.ListView.view.currentIndex = entry.index
            Accessible.name: (applied ? "" : qsTr("Rejected: ")) + name + " " + summary

            contentItem: RowLayout {
                spacing: 10
                Label {
                    textFormat: Text.PlainText
                    font.family: "monospace"
                    color: palette.placeholderText
                    text: entry.time
                }
                Label {
                    Layout.preferredWidth: 220
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    font.bold: true
                    color: entry.applied ? palette.text : "#c62828"
                    text: entry.eventId > 0 ? entry.eventId + " " + entry.name : entry.name
                }
                Label {
                    objectName: "logSummary"
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: entry.applied ? palette.text : "#c62828"
                    text: entry.applied ? entry.summary : qsTr("rejected: %1").arg(entry.summary)
                }
            }
        }
    }
}
