// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

import QtQuick
import QtTest
import MirageDesk
import MirageDeskTest

// The connection banner given a real session (issue #24) whose channel the test scripts: the
// banner reads the session's connection mirror and compares its state with Connection's enum.
Item {
    id: root
    width: 800
    height: 600

    ScriptedSession { id: session }
    ConnectionBanner {
        id: banner
        width: 600
        session: session
    }
    ScriptedSession { id: copySession }
    ConnectionBanner {
        id: copyBanner
        y: 150
        width: 600
        session: copySession
    }
    ScriptedSession { id: saySession }
    ConnectionBanner {
        id: sayBanner
        y: 300
        width: 600
        session: saySession
    }
    ConnectionBanner {
        id: noBanner
        y: 450
        width: 600
    }

    Component {
        id: sessionComponent
        ScriptedSession { }
    }
    Component {
        id: bannerComponent
        ConnectionBanner { }
    }

    function findAll(item, name, out) {
        if (item.objectName === name)
            out.push(item)
        for (let i = 0; i < item.children.length; ++i)
            findAll(item.children[i], name, out)
        return out
    }

    TestCase {
        name: "ConnectionBanner"
        when: windowShown

        function countdowns(b) {
            const all = root.findAll(b, "bannerText", [])[0].text + " " + root.findAll(b, "bannerDetail", [])[0].text
            return (all.match(/Trying again|retrying/gi) || []).length
        }

        function test_noSessionNoBanner() {
            verify(!noBanner.visible)
            compare(noBanner.connState, Connection.Idle)
        }

        function test_bannerShowsTheCopy() {
            const text = root.findAll(copyBanner, "bannerText", [])[0]
            const saved = new Date(2026, 0, 2, 3, 4)
            const when = saved.toLocaleString(Qt.locale(), Locale.ShortFormat)
            verify(copySession.showCopy(saved))
            copySession.connecting()
            verify(copyBanner.visible)
            compare(text.text, "Offline — last updated " + when)
            copySession.opened() // open, the snapshot not yet applied
            compare(copySession.connection.state, Connection.Open)
            compare(text.text, "Offline — last updated " + when)
            copySession.closed()
            compare(text.text, "Not connected — showing the copy from " + when + ".")
            verify(copySession.load()) // the snapshot replaces the copy
            verify(!copySession.showingCopy)
            copySession.opened()
            verify(!copyBanner.visible)
        }

        function test_loadingBeforeTheFirstSnapshot() {
            const s = createTemporaryObject(sessionComponent, root)
            const b = createTemporaryObject(bannerComponent, root, {session: s, y: 500, width: 600})
            const text = root.findAll(b, "bannerText", [])[0]
            const detail = root.findAll(b, "bannerDetail", [])[0]
            s.connecting()
            compare(text.text, "Loading…")
            // Nothing loaded: nothing to miss, and one countdown.
            s.dropped("connection refused", 1, 4200)
            s.missUpdates(true)
            verify(/^Cannot reach http:\/\/h:8000\. Trying again in [45] seconds \(attempt 1\)\.$/.test(text.text), text.text)
            compare(detail.text, "Connection refused.")
            compare(countdowns(b), 1)
            s.connecting()
            s.missUpdates(false)
            verify(s.load())
            compare(root.findAll(b, "bannerText", [])[0].text, "Connecting to http://h:8000…")
            s.opened()
            verify(!b.visible)
        }

        function test_bannerSentencesAreTrue() {
            const text = root.findAll(sayBanner, "bannerText", [])[0]
            const detail = root.findAll(sayBanner, "bannerDetail", [])[0]
            verify(saySession.load())
            saySession.connecting()
            // The next try 4.2 s from now (not from the window's start, which a busy machine delays).
            saySession.dropped("connection refused", 2, 4200)
            saySession.missUpdates(true)
            compare(saySession.connection.state, Connection.Reconnecting)
            // Never open in this run: not "lost".
            verify(/^Cannot reach http:\/\/h:8000\. Trying again in [45] seconds \(attempt 2\)\.$/.test(text.text), text.text)
            compare(detail.text, "Connection refused. Updates may have been missed while disconnected.")
            compare(countdowns(sayBanner), 1)
            saySession.opened()
            verify(saySession.connection.wasConnected)
            saySession.dropped("connection refused", 2, 4200)
            verify(/^Connection lost\. Trying again in [45] seconds \(attempt 2\)\.$/.test(text.text), text.text)
            // The copy on screen: the countdown moves to the detail, once.
            verify(saySession.showCopy(new Date(2026, 0, 2, 3, 4)))
            verify(text.text.indexOf("Not connected — showing the copy from") === 0, text.text)
            compare(countdowns(sayBanner), 1)
            verify(/^Trying again in [45] seconds \(attempt 2\)\. Connection refused\./.test(detail.text), detail.text)
            verify(saySession.load())
            // 4401: the server needs a token, in sentences, and the banner offers to enter one.
            saySession.refuse(4401)
            compare(saySession.connection.state, Connection.Refused)
            verify(saySession.connection.needsToken)
            compare(text.text, "The server refused this activity.")
            compare(detail.text, "The server needs a token for this activity (code 4401). Updates may have been missed while disconnected.")
            verify(root.findAll(sayBanner, "bannerText", []).length === 1)
            // Deleted and refused (4404): the deleted banner alone says it.
            saySession.refuse(4404)
            compare(detail.text, "The server has no such activity (code 4404). Updates may have been missed while disconnected.")
            verify(sayBanner.visible)
            saySession.markDeleted()
            verify(saySession.deleted)
            verify(!sayBanner.visible)
        }

        function test_bannerCountsDownAndSaysWhy() {
            const text = root.findAll(banner, "bannerText", [])[0]
            const detail = root.findAll(banner, "bannerDetail", [])[0]
            verify(session.load())
            session.dropped("connection refused", 3, 4200) // from now, as in test_bannerSentencesAreTrue
            session.missUpdates(true)
            verify(banner.visible)
            verify(/Trying again in [45] seconds \(attempt 3\)/.test(text.text), text.text)
            verify(detail.text.indexOf("Connection refused") >= 0, detail.text)
            verify(detail.text.indexOf("Updates may have been missed") >= 0, detail.text)
            session.dropped("connection refused", 3, 1100)
            tryVerify(() => /in [12] second/.test(text.text), 2000, text.text)
            session.opened()
            session.missUpdates(false)
            verify(!banner.visible)
            session.refuse(4404, "activity not found")
            verify(banner.visible)
            compare(text.text, "The server refused this activity.")
            verify(detail.text.indexOf("4404") >= 0)
        }
    }
}
