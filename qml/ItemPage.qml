pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// One portfolio item: its pages to look at and its details to edit. Wide
// screens show pages and details side by side, phones as two tabs.
QQC2.Page {
    id: root

    required property string uuid
    property bool canCapture: false
    readonly property bool hasUnsavedWork: root.dirty
    readonly property bool split: root.width >= Theme.itemSplitBreakpoint
    // Administration mode shows a teacher's item without editing controls.
    readonly property bool readOnly: App.readOnly

    signal addPhotoRequested(uuid: string)
    signal addFromFileRequested(uuid: string)
    // Emitted after the item was deleted.
    signal deleted()

    property bool dirty: false
    // Set while the form's values are copied into the editor, whose every
    // property change reports loaded().
    property bool writing: false
    // A copy of editor.pages, so that edits of other properties do not
    // rebuild the page views.
    property var pageList: []

    function resetForm() {
        form.load({
            sectionKey: editor.sectionKey,
            kind: editor.kind,
            title: editor.title,
            issuer: editor.issuer,
            level: editor.level,
            date: editor.date,
            endDate: editor.endDate,
            notes: editor.notes,
            fields: editor.fields
        });
        root.dirty = false;
    }

    function refreshPages() {
        // A JavaScript copy: in Qt 6.4 the list read from editor.pages stays
        // a reference to that property, which then changes under pageList
        // without notifying its bindings.
        const pages = Array.from(editor.pages);
        if (JSON.stringify(pages) !== JSON.stringify(root.pageList))
            root.pageList = pages;
    }

    function save() {
        const values = form.values();
        root.writing = true;
        editor.sectionKey = values.sectionKey;
        editor.kind = values.kind;
        editor.title = values.title;
        editor.issuer = values.issuer;
        editor.level = values.level;
        editor.date = values.date;
        editor.endDate = values.endDate;
        editor.notes = values.notes;
        editor.fields = values.fields;
        const saved = editor.save();
        root.writing = false;
        if (saved) {
            root.resetForm();
            root.refreshPages();
        }
    }

    title: editor.exists && editor.title.length > 0 ? editor.title
                                                     //: Title of the item page before the item has a title.
                                                     : qsTr("Document")
    background: Rectangle {
        color: Theme.background
    }

    ItemEditor {
        id: editor

        uuid: root.uuid
    }

    Component.onCompleted: {
        root.resetForm();
        root.refreshPages();
    }

    Connections {
        target: editor

        function onLoaded() {
            if (root.writing)
                return;
            root.refreshPages();
            if (!root.dirty)
                root.resetForm();
        }
    }

    // Pages appended from the add page arrive through the store.
    Connections {
        target: App

        function onRevisionChanged() {
            if (!root.writing)
                editor.reload();
        }
    }

    header: ColumnLayout {
        spacing: 0

        // The administration's review: the marks on the school's side, the
        // status and comment on the teacher's.
        ReviewPanel {
            id: reviewPanel

            Layout.fillWidth: true
            uuid: root.uuid
            visible: editor.exists && (root.readOnly || reviewPanel.status.length > 0)
        }

        QQC2.Pane {
            Layout.fillWidth: true
            visible: editor.exists && !editor.complete
            padding: Theme.spacing
            leftPadding: Theme.margin
            background: Rectangle {
                color: Theme.warningBackground
                border.color: Theme.warningBorder
            }

            contentItem: QQC2.Label {
                //: Banner on an item without a date.
                text: qsTr("Incomplete: no date. Add the date of the document or of the event, then save.")
                color: Theme.warning
                wrapMode: Text.Wrap
            }
        }

        QQC2.TabBar {
            id: tabs

            Layout.fillWidth: true
            visible: !root.split && editor.exists

            QQC2.TabButton {
                //: Tab with the photographed pages of an item.
                text: qsTr("Pages (%1)").arg(root.pageList.length)
            }

            QQC2.TabButton {
                //: Tab with the editable details of an item.
                text: qsTr("Details")
            }
        }
    }

    QQC2.Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        visible: !editor.exists
        text: qsTr("This document is no longer in the portfolio.")
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontHeading
    }

    GridLayout {
        anchors.fill: parent
        visible: editor.exists
        columns: root.split ? 3 : 1
        columnSpacing: 0
        rowSpacing: 0

        ColumnLayout {
            id: pagesPane

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.split || tabs.currentIndex === 0
            spacing: 0

            QQC2.SwipeView {
                id: pageSwipe

                property bool pageZoomed: false

                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                interactive: !pageSwipe.pageZoomed
                onCurrentIndexChanged: pageSwipe.pageZoomed = false

                Repeater {
                    model: root.pageList

                    Item {
                        id: pageSlot

                        required property var modelData
                        required property int index
                        readonly property bool isCurrent: QQC2.SwipeView.isCurrentItem
                        // Only the current page and its neighbours hold decoded images.
                        readonly property bool loaded: QQC2.SwipeView.isCurrentItem || QQC2.SwipeView.isNextItem
                                                       || QQC2.SwipeView.isPreviousItem

                        // Repeaters of 0 or 1 stand in for a Loader, which in Qt 6.4
                        // cannot create components of a file with ComponentBehavior: Bound.
                        Repeater {
                            model: pageSlot.loaded && !pageSlot.modelData.isDocument ? 1 : 0

                            PageViewer {
                                id: viewer

                                width: pageSlot.width
                                height: pageSlot.height
                                source: pageSlot.modelData.source
                                //: Accessible description of a page image.
                                description: qsTr("Page %1 of %2").arg(pageSlot.index + 1).arg(root.pageList.length)
                                onZoomedChanged: {
                                    if (pageSlot.isCurrent)
                                        pageSwipe.pageZoomed = viewer.zoomed;
                                }

                                Connections {
                                    target: pageSlot

                                    function onIsCurrentChanged() {
                                        if (!pageSlot.isCurrent)
                                            viewer.fit();
                                    }
                                }
                            }
                        }

                        Repeater {
                            model: pageSlot.loaded && pageSlot.modelData.isDocument ? 1 : 0

                            DocumentCard {
                                width: pageSlot.width
                                height: pageSlot.height
                                name: pageSlot.modelData.name
                                mimeType: pageSlot.modelData.mimeType
                                size: pageSlot.modelData.size
                                path: pageSlot.modelData.path
                                thumbnail: pageSlot.modelData.thumbnail
                            }
                        }
                    }
                }
            }

            QQC2.Pane {
                Layout.fillWidth: true
                padding: Theme.spacing
                background: Rectangle {
                    color: Theme.surface
                }

                contentItem: Flow {
                    spacing: Theme.spacing

                    QQC2.ToolButton {
                        width: Theme.touchTarget
                        height: Theme.touchTarget
                        enabled: pageSwipe.currentIndex > 0
                        text: "‹"
                        font.pixelSize: Theme.fontTitle
                        //: Button that shows the previous page of an item.
                        Accessible.name: qsTr("Previous page")
                        onClicked: pageSwipe.decrementCurrentIndex()
                    }

                    QQC2.Label {
                        height: Theme.touchTarget
                        verticalAlignment: Text.AlignVCenter
                        text: root.pageList.length > 0
                              ? qsTr("Page %1 of %2").arg(pageSwipe.currentIndex + 1).arg(root.pageList.length)
                              //: An item with no pages.
                              : qsTr("No pages")
                    }

                    QQC2.ToolButton {
                        width: Theme.touchTarget
                        height: Theme.touchTarget
                        enabled: pageSwipe.currentIndex < pageSwipe.count - 1
                        text: "›"
                        font.pixelSize: Theme.fontTitle
                        //: Button that shows the next page of an item.
                        Accessible.name: qsTr("Next page")
                        onClicked: pageSwipe.incrementCurrentIndex()
                    }

                    AppButton {
                        visible: root.pageList.length > 1 && !root.readOnly
                        enabled: pageSwipe.currentIndex > 0
                        flat: true
                        //: Moves the shown page one place towards the start of the item.
                        text: qsTr("Move earlier")
                        onClicked: {
                            const index = pageSwipe.currentIndex;
                            if (editor.movePage(index, index - 1))
                                pageSwipe.currentIndex = index - 1;
                        }
                    }

                    AppButton {
                        visible: root.pageList.length > 1 && !root.readOnly
                        enabled: pageSwipe.currentIndex < root.pageList.length - 1
                        flat: true
                        //: Moves the shown page one place towards the end of the item.
                        text: qsTr("Move later")
                        onClicked: {
                            const index = pageSwipe.currentIndex;
                            if (editor.movePage(index, index + 1))
                                pageSwipe.currentIndex = index + 1;
                        }
                    }

                    AppButton {
                        visible: root.pageList.length > 1 && !root.readOnly
                        flat: true
                        //: Removes the shown page from the item, after a confirmation.
                        text: qsTr("Delete page")
                        onClicked: deletePageDialog.open()
                    }

                    AppButton {
                        visible: root.canCapture && !root.readOnly
                        //: Adds a photographed page to an existing item.
                        text: qsTr("Add a photo")
                        onClicked: root.addPhotoRequested(root.uuid)
                    }

                    AppButton {
                        visible: !root.readOnly
                        //: Adds pages from files to an existing item.
                        text: qsTr("Add from file")
                        onClicked: root.addFromFileRequested(root.uuid)
                    }
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            visible: root.split
            color: Theme.divider
        }

        Flickable {
            id: detailsView

            Layout.fillHeight: true
            Layout.fillWidth: !root.split
            Layout.preferredWidth: root.split ? Math.min(440, root.width / 2) : -1
            visible: root.split || tabs.currentIndex === 1
            clip: true
            contentWidth: width
            contentHeight: details.implicitHeight + 2 * Theme.margin
            boundsBehavior: Flickable.StopAtBounds
            QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {}

            ColumnLayout {
                id: details

                x: Theme.margin
                y: Theme.margin
                width: detailsView.width - 2 * Theme.margin
                spacing: Theme.spacing

                ItemForm {
                    id: form

                    Layout.fillWidth: true
                    enabled: !root.readOnly
                    keepOtherFields: true
                    onUserEdited: root.dirty = true
                }

                BarcodeList {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.margin
                    codes: editor.barcodes
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.margin
                    visible: editor.updatedText.length > 0
                    //: When the item was last saved; %1 is a date and time.
                    text: qsTr("Last changed %1").arg(editor.updatedText)
                    color: Theme.secondaryText
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }

    footer: QQC2.Pane {
        visible: editor.exists && !root.readOnly
        padding: Theme.spacing
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        background: Rectangle {
            color: Theme.surface

            Rectangle {
                width: parent.width
                height: 1
                color: Theme.divider
            }
        }

        contentItem: ColumnLayout {
            spacing: 4

            QQC2.Label {
                Layout.fillWidth: true
                visible: editor.errorMessage.length > 0
                text: editor.errorMessage
                color: Theme.error
                wrapMode: Text.Wrap
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                AppButton {
                    //: Deletes the item after a confirmation.
                    text: qsTr("Delete")
                    flat: true
                    accentColor: Theme.error
                    onClicked: deleteDialog.open()
                }

                Item {
                    Layout.fillWidth: true
                }

                AppButton {
                    visible: root.dirty
                    //: Discards unsaved changes of an item.
                    text: qsTr("Undo changes")
                    flat: true
                    onClicked: root.resetForm()
                }

                AppButton {
                    text: qsTr("Save")
                    highlighted: true
                    enabled: root.dirty
                    onClicked: root.save()
                }
            }
        }
    }

    ConfirmDialog {
        id: deletePageDialog

        //: Title of the confirmation before deleting one page of an item.
        title: qsTr("Delete this page?")
        //: %1 is the page number.
        text: qsTr("Page %1 will be removed from this document. The other pages stay. This cannot be undone.")
              .arg(pageSwipe.currentIndex + 1)
        acceptText: qsTr("Delete")
        rejectText: qsTr("Cancel")
        destructive: true
        onAccepted: editor.removePage(pageSwipe.currentIndex)
    }

    ConfirmDialog {
        id: deleteDialog

        //: Title of the confirmation before deleting an item.
        title: qsTr("Delete this document?")
        //: %1 is the title of the item.
        text: qsTr("“%1” and all its pages will be removed from the portfolio. This cannot be undone.").arg(editor.title)
        //: Deletes the item.
        acceptText: qsTr("Delete")
        rejectText: qsTr("Cancel")
        destructive: true
        onAccepted: {
            if (editor.remove())
                root.deleted();
        }
    }
}
