// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Dialogs
import MirageDesk

// Copy and share (issue #13): the activity as JSON, the log as text, each to a file the user picks
// in a file dialog; `error` says why the last one could not be written (the window's banner).
Item {
    id: exports

    // The activity saved or whose log is exported.
    property ActivitySession session: null
    // Why the last save or export failed; empty when it did not (or was dismissed).
    readonly property string error: exporter.error

    // Asks where to save the activity as JSON, and saves it there.
    function saveActivity() {
        saveActivityDialog.open()
    }
    // Asks where to export the log as text, and writes it there.
    function exportLog() {
        exportLogDialog.open()
    }
    function dismissError() {
        exporter.dismissError()
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
        onAccepted: exporter.saveActivity(exports.session, saveActivityDialog.selectedFile)
    }
    FileDialog {
        id: exportLogDialog
        objectName: "exportLogDialog"
        title: qsTr("Export the activity log")
        fileMode: FileDialog.SaveFile
        currentFolder: exporter.defaultFolder
        defaultSuffix: "txt"
        nameFilters: [qsTr("Text files (*.txt)"), qsTr("All files (*)")]
        onAccepted: exporter.exportLog(exports.session, exportLogDialog.selectedFile)
    }
}
