import QtQuick
import QtQuick.Controls.Material as QQC2

// A small round-ended option button over the viewfinder: filled while on.
QQC2.AbstractButton {
    id: root

    checkable: true
    implicitWidth: Math.max(Theme.touchTarget, label.implicitWidth + 2 * Theme.margin)
    implicitHeight: 40
    Accessible.role: Accessible.CheckBox
    Accessible.name: root.text

    contentItem: Text {
        id: label

        text: root.text
        font.pixelSize: Theme.fontSmall
        font.bold: root.checked
        color: root.checked ? Theme.textOnPrimaryLight : "white"
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    background: Rectangle {
        radius: height / 2
        color: root.checked ? Theme.primaryLight : (root.pressed ? "#CC000000" : "#99000000")
        border.color: root.checked ? Theme.primaryLight : "#B3FFFFFF"
        border.width: 1
    }
}
