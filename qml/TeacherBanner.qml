import QtCore as Core
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import QtQuick.Dialogs as Dialogs
import Qujat.Backend

// Above a teacher's portfolio in administration mode: whose portfolio it
// is, that it is read-only, the note on the whole portfolio and the export
// of the review file for the teacher.
QQC2.Pane {
    id: root

    signal backRequested()

    property string note: ""
    property string exportedMessage: ""

    function refresh() {
        root.note = School.portfolioReview().note || "";
        noteField.text = root.note;
        root.exportedMessage = "";
    }

    Component.onCompleted: root.refresh()

    Connections {
        target: School

        function onTeacherChanged() {
            root.refresh();
        }
    }

    padding: Theme.spacing
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    background: Rectangle {
        color: Theme.primaryLight

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            AppButton {
                objectName: "backToTeachersButton"
                flat: true
                //: Leaves a teacher's portfolio for the teachers list.
                text: qsTr("‹ Teachers")
                onClicked: root.backRequested()
            }

            QQC2.Label {
                Layout.fillWidth: true
                //: Marks a teacher's portfolio shown in administration mode.
                text: qsTr("Read-only")
                color: Theme.textOnPrimaryLight
                horizontalAlignment: Text.AlignRight
                elide: Text.ElideRight
            }
        }

        QQC2.TextArea {
            id: noteField

            Layout.fillWidth: true
            //: Placeholder of the administration's note on a whole portfolio.
            placeholderText: qsTr("Note on the whole portfolio for the teacher")
            wrapMode: TextEdit.Wrap
            Accessible.name: placeholderText
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            AppButton {
                visible: noteField.text !== root.note
                //: Saves the note on the whole portfolio.
                text: qsTr("Save the note")
                onClicked: {
                    if (School.setPortfolioNote(noteField.text))
                        root.note = noteField.text.trim();
                }
            }

            AppButton {
                objectName: "exportReviewButton"
                highlighted: true
                //: Saves the review file to send back to the teacher.
                text: qsTr("Send the review…")
                onClicked: {
                    reviewDialog.currentFile = reviewDialog.currentFolder + "/" + School.suggestedReviewFileName();
                    reviewDialog.open();
                }
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: root.exportedMessage.length > 0
            text: root.exportedMessage
            color: Theme.success
            wrapMode: Text.Wrap
        }
    }

    Dialogs.FileDialog {
        id: reviewDialog

        //: Title of the file chooser when saving a review file.
        title: qsTr("Save the review for the teacher")
        fileMode: Dialogs.FileDialog.SaveFile
        defaultSuffix: "zip"
        currentFolder: Core.StandardPaths.writableLocation(Core.StandardPaths.DocumentsLocation)
        //: File chooser filter for review files.
        nameFilters: [qsTr("Qujat review (*.zip)")]
        onAccepted: {
            if (School.exportReview(reviewDialog.selectedFile))
                //: After saving a review file.
                root.exportedMessage = qsTr("Saved. Send this file to the teacher: Qujat opens it in Settings → Import the school's review.");
        }
    }
}
