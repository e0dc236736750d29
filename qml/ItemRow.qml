pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2

// A portfolio item in a list: thumbnail, title, date (or a visible mark
// that the date is missing) and the document kind and level.
QQC2.ItemDelegate {
    id: root

    required property string title
    required property string dateText
    required property string kindName
    required property string levelName
    required property url thumbnail
    required property int pageCount
    required property bool complete

    // Text before the title, e.g. the row number "3." in a table section.
    property string prefix: ""
    // Further lines under the title, e.g. a table row's columns.
    property string extraText: ""
    property bool selected: false

    readonly property string detailText: [root.kindName, root.levelName].filter(part => part.length > 0).join(" · ")

    padding: Theme.spacing
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    highlighted: root.selected
    Accessible.name: root.title + ", " + (root.complete ? root.dateText : undatedBadge.text)

    background: Rectangle {
        color: root.selected ? Theme.surfaceSelected : (root.down ? Theme.primaryLight : Theme.surface)

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Theme.divider
        }
    }

    contentItem: RowLayout {
        spacing: Theme.margin

        Rectangle {
            Layout.preferredWidth: Theme.thumbnailSize
            Layout.preferredHeight: Theme.thumbnailSize
            Layout.alignment: Qt.AlignTop
            radius: 4
            color: Theme.background
            border.color: Theme.divider
            clip: true

            Image {
                anchors.fill: parent
                anchors.margins: 1
                visible: root.thumbnail.toString().length > 0
                source: root.thumbnail
                sourceSize: Qt.size(2 * Theme.thumbnailSize, 2 * Theme.thumbnailSize)
                asynchronous: true
                fillMode: Image.PreserveAspectCrop
            }

            // A sheet with text lines for items without a picture (documents
            // with no rendered preview).
            Column {
                anchors.centerIn: parent
                visible: root.thumbnail.toString().length === 0
                spacing: 4

                Repeater {
                    model: 4

                    Rectangle {
                        required property int index

                        width: index === 3 ? 18 : 28
                        height: 3
                        radius: 1
                        color: Theme.secondaryText
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            QQC2.Label {
                Layout.fillWidth: true
                text: root.prefix.length > 0 ? root.prefix + " " + root.title : root.title
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                QQC2.Label {
                    visible: root.complete
                    text: root.dateText
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }

                Rectangle {
                    visible: !root.complete
                    implicitWidth: undatedBadge.implicitWidth + 2 * Theme.spacing
                    implicitHeight: undatedBadge.implicitHeight + 4
                    Layout.maximumWidth: parent.width
                    radius: 4
                    color: Theme.warningBackground
                    border.color: Theme.warningBorder

                    QQC2.Label {
                        id: undatedBadge

                        anchors.centerIn: parent
                        width: Math.min(implicitWidth, parent.width - 2 * Theme.spacing)
                        //: Mark on an item that has no date yet.
                        text: qsTr("No date — incomplete")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.warning
                        elide: Text.ElideRight
                    }
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    visible: root.pageCount > 1
                    //: Number of pages of an item.
                    text: qsTr("%n page(s)", "", root.pageCount)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.secondaryText
                    elide: Text.ElideRight
                }
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.detailText
                font.pixelSize: Theme.fontSmall
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.extraText
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                wrapMode: Text.Wrap
                maximumLineCount: 4
                elide: Text.ElideRight
            }
        }
    }
}
