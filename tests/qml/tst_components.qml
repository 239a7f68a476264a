// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtQuick.Controls
import QtTest
import MirageDesk

// The components on their own, fed by plain QML stand-ins for the C++ models and session.
Item {
    id: root
    width: 800
    height: 600

    ListModel {
        id: steps
        function rowOf(id) { for (let i = 0; i < count; ++i) if (get(i).itemId === id) return i; return -1 }
        function idAt(row) { return row >= 0 && row < count ? get(row).itemId : "" }
        ListElement { itemId: "s1"; name: "Close the valve"; description: "Turn it <b>clockwise</b>"; contentCount: 2; changedAt: 0 }
        ListElement { itemId: "s2"; name: "<img src=\"http://127.0.0.1:1/x.png\">"; description: "<a href=\"https://evil.example\">click</a>"; contentCount: 0; changedAt: 0 }
    }

    StepsView {
        id: stepsView
        width: 400
        height: 300
        model: steps
    }

    QtObject {
        id: session
        property string connectionState: "reconnecting"
        property string connectionReason: "connection refused"
        property double nextRetryAt: Date.now() + 4200
        property int retryAttempt: 3
        property bool updatesMayBeMissed: true
        property string server: "http://127.0.0.1:8000"
        signal connectionChanged()
        function reconnect() { connectionState = "connecting" }
    }

    ConnectionBanner {
        id: banner
        y: 320
        width: 600
        active: true
        server: session.server
        connState: session.connectionState
        reason: session.connectionReason
        nextRetryAt: session.nextRetryAt
        retryAttempt: session.retryAttempt
        updatesMayBeMissed: session.updatesMayBeMissed
        onReconnectRequested: session.reconnect()
    }

    function findAll(item, name, out) {
        if (item.objectName === name)
            out.push(item)
        for (let i = 0; i < item.children.length; ++i)
            findAll(item.children[i], name, out)
        return out
    }

    TestCase {
        name: "Components"
        when: windowShown

        function test_stepTextIsPlain() {
            tryCompare(stepsView, "count", 2)
            const names = root.findAll(stepsView, "stepName", [])
            const descriptions = root.findAll(stepsView, "stepDescription", [])
            verify(names.length >= 2)
            for (const label of names.concat(descriptions))
                compare(label.textFormat, Text.PlainText)
            compare(names[1].text, "<img src=\"http://127.0.0.1:1/x.png\">")
            compare(descriptions[0].text, "Turn it <b>clockwise</b>")
            // Shown as characters: the tag takes up room as text does, and no link is under the text.
            verify(names[1].contentWidth > 100)
            compare(descriptions[1].hoveredLink, "")
            compare(descriptions[1].linkAt(5, 5), "")
        }

        function test_remoteChangeLightsUp() {
            const flashesBefore = root.findAll(stepsView, "changeHighlight", [])
            compare(flashesBefore[0].opacity, 0)
            steps.setProperty(0, "changedAt", Date.now())
            const flashes = root.findAll(stepsView, "changeHighlight", [])
            verify(flashes[0].opacity > 0.3)
            tryVerify(() => flashes[0].opacity === 0, 3000)
        }

        function test_selectIdFollowsTheRow() {
            stepsView.selectId("s2")
            compare(stepsView.currentIndex, 1)
            compare(stepsView.currentStepId, "s2")
            stepsView.selectId("nope")
            compare(stepsView.currentIndex, 1)
        }

        function test_bannerCountsDownAndSaysWhy() {
            verify(banner.visible)
            const text = root.findAll(banner, "bannerText", [])[0]
            const detail = root.findAll(banner, "bannerDetail", [])[0]
            verify(/Trying again in [45] seconds \(attempt 3\)/.test(text.text), text.text)
            verify(detail.text.indexOf("connection refused") >= 0, detail.text)
            verify(detail.text.indexOf("Updates may have been missed") >= 0, detail.text)
            session.nextRetryAt = Date.now() + 1100
            session.connectionChanged()
            tryVerify(() => /in [12] second/.test(text.text), 2000, text.text)
            session.connectionState = "open"
            session.updatesMayBeMissed = false
            verify(!banner.visible)
            session.connectionState = "refused"
            session.connectionReason = "4404 activity not found"
            verify(banner.visible)
            compare(text.text, "The server refused this activity.")
            verify(detail.text.indexOf("4404") >= 0)
        }
    }
}
