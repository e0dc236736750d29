pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// The teacher's profile: the general information that opens the Documents
// portfolio, and the category the attestation is for.
QQC2.Page {
    id: root

    readonly property bool hasUnsavedWork: root.dirty
    property bool dirty: false
    property bool justSaved: false
    property var categoryChoices: []

    function load() {
        const profile = Object.assign({}, App.profile());
        fullNameField.text = profile.fullName;
        schoolField.text = profile.school;
        positionField.text = profile.position;
        subjectField.text = profile.subject;
        specialtyField.text = profile.specialty;
        yearsField.text = profile.yearsOfExperience > 0 ? String(profile.yearsOfExperience) : "";
        currentCategory.currentKey = profile.currentCategory;
        targetCategory.currentKey = profile.targetCategory;
        attestationDate.isoDate = profile.attestationDate;
        root.categoryChoices = App.categories();
        root.dirty = false;
    }

    function save() {
        const saved = App.saveProfile({
            fullName: fullNameField.text,
            school: schoolField.text,
            position: positionField.text,
            subject: subjectField.text,
            specialty: specialtyField.text,
            yearsOfExperience: yearsField.text.length > 0 ? parseInt(yearsField.text, 10) : 0,
            currentCategory: currentCategory.currentKey,
            targetCategory: targetCategory.currentKey,
            attestationDate: attestationDate.isoDate
        });
        if (saved) {
            root.dirty = false;
            root.justSaved = true;
        }
    }

    function markEdited() {
        root.dirty = true;
        root.justSaved = false;
    }

    //: Title of the teacher's profile page.
    title: qsTr("Profile")
    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: root.load()

    Connections {
        target: App

        // Another portfolio (own or sample) was opened.
        function onPortfolioChanged() {
            root.load();
        }

        function onLanguageChanged() {
            root.categoryChoices = App.categories();
        }
    }

    component FormLabel: QQC2.Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        color: Theme.secondaryText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    component FormField: QQC2.TextField {
        Layout.fillWidth: true
        onTextEdited: root.markEdited()
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

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("These details form the first section of the Documents portfolio. They stay on this device.")
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }

            FormLabel {
                //: Profile field: surname, name and patronymic.
                text: qsTr("Full name")
            }

            FormField {
                id: fullNameField

                Accessible.name: qsTr("Full name")
                inputMethodHints: Qt.ImhNoPredictiveText
            }

            FormLabel {
                //: Profile field: place of work.
                text: qsTr("School")
            }

            FormField {
                id: schoolField

                Accessible.name: qsTr("School")
            }

            FormLabel {
                //: Profile field: the teacher's position at the school.
                text: qsTr("Position")
            }

            FormField {
                id: positionField

                Accessible.name: qsTr("Position")
            }

            FormLabel {
                //: Profile field: the subject the teacher teaches.
                text: qsTr("Subject")
            }

            FormField {
                id: subjectField

                Accessible.name: qsTr("Subject")
            }

            FormLabel {
                //: Profile field: the specialty written in the teacher's diploma.
                text: qsTr("Specialty by diploma")
            }

            FormField {
                id: specialtyField

                Accessible.name: qsTr("Specialty by diploma")
            }

            FormLabel {
                //: Profile field: years of work in education.
                text: qsTr("Years of experience")
            }

            FormField {
                id: yearsField

                Accessible.name: qsTr("Years of experience")
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator {
                    bottom: 0
                    top: 70
                }
            }

            FormLabel {
                //: Profile field: the qualification category the teacher holds now.
                text: qsTr("Current category")
            }

            ChoiceBox {
                id: currentCategory

                Layout.fillWidth: true
                choices: root.categoryChoices
                //: Empty entry of the category lists.
                noneText: qsTr("No category")
                onPicked: root.markEdited()
            }

            FormLabel {
                //: Profile field: the qualification category the attestation is for.
                text: qsTr("Category applied for")
            }

            ChoiceBox {
                id: targetCategory

                Layout.fillWidth: true
                choices: root.categoryChoices
                //: Empty entry of the category lists.
                noneText: qsTr("Not chosen yet")
                onPicked: root.markEdited()
            }

            DateField {
                id: attestationDate

                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                //: Profile field.
                label: qsTr("Planned attestation date")
                onEdited: root.markEdited()
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: root.justSaved
                //: Confirmation after saving the profile.
                text: qsTr("Profile saved.")
                color: Theme.success
            }

            AppButton {
                Layout.alignment: Qt.AlignRight
                Layout.topMargin: Theme.margin
                text: qsTr("Save")
                highlighted: true
                enabled: root.dirty
                onClicked: root.save()
            }
        }
    }
}
