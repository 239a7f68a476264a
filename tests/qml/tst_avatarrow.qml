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

    readonly property list<avatar> twoPeople: [
        fixtures.avatar("Priya Natarajan", "PN", "#1565c0", "#ffffff"),
        fixtures.avatar("<b>Ana</b> Lima", "AL", "#f9a825", "#000000")
    ]

    AvatarRow {
        id: row
        people: root.twoPeople
        names: "\u2068Priya Natarajan\u2069, \u2068<b>Ana</b> Lima\u2069"
    }

    TestCase {
        name: "AvatarRow"
        when: windowShown

        // Each test starts from the two people (the count following the list, as by default).
        function init() {
            row.people = root.twoPeople
            row.total = Qt.binding(() => row.people.length)
        }

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

        function initials() {
            return avatarsOf(row).filter(a => a.visible).map(a => findChild(a, "avatarInitials").text)
        }

        // Issue #28: people coming and going leave no blank avatar and print no warning.
        function test_peopleComeAndGo() {
            failOnWarning(/.*/)
            const a = fixtures.avatar("Ana", "A", "#2e7d32", "#ffffff")
            const b = fixtures.avatar("Bo", "B", "#1565c0", "#ffffff")
            const c = fixtures.avatar("Cy", "C", "#c62828", "#ffffff")
            row.people = [a, b, c]
            compare(initials(), ["A", "B", "C"])
            row.people = [b, c]
            compare(initials(), ["B", "C"])
            row.people = [c]
            compare(initials(), ["C"])
            row.people = []
            verify(!row.visible)
            compare(initials(), [])
            row.people = [a]
            verify(row.visible)
            compare(initials(), ["A"])
            verify(!findChild(row, "avatarMore").visible)
        }

        // Issue #23: a crowd is the first five and "+N", N from how many there are in all.
        function test_aCrowdIsFiveAndACount() {
            failOnWarning(/.*/)
            const five = []
            for (let i = 0; i < 5; ++i)
                five.push(fixtures.avatar("P" + i, "P" + i, "#2e7d32", "#ffffff"))
            row.people = five
            row.total = 10000
            compare(initials(), ["P0", "P1", "P2", "P3", "P4"])
            const more = findChild(row, "avatarMore")
            verify(more.visible)
            compare(more.text, "+9995")
            row.total = 5
            verify(!more.visible)
            row.people = []
            row.total = 0
            verify(!row.visible)
            compare(initials(), [])
        }

        function test_moreThanShown() {
            const many = []
            for (let i = 0; i < 8; ++i)
                many.push(fixtures.avatar("P" + i, "P", "#2e7d32", "#ffffff"))
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
