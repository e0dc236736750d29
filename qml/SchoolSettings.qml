import QtCore as Core
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import QtQuick.Dialogs as Dialogs
import Qujat.Backend

// Administration settings: the mode (teacher or administration) and, on
// the teacher's side, importing the review the school sent back.
ColumnLayout {
    id: root

    property string reviewMessage: ""

    spacing: Theme.spacing

    QQC2.Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.margin
        //: Settings heading: teacher or administration mode.
        text: qsTr("Mode")
        font.pixelSize: Theme.fontHeading
        font.bold: true
        color: Theme.primary
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: School.active
              //: The current mode in the settings; %1 is the school's name.
              ? qsTr("Administration mode: %1").arg(School.schoolName)
              //: The current mode in the settings.
              : qsTr("Teacher mode: your own portfolio.")
        wrapMode: Text.Wrap
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        AppButton {
            //: Opens the question teacher or administration.
            text: qsTr("Change the mode")
            onClicked: chooser.openChooser(false)
        }

        AppButton {
            visible: School.active
            flat: true
            text: qsTr("School details")
            onClicked: chooser.openChooser(true)
        }
    }

    QQC2.Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.margin
        visible: !School.active
        //: Settings heading of the review import on the teacher's side.
        text: qsTr("The school's review")
        font.pixelSize: Theme.fontHeading
        font.bold: true
        color: Theme.primary
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: !School.active
        text: qsTr("The administration checks your portfolio and sends back a review file. Import it to see which documents were accepted and which were returned for correction.")
        wrapMode: Text.Wrap
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: !School.active && (root.portfolioReview.note || "").length > 0
        //: The administration's note on the whole portfolio; %1 is the note.
        text: qsTr("Note from the school: %1").arg(root.portfolioReview.note || "")
        wrapMode: Text.Wrap
        font.bold: true
    }

    property var portfolioReview: School.portfolioReview()

    Connections {
        target: App

        function onRevisionChanged() {
            root.portfolioReview = School.portfolioReview();
        }
    }

    AppButton {
        visible: !School.active && !App.isSample
        //: Opens the file chooser for the school's review file.
        text: qsTr("Import the school's review")
        onClicked: reviewDialog.open()
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.reviewMessage.length > 0
        text: root.reviewMessage
        color: Theme.success
        wrapMode: Text.Wrap
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: School.errorMessage.length > 0 && !chooser.visible
        text: School.errorMessage
        color: Theme.error
        wrapMode: Text.Wrap
    }

    ModeChooser {
        id: chooser
    }

    Dialogs.FileDialog {
        id: reviewDialog

        //: Title of the file chooser for the school's review.
        title: qsTr("Choose the review file")
        fileMode: Dialogs.FileDialog.OpenFile
        currentFolder: Core.StandardPaths.writableLocation(Core.StandardPaths.DownloadLocation)
        nameFilters: [qsTr("Qujat review (*.zip)")]
        onAccepted: root.reviewMessage = School.importReview(reviewDialog.selectedFile)
    }
}
