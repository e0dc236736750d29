pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// Takes the files the system asks Qujat to open (double-click, "open with",
// a second start of the app) to their import through FileRouter, also a
// file received before this window loaded, and shows across the top of the
// window what became of it. Hidden while there is nothing to say; in the
// error colours when the file could not be read or opened.
QQC2.Pane {
    id: root

    readonly property bool rejected: Platform.receivedFileRejected
    readonly property string text: rejected ? Platform.receivedMessage : FileRouter.message
    readonly property bool failed: rejected || FileRouter.failed

    function route(path) {
        FileRouter.route(path);
        // Routed: the file no longer waits.
        Platform.dismissReceivedFile();
    }

    visible: text.length > 0
    padding: Theme.spacing
    leftPadding: Theme.margin

    readonly property color textColor: failed ? Theme.error : Theme.textOnPrimaryLight

    background: Rectangle {
        color: root.failed ? Theme.errorBackground : Theme.primaryLight
        border.color: root.failed ? Theme.error : Theme.primary
        border.width: 1
    }

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Connections {
        target: Platform
        function onFileOpenRequested(path) { root.route(path) }
    }

    Component.onCompleted: {
        if (Platform.receivedFile.length > 0)
            route(Platform.receivedFile);
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        QQC2.Label {
            Layout.fillWidth: true
            text: root.text
            color: root.textColor
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
        }

        AppButton {
            objectName: "switchToSchoolButton"
            visible: !root.rejected && FileRouter.offersSchoolMode
            //: Switches the app to the school administration mode and imports the bundle just opened.
            text: qsTr("Switch to school mode and import")
            onClicked: FileRouter.switchToSchoolAndImport()
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
            onClicked: {
                Platform.dismissReceivedFile();
                FileRouter.dismiss();
            }
        }
    }
}
