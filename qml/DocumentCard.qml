pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// An attached file (PDF, DOCX, PPTX ...) shown as a page: its preview when
// one exists, its name, type and size, and a button that opens it in the
// system's application.
Item {
    id: root

    required property string name
    required property string mimeType
    required property double size
    required property string path
    required property url thumbnail

    // The file type as users know it: the upper-case file name suffix, or
    // the MIME type when the name has none.
    readonly property string typeText: {
        const dot = root.name.lastIndexOf(".");
        return dot > 0 && dot < root.name.length - 1 ? root.name.substring(dot + 1).toUpperCase() : root.mimeType;
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 480)
        spacing: Theme.spacing

        Image {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(root.width - 2 * Theme.margin, 320)
            Layout.preferredHeight: Math.min(root.height / 2, 360)
            visible: String(root.thumbnail).length > 0
            source: root.thumbnail
            sourceSize.width: 640
            sourceSize.height: 640
            asynchronous: true
            fillMode: Image.PreserveAspectFit
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: root.name
            font.pixelSize: Theme.fontHeading
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WrapAnywhere
            maximumLineCount: 3
            elide: Text.ElideMiddle
        }

        QQC2.Label {
            Layout.fillWidth: true
            //: Details of an attached file: %1 is its type (PDF, DOCX ...), %2 its size.
            text: qsTr("%1 file, %2").arg(root.typeText).arg(App.formatByteSize(root.size))
            color: Theme.secondaryText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        AppButton {
            Layout.alignment: Qt.AlignHCenter
            //: Opens an attached file in the system's application.
            text: qsTr("Open")
            highlighted: true
            onClicked: App.openFile(root.path)
        }
    }
}
