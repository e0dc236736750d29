pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// The editor for one of a section's own fields (a table column), chosen by
// the field's catalog type: text, long_text, date, level, place,
// class_group, percent, person, number or choice.
ColumnLayout {
    id: root

    // One entry of App.fieldDefinitions(): key, type, name, required, options.
    required property var definition
    // The stored value: a string, or a number for percent and number fields.
    property var value
    // True while the value was filled from the page's text and not yet changed.
    property bool suggested: false

    // Emitted with the new value whenever the user changes it.
    signal edited(value: var)

    readonly property string textValue: root.value === undefined || root.value === null ? "" : String(root.value)

    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        QQC2.Label {
            Layout.fillWidth: true
            text: root.definition.required
                  //: A form label of a field that should be filled in; %1 is the field name.
                  ? qsTr("%1 (required)").arg(root.definition.name)
                  : root.definition.name
            color: Theme.secondaryText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        SuggestedTag {
            visible: root.suggested
        }
    }

    // The editor for the field's type. Each Repeater creates 0 or 1 editor;
    // Qt 6.4's Loader cannot create components of a file with
    // ComponentBehavior: Bound.
    readonly property string editorKind: {
        switch (root.definition.type) {
        case "long_text":
            return "longText";
        case "date":
            return "date";
        case "level":
        case "place":
        case "choice":
            return "choice";
        case "percent":
        case "number":
            return "number";
        default:
            return "text";
        }
    }

    Repeater {
        model: root.editorKind === "text" ? 1 : 0

        QQC2.TextField {
            Layout.fillWidth: true
            text: root.textValue
            placeholderText: root.definition.type === "class_group"
                             //: Placeholder of a school class field.
                             ? qsTr("e.g. 7A")
                             : ""
            inputMethodHints: root.definition.type === "person" ? Qt.ImhNoPredictiveText : Qt.ImhNone
            Accessible.name: root.definition.name
            onTextEdited: root.edited(text)
        }
    }

    Repeater {
        model: root.editorKind === "longText" ? 1 : 0

        QQC2.TextArea {
            Layout.fillWidth: true
            text: root.textValue
            wrapMode: TextEdit.Wrap
            Accessible.name: root.definition.name
            onTextChanged: {
                if (text !== root.textValue)
                    root.edited(text);
            }
        }
    }

    Repeater {
        model: root.editorKind === "date" ? 1 : 0

        DateField {
            Layout.fillWidth: true
            isoDate: root.textValue
            onEdited: iso => root.edited(iso)
        }
    }

    Repeater {
        model: root.editorKind === "choice" ? 1 : 0

        ChoiceBox {
            Layout.fillWidth: true
            choices: root.definition.type === "level" ? App.levels()
                   : root.definition.type === "place" ? App.places()
                   : root.definition.options
            //: The empty entry of a drop-down list.
            noneText: qsTr("Not specified")
            currentKey: root.textValue
            onPicked: key => root.edited(key)
        }
    }

    Repeater {
        model: root.editorKind === "number" ? 1 : 0

        ColumnLayout {
            Layout.fillWidth: true
            id: numberColumn

            readonly property bool isPercent: root.definition.type === "percent"
            property string errorText: ""

            spacing: 4

            QQC2.TextField {
                Layout.fillWidth: true
                text: root.textValue
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: root.definition.name
                onTextEdited: numberColumn.errorText = ""
                onEditingFinished: {
                    const typed = text.trim().replace(",", ".");
                    if (typed.length === 0) {
                        root.edited("");
                        return;
                    }
                    const number = Number(typed);
                    if (isNaN(number) || (numberColumn.isPercent && (number < 0 || number > 100))) {
                        numberColumn.errorText = numberColumn.isPercent
                            //: Error under a percent field; %1 is what the user typed.
                            ? qsTr("%1 is not a percentage. Type a number from 0 to 100.").arg(text)
                            //: Error under a number field; %1 is what the user typed.
                            : qsTr("%1 is not a number. Type digits only.").arg(text);
                        return;
                    }
                    root.edited(number);
                }
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: numberColumn.errorText.length > 0
                text: numberColumn.errorText
                color: Theme.error
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }
}
