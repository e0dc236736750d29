import QtQuick
import QtQuick.Controls.Material as QQC2

// A round button for a screen's main action (add a document, take the
// photo). Like AppButton it draws its own background, which the software
// renderer can show; a darker ring stands in for Material's shadow.
QQC2.RoundButton {
    id: root

    implicitWidth: 64
    implicitHeight: 64
    padding: 0
    font.pixelSize: 28
    QQC2.Material.foreground: Theme.textOnPrimary

    background: Rectangle {
        radius: width / 2
        color: !root.enabled ? Theme.disabledBackground : (root.down ? Theme.primaryPressed : Theme.primary)
        border.width: 2
        border.color: Theme.primaryPressed
    }
}
