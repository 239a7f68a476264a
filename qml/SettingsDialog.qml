// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import MirageDesk

// Which desktop popups the user wants, the appearance and the language (applied at the next start). (A Switch's or RadioButton's label is a
// plain Text in Qt Quick Controls: an '&' there shows as it is, so their texts have no mnemonics.)
Dialog {
    id: dialog

    property AppSettings settings: null
    property bool serviceAvailable: true
    // For each server in use, its CA file and Origin (issue #25).
    property AppController app: null

    // Opens the dialog on `server`'s settings.
    function openServer(server: string) {
        dialog.open()
        serverSection.showServer(server)
    }
    onAboutToShow: serverSection.showServer(serverSection.server)

    title: qsTr("Settings")
    modal: true
    focus: true
    standardButtons: Dialog.Close
    // No taller than the window: the rest scrolls (a small screen, a large scale factor).
    height: Math.min(implicitHeight, parent ? parent.height - 24 : implicitHeight)

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: column.implicitWidth
        contentHeight: column.implicitHeight
        clip: true

        ColumnLayout {
            id: column
            Label {
                font.bold: true
                text: qsTr("Appearance")
            }
            RowLayout {
                RadioButton {
                    objectName: "appearanceSystem"
                    text: qsTr("System")
                    Accessible.name: qsTr("Appearance: as the system")
                    checked: !dialog.settings || dialog.settings.appearance === "system"
                    onToggled: if (dialog.settings) dialog.settings.setAppearance("system")
                }
                RadioButton {
                    objectName: "appearanceLight"
                    text: qsTr("Light")
                    Accessible.name: qsTr("Appearance: light")
                    checked: !!dialog.settings && dialog.settings.appearance === "light"
                    onToggled: if (dialog.settings) dialog.settings.setAppearance("light")
                }
                RadioButton {
                    objectName: "appearanceDark"
                    text: qsTr("Dark")
                    Accessible.name: qsTr("Appearance: dark")
                    checked: !!dialog.settings && dialog.settings.appearance === "dark"
                    onToggled: if (dialog.settings) dialog.settings.setAppearance("dark")
                }
            }
            Label {
                font.bold: true
                text: qsTr("Language")
            }
            RowLayout {
                ComboBox {
                    id: languageBox
                    objectName: "languageBox"
                    Accessible.name: qsTr("Language")
                    textRole: "name"
                    valueRole: "code"
                    model: dialog.settings ? dialog.settings.languages : []
                    Component.onCompleted: currentIndex = indexOfValue(dialog.settings ? dialog.settings.language : "")
                    onActivated: if (dialog.settings) dialog.settings.setLanguage(currentValue)
                }
                Label {
                    objectName: "languageRestartNote"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 300
                    wrapMode: Text.Wrap
                    color: palette.placeholderText
                    text: dialog.settings && dialog.settings.restartNeeded
                          ? qsTr("The new language is used from the next start of MirageDesk.")
                          : qsTr("A new language is used from the next start of MirageDesk.")
                }
            }
            Label {
                font.bold: true
                text: qsTr("Desktop notifications")
            }
            Switch {
                objectName: "notifyFiles"
                text: qsTr("Files uploaded or deleted")
                checked: dialog.settings ? dialog.settings.notifyFiles : true
                onToggled: dialog.settings.notifyFiles = checked
            }
            Switch {
                objectName: "notifyPeople"
                text: qsTr("People joining or leaving")
                checked: dialog.settings ? dialog.settings.notifyPeople : true
                onToggled: dialog.settings.notifyPeople = checked
            }
            Switch {
                objectName: "notifyAlerts"
                text: qsTr("System alerts")
                checked: dialog.settings ? dialog.settings.notifyAlerts : true
                onToggled: dialog.settings.notifyAlerts = checked
            }
            Switch {
                objectName: "notifyMessages"
                text: qsTr("Notifications sent to the activity")
                checked: dialog.settings ? dialog.settings.notifyMessages : true
                onToggled: dialog.settings.notifyMessages = checked
            }
            Label {
                Layout.maximumWidth: 420
                wrapMode: Text.Wrap
                color: palette.placeholderText
                text: dialog.serviceAvailable
                      ? qsTr("While you are looking at the activity, only alerts pop up.")
                      : qsTr("No notification service is running: popups appear in the window instead.")
            }
            ServerSettingsSection {
                id: serverSection
                objectName: "serverSettings"
                app: dialog.app
            }
        }
    }
}
