// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import QtQuick.Templates as T
import MirageDesk

// The selected activity's sections: steps (with the step's details), people, files and the log in
// tabs, the find bar over the first three, and their keys (Alt+1…4, Ctrl+F, F3, Ctrl+G).
ColumnLayout {
    id: sections

    required property AppController app
    property ActivitySession session: null
    readonly property bool hasSession: !!session
    // 0 steps, 1 people, 2 files, 3 log.
    property alias currentIndex: sectionTabs.currentIndex
    readonly property KeyedListView foundView: sectionTabs.currentIndex === 1 ? peopleView : sectionTabs.currentIndex === 2 ? filesView : stepsView

    // Shows a section ("steps", "people", "files", "log") and, when given, selects that item.
    function showSection(section: string, itemId: string) {
        switch (section) {
        case "steps": sectionTabs.currentIndex = 0; break
        case "people": sectionTabs.currentIndex = 1; break
        case "files": sectionTabs.currentIndex = 2; break
        case "log": sectionTabs.currentIndex = 3; break
        }
        if (itemId.length === 0 || !sections.session)
            return
        if (findBar.text.length > 0)
            findBar.clear() // the row asked for may be filtered out
        if (section === "steps")
            stepsView.selectId(itemId)
        else if (section === "people")
            peopleView.selectId(itemId)
        else if (section === "files")
            filesView.selectId(itemId)
    }

    spacing: 0

    Shortcut { sequence: "Alt+1"; onActivated: sectionTabs.currentIndex = 0 }
    Shortcut { sequence: "Alt+2"; onActivated: sectionTabs.currentIndex = 1 }
    Shortcut { sequence: "Alt+3"; onActivated: sectionTabs.currentIndex = 2 }
    Shortcut { sequence: "Alt+4"; onActivated: sectionTabs.currentIndex = 3 }

    // Find (issue #13): Ctrl+F filters the steps, people or files shown as the user types (one
    // text for the three lists), F3 / Enter the next match, Esc clears. The log has its own search.
    ListSearch {
        id: stepSearch
        sourceModel: sections.session ? sections.session.steps : null
        roles: ["name", "description", "contentText"]
        text: findBar.text
    }
    ListSearch {
        id: peopleSearch
        sourceModel: sections.session ? sections.session.participants : null
        roles: ["name", "status"]
        text: findBar.text
    }
    ListSearch {
        id: fileSearch
        sourceModel: sections.session ? sections.session.files : null
        roles: ["name", "mimeType", "uploader"]
        text: findBar.text
    }
    // 6.4's qmllint does not know the StandardKey enumeration (a false positive, here and below).
    Shortcut {
        sequences: [StandardKey.Find] // qmllint disable unqualified
        enabled: sections.hasSession && sectionTabs.currentIndex < 3
        onActivated: findBar.open()
    }
    Shortcut {
        sequence: "Ctrl+G"
        enabled: sections.hasSession
        onActivated: {
            if (findBar.visible)
                findBar.clear() // numbers count every step
            sectionTabs.currentIndex = 0
            goToStep.ask(stepsView.currentIndex + 1)
        }
    }
    GoToStepDialog {
        id: goToStep
        objectName: "goToStepDialog"
        anchors.centerIn: T.Overlay.overlay
        stepCount: stepSearch.sourceCount
        onGoTo: number => stepsView.goToNumber(number)
    }
    Shortcut {
        sequences: [StandardKey.FindNext] // qmllint disable unqualified
        enabled: sections.hasSession && findBar.visible
        onActivated: sections.foundView.findNext()
    }

    ActivityHeader {
        Layout.fillWidth: true
        session: sections.session
    }

    TabBar {
        id: sectionTabs
        objectName: "sectionTabs"
        Layout.fillWidth: true
        TabButton {
            id: stepsTab
            objectName: "stepsTab"
            text: sections.session ? qsTr("Steps (%1)").arg(stepSearch.sourceCount) : qsTr("Steps")
            Accessible.name: qsTr("Steps")
            FocusFrame { objectName: "tabFocusFrame"; visible: stepsTab.visualFocus }
        }
        TabButton {
            id: peopleTab
            objectName: "peopleTab"
            text: sections.session ? qsTr("People (%1)").arg(peopleSearch.sourceCount) : qsTr("People")
            Accessible.name: qsTr("People")
            FocusFrame { objectName: "tabFocusFrame"; visible: peopleTab.visualFocus }
        }
        TabButton {
            id: filesTab
            objectName: "filesTab"
            text: sections.session ? qsTr("Files (%1)").arg(fileSearch.sourceCount) : qsTr("Files")
            Accessible.name: qsTr("Files")
            FocusFrame { objectName: "tabFocusFrame"; visible: filesTab.visualFocus }
        }
        TabButton {
            id: logTab
            objectName: "logTab"
            text: qsTr("Activity log")
            Accessible.name: qsTr("Activity log")
            FocusFrame { objectName: "tabFocusFrame"; visible: logTab.visualFocus }
        }
    }

    FindBar {
        id: findBar
        objectName: "findBar"
        Layout.fillWidth: true
        search: sectionTabs.currentIndex === 1 ? peopleSearch : sectionTabs.currentIndex === 2 ? fileSearch : stepSearch
        kind: sectionTabs.currentIndex === 1 ? "people" : sectionTabs.currentIndex === 2 ? "files" : "steps"
        onNextRequested: sections.foundView.findNext()
        onCleared: {
            sections.foundView.restoreSelection()
            sections.foundView.forceActiveFocus()
        }
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        currentIndex: sectionTabs.currentIndex

        SplitView {
            orientation: Qt.Horizontal
            StepsPane {
                objectName: "stepsPane"
                SplitView.preferredWidth: parent.width * 0.45
                SplitView.minimumWidth: 240
                changes: sections.hasSession ? sections.session.catchUp.changes : null
                onStepRequested: stepId => stepsView.showStep(stepId)

                StepsView {
                    id: stepsView
                    objectName: "stepsView"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    model: stepSearch
                    search: stepSearch
                    loaded: !sections.hasSession || sections.session.loaded
                    onStepSeen: stepId => { if (sections.hasSession) sections.session.catchUp.markStepSeen(stepId) }
                    onCopyRequested: text => sections.app.copyText(text)
                    onCopyLinkRequested: stepId => sections.app.copyText(sections.app.linkTo(stepId))
                    readOnly: sections.hasSession && sections.session.deleted
                }
            }
            StepDetails {
                objectName: "stepDetails"
                SplitView.fillWidth: true
                session: sections.session
                stepId: stepsView.currentStepId
                onOpenLink: url => sections.app.openLink(url)
            }
        }
        ParticipantsView {
            id: peopleView
            objectName: "participantsView"
            model: peopleSearch
        }
        FilesView {
            id: filesView
            objectName: "filesView"
            model: fileSearch
            onOpenLink: (url) => sections.app.openLink(url)
        }
        EventLogView {
            objectName: "eventLogView"
            model: sections.session ? sections.session.log : null
            onShowItem: (section, itemId) => sections.showSection(section, itemId)
        }
    }
}
