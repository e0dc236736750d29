import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import QtQuick.Templates as T
import Qujat.Backend

// Who uses this copy of Qujat: a teacher building a portfolio, or the
// school's administration checking everyone's. Asked at first run and from
// the settings; the school's name and the administrator are set here.
QQC2.Dialog {
    id: root

    // Opens with the school's details only (administration mode already on).
    property bool detailsOnly: false

    function openChooser(detailsOnly: bool) {
        root.detailsOnly = detailsOnly;
        schoolChoice.checked = detailsOnly || School.active;
        teacherChoice.checked = !schoolChoice.checked;
        nameField.text = School.schoolName;
        administratorField.text = School.administrator;
        root.open();
    }

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 2 * Theme.margin, 560) : 560
    modal: true
    closePolicy: QQC2.Popup.NoAutoClose
    //: Title of the first-run question and of the mode setting.
    title: root.detailsOnly ? qsTr("School details") : qsTr("Who uses Qujat here?")

    QQC2.Material.elevation: 0
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        QQC2.RadioButton {
            id: teacherChoice

            Layout.fillWidth: true
            visible: !root.detailsOnly
            //: Mode choice: the teacher's own portfolio.
            text: qsTr("A teacher: I build my portfolio")
            // The style's label elides; a phone needs the whole choice.
            contentItem: Text {
                leftPadding: teacherChoice.indicator.width + teacherChoice.spacing
                text: teacherChoice.text
                font: teacherChoice.font
                color: Theme.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
            checked: true
        }

        QQC2.RadioButton {
            id: schoolChoice

            Layout.fillWidth: true
            visible: !root.detailsOnly
            //: Mode choice: the administration.
            text: qsTr("The school's administration: I check the teachers' portfolios")
            // The style's label elides; a phone needs the whole choice.
            contentItem: Text {
                leftPadding: schoolChoice.indicator.width + schoolChoice.spacing
                text: schoolChoice.text
                font: schoolChoice.font
                color: Theme.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
        }

        QQC2.TextField {
            id: nameField

            Layout.fillWidth: true
            visible: schoolChoice.checked
            //: The school's name in administration mode.
            placeholderText: qsTr("School's name")
            Accessible.name: placeholderText
        }

        QQC2.TextField {
            id: administratorField

            Layout.fillWidth: true
            visible: schoolChoice.checked
            //: Who reviews in administration mode.
            placeholderText: qsTr("Administrator: director or deputy director")
            Accessible.name: placeholderText
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: schoolChoice.checked
            text: qsTr("The name is written on every review the teachers receive. You can change the mode later in Settings.")
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: School.errorMessage.length > 0
            text: School.errorMessage
            color: Theme.error
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing

            Item {
                Layout.fillWidth: true
            }

            AppButton {
                visible: root.detailsOnly || School.modeChosen
                flat: true
                text: qsTr("Cancel")
                onClicked: root.close()
            }

            AppButton {
                highlighted: true
                enabled: teacherChoice.checked || nameField.text.trim().length > 0
                //: Confirms the mode choice.
                text: qsTr("Continue")
                onClicked: {
                    let done = false;
                    if (root.detailsOnly)
                        done = School.saveInfo(nameField.text, administratorField.text);
                    else if (teacherChoice.checked)
                        done = School.chooseMode("teacher");
                    else
                        done = School.chooseMode("school", nameField.text, administratorField.text);
                    if (done)
                        root.close();
                }
            }
        }
    }
}
