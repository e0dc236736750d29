pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// Presentation mode for the commission: the whole window, nothing to edit.
// A contents page lists the documents in the official section order;
// tapping one opens it, and swiping moves page by page through the
// documents. Pinch zooms a page. Search and the year and level filters
// narrow the contents. The screen stays on while this view exists.
Rectangle {
    id: root

    // The documents after search and filters, from Readiness.presentationItems().
    property var documents: []
    // Every page of every document in order: {documentIndex, pageIndex, pageCount, source}.
    property var slides: []
    property bool showingContents: true
    readonly property int currentSlide: slideList.currentIndex
    readonly property var currentDocument: root.slides.length > 0 && root.currentSlide >= 0
                                           ? root.documents[root.slides[root.currentSlide].documentIndex]
                                           : null

    property string searchText: ""
    property int year: 0
    property string level: ""

    signal closed()

    function refresh() {
        root.documents = readiness.presentationItems(root.searchText, root.year, root.level);
        const slides = [];
        root.documents.forEach((document, documentIndex) => {
            const count = Math.max(1, document.pages.length);
            for (let page = 0; page < count; ++page) {
                slides.push({
                    documentIndex: documentIndex,
                    pageIndex: page,
                    pageCount: count,
                    source: page < document.pages.length ? document.pages[page] : ""
                });
            }
        });
        root.slides = slides;
    }

    // Shows the first page of the document at `documentIndex` of `documents`.
    function openDocument(documentIndex: int) {
        const slide = root.slides.findIndex(entry => entry.documentIndex === documentIndex);
        if (slide < 0)
            return;
        root.showingContents = false;
        slideList.currentIndex = slide;
        slideList.positionViewAtIndex(slide, ListView.Beginning);
    }

    function showContents() {
        root.showingContents = true;
    }

    function next() {
        if (!root.showingContents && slideList.currentIndex < root.slides.length - 1)
            slideList.incrementCurrentIndex();
    }

    function previous() {
        if (!root.showingContents && slideList.currentIndex > 0)
            slideList.decrementCurrentIndex();
    }

    color: "#15191C"
    focus: true
    QQC2.Material.theme: QQC2.Material.Dark
    QQC2.Material.accent: "#7FD0DC"

    Component.onCompleted: {
        readiness.presenting = true;
        root.refresh();
        root.forceActiveFocus();
    }

    Keys.onRightPressed: root.next()
    Keys.onLeftPressed: root.previous()
    Keys.onEscapePressed: {
        if (root.showingContents)
            root.closed();
        else
            root.showContents();
    }

    Readiness {
        id: readiness

        objectName: "presentationReadiness"
        onChanged: root.refresh()
    }

    // The top bar: contents and filters, or the caption of the open document.
    Rectangle {
        id: bar

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: barLayout.implicitHeight + 2 * Theme.spacing
        color: "#22292E"

        ColumnLayout {
            id: barLayout

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                AppButton {
                    objectName: "contentsButton"
                    visible: !root.showingContents
                    //: Returns from a document to the contents in presentation mode.
                    text: qsTr("Contents")
                    accentColor: "#BFE6EC"
                    flat: true
                    onClicked: root.showContents()
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: root.showingContents || !root.currentDocument
                              //: Heading of the contents page in presentation mode.
                              ? qsTr("Portfolio contents")
                              : root.currentDocument.title
                        font.pixelSize: Theme.fontHeading
                        font.bold: true
                        color: "#FFFFFF"
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: {
                            if (root.showingContents || !root.currentDocument)
                                return App.teacherName;
                            const slide = root.slides[root.currentSlide];
                            const parts = [root.currentDocument.sectionLabel];
                            if (root.currentDocument.dateText.length > 0)
                                parts.push(root.currentDocument.dateText);
                            if (root.currentDocument.levelName.length > 0)
                                parts.push(root.currentDocument.levelName);
                            if (slide.pageCount > 1)
                                //: Page counter in presentation mode.
                                parts.push(qsTr("page %1 of %2").arg(slide.pageIndex + 1).arg(slide.pageCount));
                            return parts.join(" · ");
                        }
                        font.pixelSize: Theme.fontSmall
                        color: "#C9D3D8"
                        elide: Text.ElideRight
                    }
                }

                AppButton {
                    objectName: "closePresentationButton"
                    //: Leaves presentation mode.
                    text: qsTr("Finish")
                    accentColor: "#BFE6EC"
                    flat: true
                    onClicked: root.closed()
                }
            }

            // Search and filters, on the contents page only.
            Flow {
                Layout.fillWidth: true
                visible: root.showingContents
                spacing: Theme.spacing

                QQC2.TextField {
                    id: searchField

                    objectName: "presentationSearch"
                    width: Math.min(320, barLayout.width)
                    //: Placeholder of the search field in presentation mode.
                    placeholderText: qsTr("Search")
                    color: "#FFFFFF"
                    placeholderTextColor: "#9AA7AE"
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onTextEdited: searchDelay.restart()
                }

                QQC2.ComboBox {
                    id: yearBox

                    objectName: "yearFilter"
                    width: Math.min(200, (barLayout.width - Theme.spacing) / 2)
                    font.pixelSize: Theme.fontSmall
                    textRole: "name"
                    valueRole: "key"
                    model: [{key: 0, name: qsTr("All years")}].concat(
                        readiness.years.map(year => ({key: year, name: String(year)})))
                    onActivated: {
                        root.year = yearBox.currentValue;
                        root.refresh();
                    }
                }

                QQC2.ComboBox {
                    id: levelBox

                    objectName: "levelFilter"
                    width: Math.min(240, (barLayout.width - Theme.spacing) / 2)
                    font.pixelSize: Theme.fontSmall
                    textRole: "name"
                    valueRole: "key"
                    model: [{key: "", name: qsTr("All levels")}].concat(App.levels())
                    onActivated: {
                        root.level = levelBox.currentValue;
                        root.refresh();
                    }
                }
            }
        }
    }

    Timer {
        id: searchDelay

        interval: 300
        onTriggered: {
            root.searchText = searchField.text.trim();
            root.refresh();
        }
    }

    // The contents page: documents under their section headings.
    ListView {
        id: contentsList

        objectName: "contentsList"
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width, Theme.maxContentWidth + 2 * Theme.margin)
        visible: root.showingContents
        model: root.documents
        clip: true
        topMargin: Theme.spacing
        bottomMargin: Theme.margin
        QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {}

        delegate: ColumnLayout {
            id: entry

            required property var modelData
            required property int index

            width: contentsList.width
            spacing: 0

            QQC2.Label {
                Layout.fillWidth: true
                visible: entry.index === 0
                         || root.documents[entry.index - 1].sectionKey !== entry.modelData.sectionKey
                topPadding: Theme.margin
                bottomPadding: 4
                leftPadding: Theme.margin
                rightPadding: Theme.margin
                text: entry.modelData.sectionLabel
                font.bold: true
                color: "#7FD0DC"
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }

            QQC2.ItemDelegate {
                id: entryRow

                objectName: "contentsEntry" + entry.index
                Layout.fillWidth: true
                leftPadding: Theme.margin * 2
                rightPadding: Theme.margin
                Accessible.name: entry.modelData.title
                onClicked: root.openDocument(entry.index)

                background: Rectangle {
                    color: entryRow.down ? "#2C363C" : "transparent"
                }

                contentItem: RowLayout {
                    spacing: Theme.margin

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: entry.modelData.title
                        color: "#FFFFFF"
                        wrapMode: Text.Wrap
                    }

                    QQC2.Label {
                        text: [entry.modelData.levelName, entry.modelData.dateText]
                              .filter(part => part.length > 0).join(" · ")
                        font.pixelSize: Theme.fontSmall
                        color: "#C9D3D8"
                    }
                }
            }
        }

        QQC2.Label {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            visible: contentsList.count === 0
            //: Presentation mode when search or filters leave no document.
            text: qsTr("No document matches the search and filters.")
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: "#C9D3D8"
        }
    }

    // The documents, one page per slide; swipe sideways for the next page.
    ListView {
        id: slideList

        objectName: "slideList"
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        visible: !root.showingContents
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: 200
        boundsBehavior: Flickable.StopAtBounds
        model: root.slides
        clip: true
        // A zoomed page pans instead of swiping to the next one.
        interactive: !(slideList.currentItem && slideList.currentItem.zoomed)

        delegate: Slide {}
    }

    component Slide: Item {
        id: slide

        required property var modelData
        required property int index
        readonly property bool hasImage: String(slide.modelData.source).length > 0
        readonly property bool zoomed: viewer.zoomed

        width: slideList.width
        height: slideList.height

        PageViewer {
            id: viewer

            anchors.fill: parent
            anchors.margins: Theme.spacing
            visible: slide.hasImage
            source: slide.hasImage ? slide.modelData.source : ""
            //: Accessible description of a page in presentation mode.
            description: qsTr("Page %1 of %2").arg(slide.modelData.pageIndex + 1).arg(slide.modelData.pageCount)
        }

        // A document without an image page, e.g. a DOCX file.
        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.margin, Theme.maxContentWidth)
            visible: !slide.hasImage
            spacing: Theme.spacing

            QQC2.Label {
                Layout.fillWidth: true
                text: root.documents[slide.modelData.documentIndex]?.title ?? ""
                font.pixelSize: Theme.fontTitle
                color: "#FFFFFF"
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: root.documents[slide.modelData.documentIndex]?.documentName ?? ""
                color: "#C9D3D8"
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
