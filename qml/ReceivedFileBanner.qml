pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// A message across the top of the window about a file the system asked
// Qujat to open (double-click, "open with", a second start of the app).
// Hidden while there is no such file; in the error colours when the file
// could not be read.
QQC2.Pane {
    id: root

    visible: Platform.receivedMessage.length > 0
    padding: Theme.spacing
    leftPadding: Theme.margin

    readonly property color textColor: Platform.receivedFileRejected ? Theme.error : Theme.textOnPrimaryLight

    background: Rectangle {
        color: Platform.receivedFileRejected ? Theme.errorBackground : Theme.primaryLight
        border.color: Platform.receivedFileRejected ? Theme.error : Theme.primary
        border.width: 1
    }

    Accessible.role: Accessible.AlertMessage
    Accessible.name: Platform.receivedMessage

    contentItem: RowLayout {
        spacing: Theme.spacing

        QQC2.Label {
            Layout.fillWidth: true
            text: Platform.receivedMessage
            color: root.textColor
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
        }

        QQC2.ToolButton {
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            text: "×"
            font.pixelSize: Theme.fontTitle
            QQC2.Material.foreground: root.textColor
            //: Button that closes the message about a received file.
            Accessible.name: qsTr("Close the message")
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.text: Accessible.name
            onClicked: Platform.dismissReceivedFile()
        }
    }
}
