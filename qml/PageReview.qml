pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// Reviews one image page of the draft: the original photo with the page
// outline to adjust, a quarter turn, the detected or the whole photo, and
// the cleaning preset. Each change prepares the page again from its
// original, on the importer's worker thread.
ColumnLayout {
    id: root

    required property Importer importer
    required property int pageIndex
    // The page's entry in importer.previews.
    required property var page
    // Whether the result can stand beside the photo.
    readonly property bool wide: root.width >= 640
    readonly property bool working: root.importer.recropIndex === root.pageIndex
    // The photo's width: all of the row on narrow screens. Set from the
    // review's width, not the layout's result, to avoid a polish loop.
    readonly property real editorWidth: root.wide ? root.width - Theme.margin - root.resultWidth : root.width
    readonly property real resultWidth: Math.round(root.width * 0.36)

    // Asks the importer for the page as the controls show it now.
    function apply() {
        if (!editor.valid)
            return;
        root.importer.recrop(root.pageIndex, editor.corners, presetChoice.currentKey, root.quarterTurns);
    }

    // The quarter turns shown; the page's own once the importer has applied them.
    property int quarterTurns: root.page.quarterTurns

    spacing: Theme.spacing

    // The importer replaces the entry after every change: show what it holds.
    onPageChanged: {
        editor.corners = root.page.corners;
        presetChoice.currentKey = root.page.requestedPreset;
        root.quarterTurns = root.page.quarterTurns;
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: root.page.detectedFound
              //: Hint above the photo on the review screen.
              ? qsTr("Drag the corners onto the corners of the page if the outline is off.")
              //: Hint above the photo when no page edges were found in it.
              : qsTr("No page edges were found. Drag the corners onto the corners of the page, or keep the whole photo.")
        color: root.page.detectedFound ? Theme.secondaryText : Theme.warning
        wrapMode: Text.Wrap
    }

    GridLayout {
        Layout.fillWidth: true
        columns: root.wide ? 2 : 1
        rowSpacing: Theme.spacing
        columnSpacing: Theme.margin

        Rectangle {
            Layout.row: 0
            Layout.column: 0
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(520, root.editorWidth * Math.max(0.5, root.page.uprightHeight / Math.max(1, root.page.uprightWidth)))
            color: "#1A1F22"
            radius: Theme.radius

            CornerEditor {
                id: editor

                objectName: "cornerEditor"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                source: root.page.originalSource
                photoWidth: root.page.uprightWidth
                photoHeight: root.page.uprightHeight
                corners: root.page.corners
                interactive: !root.importer.busy
                onEdited: root.apply()
            }
        }

        // The prepared page: beside the photo on wide screens, under the
        // controls on narrow ones.
        Rectangle {
            Layout.row: root.wide ? 0 : 2
            Layout.column: root.wide ? 1 : 0
            Layout.rowSpan: root.wide ? 2 : 1
            Layout.fillWidth: !root.wide
            Layout.preferredWidth: root.resultWidth
            Layout.fillHeight: root.wide
            Layout.preferredHeight: 280
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.divider

            Image {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                source: root.page.source
                sourceSize.width: 800
                sourceSize.height: 800
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                opacity: root.working ? 0.4 : 1
            }

            QQC2.BusyIndicator {
                anchors.centerIn: parent
                running: root.working
            }
        }

        ColumnLayout {
            Layout.row: 1
            Layout.column: 0
            Layout.fillWidth: true
            spacing: Theme.spacing

            QQC2.Label {
                Layout.fillWidth: true
                visible: !editor.valid
                //: Shown when the dragged corners cross each other.
                text: qsTr("The outline crosses itself. Move the corners so that each one sits at its own corner of the page.")
                color: Theme.error
                wrapMode: Text.Wrap
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                AppButton {
                    objectName: "rotateButton"
                    enabled: !root.importer.busy && editor.valid
                    //: Turns the prepared page by a quarter turn clockwise.
                    text: qsTr("Rotate")
                    onClicked: {
                        root.quarterTurns = (root.quarterTurns + 1) % 4;
                        root.apply();
                    }
                }

                AppButton {
                    objectName: "resetButton"
                    enabled: !root.importer.busy
                    //: Puts the corner handles back where Qujat found the page.
                    text: qsTr("Reset to detected")
                    onClicked: {
                        editor.corners = root.page.detectedCorners;
                        root.apply();
                    }
                }

                AppButton {
                    objectName: "wholePhotoButton"
                    enabled: !root.importer.busy
                    //: Keeps the whole photo as the page instead of the found outline.
                    text: qsTr("Whole photo")
                    onClicked: {
                        editor.corners = [Qt.point(0, 0), Qt.point(1, 0), Qt.point(1, 1), Qt.point(0, 1)];
                        root.apply();
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.margin

                QQC2.Label {
                    //: Label of the choice of how the page is cleaned (colours, contrast).
                    text: qsTr("Cleaning")
                }

                ChoiceBox {
                    id: presetChoice

                    objectName: "presetChoice"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 360
                    enabled: !root.importer.busy
                    currentKey: root.page.requestedPreset
                    choices: [
                        //: Cleaning preset: Qujat chooses colour or greyscale for each page.
                        {key: "auto", name: qsTr("Auto")},
                        //: Cleaning preset: the photo's pixels, only straightened.
                        {key: "original", name: qsTr("Original")},
                        //: Cleaning preset: white paper, colour stamps kept.
                        {key: "auto-colour", name: qsTr("Auto colour")},
                        {key: "greyscale", name: qsTr("Greyscale")},
                        //: Cleaning preset: black ink on white paper.
                        {key: "black-white", name: qsTr("Black and white")}
                    ]
                    onPicked: root.apply()
                }
            }
        }
    }
}
