// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls.Fusion
import MirageDesk

// Who is here (issue #13): a round avatar per person, their initials on a colour from their id
// (session/Presence), the first five of them and "+N" for the rest. The avatars themselves are
// decorative: the row reads as one text, "Present: " and the names. A crowd (issue #23) costs
// five avatars: the session gives the first five and the count, never everyone.
Row {
    id: avatars

    // The avatars (name, initials, color, textColor) of the first people: ActivitySession.present
    // or a step's presentPeople (five at most; more are not shown).
    property list<avatar> people
    // How many people there are in all (ActivitySession.presentCount or a step's presentCount).
    property int total: people.length
    // Their names, joined and isolated by the session (ActivitySession.presentNames).
    property string names
    // How many avatars show: five at most.
    readonly property int shownCount: Math.min(people.length, 5)

    spacing: 2
    visible: total > 0
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Present: %1").arg(names)

    Repeater {
        model: avatars.people
        // 6.4's QML compiler does not see the file's ids from a delegate: its sizes are its own.
        delegate: Rectangle {
            id: avatar
            required property int index
            required property avatar modelData
            objectName: "avatar"
            visible: avatar.index < 5 // the first five (shownCount)
            width: 22
            height: 22
            radius: 11
            color: avatar.modelData.color
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
        visible: avatars.total > avatars.shownCount
        height: 22
        verticalAlignment: Text.AlignVCenter
        textFormat: Text.PlainText
        text: "+" + (avatars.total - avatars.shownCount)
        Accessible.ignored: true
    }
}
