// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT
// Planted for the test qml_warning_fails_a_test (tests/CMakeLists.txt): its one test passes, but a
// binding reads a name that does not exist, so the engine prints a QML warning, and ctest must fail
// the run for it.
import QtQuick
import QtTest

TestCase {
    name: "PlantedWarning"

    Item {
        id: broken
        width: noSuchItem.width
    }

    function test_passesButWarns() {
        compare(broken.width, 0)
    }
}
