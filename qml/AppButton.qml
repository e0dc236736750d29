import QtQuick
import QtQuick.Controls.Material as QQC2

// A push button: filled when `highlighted` (the page's main action), plain
// text when `flat`, outlined otherwise. It draws its own background because
// Material's button background carries a shader effect (the elevation
// shadow) that Qt Quick's software renderer skips together with the
// background. That renderer runs headless and where no GPU API is available.
QQC2.Button {
    id: root

    // The fill of a highlighted button, and the text and outline colour of the others.
    property color accentColor: Theme.primary

    contentItem: Text {
        text: root.text
        font: root.font
        color: !root.enabled ? Theme.secondaryText : (root.highlighted ? Theme.textOnPrimary : root.accentColor)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        implicitWidth: 64
        implicitHeight: root.QQC2.Material.buttonHeight
        radius: 4
        color: {
            if (!root.enabled)
                return root.flat ? "transparent" : Theme.disabledBackground;
            if (root.highlighted)
                return root.down ? Qt.darker(root.accentColor, 1.3) : root.accentColor;
            if (root.down || root.checked)
                return Theme.primaryLight;
            if (root.hovered)
                return Theme.background;
            return root.flat ? "transparent" : Theme.surface;
        }
        border.width: root.flat || root.highlighted ? 0 : 1
        border.color: root.enabled ? root.accentColor : Theme.divider
    }
}
