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
    // The administration's review: "", "accepted", "returned" or "changed".
    required property string reviewStatus

    // Text before the title, e.g. the row number "3." in a table section.
    property string prefix: ""
    // Further lines under the title, e.g. a table row's columns.
    property string extraText: ""
    property bool selected: false

    readonly property bool hasThumbnail: String(root.thumbnail).length > 0
    readonly property string detailText: root.kindName.length > 0 && root.levelName.length > 0
                                         ? root.kindName + " · " + root.levelName
                                         : root.kindName + root.levelName
    //: Mark on an item that has no date yet.
    readonly property string undatedText: qsTr("No date — incomplete")

    padding: Theme.spacing
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    highlighted: root.selected
    Accessible.name: root.title + ", " + (root.complete ? root.dateText : root.undatedText)

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
                visible: root.hasThumbnail
                source: root.thumbnail
                sourceSize.width: 2 * Theme.thumbnailSize
                sourceSize.height: 2 * Theme.thumbnailSize
                asynchronous: true
                fillMode: Image.PreserveAspectCrop
            }

            // A sheet with text lines for items without a picture (documents
            // with no rendered preview).
            Column {
                anchors.centerIn: parent
                visible: !root.hasThumbnail
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

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                QQC2.Label {
                    visible: root.complete
                    text: root.dateText
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }

                QQC2.Label {
                    width: Math.min(implicitWidth, parent.width)
                    visible: !root.complete
                    leftPadding: Theme.spacing
                    rightPadding: Theme.spacing
                    topPadding: 2
                    bottomPadding: 2
                    text: root.undatedText
                    font.pixelSize: Theme.fontSmall
                    color: Theme.warning
                    elide: Text.ElideRight
                    background: Rectangle {
                        radius: 4
                        color: Theme.warningBackground
                        border.color: Theme.warningBorder
                    }
                }

                ReviewChip {
                    status: root.reviewStatus
                }

                QQC2.Label {
                    visible: root.pageCount > 1
                    //: Number of pages of an item.
                    text: qsTr("%n page(s)", "", root.pageCount)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.secondaryText
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
