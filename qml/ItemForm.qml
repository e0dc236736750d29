pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// The fields of a portfolio item, shared by the add page and the item page:
// section, document kind, title, date, end date, issuer, level, the
// section's own fields and notes. The form keeps the values being edited;
// load() fills it and values() returns them for Importer.save() or an
// ItemEditor.
ColumnLayout {
    id: root

    property string sectionKey: ""
    property string kind: ""
    property string title: ""
    property string issuer: ""
    property string level: ""
    property string date: ""
    property string endDate: ""
    property string notes: ""
    // The section's own fields by key; edited in place.
    property var fieldValues: ({})

    // Keeps stored fields the form does not show (those of another section
    // or of a document kind) instead of dropping them from values().
    property bool keepOtherFields: false
    property bool showEndDate: true
    property bool showNotes: true

    // Fields filled from the page's text and not changed by the user since,
    // by key: sectionKey, kind, title, date, issuer, level or a field key.
    // Each is marked as suggested until the user changes or confirms it.
    property var suggested: ({})
    // The other reading of a suggested date that could be read two ways
    // (ISO), empty when there is none to ask about.
    property string dateQuestion: ""
    readonly property bool hasSuggestions: Object.keys(root.suggested).length > 0

    // Emitted on every change the user makes.
    signal userEdited()

    // Fills the empty fields from Importer.suggestions and marks them.
    function applySuggestions(suggestions: var) {
        const marked = Object.assign({}, root.suggested);
        if (root.sectionKey.length === 0 && suggestions.section) {
            root.sectionKey = suggestions.section;
            marked.sectionKey = true;
        }
        if (root.kind.length === 0 && suggestions.kind && suggestions.section === root.sectionKey) {
            root.kind = suggestions.kind;
            marked.kind = true;
        }
        if (root.title.length === 0 && suggestions.title) {
            root.title = suggestions.title;
            marked.title = true;
        }
        if (root.date.length === 0 && suggestions.date) {
            root.date = suggestions.date;
            marked.date = true;
            root.dateQuestion = suggestions.dateAmbiguous && suggestions.dateAlternatives.length > 0
                                ? suggestions.dateAlternatives[0] : "";
        }
        if (root.issuer.length === 0 && suggestions.issuer) {
            root.issuer = suggestions.issuer;
            marked.issuer = true;
        }
        if (root.level.length === 0 && suggestions.level) {
            root.level = suggestions.level;
            marked.level = true;
        }
        const values = Object.assign({}, root.fieldValues);
        const offer = (key, value) => {
            if (value && (values[key] === undefined || values[key] === "")) {
                values[key] = value;
                marked[key] = true;
            }
        };
        if (root.kind.startsWith("student_")) {
            if (suggestions.recipient === "student")
                offer("student", suggestions.person);
            offer("event", suggestions.title);
            offer("place", suggestions.place);
        }
        root.fieldValues = values;
        root.suggested = marked;
    }

    // Called when the user changes or confirms a field: it is no longer a suggestion.
    function confirm(key: string) {
        if (root.suggested[key] === undefined)
            return;
        const marked = Object.assign({}, root.suggested);
        delete marked[key];
        root.suggested = marked;
        if (key === "date")
            root.dateQuestion = "";
    }

    function confirmAll() {
        root.suggested = {};
        root.dateQuestion = "";
    }

    // Catalog lists for the chosen section, refreshed when the section or
    // the interface language changes.
    property var sectionChoices: []
    property var kindChoices: []
    property var levelChoices: []
    property var fieldDefinitions: []
    property bool hasTitleColumn: false

    function load(values: var) {
        root.sectionKey = values.sectionKey || "";
        root.kind = values.kind || "";
        root.title = values.title || "";
        root.issuer = values.issuer || "";
        root.level = values.level || "";
        root.date = values.date || "";
        root.endDate = values.endDate || "";
        root.notes = values.notes || "";
        root.fieldValues = Object.assign({}, values.fields || {});
        root.refreshCatalog();
    }

    // Returns the edited values. `fields` holds the filled fields of the
    // chosen section, and with keepOtherFields also the other stored ones.
    function values(): var {
        const fields = root.keepOtherFields ? Object.assign({}, root.fieldValues) : {};
        for (const definition of root.fieldDefinitions) {
            const value = root.fieldValues[definition.key];
            if (value !== undefined && value !== "")
                fields[definition.key] = value;
            else
                delete fields[definition.key];
        }
        if (root.hasTitleColumn)
            fields.title = root.title.trim();
        return {
            sectionKey: root.sectionKey,
            kind: root.kind,
            title: root.title,
            issuer: root.issuer,
            level: root.level,
            date: root.date,
            endDate: root.endDate,
            notes: root.notes,
            fields: fields
        };
    }

    function refreshCatalog() {
        root.sectionChoices = Array.from(App.sectionChoices(), choice => ({
            key: choice.key,
            name: choice.number + ". " + choice.name,
            detail: choice.recent
                    //: Second line of a section in the section list; %1 is the portfolio name.
                    ? qsTr("Recently used · %1").arg(choice.portfolioName)
                    : choice.portfolioName
        }));
        root.levelChoices = App.levels();
        root.kindChoices = Array.from(App.documentKinds(root.sectionKey), kind => ({
            key: kind.key,
            name: kind.name,
            detail: root.kindDetail(kind)
        }));
        // NOTE: a column keyed "title" or "level" is edited by the common
        // title and level fields above, so it is not repeated here, and
        // values() copies the title into a "title" column. Remove both once
        // App.fieldDefinitions() leaves those keys out and the store maps them.
        const definitions = Array.from(App.fieldDefinitions(root.sectionKey));
        root.hasTitleColumn = definitions.some(definition => definition.key === "title");
        root.fieldDefinitions = definitions.filter(definition => definition.key !== "title" && definition.key !== "level");
    }

    function kindDetail(kind: var): string {
        const parts = [];
        if (kind.required)
            //: Marks a document kind the section is incomplete without.
            parts.push(qsTr("Required document"));
        if (kind.maxItems > 0)
            //: Limit of a document kind, e.g. no more than 5 sample lessons.
            parts.push(qsTr("No more than %1").arg(kind.maxItems));
        return parts.join(" · ");
    }

    spacing: Theme.spacing

    onSectionKeyChanged: root.refreshCatalog()
    Component.onCompleted: root.refreshCatalog()

    Connections {
        target: App

        function onLanguageChanged() {
            root.refreshCatalog();
        }
    }

    component FormLabel: QQC2.Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        color: Theme.secondaryText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    // A form label with a "Suggested" tag while its field holds a suggestion.
    component SuggestibleLabel: RowLayout {
        id: suggestibleLabel

        property alias text: labelText.text
        property string fieldKey

        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing

        QQC2.Label {
            id: labelText

            Layout.fillWidth: true
            color: Theme.secondaryText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        SuggestedTag {
            visible: root.suggested[suggestibleLabel.fieldKey] === true
        }
    }

    SuggestibleLabel {
        fieldKey: "sectionKey"
        //: Form label: the portfolio section a document is filed in.
        text: qsTr("Section")
    }

    ChoiceBox {
        objectName: "sectionChoice"
        Layout.fillWidth: true
        choices: root.sectionChoices
        currentKey: root.sectionKey
        //: Shown in the section list before the user picks one.
        placeholderText: qsTr("Choose a section")
        onPicked: key => {
            root.sectionKey = key;
            // A kind of the old section does not exist in the new one.
            root.kind = "";
            root.confirm("sectionKey");
            root.confirm("kind");
            root.userEdited();
        }
    }

    SuggestibleLabel {
        visible: root.kindChoices.length > 0
        fieldKey: "kind"
        //: Form label: which official document of the section this is.
        text: qsTr("Document kind")
    }

    ChoiceBox {
        Layout.fillWidth: true
        visible: root.kindChoices.length > 0
        choices: root.kindChoices
        currentKey: root.kind
        //: The empty entry of the document kind list.
        noneText: qsTr("Other document of this section")
        onPicked: key => {
            root.kind = key;
            root.confirm("kind");
            root.userEdited();
        }
    }

    SuggestibleLabel {
        fieldKey: "title"
        //: Form label.
        text: qsTr("Title")
    }

    QQC2.TextField {
        objectName: "titleField"
        Layout.fillWidth: true
        text: root.title
        //: Placeholder of the title field.
        placeholderText: qsTr("e.g. name of the contest or course")
        Accessible.name: qsTr("Title")
        // Show the beginning of a long loaded value, not its end.
        onTextChanged: {
            if (!activeFocus)
                cursorPosition = 0;
        }
        onTextEdited: {
            root.title = text;
            root.confirm("title");
            root.userEdited();
        }
    }

    DateField {
        objectName: "dateField"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        //: Form label: the date of the event or of issue.
        label: qsTr("Date")
        isoDate: root.date
        suggested: root.suggested.date === true
        onEdited: iso => {
            root.date = iso;
            root.confirm("date");
            root.userEdited();
        }
    }

    // The date on the page reads two ways (10/05/2026): the user picks one.
    ColumnLayout {
        objectName: "dateQuestion"
        Layout.fillWidth: true
        visible: root.dateQuestion.length > 0
        spacing: 4

        QQC2.Label {
            Layout.fillWidth: true
            //: Asked when the date on the page can be read two ways; %1 and %2 are the two dates.
            text: qsTr("The date on the page can be read as %1 or as %2. Which is it?")
                  .arg(Qt.formatDate(new Date(root.date + "T00:00:00"), "dd.MM.yyyy"))
                  .arg(Qt.formatDate(new Date(root.dateQuestion + "T00:00:00"), "dd.MM.yyyy"))
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        RowLayout {
            spacing: Theme.spacing

            AppButton {
                text: Qt.formatDate(new Date(root.date + "T00:00:00"), "dd.MM.yyyy")
                onClicked: {
                    root.confirm("date");
                    root.userEdited();
                }
            }

            AppButton {
                text: Qt.formatDate(new Date(root.dateQuestion + "T00:00:00"), "dd.MM.yyyy")
                onClicked: {
                    root.date = root.dateQuestion;
                    root.confirm("date");
                    root.userEdited();
                }
            }
        }
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.date.length === 0
        text: qsTr("Without a date the document stays incomplete: every portfolio material must carry a date.")
        color: Theme.warning
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    DateField {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        visible: root.showEndDate
        //: Form label: optional end of a period such as a course.
        label: qsTr("End date (for courses and plans)")
        isoDate: root.endDate
        onEdited: iso => {
            root.endDate = iso;
            root.userEdited();
        }
    }

    SuggestibleLabel {
        fieldKey: "issuer"
        //: Form label: the organisation that issued the document.
        text: qsTr("Issued by")
    }

    QQC2.TextField {
        Layout.fillWidth: true
        text: root.issuer
        //: Placeholder of the issuer field.
        placeholderText: qsTr("e.g. regional education department")
        Accessible.name: qsTr("Issued by")
        onTextChanged: {
            if (!activeFocus)
                cursorPosition = 0;
        }
        onTextEdited: {
            root.issuer = text;
            root.confirm("issuer");
            root.userEdited();
        }
    }

    SuggestibleLabel {
        fieldKey: "level"
        //: Form label: international, republic, regional, city, district or school level.
        text: qsTr("Level")
    }

    ChoiceBox {
        Layout.fillWidth: true
        choices: root.levelChoices
        currentKey: root.level
        noneText: qsTr("Not specified")
        onPicked: key => {
            root.level = key;
            root.confirm("level");
            root.userEdited();
        }
    }

    Repeater {
        model: root.fieldDefinitions

        FieldEditor {
            id: fieldEditor

            required property var modelData

            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            definition: fieldEditor.modelData
            value: root.fieldValues[fieldEditor.modelData.key]
            suggested: root.suggested[fieldEditor.modelData.key] === true
            onEdited: value => {
                root.fieldValues[fieldEditor.modelData.key] = value;
                root.confirm(fieldEditor.modelData.key);
                root.userEdited();
            }
        }
    }

    FormLabel {
        visible: root.showNotes
        //: Form label: free notes about the document.
        text: qsTr("Notes")
    }

    QQC2.TextArea {
        Layout.fillWidth: true
        visible: root.showNotes
        text: root.notes
        wrapMode: TextEdit.Wrap
        Accessible.name: qsTr("Notes")
        onTextChanged: {
            if (text !== root.notes) {
                root.notes = text;
                root.userEdited();
            }
        }
    }
}
