pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import QtQuick.Templates as T
import QtQuick.Dialogs as Dialogs
import QtCore
import Qujat.Backend

// Interface language, the sample portfolio, where the data lives, and
// information about the app.
QQC2.Page {
    id: root

    // Asks the window to open the charts page.
    signal chartsRequested()
    // The user asked for the page that exports and imports portfolio files.
    signal bundleRequested()

    //: Title of the settings page.
    title: qsTr("Settings")
    background: Rectangle {
        color: Theme.background
    }

    component Heading: QQC2.Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.margin
        font.pixelSize: Theme.fontHeading
        font.bold: true
        color: Theme.primary
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    component Paragraph: QQC2.Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }

    Flickable {
        id: scroller

        anchors.fill: parent
        contentWidth: width
        contentHeight: content.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {}

        ColumnLayout {
            id: content

            x: (scroller.width - width) / 2
            y: Theme.margin
            width: Math.min(scroller.width - 2 * Theme.margin, Theme.maxContentWidth)
            spacing: Theme.spacing

            Heading {
                Layout.topMargin: 0
                //: Settings heading.
                text: qsTr("Language")
            }

            QQC2.ButtonGroup {
                id: languageGroup
            }

            Repeater {
                // Language names are written in their own language, as users look for them.
                model: [
                    {code: "kk", name: "Қазақша"},
                    {code: "ru", name: "Русский"},
                    {code: "en", name: "English"}
                ]

                QQC2.RadioDelegate {
                    id: languageChoice

                    required property var modelData

                    Layout.fillWidth: true
                    text: languageChoice.modelData.name
                    checked: App.language === languageChoice.modelData.code
                    QQC2.ButtonGroup.group: languageGroup
                    onClicked: App.language = languageChoice.modelData.code
                }
            }

            SchoolSettings {
                Layout.fillWidth: true
            }

            Heading {
                //: Settings heading.
                text: qsTr("Sample portfolio")
            }

            Paragraph {
                text: App.isSample
                      ? qsTr("You are looking at the sample portfolio. Your own portfolio is kept apart and is not changed.")
                      : qsTr("A filled-in example portfolio shows how documents are filed. It is kept apart from your own.")
            }

            AppButton {
                text: App.isSample ? qsTr("Back to my portfolio") : qsTr("Open a sample portfolio")
                onClicked: {
                    if (App.isSample)
                        App.returnToOwnPortfolio();
                    else
                        App.openSamplePortfolio();
                }
            }

            Heading {
                //: Settings heading: exporting the portfolio for the school and importing teachers' files.
                text: qsTr("Portfolio file")
            }

            AppButton {
                text: qsTr("Send to the school or import files")
                onClicked: root.bundleRequested()
            }

            Heading {
                //: Settings heading: the portfolio printed or shown to the attestation commission.
                text: qsTr("For the commission")
            }

            Paragraph {
                text: qsTr("The whole portfolio as one PDF file: cover, contents, tables I–VIII, charts and every document with its details.")
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                AppButton {
                    //: Saves the portfolio as a PDF file.
                    text: qsTr("Save as PDF")
                    highlighted: true
                    enabled: App.isOpen
                    onClicked: {
                        pdfDialog.selectedFile = pdfDialog.currentFolder + "/" + reportExporter.suggestedFileName();
                        pdfDialog.open();
                    }
                }

                AppButton {
                    //: Opens the page with the portfolio's charts.
                    text: qsTr("Charts")
                    enabled: App.isOpen
                    onClicked: root.chartsRequested()
                }
            }

            Paragraph {
                id: savedNote

                visible: text.length > 0
                color: Theme.success
            }

            Heading {
                //: Settings heading: where the portfolio files are stored.
                text: qsTr("Data folder")
            }

            TextEdit {
                Layout.fillWidth: true
                text: App.dataDir
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }

            Heading {
                //: Settings heading.
                text: qsTr("About")
            }

            Paragraph {
                //: %1 is the version number, e.g. 0.1.0.
                text: qsTr("Qujat %1: the teacher's attestation portfolio.").arg(Qt.application.version)
            }

            Paragraph {
                text: qsTr("Font: Noto Sans, under the SIL Open Font License 1.1.")
            }

            AppButton {
                //: Shows the licence text of the bundled font.
                text: qsTr("Font licence")
                flat: true
                onClicked: licenceDialog.open()
            }
        }
    }

    QQC2.Dialog {
        id: licenceDialog

        property string licenceText: ""

        parent: T.Overlay.overlay
        anchors.centerIn: parent
        width: parent ? Math.min(parent.width - 2 * Theme.margin, 640) : 640
        height: parent ? parent.height - 4 * Theme.margin : 480
        modal: true
        //: Title of the font licence dialog: the licence's official name, usually kept in English.
        title: qsTr("SIL Open Font License 1.1")
        standardButtons: QQC2.Dialog.Close

        // Drawn here without Material's shadow, a shader effect that the
        // software renderer skips together with the background.
        QQC2.Material.elevation: 0
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.divider
        }

        onAboutToShow: {
            if (licenceDialog.licenceText.length > 0)
                return;
            const request = new XMLHttpRequest();
            request.onreadystatechange = () => {
                if (request.readyState === XMLHttpRequest.DONE)
                    licenceDialog.licenceText = request.responseText;
            };
            request.open("GET", "qrc:/qujat/fonts/OFL.txt");
            request.send();
        }

        Flickable {
            anchors.fill: parent
            clip: true
            contentWidth: width
            contentHeight: licenceLabel.implicitHeight
            QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {}

            QQC2.Label {
                id: licenceLabel

                width: parent.width
                text: licenceDialog.licenceText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    ReportExporter {
        id: reportExporter

        //: Shown after saving the PDF; %1 is the file's path.
        onSaved: path => savedNote.text = qsTr("Saved: %1").arg(path)
    }

    Dialogs.FileDialog {
        id: pdfDialog

        fileMode: Dialogs.FileDialog.SaveFile
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        //: Title of the dialog that saves the portfolio as a PDF.
        title: qsTr("Save the portfolio as PDF")
        //: File type filter in the save dialog.
        nameFilters: [qsTr("PDF files (*.pdf)")]
        defaultSuffix: "pdf"
        onAccepted: reportExporter.save(pdfDialog.selectedFile)
    }
}
