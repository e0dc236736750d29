pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// The items of one section. Table sections (I-VIII) show each item as a
// numbered row with its main columns.
QQC2.Page {
    id: root

    required property string sectionKey
    // On phones the add action is a floating button.
    property bool compact: true

    signal itemRequested(uuid: string)
    signal addRequested(sectionKey: string)
    signal addFromFileRequested(sectionKey: string)

    property string heading: ""
    property string hint: ""
    property bool isTable: false
    property var columns: []
    property var placeNames: ({})

    function refresh() {
        root.isTable = App.sectionIsTable(root.sectionKey);
        root.heading = App.sectionNumber(root.sectionKey) + ". " + App.sectionName(root.sectionKey);
        root.title = root.isTable
            //: Window title of a table section; %1 is its Roman number.
            ? qsTr("Table %1").arg(App.sectionNumber(root.sectionKey))
            //: Window title of a portfolio section; %1 is its number.
            : qsTr("Section %1").arg(App.sectionNumber(root.sectionKey));
        root.columns = App.fieldDefinitions(root.sectionKey);
        const places = {};
        for (const place of App.places())
            places[place.key] = place.name;
        root.placeNames = places;
    }

    // Returns a column value as the user reads it: names for keys, dd.MM.yyyy for dates.
    function displayValue(definition: var, value: var): string {
        if (value === undefined || value === null || value === "")
            return "";
        switch (definition.type) {
        case "date":
            return App.formatDate(String(value));
        case "level":
            return App.levelName(String(value));
        case "place":
            return root.placeNames[value] || String(value);
        case "percent":
            return String(value) + " %";
        case "choice": {
            const option = definition.options.find(entry => entry.key === value);
            return option ? option.name : String(value);
        }
        default:
            return String(value);
        }
    }

    // Returns "Column: value" lines for a table row, at most four, skipping
    // the title, which the row shows already.
    function columnsText(fields: var): string {
        const lines = [];
        for (const definition of root.columns) {
            if (definition.key === "title" || lines.length === 4)
                continue;
            const value = root.displayValue(definition, fields[definition.key]);
            if (value.length > 0)
                //: A table column in a row summary: %1 is the column name, %2 its value.
                lines.push(qsTr("%1: %2").arg(definition.name).arg(value));
        }
        return lines.join("\n");
    }

    background: Rectangle {
        color: Theme.background
    }

    onSectionKeyChanged: root.refresh()
    Component.onCompleted: root.refresh()

    Connections {
        target: App

        function onLanguageChanged() {
            root.refresh();
        }
    }

    ItemsModel {
        id: items

        sectionKey: root.sectionKey
    }

    // Reads this section's hint from the sections model.
    // NOTE: remove once App offers the hint of a section by key.
    Instantiator {
        model: SectionsModel {}
        delegate: Binding {
            required property string key
            required property string hint

            target: root
            property: "hint"
            value: hint
            when: key === root.sectionKey
        }
    }

    header: QQC2.Pane {
        padding: Theme.margin
        topPadding: Theme.spacing
        bottomPadding: Theme.spacing
        background: Rectangle {
            color: Theme.surface

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
                text: root.heading
                font.pixelSize: Theme.fontHeading
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: root.hint.length > 0
                text: root.hint
                color: Theme.secondaryText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                QQC2.Label {
                    height: Theme.touchTarget
                    verticalAlignment: Text.AlignVCenter
                    //: Label before the sort buttons.
                    text: qsTr("Sort:")
                    color: Theme.secondaryText
                }

                AppButton {
                    //: Sort button.
                    text: qsTr("By date")
                    checkable: true
                    checked: items.sortOrder === ItemsModel.ByDate
                    flat: !checked
                    onClicked: items.sortOrder = ItemsModel.ByDate
                }

                AppButton {
                    //: Sort button.
                    text: qsTr("By title")
                    checkable: true
                    checked: items.sortOrder === ItemsModel.ByTitle
                    flat: !checked
                    onClicked: items.sortOrder = ItemsModel.ByTitle
                }

                AppButton {
                    visible: !root.compact && !App.readOnly
                    text: qsTr("Add document")
                    highlighted: true
                    onClicked: root.addRequested(root.sectionKey)
                }

                AppButton {
                    visible: !App.readOnly
                    text: qsTr("Add from file")
                    onClicked: root.addFromFileRequested(root.sectionKey)
                }
            }
        }
    }

    ListView {
        id: itemList

        anchors.fill: parent
        model: items
        clip: true
        bottomMargin: root.compact ? 96 : Theme.margin
        QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {}

        delegate: ItemRow {
            id: row

            required property int index
            required property string uuid

            width: itemList.width
            prefix: root.isTable ? (row.index + 1) + "." : ""
            extraText: root.isTable ? root.columnsText(rowEditor.fields) : ""
            onClicked: root.itemRequested(row.uuid)

            // NOTE: loads the whole item to show its table columns because
            // ItemsModel has no fields role; replace with that role once it exists.
            ItemEditor {
                id: rowEditor

                uuid: root.isTable ? row.uuid : ""
            }
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.maxContentWidth)
        visible: itemList.count === 0
        spacing: Theme.margin

        QQC2.Label {
            Layout.fillWidth: true
            //: Empty state of a section.
            text: qsTr("No documents in this section yet.")
            font.pixelSize: Theme.fontHeading
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Photograph a paper document or choose a file, such as a PDF or a presentation.")
            color: Theme.secondaryText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }

    FloatingButton {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        visible: root.compact && !App.readOnly
        text: "+"
        Accessible.name: qsTr("Add document")
        QQC2.ToolTip.visible: hovered
        QQC2.ToolTip.text: Accessible.name
        onClicked: root.addRequested(root.sectionKey)
    }
}
