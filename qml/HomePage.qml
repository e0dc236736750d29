pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// The start page: who the portfolio belongs to, how ready it is, the
// sections of both portfolios and the tables I-VIII, and a search across
// all items.
QQC2.Page {
    id: root

    // The section shown beside this list in the two-pane layout, "" for none.
    property string currentSectionKey: ""
    // On phones the primary action is a floating button; on wide screens a
    // button at the top of the list.
    property bool compact: true

    signal sectionRequested(key: string)
    signal itemRequested(uuid: string)
    signal addRequested()
    signal addFromFileRequested()
    signal profileRequested()

    // Required documents not filed yet, summed over all sections.
    property int missingRequiredTotal: 0

    function updateMissingRequired() {
        let total = 0;
        for (let i = 0; i < missingCounter.count; ++i) {
            const counter = missingCounter.objectAt(i) as MissingCount;
            if (counter)
                total += counter.missingRequired;
        }
        root.missingRequiredTotal = total;
    }

    //: Title of the start page.
    title: qsTr("My portfolio")
    background: Rectangle {
        color: Theme.background
    }

    component MissingCount: QtObject {
        required property int missingRequired
    }

    SectionsModel {
        id: sections
    }

    ItemsModel {
        id: searchResults
    }

    // NOTE: sums a role in QML because SectionsModel has no total of
    // missing required documents; replace with a model property once it has one.
    Instantiator {
        id: missingCounter

        model: sections
        delegate: MissingCount {}
        onObjectAdded: root.updateMissingRequired()
        onObjectRemoved: root.updateMissingRequired()
    }

    Timer {
        id: searchDelay

        interval: 300
        onTriggered: searchResults.searchText = searchField.text.trim()
    }

    header: QQC2.Pane {
        padding: Theme.spacing
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        background: Rectangle {
            color: Theme.surface

            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        contentItem: RowLayout {
            spacing: Theme.spacing

            QQC2.TextField {
                id: searchField

                Layout.fillWidth: true
                //: Placeholder of the search field on the start page.
                placeholderText: qsTr("Search all documents")
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: placeholderText
                onTextEdited: searchDelay.restart()
                Keys.onEscapePressed: event => {
                    if (searchField.text.length === 0) {
                        event.accepted = false;
                        return;
                    }
                    searchField.clear();
                    searchResults.searchText = "";
                }
            }

            QQC2.ToolButton {
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                visible: searchField.text.length > 0
                text: "×"
                font.pixelSize: Theme.fontTitle
                //: Button that empties the search field.
                Accessible.name: qsTr("Clear the search")
                onClicked: {
                    searchField.clear();
                    searchResults.searchText = "";
                }
            }
        }
    }

    component Card: QQC2.Pane {
        id: card

        property color fill: Theme.surface
        property color borderColor: Theme.divider

        Layout.fillWidth: true
        padding: Theme.margin
        background: Rectangle {
            color: card.fill
            radius: Theme.radius
            border.color: card.borderColor
        }
    }

    ListView {
        id: sectionList

        anchors.fill: parent
        visible: searchResults.searchText.length === 0
        model: sections
        clip: true
        bottomMargin: root.compact ? 96 : Theme.margin
        QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {}

        header: ColumnLayout {
            width: sectionList.width
            spacing: Theme.spacing

            Item {
                Layout.preferredHeight: Theme.spacing
            }

            Card {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: App.isSample
                fill: Theme.sampleBackground
                borderColor: Theme.sample

                contentItem: ColumnLayout {
                    spacing: Theme.spacing

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: qsTr("This is a sample portfolio. Changes here do not touch your own portfolio.")
                        color: Theme.sample
                        font.bold: true
                        wrapMode: Text.Wrap
                    }

                    QQC2.Button {
                        text: qsTr("Back to my portfolio")
                        QQC2.Material.background: Theme.sample
                        QQC2.Material.foreground: Theme.textOnPrimary
                        onClicked: App.returnToOwnPortfolio()
                    }
                }
            }

            Card {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin

                contentItem: ColumnLayout {
                    spacing: Theme.spacing

                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: App.teacherName.length > 0
                        text: App.teacherName
                        font.pixelSize: Theme.fontHeading
                        font.bold: true
                        wrapMode: Text.Wrap
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: App.teacherName.length === 0
                        text: qsTr("Fill in your profile: name, school, subject and category. It opens the Documents portfolio.")
                        wrapMode: Text.Wrap
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: sections.totalItems === 0
                              ? qsTr("The portfolio is empty. Add the first document: photograph it or choose a file.")
                              //: Summary on the start page.
                              : qsTr("%n document(s) in the portfolio", "", sections.totalItems)
                        wrapMode: Text.Wrap
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: sections.incompleteItems > 0
                        //: Summary on the start page.
                        text: qsTr("%n document(s) without a date: add the date, every material must carry one.", "",
                                   sections.incompleteItems)
                        color: Theme.warning
                        wrapMode: Text.Wrap
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: root.missingRequiredTotal > 0
                        //: Summary on the start page.
                        text: qsTr("%n required document(s) not added yet", "", root.missingRequiredTotal)
                        color: Theme.warning
                        wrapMode: Text.Wrap
                    }

                    QQC2.Button {
                        text: App.teacherName.length > 0
                              //: Opens the teacher's profile.
                              ? qsTr("Profile")
                              //: Opens the teacher's profile to fill it in.
                              : qsTr("Fill in the profile")
                        flat: App.teacherName.length > 0
                        highlighted: App.teacherName.length === 0
                        onClicked: root.profileRequested()
                    }
                }
            }

            Card {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: sections.totalItems === 0 && !App.isSample

                contentItem: ColumnLayout {
                    spacing: Theme.spacing

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: qsTr("Want to see how a filled portfolio looks first? The sample is kept apart from yours.")
                        wrapMode: Text.Wrap
                    }

                    QQC2.Button {
                        text: qsTr("Open a sample portfolio")
                        onClicked: App.openSamplePortfolio()
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                spacing: Theme.spacing

                QQC2.Button {
                    visible: !root.compact
                    text: qsTr("Add document")
                    highlighted: true
                    onClicked: root.addRequested()
                }

                QQC2.Button {
                    text: qsTr("Add from file")
                    onClicked: root.addFromFileRequested()
                }
            }
        }

        section.property: "portfolioName"
        section.criteria: ViewSection.FullString
        section.delegate: QQC2.Label {
            required property string section

            width: sectionList.width
            topPadding: Theme.margin
            bottomPadding: Theme.spacing
            leftPadding: Theme.margin
            rightPadding: Theme.margin
            text: section
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.primary
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }

        delegate: QQC2.ItemDelegate {
            id: sectionRow

            required property string key
            required property string number
            required property string name
            required property int itemCount
            required property int incompleteCount
            required property int missingRequired

            width: sectionList.width
            padding: Theme.spacing
            leftPadding: Theme.margin
            rightPadding: Theme.margin
            highlighted: sectionRow.key === root.currentSectionKey
            Accessible.name: sectionRow.number + ". " + sectionRow.name
            onClicked: root.sectionRequested(sectionRow.key)

            background: Rectangle {
                color: sectionRow.highlighted ? Theme.surfaceSelected
                                              : (sectionRow.down ? Theme.primaryLight : Theme.surface)

                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
            }

            contentItem: RowLayout {
                spacing: Theme.margin

                Rectangle {
                    Layout.preferredWidth: 44
                    Layout.preferredHeight: 44
                    Layout.alignment: Qt.AlignTop
                    radius: 22
                    color: Theme.primaryLight

                    QQC2.Label {
                        anchors.centerIn: parent
                        text: sectionRow.number
                        font.bold: true
                        font.pixelSize: sectionRow.number.length > 2 ? Theme.fontSmall : Theme.fontBody
                        color: Theme.textOnPrimaryLight
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 4

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: sectionRow.name
                        wrapMode: Text.Wrap
                        color: Theme.text
                    }

                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        QQC2.Label {
                            text: sectionRow.itemCount > 0
                                  ? qsTr("%n document(s)", "", sectionRow.itemCount)
                                  //: Section with no documents yet.
                                  : qsTr("Empty")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.secondaryText
                        }

                        Badge {
                            visible: sectionRow.incompleteCount > 0
                            //: Badge on a section: items without a date.
                            text: qsTr("%n without a date", "", sectionRow.incompleteCount)
                        }

                        Badge {
                            visible: sectionRow.missingRequired > 0
                            //: Badge on a section: required documents not added yet.
                            text: qsTr("%n required missing", "", sectionRow.missingRequired)
                        }
                    }
                }

                QQC2.Label {
                    text: "›"
                    font.pixelSize: Theme.fontTitle
                    color: Theme.secondaryText
                }
            }
        }
    }

    component Badge: QQC2.Label {
        leftPadding: Theme.spacing
        rightPadding: Theme.spacing
        topPadding: 2
        bottomPadding: 2
        font.pixelSize: Theme.fontSmall
        color: Theme.warning
        background: Rectangle {
            radius: 4
            color: Theme.warningBackground
            border.color: Theme.warningBorder
        }
    }

    ListView {
        id: resultList

        anchors.fill: parent
        visible: searchResults.searchText.length > 0
        model: searchResults
        clip: true
        bottomMargin: root.compact ? 96 : Theme.margin
        QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {}

        delegate: ItemRow {
            id: resultRow

            required property string uuid
            required property string sectionKey

            width: resultList.width
            extraText: App.sectionNumber(resultRow.sectionKey) + ". " + App.sectionName(resultRow.sectionKey)
            onClicked: root.itemRequested(resultRow.uuid)
        }

        QQC2.Label {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            visible: resultList.count === 0
            //: Search on the start page found no item.
            text: qsTr("Nothing found. Try another word from the title, the issuer or the notes.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.secondaryText
        }
    }

    QQC2.RoundButton {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        width: 64
        height: 64
        visible: root.compact
        text: "+"
        font.pixelSize: 28
        highlighted: true
        //: Floating button on phones.
        Accessible.name: qsTr("Add document")
        QQC2.ToolTip.visible: hovered
        QQC2.ToolTip.text: Accessible.name
        onClicked: root.addRequested()
    }
}
