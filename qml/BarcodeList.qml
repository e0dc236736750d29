pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2

// The QR codes and barcodes found on the pages. A code that holds a web
// address (often the issuer's verification page) opens in the browser.
ColumnLayout {
    id: root

    // Entries {format, text, isUrl}.
    required property var codes

    visible: root.codes.length > 0
    spacing: Theme.spacing

    QQC2.Label {
        Layout.fillWidth: true
        //: Heading of the list of QR codes and barcodes read from the pages.
        text: qsTr("Codes on the pages")
        font.pixelSize: Theme.fontHeading
        font.bold: true
        Accessible.role: Accessible.Heading
    }

    Repeater {
        model: root.codes

        ColumnLayout {
            id: code

            required property var modelData

            Layout.fillWidth: true
            spacing: 2

            QQC2.Label {
                Layout.fillWidth: true
                text: code.modelData.format === "QRCode"
                      //: Label above a decoded QR code's text.
                      ? qsTr("QR code")
                      //: Label above a decoded barcode's text; %1 is its symbology, e.g. EAN-13 or Code128.
                      : qsTr("Barcode (%1)").arg(code.modelData.format)
                color: Theme.secondaryText
                font.pixelSize: Theme.fontSmall
            }

            TextEdit {
                Layout.fillWidth: true
                visible: !code.modelData.isUrl
                text: code.modelData.text
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }

            QQC2.Label {
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                visible: code.modelData.isUrl
                text: code.modelData.text
                verticalAlignment: Text.AlignVCenter
                color: Theme.link
                font.underline: true
                wrapMode: Text.WrapAnywhere
                Accessible.role: Accessible.Link
                Accessible.name: code.modelData.text

                HoverHandler {
                    cursorShape: Qt.PointingHandCursor
                }

                TapHandler {
                    onTapped: Qt.openUrlExternally(code.modelData.text)
                }
            }
        }
    }
}
