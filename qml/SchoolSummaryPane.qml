pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// The school's summary beside the teachers list on wide screens: how many
// teachers are ready, and the staff's awards per level and year.
Flickable {
    id: root

    property var summary: School.summary()

    Connections {
        target: School

        function onRevisionChanged() {
            root.summary = School.summary();
        }
    }

    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.margin
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {}

    ColumnLayout {
        id: column

        x: (root.width - width) / 2
        y: Theme.margin
        width: Math.min(root.width - 2 * Theme.margin, Theme.maxContentWidth)
        spacing: Theme.spacing

        QQC2.Label {
            Layout.fillWidth: true
            //: Heading of the school's summary.
            text: qsTr("School summary")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.primary
            wrapMode: Text.Wrap
        }

        QQC2.Label {
            Layout.fillWidth: true
            //: %1 ready teachers of %2; %3 items in all portfolios.
            text: qsTr("%1 of %2 teachers are ready for attestation. %3 documents in all portfolios.")
                  .arg(root.summary.ready || 0).arg(root.summary.teachers || 0).arg(root.summary.items || 0)
            wrapMode: Text.Wrap
        }

        QQC2.Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin
            //: Heading of the awards table of the school's summary.
            text: qsTr("Documents by level and year")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            wrapMode: Text.Wrap
        }

        Repeater {
            model: root.summary.awards || []

            Rectangle {
                id: levelRow

                required property var modelData

                Layout.fillWidth: true
                implicitHeight: levelColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider

                ColumnLayout {
                    id: levelColumn

                    x: Theme.margin
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.margin
                    spacing: 2

                    RowLayout {
                        Layout.fillWidth: true

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: levelRow.modelData.level
                            font.bold: true
                            wrapMode: Text.Wrap
                        }

                        QQC2.Label {
                            text: levelRow.modelData.total
                            font.bold: true
                        }
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: levelRow.modelData.years.map(entry => entry.year + ": " + entry.count).join("   ")
                        color: Theme.secondaryText
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: (root.summary.awards || []).length === 0
            //: The summary has no documents with a level yet.
            text: qsTr("No documents with a level yet.")
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }
    }
}
