pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material as QQC2

// A drop-down list of catalog entries ({key, name}, optionally with a
// `detail` line). Long official names wrap in the list instead of being cut.
// `currentKey` is the chosen key, "" for none.
QQC2.ComboBox {
    id: root

    // The entries to choose from: objects with key, name and optional detail.
    required property var choices
    // When set, a first entry with key "" and this text lets the user choose nothing.
    property string noneText: ""
    // Shown while nothing is chosen and there is no none entry.
    property string placeholderText: ""
    property string currentKey: ""

    // Emitted when the user picks an entry.
    signal picked(key: string)

    readonly property var entries: root.noneText.length > 0
        ? [{key: "", name: root.noneText}, ...root.choices]
        : root.choices

    model: root.entries
    textRole: "name"
    valueRole: "key"
    currentIndex: root.entries.findIndex(choice => choice.key === root.currentKey)
    displayText: root.currentIndex < 0 ? root.placeholderText : root.currentText
    Accessible.name: root.displayText

    onActivated: index => {
        root.currentKey = root.entries[index].key;
        root.picked(root.currentKey);
    }

    delegate: QQC2.ItemDelegate {
        id: entry

        required property int index
        required property var modelData

        width: ListView.view ? ListView.view.width : implicitWidth
        highlighted: root.highlightedIndex === entry.index
        Accessible.name: entry.modelData.name

        contentItem: Column {
            spacing: 2

            QQC2.Label {
                width: parent.width
                text: entry.modelData.name
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.bold: root.currentIndex === entry.index
            }

            QQC2.Label {
                width: parent.width
                visible: text.length > 0
                text: entry.modelData.detail !== undefined ? entry.modelData.detail : ""
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
