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

    // Emitted with the new value whenever the user changes it.
    signal edited(value: var)

    readonly property string textValue: root.value === undefined || root.value === null ? "" : String(root.value)

    spacing: 4

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

    Loader {
        Layout.fillWidth: true
        sourceComponent: {
            switch (root.definition.type) {
            case "long_text":
                return longTextEditor;
            case "date":
                return dateEditor;
            case "level":
            case "place":
            case "choice":
                return choiceEditor;
            case "percent":
            case "number":
                return numberEditor;
            default:
                return textEditor;
            }
        }
    }

    Component {
        id: textEditor

        QQC2.TextField {
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

    Component {
        id: longTextEditor

        QQC2.TextArea {
            text: root.textValue
            wrapMode: TextEdit.Wrap
            Accessible.name: root.definition.name
            onTextChanged: {
                if (text !== root.textValue)
                    root.edited(text);
            }
        }
    }

    Component {
        id: dateEditor

        DateField {
            isoDate: root.textValue
            onEdited: iso => root.edited(iso)
        }
    }

    Component {
        id: choiceEditor

        ChoiceBox {
            choices: root.definition.type === "level" ? App.levels()
                   : root.definition.type === "place" ? App.places()
                   : root.definition.options
            //: The empty entry of a drop-down list.
            noneText: qsTr("Not specified")
            currentKey: root.textValue
            onPicked: key => root.edited(key)
        }
    }

    Component {
        id: numberEditor

        ColumnLayout {
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
