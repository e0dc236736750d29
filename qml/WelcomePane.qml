import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2

// The right pane of the two-pane layout before a section is chosen.
QQC2.Page {
    id: root

    //: Title of the start page.
    title: qsTr("My portfolio")
    background: Rectangle {
        color: Theme.background
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.margin, 480)
        spacing: Theme.margin

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Choose a section on the left to see its documents.")
            font.pixelSize: Theme.fontHeading
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Every document needs a date and a section. Photograph paper documents, or add PDF, Word, PowerPoint and Excel files.")
            color: Theme.secondaryText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
}
