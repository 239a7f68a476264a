import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The activity's files: name, size, type, uploader, downloads; http(s) links open in the browser.
KeyedListView {
    id: list

    signal openLink(string url)

    emptyText: qsTr("No files yet.")
    Accessible.name: qsTr("Files")
    Keys.onReturnPressed: if (currentItem && currentItem.openable) list.openLink(currentItem.url)

    delegate: ItemDelegate {
        id: row
        required property int index
        required property string itemId
        required property string name
        required property string sizeText
        required property string mimeType
        required property string uploader
        required property int downloads
        required property string url
        required property bool openable

        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        onClicked: list.currentIndex = index
        onDoubleClicked: if (openable) list.openLink(url)
        Accessible.name: qsTr("File %1").arg(name)

        contentItem: RowLayout {
            spacing: 12
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "fileName"
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    font.bold: true
                    color: row.highlighted ? palette.highlightedText : palette.text
                    text: row.name
                }
                Label {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: row.highlighted ? palette.highlightedText : palette.placeholderText
                    text: [row.sizeText, row.mimeType, row.uploader ? qsTr("uploaded by %1").arg(row.uploader) : "",
                           (row.downloads === 1 ? qsTr("1 download") : qsTr("%1 downloads").arg(row.downloads))].filter(s => s.length > 0).join(" · ")
                }
            }
            Button {
                text: qsTr("Open")
                visible: row.openable
                Accessible.name: qsTr("Open %1 in the browser").arg(row.name)
                onClicked: list.openLink(row.url)
            }
        }
    }
}
