pragma ComponentBehavior: Bound

import QtCore as Core
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import QtQuick.Dialogs as Dialogs
import Qujat.Backend

// Handing the portfolio to the school: the teacher exports a bundle file,
// and the school's copy of the app imports bundles from its teachers. Both
// run in the background with a progress bar and a cancel button.
QQC2.Page {
    id: root

    // Starts an action on opening, for screenshots: "export" writes a
    // bundle to the temporary folder, "import:PATH" imports a file.
    property string startAction: ""

    //: Title of the page for exporting and importing portfolio files.
    title: qsTr("Portfolio file")
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

    // The files of the last import, for importing again after the key warning.
    property var lastFiles: []

    function importFiles(files: var, acceptNewKey: bool) {
        root.lastFiles = files;
        bundles.importFiles(files, acceptNewKey);
    }

    BundleController {
        id: bundles

        onFinished: ok => {
            if (!ok && bundles.needsKeyConfirmation)
                keyDialog.open();
        }
    }

    Component.onCompleted: {
        if (root.startAction === "export")
            bundles.exportTo(Core.StandardPaths.writableLocation(Core.StandardPaths.TempLocation) + "/qujat-screenshot.zip");
        else if (root.startAction.startsWith("import:"))
            root.importFiles(["file://" + root.startAction.substring(7)], false);
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
                //: Heading: the teacher sends the portfolio to the school.
                text: qsTr("Send the portfolio to the school")
            }

            Paragraph {
                text: qsTr("Qujat saves the whole portfolio as one signed file. Send it to the school by e-mail, a messenger or a USB stick. The school's copy of Qujat checks and imports it; the file also opens in any browser.")
            }

            AppButton {
                text: qsTr("Save the portfolio file")
                enabled: !bundles.busy && App.isOpen
                onClicked: {
                    saveDialog.selectedFile = Qt.resolvedUrl(saveDialog.currentFolder + "/" + bundles.suggestedFileName());
                    saveDialog.open();
                }
            }

            Heading {
                //: Heading: the school's administration imports teachers' files.
                text: qsTr("Import teachers' portfolio files")
            }

            Paragraph {
                text: qsTr("For the school's administration: each file is checked completely before anything is imported. A later file of the same teacher updates the earlier one.")
            }

            AppButton {
                text: qsTr("Import portfolio files")
                enabled: !bundles.busy
                onClicked: openDialog.open()
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                visible: bundles.busy
                spacing: Theme.spacing

                Paragraph {
                    text: bundles.task === "export"
                          ? qsTr("Saving the portfolio file… %1%").arg(Math.round(bundles.progress * 100))
                          : qsTr("Checking and importing… %1%").arg(Math.round(bundles.progress * 100))
                }

                QQC2.ProgressBar {
                    Layout.fillWidth: true
                    value: bundles.progress
                }

                AppButton {
                    text: qsTr("Cancel")
                    flat: true
                    onClicked: bundles.cancel()
                }
            }

            Paragraph {
                Layout.topMargin: Theme.margin
                visible: text.length > 0 && !bundles.busy
                text: bundles.message
                color: Theme.primary
            }

            ErrorBanner {
                Layout.fillWidth: true
                text: bundles.busy ? "" : bundles.errorMessage
                onDismissed: bundles.clearMessages()
            }
        }
    }

    Dialogs.FileDialog {
        id: saveDialog

        //: Title of the file chooser for saving the portfolio file.
        title: qsTr("Save the portfolio file")
        fileMode: Dialogs.FileDialog.SaveFile
        currentFolder: Core.StandardPaths.writableLocation(Core.StandardPaths.DocumentsLocation)
        defaultSuffix: "zip"
        //: File chooser filter; keep "*.zip".
        nameFilters: [qsTr("Portfolio files (*.zip)")]
        onAccepted: bundles.exportTo(saveDialog.selectedFile)
    }

    Dialogs.FileDialog {
        id: openDialog

        //: Title of the file chooser for importing portfolio files.
        title: qsTr("Choose portfolio files")
        fileMode: Dialogs.FileDialog.OpenFiles
        currentFolder: Core.StandardPaths.writableLocation(Core.StandardPaths.DownloadLocation)
        //: File chooser filter; keep "*.zip".
        nameFilters: [qsTr("Portfolio files (*.zip)")]
        onAccepted: root.importFiles(openDialog.selectedFiles, false)
    }

    ConfirmDialog {
        id: keyDialog

        //: Title of the warning when a teacher's file is signed with another key.
        title: qsTr("Accept the new signature?")
        text: bundles.errorMessage + "\n\n"
              + qsTr("Accept only if you know that the teacher changed device or reinstalled Qujat. Your choice is recorded.")
        acceptText: qsTr("Accept and import")
        rejectText: qsTr("Cancel")
        destructive: true
        onAccepted: root.importFiles(root.lastFiles, true)
    }
}
