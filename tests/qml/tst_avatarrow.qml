// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls
import QtTest
import MirageDesk

// Who is here (issue #13): the header's avatars show each person's initials on their colour, and
// the row reads as "Present: " and the names, as plain isolated text.
Item {
    id: root
    width: 400
    height: 100

    AvatarRow {
        id: row
        people: [
            {"name": "Priya Natarajan", "initials": "PN", "color": "#1565c0", "textColor": "#ffffff"},
            {"name": "<b>Ana</b> Lima", "initials": "AL", "color": "#f9a825", "textColor": "#000000"}
        ]
        names: "\u2068Priya Natarajan\u2069, \u2068<b>Ana</b> Lima\u2069"
    }

    TestCase {
        name: "AvatarRow"
        when: windowShown

        function avatarsOf(item) {
            const out = []
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i]
                if (c.objectName === "avatar")
                    out.push(c)
            }
            return out
        }

        function test_initialsAndColours() {
            const shown = avatarsOf(row)
            compare(shown.length, 2)
            const initials = findChild(shown[0], "avatarInitials")
            compare(initials.text, "PN")
            compare(initials.textFormat, Text.PlainText)
            verify(Qt.colorEqual(shown[0].color, "#1565c0"))
            verify(Qt.colorEqual(initials.color, "#ffffff"))
            compare(findChild(shown[1], "avatarInitials").text, "AL")
        }

        function test_accessibleName() {
            compare(row.Accessible.name, "Present: \u2068Priya Natarajan\u2069, \u2068<b>Ana</b> Lima\u2069")
            verify(row.visible)
        }

        function test_moreThanShown() {
            const many = []
            for (let i = 0; i < 8; ++i)
                many.push({"name": "P" + i, "initials": "P", "color": "#2e7d32", "textColor": "#ffffff"})
            row.people = many
            compare(avatarsOf(row).filter(a => a.visible).length, 5)
            const more = findChild(row, "avatarMore")
            verify(more.visible)
            compare(more.text, "+3")
            row.people = []
            verify(!row.visible)
        }
    }
}
