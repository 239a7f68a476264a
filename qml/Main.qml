// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import QtQuick.Window
import QtQuick.Templates as T
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

    // Does what a shortcut, a tool button or a menu item asks (`target`: the activity to select).
    function run(action: string, target: int) {
        switch (action) {
        case "open": window.openDialog(); break
        case "quit": window.app.quit(); break
        case "shortcuts": shortcutsDialog.open(); break
        case "settings": settingsDialog.open(); break
        case "about": aboutDialog.open(); break
        case "reconnect": if (window.session) window.session.reconnect(); break
        case "select": window.app.select(target); break
        case "next": window.app.selectNext(); break
        case "previous": window.app.selectPrevious(); break
        case "close": if (window.hasSession) window.app.close(window.app.currentIndex); break
        case "save": if (window.hasSession) exports.saveActivity(); break
        case "exportLog": if (window.hasSession) exports.exportLog(); break
        }
    }

    WindowShortcuts {
        objectName: "windowShortcuts"
        hasSession: window.hasSession
        onTriggered: (action, target) => window.run(action, target)
    }

    ExportActions {
        id: exports
        session: window.session
    }

    header: MainToolBar {
        session: window.session
        onTriggered: action => window.run(action, 0)
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

            NoticeBanners {
                Layout.fillWidth: true
                notice: window.app.notice
                linkProblem: window.linkProblem
                exportError: exports.error
                onNoticeDismissed: window.app.dismissNotice()
                onLinkProblemDismissed: window.linkProblem = ""
                onExportErrorDismissed: exports.dismissError()
            }

            ConnectionBanner {
                objectName: "connectionBanner"
                Layout.fillWidth: true
                session: window.session
                onTokenRequested: window.app.tokens.askAgain(window.session.server)
                onReconnectRequested: window.session.reconnect()
                onServerSettingsRequested: settingsDialog.openServer(window.session.server)
                serverTrust: window.app.serverTrust
            }

            Banner {
                objectName: "deletedBanner"
                Layout.fillWidth: true
                visible: window.hasSession && window.session.deleted
                tone: "error"
                text: qsTr("This activity was deleted on the server. You are looking at its last state; it is read-only.")
            }

            NoActivityView {
                visible: !window.hasSession
                Layout.fillWidth: true
                Layout.fillHeight: true
                onOpenRequested: window.openDialog()
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
        objectName: "settingsDialog"
        settings: window.app.settings
        app: window.app
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
