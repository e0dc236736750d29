pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// The report's charts: table VII's quality of knowledge over three years,
// and awards per level and year. The PDF portfolio draws the same charts.
QQC2.Page {
    id: root

    //: Title of the page with the portfolio's charts.
    title: qsTr("Charts")
    background: Rectangle {
        color: Theme.background
    }

    component ChartCard: Rectangle {
        id: card

        property alias chart: view.chart
        property string heading
        property string caption

        Layout.fillWidth: true
        // Both charts fit on a landscape tablet without scrolling.
        Layout.preferredHeight: content.columns === 2
                                ? Math.max(320, root.height - 2 * Theme.margin)
                                : Math.max(300, (root.height - 3 * Theme.margin) / 2)
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing / 2

            QQC2.Label {
                Layout.fillWidth: true
                text: card.heading
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.primary
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: card.caption
                font.pixelSize: Theme.fontSmall
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }

            ChartView {
                id: view

                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.topMargin: Theme.spacing
                revision: App.revision
                language: App.language
                Accessible.role: Accessible.Chart
                Accessible.name: card.heading
            }
        }
    }

    Flickable {
        id: scroller

        anchors.fill: parent
        contentWidth: width
        contentHeight: content.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {}

        GridLayout {
            id: content

            x: Theme.margin
            y: Theme.margin
            width: scroller.width - 2 * Theme.margin
            // Side by side on a landscape tablet, one under the other on a phone.
            columns: width >= 1000 ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin

            ChartCard {
                chart: "dynamics"
                heading: App.sectionNumber("tables.achievement_dynamics") + ". "
                         + App.sectionName("tables.achievement_dynamics")
                //: Caption of the chart of table VII.
                caption: qsTr("Quality of knowledge (%) by class and subject over the last three academic years.")
            }

            ChartCard {
                chart: "awards"
                //: Heading of the chart of awards.
                heading: qsTr("Awards by level and year")
                //: Caption of the chart of awards.
                caption: qsTr("Diplomas, certificates and letters of thanks of the students and of the teacher, by level, over five years.")
            }
        }
    }
}
