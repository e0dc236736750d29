pragma ComponentBehavior: Bound

import QtCore as Core
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import QtQuick.Dialogs as Dialogs
import Qujat.Backend

// Administration mode's start page: every teacher at a glance with the
// readiness of the portfolio, sorting and filters, the search across all
// teachers, bundle import (also by dropping files) and CSV export.
QQC2.Page {
    id: root

    signal teacherRequested(uuid: string)
    signal itemRequested(teacherUuid: string, itemUuid: string)
    signal schoolInfoRequested()

    property string searchText: ""
    // Narrow windows keep the sort and filter choices behind a button.
    readonly property bool narrow: root.width < 600
    property bool filtersOpen: false
    property var searchHits: []
    property var summary: School.summary()

    function refresh() {
        root.summary = School.summary();
        if (root.searchText.length > 0)
            root.searchHits = School.search(root.searchText);
    }

    //: Title of the teachers list in administration mode.
    title: qsTr("Teachers")
    background: Rectangle {
        color: Theme.background
    }

    Connections {
        target: School

        function onRevisionChanged() {
            root.refresh();
        }
    }

    TeachersModel {
        id: teachers
    }

    // Here rather than in the model's constructor: the School singleton
    // may not exist yet when the page is created.
    Connections {
        target: School

        function onRevisionChanged() {
            teachers.reload();
        }
    }

    DropArea {
        id: dropArea

        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (drop.hasUrls) {
                importer.importUrls(drop.urls);
                drop.acceptProposedAction();
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        QQC2.Pane {
            Layout.fillWidth: true
            padding: Theme.margin
            background: Rectangle {
                color: dropArea.containsDrag ? Theme.primaryLight : Theme.surface

                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
            }

            contentItem: ColumnLayout {
                spacing: Theme.spacing

                QQC2.Label {
                    Layout.fillWidth: true
                    text: School.schoolName.length > 0 ? School.schoolName
                                                       //: Shown until the school's name is set.
                                                       : qsTr("The school's name is not set")
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    wrapMode: Text.Wrap
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    QQC2.Label {
                        objectName: "summaryLabel"
                        //: Summary of the teachers list; %1 ready teachers of %2.
                        text: qsTr("Ready for attestation: %1 of %2 teachers").arg(teachers.readyCount).arg(teachers.totalCount)
                    }

                    QQC2.Label {
                        visible: (root.summary.returned || 0) > 0
                        //: Summary of the teachers list.
                        text: qsTr("%n item(s) returned for correction", "", root.summary.returned || 0)
                        color: Theme.error
                    }
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    visible: teachers.totalCount === 0
                    //: Shown while no teacher's bundle was imported.
                    text: qsTr("No portfolio yet. Import the bundle files the teachers sent you, or drop them here.")
                    wrapMode: Text.Wrap
                    color: Theme.secondaryText
                }

                BundleImport {
                    id: importer

                    Layout.fillWidth: true
                    showButton: false
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    AppButton {
                        objectName: "importBundlesButton"
                        //: Opens the file chooser to import teachers' bundles.
                        text: qsTr("Import bundles")
                        highlighted: true
                        enabled: !School.busy
                        onClicked: importer.openChooser()
                    }

                    AppButton {
                        visible: School.schoolName.length === 0
                        flat: School.schoolName.length > 0
                        //: Opens the form with the school's name and the administrator.
                        text: qsTr("School details")
                        onClicked: root.schoolInfoRequested()
                    }

                    AppButton {
                        flat: true
                        enabled: teachers.totalCount > 0
                        //: Saves the teachers list as a CSV file for spreadsheets.
                        text: qsTr("Teachers CSV")
                        onClicked: {
                            csvDialog.kind = "teachers";
                            csvDialog.currentFile = csvDialog.currentFolder + "/" + qsTr("teachers") + ".csv";
                            csvDialog.open();
                        }
                    }

                    AppButton {
                        flat: true
                        enabled: teachers.totalCount > 0
                        //: Saves every item of every teacher as a CSV file.
                        text: qsTr("All items CSV")
                        onClicked: {
                            csvDialog.kind = "items";
                            csvDialog.currentFile = csvDialog.currentFolder + "/" + qsTr("items") + ".csv";
                            csvDialog.open();
                        }
                    }
                }

                QQC2.TextField {
                    id: searchField

                    Layout.fillWidth: true
                    objectName: "schoolSearchField"
                    //: Search across the items of all teachers.
                    placeholderText: qsTr("Search all portfolios: title, issuer, QR code, notes")
                    Accessible.name: placeholderText
                    onTextChanged: searchTimer.restart()
                }

                Timer {
                    id: searchTimer

                    interval: 250
                    onTriggered: {
                        root.searchText = searchField.text.trim();
                        root.searchHits = root.searchText.length > 0 ? School.search(root.searchText) : [];
                    }
                }

                AppButton {
                    visible: root.narrow && root.searchText.length === 0
                    flat: true
                    checkable: true
                    checked: root.filtersOpen
                    //: Shows the sort order and filters of the teachers list on phones.
                    text: qsTr("Sort and filter")
                    onClicked: root.filtersOpen = !root.filtersOpen
                }

                Flow {
                    Layout.fillWidth: true
                    visible: root.searchText.length === 0 && (!root.narrow || root.filtersOpen)
                    spacing: Theme.spacing

                    ChoiceBox {
                        objectName: "sortChoice"
                        width: Math.min(implicitWidth, 220)
                        choices: [
                            //: Sort order of the teachers list.
                            {key: "name", name: qsTr("By name")},
                            //: Sort order of the teachers list: least ready first.
                            {key: "readiness", name: qsTr("By readiness")},
                            //: Sort order of the teachers list: nearest attestation first.
                            {key: "attestation", name: qsTr("By attestation date")},
                            //: Sort order of the teachers list: newest bundle first.
                            {key: "bundle", name: qsTr("By last bundle")}
                        ]
                        currentKey: "name"
                        Component.onCompleted: selectCurrentKey()
                        onPicked: key => {
                            teachers.sortOrder = key === "readiness" ? TeachersModel.ByReadiness
                                : key === "attestation" ? TeachersModel.ByAttestationDate
                                : key === "bundle" ? TeachersModel.ByLastBundle : TeachersModel.ByName;
                        }
                    }

                    ChoiceBox {
                        objectName: "readyChoice"
                        width: Math.min(implicitWidth, 200)
                        choices: [
                            //: Filter of the teachers list.
                            {key: "all", name: qsTr("All teachers")},
                            //: Filter of the teachers list.
                            {key: "ready", name: qsTr("Ready")},
                            //: Filter of the teachers list.
                            {key: "notReady", name: qsTr("Not ready")}
                        ]
                        currentKey: "all"
                        Component.onCompleted: selectCurrentKey()
                        onPicked: key => {
                            teachers.readyFilter = key === "ready" ? TeachersModel.ReadyOnly
                                : key === "notReady" ? TeachersModel.NotReadyOnly : TeachersModel.AllTeachers;
                        }
                    }

                    ChoiceBox {
                        objectName: "subjectChoice"
                        visible: teachers.subjects.length > 1
                        width: Math.min(implicitWidth, 240)
                        choices: teachers.subjects.map(subject => ({key: subject, name: subject}))
                        //: Filter of the teachers list: every subject.
                        noneText: qsTr("All subjects")
                        onPicked: key => teachers.subjectFilter = key
                    }
                }
            }
        }

        ListView {
            id: teacherList

            Layout.fillWidth: true
            Layout.fillHeight: true
            objectName: "teacherList"
            visible: root.searchText.length === 0
            clip: true
            model: teachers
            boundsBehavior: Flickable.StopAtBounds
            QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {}

            delegate: QQC2.ItemDelegate {
                id: teacherRow

                required property string uuid
                required property string name
                required property string subject
                required property string categoryName
                required property string attestationText
                required property int itemCount
                required property int percent
                required property bool ready
                required property string findings
                required property string lastBundleText

                width: teacherList.width
                padding: Theme.spacing
                leftPadding: Theme.margin
                rightPadding: Theme.margin
                highlighted: School.teacherUuid === teacherRow.uuid
                Accessible.name: teacherRow.name
                onClicked: root.teacherRequested(teacherRow.uuid)

                background: Rectangle {
                    color: teacherRow.highlighted ? Theme.surfaceSelected
                           : (teacherRow.down ? Theme.primaryLight : Theme.surface)

                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: 1
                        color: Theme.divider
                    }
                }

                contentItem: ColumnLayout {
                    spacing: 2

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: teacherRow.name
                            font.bold: true
                            wrapMode: Text.Wrap
                        }

                        QQC2.Label {
                            text: teacherRow.percent + "%"
                            font.bold: true
                            color: teacherRow.ready ? Theme.success : Theme.text
                        }
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: [teacherRow.subject, teacherRow.categoryName].filter(part => part.length > 0).join(" · ")
                        color: Theme.secondaryText
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }

                    QQC2.ProgressBar {
                        Layout.fillWidth: true
                        value: teacherRow.percent / 100
                    }

                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        QQC2.Label {
                            //: Number of items in a teacher's portfolio.
                            text: qsTr("%n document(s)", "", teacherRow.itemCount)
                            font.pixelSize: Theme.fontSmall
                        }

                        QQC2.Label {
                            visible: teacherRow.attestationText.length > 0
                            //: Planned attestation date of a teacher; %1 is a date.
                            text: qsTr("Attestation %1").arg(teacherRow.attestationText)
                            font.pixelSize: Theme.fontSmall
                        }

                        QQC2.Label {
                            visible: teacherRow.lastBundleText.length > 0
                            //: Date of the teacher's last bundle; %1 is a date.
                            text: qsTr("Bundle of %1").arg(teacherRow.lastBundleText)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.secondaryText
                        }
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: teacherRow.ready
                              //: Readiness of a teacher's portfolio.
                              ? qsTr("Ready")
                              : teacherRow.findings
                        color: teacherRow.ready ? Theme.success : Theme.warning
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }

            QQC2.Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                visible: teacherList.count === 0 && teachers.totalCount > 0
                //: The filters of the teachers list leave no teacher.
                text: qsTr("No teacher matches the filters.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.secondaryText
            }
        }

        ListView {
            id: hitList

            Layout.fillWidth: true
            Layout.fillHeight: true
            objectName: "searchHitList"
            visible: root.searchText.length > 0
            clip: true
            model: root.searchHits
            boundsBehavior: Flickable.StopAtBounds
            QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {}

            delegate: QQC2.ItemDelegate {
                id: hitRow

                required property var modelData

                width: hitList.width
                leftPadding: Theme.margin
                rightPadding: Theme.margin
                onClicked: root.itemRequested(hitRow.modelData.teacherUuid, hitRow.modelData.uuid)

                background: Rectangle {
                    color: hitRow.down ? Theme.primaryLight : Theme.surface

                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: 1
                        color: Theme.divider
                    }
                }

                contentItem: ColumnLayout {
                    spacing: 2

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: hitRow.modelData.title
                        font.bold: true
                        wrapMode: Text.Wrap
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: [hitRow.modelData.teacherName, hitRow.modelData.dateText,
                               App.sectionNumber(hitRow.modelData.sectionKey) + ". " + App.sectionName(hitRow.modelData.sectionKey)]
                              .filter(part => part.length > 0).join(" · ")
                        color: Theme.secondaryText
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }

            QQC2.Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                visible: hitList.count === 0
                //: The search across all teachers found nothing.
                text: qsTr("Nothing found in the teachers' portfolios.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.secondaryText
            }
        }
    }

    Dialogs.FileDialog {
        id: csvDialog

        property string kind: "teachers"

        //: Title of the file chooser when saving a CSV file.
        title: qsTr("Save as CSV")
        fileMode: Dialogs.FileDialog.SaveFile
        defaultSuffix: "csv"
        currentFolder: Core.StandardPaths.writableLocation(Core.StandardPaths.DocumentsLocation)
        //: File chooser filter for CSV files.
        nameFilters: [qsTr("CSV files for spreadsheets (*.csv)")]
        onAccepted: {
            if (csvDialog.kind === "teachers")
                School.exportTeachersCsv(csvDialog.selectedFile);
            else
                School.exportItemsCsv(csvDialog.selectedFile);
        }
    }
}
