pragma ComponentBehavior: Bound

import QtCore as Core
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import QtQuick.Dialogs as Dialogs
import Qujat.Backend

// Importing teachers' bundles in administration mode: the button and file
// chooser, progress, one line per file with what changed or why it was
// refused, and the confirmation when a teacher's signing key changed.
// Files dropped on the teachers list arrive through importUrls().
ColumnLayout {
    id: root

    function openChooser() {
        bundleDialog.open();
    }

    function importUrls(urls: var) {
        const files = [];
        for (const url of urls) {
            if (String(url).toLowerCase().endsWith(".zip"))
                files.push(url);
        }
        if (files.length === 0) {
            //: Shown when files other than bundles are dropped on the teachers list.
            root.rejectedDrop = qsTr("Only bundle files (.zip) exported from Qujat can be imported here.");
            return;
        }
        root.rejectedDrop = "";
        School.importBundles(files);
    }

    // Set when dropped files were not bundles.
    property string rejectedDrop: ""
    // False when the page puts its own button next to others (openChooser()).
    property bool showButton: true

    spacing: Theme.spacing

    // A bundle opened with the app (Platform.fileOpenRequested) reaches
    // School.importBundles through FileRouter (ReceivedFileBanner.qml), and
    // its results show here like those of a chosen file.

    AppButton {
        objectName: "importBundlesButton"
        visible: root.showButton
        //: Opens the file chooser to import teachers' bundles.
        text: qsTr("Import bundles")
        highlighted: true
        enabled: !School.busy
        onClicked: root.openChooser()
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: School.busy
        text: School.progressText
        wrapMode: Text.Wrap
    }

    QQC2.ProgressBar {
        Layout.fillWidth: true
        visible: School.busy
        value: School.progress
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.rejectedDrop.length > 0
        text: root.rejectedDrop
        color: Theme.error
        wrapMode: Text.Wrap
    }

    Repeater {
        model: School.importResults

        QQC2.Label {
            id: resultLine

            required property var modelData

            Layout.fillWidth: true
            text: resultLine.modelData.file + ": " + resultLine.modelData.message
            color: resultLine.modelData.ok ? Theme.success : Theme.error
            wrapMode: Text.Wrap
        }
    }

    AppButton {
        visible: School.importResults.length > 0 && !School.busy
        flat: true
        //: Hides the list of import outcomes.
        text: qsTr("Hide")
        onClicked: School.clearImportResults()
    }

    Connections {
        target: School

        function onNewKeyConfirmationNeeded(file: url, message: string) {
            keyDialog.file = file;
            keyDialog.text = message + "\n\n"
                //: Part of the warning when a teacher's bundle is signed by another key.
                + qsTr("Import only if you know the teacher changed device or reinstalled Qujat. The acceptance is written to the teacher's key log.");
            keyDialog.open();
        }
    }

    ConfirmDialog {
        id: keyDialog

        property url file

        //: Title of the warning about a changed signing key.
        title: qsTr("Another device signed this bundle")
        //: Imports a bundle despite the changed key.
        acceptText: qsTr("Import anyway")
        rejectText: qsTr("Cancel")
        destructive: true
        onAccepted: School.importAcceptingNewKey(keyDialog.file)
    }

    Dialogs.FileDialog {
        id: bundleDialog

        //: Title of the file chooser for teachers' bundles.
        title: qsTr("Choose bundle files")
        fileMode: Dialogs.FileDialog.OpenFiles
        currentFolder: Core.StandardPaths.writableLocation(Core.StandardPaths.DownloadLocation)
        //: File chooser filter for bundles.
        nameFilters: [qsTr("Qujat bundles (*.zip *.ZIP)")]
        onAccepted: root.importUrls(bundleDialog.selectedFiles)
    }
}
