pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// Files the draft the importer prepared from photos and files: the user
// checks the pages, picks the section and fills in the details. With
// `appendToUuid` set, the pages are added to that item instead.
QQC2.Page {
    id: root

    required property Importer importer
    property string preselectedSection: ""
    property string appendToUuid: ""
    property bool canCapture: false
    readonly property bool appending: root.appendToUuid.length > 0
    readonly property bool hasUnsavedWork: root.importer.pageCount > 0 || root.importer.busy

    signal addPhotoRequested()
    signal addFromFileRequested()

    // True from the save request until the importer reports saved() or failed().
    property bool saving: false
    // The page shown on the review screen under the page list, -1 for none.
    property int reviewIndex: -1
    readonly property var reviewedPage: root.reviewIndex >= 0 && root.reviewIndex < root.importer.pageCount
                                        ? root.importer.previews[root.reviewIndex] : null

    function save() {
        if (root.appending) {
            root.saving = root.importer.appendTo(root.appendToUuid);
            return;
        }
        if (form.date.length === 0) {
            noDateDialog.open();
            return;
        }
        root.fileDraft();
    }

    function showReview() {
        const review = reviewRepeater.itemAt(0);
        if (!review)
            return;
        const top = review.mapToItem(scroller.contentItem, 0, 0).y - Theme.spacing;
        scroller.contentY = Math.max(0, Math.min(top, scroller.contentHeight - scroller.height));
    }

    // Scrolls to the recognition status above the form, instead of the review screen.
    function showForm() {
        showReviewLater.stop();
        const top = recognitionStatus.mapToItem(scroller.contentItem, 0, 0).y - Theme.spacing;
        scroller.contentY = Math.max(0, Math.min(top, scroller.contentHeight - scroller.height));
    }

    function fileDraft() {
        const values = form.values();
        root.saving = root.importer.save({
            sectionKey: values.sectionKey,
            kind: values.kind,
            title: values.title,
            date: values.date,
            endDate: values.endDate,
            issuer: values.issuer,
            level: values.level,
            notes: values.notes,
            fields: values.fields
        });
    }

    title: root.appending
           //: Title of the page that adds pages to an existing item.
           ? qsTr("Add pages")
           //: Title of the page that files a new item.
           : qsTr("New document")
    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: {
        form.load({sectionKey: root.preselectedSection});
        if (form.title.length === 0)
            form.title = root.importer.suggestedTitle;
        if (root.importer.recognitionState === "ready")
            form.applySuggestions(root.importer.suggestions);
    }

    Connections {
        target: root.importer

        function onDraftChanged() {
            if (form.title.length === 0)
                form.title = root.importer.suggestedTitle;
            if (root.reviewIndex >= root.importer.pageCount)
                root.reviewIndex = root.importer.pageCount - 1;
        }

        // Newly prepared photos open on the review screen, the last one first,
        // scrolled into view.
        function onPrepared() {
            root.reviewIndex = root.importer.pageCount - 1;
            showReviewLater.restart();
        }

        function onSuggestionsChanged() {
            if (!root.appending && root.importer.recognitionState === "ready")
                form.applySuggestions(root.importer.suggestions);
        }

        function onSaved(uuid: string) {
            root.saving = false;
        }

        function onFailed(message: string) {
            root.saving = false;
        }
    }

    // Scrolls once the layout has placed the new review screen.
    Timer {
        id: showReviewLater

        interval: 100
        onTriggered: root.showReview()
    }

    Flickable {
        id: scroller
        objectName: "scroller"

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

            QQC2.Pane {
                Layout.fillWidth: true
                // A recrop shows its progress on the review screen instead.
                visible: root.importer.busy && root.importer.recropIndex < 0
                padding: Theme.margin
                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.divider
                }

                contentItem: ColumnLayout {
                    spacing: Theme.spacing

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.margin

                        QQC2.BusyIndicator {
                            running: root.importer.busy
                        }

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: root.saving
                                  //: Shown while a new item is written to the portfolio.
                                  ? qsTr("Saving…")
                                  //: Shown while photos and files are read, straightened and scanned for codes.
                                  : qsTr("Preparing the pages…")
                            wrapMode: Text.Wrap
                        }
                    }

                    QQC2.ProgressBar {
                        Layout.fillWidth: true
                        visible: !root.saving
                        value: root.importer.progress
                    }

                    AppButton {
                        visible: !root.saving
                        text: qsTr("Cancel")
                        flat: true
                        onClicked: root.importer.cancel()
                    }
                }
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: root.importer.errorMessage.length > 0
                text: root.importer.errorMessage
                color: Theme.error
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
            }

            QQC2.Label {
                objectName: "duplicateNotice"
                Layout.fillWidth: true
                visible: root.importer.duplicateNotice.length > 0
                text: root.importer.duplicateNotice
                color: Theme.warning
                wrapMode: Text.Wrap
                padding: Theme.spacing / 2
                background: Rectangle {
                    color: Theme.warningBackground
                    border.color: Theme.warningBorder
                    radius: 4
                }
                Accessible.role: Accessible.AlertMessage
            }

            QQC2.Label {
                Layout.fillWidth: true
                //: Heading of the draft's pages; %1 is their number.
                text: qsTr("Pages (%1)").arg(root.importer.pageCount)
                font.pixelSize: Theme.fontHeading
                font.bold: true
                Accessible.role: Accessible.Heading
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: root.importer.pageCount === 0 && !root.importer.busy
                text: qsTr("No pages yet. Take a photo of the document or choose a file.")
                color: Theme.secondaryText
                wrapMode: Text.Wrap
            }

            ListView {
                id: previewList

                Layout.fillWidth: true
                Layout.preferredHeight: 200
                visible: root.importer.pageCount > 0
                orientation: ListView.Horizontal
                spacing: Theme.spacing
                clip: true
                model: root.importer.previews
                QQC2.ScrollIndicator.horizontal: QQC2.ScrollIndicator {}

                delegate: Rectangle {
                    id: preview

                    required property int index
                    required property var modelData

                    readonly property bool reviewed: root.reviewIndex === preview.index

                    width: 150
                    height: previewList.height
                    radius: 4
                    color: preview.reviewed ? Theme.surfaceSelected : Theme.surface
                    border.color: preview.reviewed ? Theme.primary : Theme.divider
                    border.width: preview.reviewed ? 3 : 1

                    // Tapping an image page opens it on the review screen.
                    TapHandler {
                        enabled: preview.modelData.isImage
                        onTapped: root.reviewIndex = preview.index
                    }

                    Image {
                        anchors.fill: parent
                        anchors.margins: 4
                        anchors.bottomMargin: pageName.visible ? pageName.height + 8 : 4
                        visible: String(preview.modelData.source).length > 0
                        source: preview.modelData.source
                        sourceSize.width: 300
                        sourceSize.height: 400
                        asynchronous: true
                        fillMode: Image.PreserveAspectFit
                    }

                    // The file type in place of a preview for documents without one.
                    QQC2.Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: 48
                        visible: preview.modelData.isDocument && String(preview.modelData.source).length === 0
                        text: {
                            const name = String(preview.modelData.name);
                            const dot = name.lastIndexOf(".");
                            return dot > 0 ? name.substring(dot + 1).toUpperCase() : "";
                        }
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.secondaryText
                    }

                    QQC2.Label {
                        id: pageName

                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        anchors.margins: 4
                        visible: preview.modelData.isDocument
                        text: preview.modelData.name + "\n" + App.formatByteSize(preview.modelData.size)
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WrapAnywhere
                        maximumLineCount: 4
                        elide: Text.ElideMiddle
                        horizontalAlignment: Text.AlignHCenter
                    }

                    FloatingButton {
                        anchors.top: parent.top
                        anchors.right: parent.right
                        width: Theme.touchTarget
                        height: Theme.touchTarget
                        enabled: !root.importer.busy
                        text: "×"
                        font.pixelSize: Theme.fontTitle
                        //: Removes one page from the draft; %1 is its number.
                        Accessible.name: qsTr("Remove page %1").arg(preview.index + 1)
                        QQC2.ToolTip.visible: hovered
                        QQC2.ToolTip.text: Accessible.name
                        onClicked: root.importer.removePage(preview.index)
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                AppButton {
                    visible: root.canCapture
                    enabled: !root.importer.busy
                    //: Takes one more photo for the same document.
                    text: root.importer.pageCount > 0 ? qsTr("Take another photo") : qsTr("Take a photo")
                    onClicked: root.addPhotoRequested()
                }

                AppButton {
                    enabled: !root.importer.busy
                    //: Adds more files or photos to the same document.
                    text: root.importer.pageCount > 0 ? qsTr("Add another page") : qsTr("Choose a photo or file")
                    onClicked: root.addFromFileRequested()
                }
            }

            Repeater {
                id: reviewRepeater

                // One review screen or none: a Loader cannot create
                // components of a bound file in Qt 6.4.
                model: root.reviewedPage && root.reviewedPage.isImage
                       && String(root.reviewedPage.originalSource).length > 0 ? 1 : 0

                PageReview {
                    objectName: "pageReview"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    importer: root.importer
                    pageIndex: root.reviewIndex
                    page: root.reviewedPage
                }
            }

            BarcodeList {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                codes: root.importer.barcodes
            }

            // What text recognition is doing for the form below.
            QQC2.Label {
                id: recognitionStatus
                objectName: "recognitionStatus"
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                visible: !root.appending && root.importer.pageCount > 0 && text.length > 0
                text: {
                    switch (root.importer.recognitionState) {
                    case "running":
                        //: Shown while the app reads the text of the photographed page.
                        return qsTr("Reading the text on the page to suggest the fields…");
                    case "ready":
                        return form.hasSuggestions
                               //: Shown above the form when fields were filled in from the page.
                               ? qsTr("Fields marked «Suggested» were read from the page. Check or correct them, then save.")
                               : "";
                    case "unavailable":
                    case "failed":
                        return root.importer.recognitionMessage;
                    default:
                        return "";
                    }
                }
                color: root.importer.recognitionState === "ready" ? Theme.textOnPrimaryLight : Theme.secondaryText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                padding: root.importer.recognitionState === "ready" ? Theme.spacing : 0
                background: Rectangle {
                    visible: root.importer.recognitionState === "ready"
                    color: Theme.primaryLight
                    radius: Theme.radius
                }
            }

            ItemForm {
                id: form

                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                visible: !root.appending
            }

            AppButton {
                objectName: "saveButton"
                Layout.alignment: Qt.AlignRight
                Layout.topMargin: Theme.margin
                enabled: !root.importer.busy && root.importer.pageCount > 0
                text: root.appending
                      //: Adds the draft's pages to the existing item.
                      ? qsTr("Add to the document")
                      : form.hasSuggestions
                        //: Saves the item and accepts the fields suggested from the page as checked.
                        ? qsTr("Confirm and save")
                        : qsTr("Save")
                highlighted: true
                onClicked: root.save()
            }
        }
    }

    ConfirmDialog {
        id: noDateDialog

        //: Title of the warning before saving an item without a date.
        title: qsTr("Save without a date?")
        text: qsTr("The document will be marked incomplete until you add its date: every portfolio material must carry a date.")
        //: Saves the item although it has no date.
        acceptText: qsTr("Save without a date")
        //: Closes the warning so the user can pick the date.
        rejectText: qsTr("Choose the date")
        onAccepted: root.fileDraft()
    }
}
