import QtQuick

// A planted finding the qmllint check must report (issue #24): a property typed var. Otherwise
// clean for qmllint. tests/CMakeLists.txt expects the check to fail on this file.
Item {
    property int typed: 1
    readonly property var untyped: typed
}
