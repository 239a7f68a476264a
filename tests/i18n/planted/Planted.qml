// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// Planted violations for ctest i18n_strings_catches_violations and translations_catch_problems.
import QtQuick

Text {
    objectName: "plantedText"
    text: "Nobody translated this"
    property string wrapped: qsTr("Wrapped but not translated")
    property string done: qsTr("Translated")
}
