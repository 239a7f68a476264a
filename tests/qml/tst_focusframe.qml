// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls
import QtTest
import MirageDesk

// The keyboard focus's frame (issue #24): one FocusFrame follows its target, a list's current row
// while the list has the focus, or the item it is declared in.
Item {
    id: root
    width: 400
    height: 400

    ListView {
        id: rows
        width: 200
        height: 300
        model: 5
        delegate: Rectangle {
            required property int index
            width: ListView.view.width
            height: 20 + 10 * index // rows of different heights: the frame takes each one's
        }
        FocusFrame {
            id: rowFrame
            view: rows
        }
    }

    Button {
        id: other
        x: 250
        text: "Elsewhere"
    }

    Item {
        id: tab
        x: 250
        y: 100
        width: 90
        height: 30
        FocusFrame {
            id: tabFrame
            visible: true
        }
    }

    TestCase {
        name: "FocusFrame"
        when: windowShown

        function frames(frame, item) {
            compare(frame.x, item.x)
            compare(frame.y, item.y)
            compare(frame.width, item.width)
            compare(frame.height, item.height)
        }

        function test_followsTheCurrentRow() {
            failOnWarning(/.*/)
            rows.currentIndex = 0
            rows.forceActiveFocus()
            tryVerify(() => rows.activeFocus)
            verify(rowFrame.visible)
            frames(rowFrame, rows.currentItem)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            compare(rows.currentIndex, 2)
            verify(rowFrame.visible)
            frames(rowFrame, rows.currentItem)
            compare(rowFrame.height, 40)
            rows.currentIndex = 4
            frames(rowFrame, rows.currentItem)
            compare(rowFrame.y, 20 + 30 + 40 + 50)
            // Away from the list: no frame; back: on the same row.
            other.forceActiveFocus()
            tryVerify(() => !rows.activeFocus)
            verify(!rowFrame.visible)
            rows.forceActiveFocus()
            tryVerify(() => rowFrame.visible)
            frames(rowFrame, rows.currentItem)
            // No current row: nothing framed.
            rows.currentIndex = -1
            verify(!rowFrame.visible)
        }

        function test_coversTheItemItIsIn() {
            compare(tabFrame.x, 0)
            compare(tabFrame.y, 0)
            compare(tabFrame.width, 90)
            compare(tabFrame.height, 30)
            tab.width = 120
            compare(tabFrame.width, 120)
            // In the palette's highlight colour.
            verify(Qt.colorEqual(tabFrame.border.color, tabFrame.palette.highlight))
        }
    }
}
