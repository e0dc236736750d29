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

    // Selects the entry of currentKey. Set imperatively, after the model has
    // settled, because a model change resets currentIndex after bindings ran.
    function selectCurrentKey() {
        root.currentIndex = root.entries.findIndex(choice => choice.key === root.currentKey);
    }

    model: root.entries
    textRole: "name"
    valueRole: "key"
    displayText: root.currentIndex < 0 ? root.placeholderText : root.currentText
    Accessible.name: root.displayText

    onCurrentKeyChanged: selectLater.restart()
    onEntriesChanged: selectLater.restart()
    Component.onCompleted: root.selectCurrentKey()

    // The chosen entry wraps onto a second line instead of being cut off:
    // official section and document names are long.
    contentItem: QQC2.Label {
        leftPadding: 12
        rightPadding: 4
        topPadding: 6
        bottomPadding: 6
        text: root.displayText
        color: root.currentIndex < 0 ? Theme.secondaryText : Theme.text
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }

    // Drawn here without Material's shadows, shader effects that the
    // software renderer skips together with the backgrounds.
    topInset: 0
    bottomInset: 0
    background: Rectangle {
        implicitWidth: 120
        implicitHeight: Theme.touchTarget
        radius: 4
        color: root.enabled ? Theme.surface : Theme.disabledBackground
        border.color: root.activeFocus ? Theme.primary : Theme.secondaryText
        border.width: root.activeFocus ? 2 : 1
    }
    popup.background: Rectangle {
        color: Theme.surface
        radius: 4
        border.color: Theme.divider
    }

    Timer {
        id: selectLater

        interval: 0
        onTriggered: root.selectCurrentKey()
    }

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
