// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import QtQuick.Window
import QtQuick.Templates as T
import QtQuick.Dialogs
import MirageDesk

// The main window: the open activities in a sidebar, and the selected one's steps, people, files
// and log.
ApplicationWindow {
    id: window

    required property AppController app
    // Whether the Open dialog opens by itself when nothing is open (not when an activity was given
    // on the command line, by a link, or restored).
    property bool askAtStart: true
    readonly property ActivitySession session: app.session
    // Tested as a bool: 6.4's qmlcachegen cannot compile `session !== null` (an object compared with null).
    readonly property bool hasSession: !!session
    // Why the last link did not open (shown in a banner until dismissed).
    property string linkProblem

    width: 1180
    height: 760
    // Small enough for a 1280x800 screen at QT_SCALE_FACTOR=2 (640x400 available); the first size
    // is fitted to the screen, later ones restored (DesktopApp).
    minimumWidth: 480
    minimumHeight: 320
    visible: true
    title: app.windowTitle
    color: palette.window
    // A right-to-left language (Qt's own translation says so, e.g. Arabic or Hebrew) mirrors the
    // whole window: the sidebar on the right, rows and toolbars from right to left. (6.4's qmllint
    // types Qt.application as QQmlApplication, which lacks QQuickApplication's layoutDirection: a
    // false positive, here and below.)
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft // qmllint disable type
    LayoutMirroring.childrenInherit: true

    function openDialog() {
        openActivity.open()
    }

    function showSection(section: string, itemId: string) {
        sectionsView.showSection(section, itemId)
    }

    Connections {
        target: window.app
        function onShowItemRequested(section: string, itemId: string) { window.showSection(section, itemId) }
        function onLinkFailed(host: string, refused: bool) {
            window.linkProblem = refused ? qsTr("That link was not opened: only web (http and https) links open from MirageDesk.")
                                         : qsTr("The link to %1 could not be opened: no browser or application took it.").arg("\u2068" + host + "\u2069")
        }
    }

    Connections {
        target: window.app.tokens
        function onTokenRequested(server: string) {
            tokenDialog.server = server
            tokenDialog.open()
        }
    }

    Component.onCompleted: {
        if (window.askAtStart && !window.session)
            openActivity.open()
    }

    // 6.4's qmllint does not know the StandardKey enumeration (a false positive, here and below).
    Shortcut {
        sequences: [StandardKey.Open] // qmllint disable unqualified
        context: Qt.ApplicationShortcut
        onActivated: window.openDialog()
    }
    Shortcut {
        objectName: "quitShortcut"
        sequences: [StandardKey.Quit] // qmllint disable unqualified
        context: Qt.ApplicationShortcut
        onActivated: window.app.quit()
    }
    // The keyboard shortcuts sheet: F1 (HelpContents) and Ctrl+? (Ctrl+Shift+/ on most layouts).
    Shortcut {
        objectName: "shortcutsShortcut"
        sequences: [StandardKey.HelpContents, "Ctrl+?"] // qmllint disable unqualified
        context: Qt.ApplicationShortcut
        onActivated: shortcutsDialog.open()
    }
    Shortcut {
        sequences: [StandardKey.Refresh] // qmllint disable unqualified
        enabled: window.hasSession
        onActivated: window.session.reconnect()
    }
    // The open activities: one Shortcut per sequence (the same sequence twice is ambiguous).
    Shortcut { sequence: "Ctrl+1"; onActivated: window.app.select(0) }
    Shortcut { sequence: "Ctrl+2"; onActivated: window.app.select(1) }
    Shortcut { sequence: "Ctrl+3"; onActivated: window.app.select(2) }
    Shortcut { sequence: "Ctrl+4"; onActivated: window.app.select(3) }
    Shortcut { sequence: "Ctrl+5"; onActivated: window.app.select(4) }
    Shortcut { sequence: "Ctrl+6"; onActivated: window.app.select(5) }
    Shortcut { sequence: "Ctrl+7"; onActivated: window.app.select(6) }
    Shortcut { sequence: "Ctrl+8"; onActivated: window.app.select(7) }
    Shortcut { sequence: "Ctrl+9"; onActivated: window.app.select(8) }
    Shortcut { sequence: "Ctrl+Tab"; onActivated: window.app.selectNext() }
    Shortcut { sequence: "Ctrl+Shift+Tab"; onActivated: window.app.selectPrevious() }
    Shortcut {
        sequence: "Ctrl+W"
        enabled: window.hasSession
        onActivated: window.app.close(window.app.currentIndex)
    }
    // Copy and share (issue #13): the activity as JSON, the log as text, to a file the user picks.
    Shortcut {
        objectName: "saveActivityShortcut"
        sequences: [StandardKey.Save] // qmllint disable unqualified
        enabled: window.hasSession
        onActivated: saveActivityDialog.open()
    }
    Shortcut {
        objectName: "exportLogShortcut"
        sequence: "Ctrl+Shift+E"
        enabled: window.hasSession
        onActivated: exportLogDialog.open()
    }
    Exporter {
        id: exporter
    }
    FileDialog {
        id: saveActivityDialog
        objectName: "saveActivityDialog"
        title: qsTr("Save the activity as JSON")
        fileMode: FileDialog.SaveFile
        currentFolder: exporter.defaultFolder
        defaultSuffix: "json"
        nameFilters: [qsTr("JSON files (*.json)"), qsTr("All files (*)")]
        onAccepted: exporter.saveActivity(window.session, saveActivityDialog.selectedFile)
    }
    FileDialog {
        id: exportLogDialog
        objectName: "exportLogDialog"
        title: qsTr("Export the activity log")
        fileMode: FileDialog.SaveFile
        currentFolder: exporter.defaultFolder
        defaultSuffix: "txt"
        nameFilters: [qsTr("Text files (*.txt)"), qsTr("All files (*)")]
        onAccepted: exporter.exportLog(window.session, exportLogDialog.selectedFile)
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            spacing: 4
            ToolButton {
                objectName: "openButton"
                text: qsTr("&Open Activity…")
                Accessible.name: qsTr("Open activity")
                onClicked: window.openDialog()
            }
            ToolButton {
                text: qsTr("&Reconnect")
                enabled: window.hasSession
                Accessible.name: qsTr("Reconnect now")
                onClicked: window.session.reconnect()
            }
            ToolButton {
                id: exportButton
                objectName: "exportButton"
                text: qsTr("&Export")
                enabled: window.hasSession
                Accessible.name: qsTr("Save or export")
                onClicked: exportMenu.open()
                Menu {
                    id: exportMenu
                    y: exportButton.height
                    MenuItem {
                        text: qsTr("&Save the Activity as JSON…")
                        onTriggered: saveActivityDialog.open()
                    }
                    MenuItem {
                        text: qsTr("Export the &Log…")
                        onTriggered: exportLogDialog.open()
                    }
                }
            }
            Item { Layout.fillWidth: true }
            // Who is here (issue #13): the present people's avatars.
            AvatarRow {
                objectName: "presentAvatars"
                people: window.session ? window.session.present : []
                total: window.session ? window.session.presentCount : 0
                names: window.session ? window.session.presentNames : ""
            }
            Label {
                objectName: "countsLabel"
                visible: window.hasSession
                textFormat: Text.PlainText
                color: palette.placeholderText
                // 6.4's QML tools do not know qulonglong (ActivitySession's counts; a false positive).
                text: window.session ? qsTr("%1 applied · %2 rejected").arg(window.session.appliedCount).arg(window.session.rejectedCount) : "" // qmllint disable type
            }
            ToolButton {
                objectName: "settingsButton"
                text: qsTr("&Settings")
                Accessible.name: qsTr("Settings")
                onClicked: settingsDialog.open()
            }
            ToolButton {
                id: helpButton
                objectName: "helpButton"
                text: qsTr("&Help")
                Accessible.name: qsTr("Help")
                onClicked: helpMenu.open()
                Menu {
                    id: helpMenu
                    y: helpButton.height
                    MenuItem {
                        text: qsTr("&Keyboard Shortcuts")
                        onTriggered: shortcutsDialog.open()
                    }
                    MenuItem {
                        text: qsTr("&About MirageDesk")
                        onTriggered: aboutDialog.open()
                    }
                }
            }
            ToolButton {
                text: qsTr("&Quit")
                Accessible.name: qsTr("Quit MirageDesk")
                onClicked: window.app.quit()
            }
        }
    }

    SplitView {
        id: splitView
        anchors.fill: parent
        orientation: Qt.Horizontal
        // 6.4's SplitView lays its items out in their order whatever the mirroring: right to left,
        // the sidebar goes last so that it sits on the right (the language is fixed for the run).
        Component.onCompleted: if (Qt.application.layoutDirection === Qt.RightToLeft) splitView.moveItem(0, 1) // qmllint disable type

        Sidebar {
            objectName: "sidebar"
            app: window.app
            visible: window.app.workspace.count > 0
            SplitView.preferredWidth: 240
            SplitView.minimumWidth: 160
        }

        ColumnLayout {
            SplitView.fillWidth: true
            spacing: 0

            Banner {
                objectName: "copyNotice"
                Layout.fillWidth: true
                visible: window.app.notice.length > 0
                tone: "warning"
                text: window.app.notice
                Button {
                    text: qsTr("Dismiss")
                    onClicked: window.app.dismissNotice()
                }
            }

            Banner {
                objectName: "linkFailedBanner"
                Layout.fillWidth: true
                visible: window.linkProblem.length > 0
                tone: "error"
                text: window.linkProblem
                Button {
                    text: qsTr("Dismiss")
                    onClicked: window.linkProblem = ""
                }
            }

            Banner {
                objectName: "exportFailedBanner"
                Layout.fillWidth: true
                visible: exporter.error.length > 0
                tone: "error"
                text: exporter.error
                Button {
                    objectName: "exportFailedDismiss"
                    text: qsTr("Dismiss")
                    onClicked: exporter.dismissError()
                }
            }

            ConnectionBanner {
                objectName: "connectionBanner"
                Layout.fillWidth: true
                session: window.session
                onTokenRequested: window.app.tokens.askAgain(window.session.server)
                onReconnectRequested: window.session.reconnect()
            }

            Banner {
                objectName: "deletedBanner"
                Layout.fillWidth: true
                visible: window.hasSession && window.session.deleted
                tone: "error"
                text: qsTr("This activity was deleted on the server. You are looking at its last state; it is read-only.")
            }

            // No activity yet.
            ColumnLayout {
                visible: !window.hasSession
                Layout.fillWidth: true
                Layout.fillHeight: true
                Item { Layout.fillHeight: true }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("No activity is open.")
                    font.pixelSize: 20
                }
                Button {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Open Activity… (Ctrl+O)")
                    onClicked: window.openDialog()
                }
                Item { Layout.fillHeight: true }
            }

            SectionsView {
                id: sectionsView
                visible: window.hasSession
                Layout.fillWidth: true
                Layout.fillHeight: true
                app: window.app
                session: window.session
            }
        }
    }

    OpenDialog {
        id: openActivity
        objectName: "openDialog"
        app: window.app
        anchors.centerIn: T.Overlay.overlay
    }

    TokenDialog {
        id: tokenDialog
        objectName: "tokenDialog"
        anchors.centerIn: T.Overlay.overlay
        onSubmitted: token => window.app.tokens.submit(tokenDialog.server, token)
        onClosed: window.app.tokens.cancel(tokenDialog.server) // after submitted(), if any: nothing left to cancel
    }

    SettingsDialog {
        id: settingsDialog
        settings: window.app.settings
        serviceAvailable: window.app.notificationServiceAvailable
        anchors.centerIn: T.Overlay.overlay
    }

    AboutDialog {
        id: aboutDialog
        objectName: "aboutDialog"
        version: window.app.version
        anchors.centerIn: T.Overlay.overlay
        onOpenLink: (url) => window.app.openLink(url)
    }

    ShortcutsDialog {
        id: shortcutsDialog
        objectName: "shortcutsDialog"
        anchors.centerIn: T.Overlay.overlay
    }

    // Popups, when no notification service shows them.
    PopupArea {
        objectName: "popupArea"
        popups: window.app.popups
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 12
        width: Math.min(380, parent.width - 24)
        z: 10
    }
}
