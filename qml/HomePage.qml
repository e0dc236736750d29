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
    signal readinessRequested()

    // How the list groups the items: "school" by the sections of the
    // school's guidance, "rules2024" by the four directions of the 2024 rules.
    property string grouping: "school"

    // Required documents not filed yet, summed over all sections.
    property int missingRequiredTotal: 0
    // Items the school's review returned and the teacher has not changed since.
    property var returnedItems: School.returnedItems()

    // Shows the results for `text` as if the user had typed it.
    function search(text: string) {
        searchField.text = text;
        searchResults.searchText = text.trim();
    }
    // The portfolio key of every section row, to head each portfolio's first row.
    property var portfolioKeys: []

    // Missing required documents of every section row.
    property var missingRequiredCounts: []

    function recordSection(index: int, portfolioKey: string, missingRequired: int) {
        const keys = root.portfolioKeys.slice(0, sectionFacts.count);
        keys[index] = portfolioKey;
        root.portfolioKeys = keys;
        const counts = root.missingRequiredCounts.slice(0, sectionFacts.count);
        counts[index] = missingRequired;
        root.missingRequiredCounts = counts;
        root.missingRequiredTotal = counts.reduce((sum, count) => sum + (count || 0), 0);
    }

    // Scrolls the list so that the grouping switch is at the top.
    function scrollToGrouping() {
        sectionList.contentY = Math.max(0, Math.min(groupingSwitch.y - Theme.spacing,
                                                    sectionList.contentHeight - sectionList.height));
    }

    //: Title of the start page.
    title: App.readOnly ? App.teacherName : qsTr("My portfolio")

    Connections {
        target: App

        function onRevisionChanged() {
            root.returnedItems = School.returnedItems();
        }
    }
    background: Rectangle {
        color: Theme.background
    }

    SectionsModel {
        id: sections
    }

    ItemsModel {
        id: searchResults
    }

    Readiness {
        id: readiness
    }

    // NOTE: sums a role in QML because SectionsModel has no total of
    // missing required documents; replace with a model property once it has one.
    Instantiator {
        id: sectionFacts

        model: sections
        delegate: QtObject {
            id: facts

            required property int index
            required property string portfolioKey
            required property int missingRequired

            Component.onCompleted: root.recordSection(facts.index, facts.portfolioKey, facts.missingRequired)
            onMissingRequiredChanged: root.recordSection(facts.index, facts.portfolioKey, facts.missingRequired)
        }
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

        RowLayout {
            anchors.fill: parent
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

    // A Flickable with a Repeater rather than a ListView with a header and
    // section delegates, which Qt 6.4 cannot create in a file with
    // ComponentBehavior: Bound. There are only 13 sections.
    Flickable {
        id: sectionList

        anchors.fill: parent
        visible: searchResults.searchText.length === 0
        contentWidth: width
        contentHeight: sectionColumn.implicitHeight + (root.compact ? 96 : Theme.margin)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {}

        ColumnLayout {
            id: sectionColumn

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

                    AppButton {
                        text: qsTr("Back to my portfolio")
                        highlighted: true
                        accentColor: Theme.sample
                        onClicked: App.returnToOwnPortfolio()
                    }
                }
            }

            Card {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: !App.isOpen

                contentItem: ColumnLayout {
                    spacing: Theme.spacing

                    QQC2.Label {
                        Layout.fillWidth: true
                        //: Shown instead of the portfolio when its folder could not be opened.
                        text: qsTr("The portfolio is not open. The message above says why.")
                        font.bold: true
                        wrapMode: Text.Wrap
                    }

                    AppButton {
                        //: Opens the teacher's portfolio again after an error.
                        text: qsTr("Try again")
                        highlighted: true
                        onClicked: App.returnToOwnPortfolio()
                    }
                }
            }

            Card {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: App.isOpen

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
                        text: qsTr("Fill in your profile: name, school, subject and category. These details form the first section of the Documents portfolio.")
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
                        visible: root.returnedItems.length > 0
                        //: Summary on the start page: items the school's review returned.
                        text: qsTr("%n document(s) returned by the school for correction", "", root.returnedItems.length)
                        color: Theme.error
                        font.bold: true
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

                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: App.isOpen
                        text: readiness.ready
                              //: Summary on the start page.
                              ? qsTr("Ready for the commission")
                              //: Summary on the start page; %1 is a percentage, %n the number of findings.
                              : qsTr("Readiness %1%: %n thing(s) to fix", "", readiness.findingCount).arg(readiness.percent)
                        color: readiness.ready ? Theme.success : Theme.warning
                        font.bold: true
                        wrapMode: Text.Wrap
                    }

                    AppButton {
                        objectName: "readinessButton"
                        //: Opens the readiness page from the start page.
                        text: qsTr("Check readiness")
                        onClicked: root.readinessRequested()
                    }

                    AppButton {
                        text: App.teacherName.length > 0
                              //: Opens the teacher's profile.
                              ? qsTr("Profile")
                              //: Opens the teacher's profile to fill it in.
                              : qsTr("Fill in the profile")
                        visible: !App.readOnly
                        flat: App.teacherName.length > 0
                        highlighted: App.teacherName.length === 0
                        onClicked: root.profileRequested()
                    }
                }
            }

            Card {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: sections.totalItems === 0 && !App.isSample && !App.readOnly

                contentItem: ColumnLayout {
                    spacing: Theme.spacing

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: qsTr("Want to see how a filled portfolio looks first? The sample is kept apart from yours.")
                        wrapMode: Text.Wrap
                    }

                    AppButton {
                        text: qsTr("Open a sample portfolio")
                        onClicked: App.openSamplePortfolio()
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: !App.readOnly
                spacing: Theme.spacing

                AppButton {
                    visible: !root.compact
                    text: qsTr("Add document")
                    highlighted: true
                    onClicked: root.addRequested()
                }

                AppButton {
                    text: qsTr("Add from file")
                    onClicked: root.addFromFileRequested()
                }
            }

            // The switch between the two groupings of the same items.
            RowLayout {
                id: groupingSwitch

                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.topMargin: Theme.spacing
                spacing: 0

                AppButton {
                    objectName: "groupBySchool"
                    font.pixelSize: Theme.fontSmall
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    checkable: true
                    checked: root.grouping === "school"
                    //: Groups the start page by the sections of the school's guidance.
                    text: qsTr("School guidance")
                    onClicked: root.grouping = "school"
                }

                AppButton {
                    objectName: "groupByRules2024"
                    font.pixelSize: Theme.fontSmall
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    checkable: true
                    checked: root.grouping === "rules2024"
                    //: Groups the start page by the four directions of the attestation rules of 2024.
                    text: qsTr("2024 rules")
                    onClicked: root.grouping = "rules2024"
                }
            }

            DirectionsView {
                objectName: "directionsView"
                Layout.fillWidth: true
                visible: root.grouping === "rules2024"
                onItemRequested: uuid => root.itemRequested(uuid)
            }

            ColumnLayout {
                Layout.fillWidth: true
                visible: root.grouping === "school"
                spacing: 0

                Repeater {
                    model: sections

                    ColumnLayout {
                        id: sectionEntry

                        required property int index
                        required property string key
                        required property string number
                        required property string name
                        required property string portfolioKey
                        required property string portfolioName
                        required property int itemCount
                        required property int incompleteCount
                        required property int missingRequired

                        Layout.fillWidth: true
                        spacing: 0

                        // The portfolio's name above its first section.
                        QQC2.Label {
                            Layout.fillWidth: true
                            visible: sectionEntry.index === 0
                                     || root.portfolioKeys[sectionEntry.index - 1] !== sectionEntry.portfolioKey
                            topPadding: Theme.margin
                            bottomPadding: Theme.spacing
                            leftPadding: Theme.margin
                            rightPadding: Theme.margin
                            text: sectionEntry.portfolioName
                            font.pixelSize: Theme.fontHeading
                            font.bold: true
                            color: Theme.primary
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.Heading
                        }

                        QQC2.ItemDelegate {
                            id: sectionRow

                            Layout.fillWidth: true
                            padding: Theme.spacing
                            leftPadding: Theme.margin
                            rightPadding: Theme.margin
                            highlighted: sectionEntry.key === root.currentSectionKey
                            Accessible.name: sectionEntry.number + ". " + sectionEntry.name
                            onClicked: root.sectionRequested(sectionEntry.key)

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
                                        text: sectionEntry.number
                                        font.bold: true
                                        font.pixelSize: sectionEntry.number.length > 2 ? Theme.fontSmall : Theme.fontBody
                                        color: Theme.textOnPrimaryLight
                                    }
                                }

                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 4

                                    QQC2.Label {
                                        Layout.fillWidth: true
                                        text: sectionEntry.name
                                        wrapMode: Text.Wrap
                                        color: Theme.text
                                    }

                                    Flow {
                                        Layout.fillWidth: true
                                        spacing: Theme.spacing

                                        QQC2.Label {
                                            text: sectionEntry.itemCount > 0
                                                  ? qsTr("%n document(s)", "", sectionEntry.itemCount)
                                                  //: Section with no documents yet.
                                                  : qsTr("Empty")
                                            font.pixelSize: Theme.fontSmall
                                            color: Theme.secondaryText
                                        }

                                        Badge {
                                            visible: sectionEntry.incompleteCount > 0
                                            //: Badge on a section: items without a date.
                                            text: qsTr("%n without a date", "", sectionEntry.incompleteCount)
                                        }

                                        Badge {
                                            visible: sectionEntry.missingRequired > 0
                                            //: Badge on a section: required documents not added yet.
                                            text: qsTr("%n required missing", "", sectionEntry.missingRequired)
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

    FloatingButton {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        visible: root.compact && !App.readOnly
        text: "+"
        //: Floating button on phones.
        Accessible.name: qsTr("Add document")
        QQC2.ToolTip.visible: hovered
        QQC2.ToolTip.text: Accessible.name
        onClicked: root.addRequested()
    }
}
