import QtQuick
import QtQuick.Controls.Fusion

// A planted finding the qmllint check must report: a delegate reading a model role it never
// declared (unqualified access). tests/CMakeLists.txt expects the check to fail on this file.
ListView {
    model: 3
    delegate: Label {
        text: modelData
    }
}
