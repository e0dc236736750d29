pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import QtQuick.Templates as T

// A question with two answers, centred in the window. accepted() follows
// the accept button, rejected() the other button, Escape or a tap outside.
QQC2.Dialog {
    id: root

    property string text: ""
    property string acceptText: ""
    property string rejectText: ""
    // Shows the accept button in the error colour, for deleting and discarding.
    property bool destructive: false

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 440)
    modal: true

    QQC2.Label {
        width: root.availableWidth
        text: root.text
        wrapMode: Text.Wrap
    }

    footer: Flow {
        padding: Theme.spacing
        layoutDirection: Qt.RightToLeft
        spacing: Theme.spacing

        QQC2.Button {
            text: root.acceptText
            flat: true
            QQC2.Material.foreground: root.destructive ? Theme.error : Theme.primary
            onClicked: root.accept()
        }

        QQC2.Button {
            text: root.rejectText
            flat: true
            onClicked: root.reject()
        }
    }
}
