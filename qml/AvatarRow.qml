// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import MirageDesk

// Who is here (issue #13): a round avatar per person, their initials on a colour from their id
// (session/Presence), the first five of them and "+N" for the rest. The avatars themselves are
// decorative: the row reads as one text, "Present: " and the names.
Row {
    id: avatars

    // Avatar maps {name, initials, color, textColor}: ActivitySession.present or a step's presentPeople.
    property var people: []
    // Their names, joined and isolated by the session (ActivitySession.presentNames).
    property string names
    readonly property int count: repeater.count

    spacing: 2
    visible: repeater.count > 0
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Present: %1").arg(names)

    Repeater {
        id: repeater
        model: avatars.people
        // 6.4's QML compiler does not see the file's ids from a delegate: its sizes are its own.
        delegate: Rectangle {
            id: avatar
            required property var modelData
            required property int index
            objectName: "avatar"
            visible: index < 5
            width: visible ? 22 : 0
            height: 22
            radius: 11
            color: modelData.color
            Accessible.ignored: true
            Label {
                objectName: "avatarInitials"
                anchors.centerIn: parent
                textFormat: Text.PlainText
                font.pixelSize: 10
                font.bold: true
                color: avatar.modelData.textColor
                text: avatar.modelData.initials
                Accessible.ignored: true
            }
        }
    }
    Label {
        objectName: "avatarMore"
        visible: repeater.count > 5
        height: 22
        verticalAlignment: Text.AlignVCenter
        textFormat: Text.PlainText
        text: "+" + (repeater.count - 5)
        Accessible.ignored: true
    }
}
