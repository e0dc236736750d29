pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import QtQuick.Templates as T

// A question with two answers, centred in the window. accepted() follows
// the accept button; rejected() the other button, Escape or a tap outside.
// A Popup rather than a Dialog, so that long translated titles wrap
// instead of being cut off.
QQC2.Popup {
    id: root

    property string title: ""
    property string text: ""
    property string acceptText: ""
    property string rejectText: ""
    // Shows the accept button in the error colour, for deleting and discarding.
    property bool destructive: false

    signal accepted()
    signal rejected()

    // True when the popup closes through the accept button.
    property bool acceptedByButton: false

    anchors.centerIn: T.Overlay.overlay
    width: Math.min(T.Overlay.overlay ? T.Overlay.overlay.width - 2 * Theme.margin : 400, 440)
    modal: true
    focus: true
    padding: Theme.margin + Theme.spacing

    onAboutToShow: root.acceptedByButton = false
    onClosed: {
        if (root.acceptedByButton)
            root.accepted();
        else
            root.rejected();
    }

    T.Overlay.modal: Rectangle {
        color: "#66000000"
    }

    // Drawn here without Material's shadow, a shader effect that the
    // software renderer skips together with the background.
    QQC2.Material.elevation: 0
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.margin

        QQC2.Label {
            Layout.fillWidth: true
            visible: root.title.length > 0
            text: root.title
            font.pixelSize: Theme.fontHeading
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.Wrap
        }

        Flow {
            Layout.fillWidth: true
            layoutDirection: Qt.RightToLeft
            spacing: Theme.spacing

            AppButton {
                text: root.acceptText
                flat: true
                accentColor: root.destructive ? Theme.error : Theme.primary
                onClicked: {
                    root.acceptedByButton = true;
                    root.close();
                }
            }

            AppButton {
                text: root.rejectText
                flat: true
                onClicked: root.close()
            }
        }
    }
}
