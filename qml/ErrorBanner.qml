pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2

// A message across the top of the window that stays until the user closes
// it. Hidden while `text` is empty.
QQC2.Pane {
    id: root

    required property string text
    // A button beside the message, e.g. to restore a backup; hidden while empty.
    property string actionText: ""
    // A second choice beside it (restore a bundle as well as a backup).
    property string secondActionText: ""

    signal dismissed()
    signal actionTriggered()
    signal secondActionTriggered()

    visible: root.text.length > 0
    padding: Theme.spacing
    leftPadding: Theme.margin

    background: Rectangle {
        color: Theme.errorBackground
        border.color: Theme.error
        border.width: 1
    }

    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text

    contentItem: ColumnLayout {
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            QQC2.Label {
                Layout.fillWidth: true
                text: root.text
                color: Theme.error
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
            }

            QQC2.ToolButton {
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                text: "×"
                font.pixelSize: Theme.fontTitle
                QQC2.Material.foreground: Theme.error
                //: Button that closes an error message.
                Accessible.name: qsTr("Close the message")
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.text: Accessible.name
                onClicked: root.dismissed()
            }
        }

        // Below the message, so that a long label fits on a phone; the
        // buttons wrap onto two lines when the window is narrow.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: root.actionText.length > 0 || root.secondActionText.length > 0

            QQC2.Button {
                width: Math.min(implicitWidth, root.availableWidth)
                height: Theme.touchTarget
                visible: root.actionText.length > 0
                text: root.actionText
                onClicked: root.actionTriggered()
            }

            QQC2.Button {
                width: Math.min(implicitWidth, root.availableWidth)
                height: Theme.touchTarget
                visible: root.secondActionText.length > 0
                text: root.secondActionText
                onClicked: root.secondActionTriggered()
            }
        }
    }
}
