pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// The portfolio along the four directions of the 2024 attestation rules.
// Items stay filed in their sections; this only groups them differently.
ColumnLayout {
    id: root

    signal itemRequested(uuid: string)

    spacing: 0

    Readiness {
        id: readiness
    }

    Repeater {
        objectName: "directionList"
        model: readiness.directions

        ColumnLayout {
            id: direction

            required property var modelData
            required property int index

            Layout.fillWidth: true
            spacing: 0

            QQC2.Label {
                Layout.fillWidth: true
                topPadding: Theme.margin
                bottomPadding: Theme.spacing
                leftPadding: Theme.margin
                rightPadding: Theme.margin
                text: (direction.index + 1) + ". " + direction.modelData.name
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.primary
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: direction.modelData.items.length === 0
                leftPadding: Theme.margin
                rightPadding: Theme.margin
                bottomPadding: Theme.spacing
                //: A direction of the 2024 rules with no documents yet.
                text: qsTr("No documents yet")
                color: Theme.secondaryText
            }

            Repeater {
                model: direction.modelData.items

                QQC2.ItemDelegate {
                    id: row

                    required property var modelData

                    Layout.fillWidth: true
                    padding: Theme.spacing
                    leftPadding: Theme.margin
                    rightPadding: Theme.margin
                    Accessible.name: row.modelData.title
                    onClicked: root.itemRequested(row.modelData.uuid)

                    background: Rectangle {
                        color: row.down ? Theme.primaryLight : Theme.surface

                        Rectangle {
                            anchors.bottom: parent.bottom
                            width: parent.width
                            height: 1
                            color: Theme.divider
                        }
                    }

                    contentItem: ColumnLayout {
                        spacing: 2

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: row.modelData.title
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: row.modelData.complete
                                  ? row.modelData.dateText + " · " + row.modelData.sectionLabel
                                  //: Mark on an item that has no date yet.
                                  : qsTr("No date — incomplete") + " · " + row.modelData.sectionLabel
                            font.pixelSize: Theme.fontSmall
                            color: row.modelData.complete ? Theme.secondaryText : Theme.warning
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
    }
}
