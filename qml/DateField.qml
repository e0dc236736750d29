pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import QtQuick.Templates as T
import Qujat.Backend

// A date typed as dd.MM.yyyy or picked from a month calendar. `isoDate` is
// yyyy-MM-dd, or "" when the field is empty; text that is not a real date
// leaves `isoDate` unchanged and shows an error under the field.
ColumnLayout {
    id: root

    property string isoDate: ""
    property string label: ""
    property string placeholderText: qsTr("dd.mm.yyyy")
    readonly property bool hasError: errorText.length > 0
    property string errorText: ""

    // Emitted when the user changes the date by typing or picking.
    signal edited(iso: string)

    function setDate(iso: string) {
        root.errorText = "";
        if (iso === root.isoDate)
            return;
        root.isoDate = iso;
        root.edited(iso);
    }

    // Parses d.M.yyyy (also with "/" or "-" between the numbers) into
    // yyyy-MM-dd; returns "" when the text is no date at all.
    function parseTyped(text: string): string {
        const match = /^\s*(\d{1,2})[.\/-](\d{1,2})[.\/-](\d{4})\s*$/.exec(text);
        if (!match)
            return "";
        const day = match[1].padStart(2, "0");
        const month = match[2].padStart(2, "0");
        return match[3] + "-" + month + "-" + day;
    }

    function applyTyped() {
        const text = input.text.trim();
        if (text.length === 0) {
            root.setDate("");
            return;
        }
        const iso = root.parseTyped(text);
        if (iso.length > 0 && App.isValidIsoDate(iso)) {
            root.setDate(iso);
            input.text = App.formatDate(iso);
        } else {
            //: Shown under a date field; %1 is what the user typed.
            root.errorText = qsTr("%1 is not a date. Type it as dd.mm.yyyy, for example 25.05.2024, or pick it from the calendar.").arg(text);
        }
    }

    function isoOf(date: date): string {
        const month = String(date.getMonth() + 1).padStart(2, "0");
        const day = String(date.getDate()).padStart(2, "0");
        return date.getFullYear() + "-" + month + "-" + day;
    }

    spacing: 4

    onIsoDateChanged: {
        if (!input.activeFocus)
            input.text = App.formatDate(root.isoDate);
    }
    Component.onCompleted: input.text = App.formatDate(root.isoDate)

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.label.length > 0
        text: root.label
        color: Theme.secondaryText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        QQC2.TextField {
            id: input

            Layout.fillWidth: true
            placeholderText: root.placeholderText
            inputMethodHints: Qt.ImhDate | Qt.ImhNoPredictiveText
            Accessible.name: root.label
            QQC2.Material.accent: root.hasError ? Theme.error : Theme.primary
            onEditingFinished: root.applyTyped()
            onTextEdited: root.errorText = ""
        }

        QQC2.Button {
            Layout.preferredHeight: Theme.touchTarget
            //: Opens a month calendar to pick a date.
            text: qsTr("Calendar")
            flat: true
            onClicked: {
                root.applyTyped();
                calendar.showMonthOf(root.isoDate.length > 0 ? new Date(root.isoDate + "T00:00:00") : new Date());
                calendar.open();
            }
        }
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.hasError
        text: root.errorText
        color: Theme.error
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }

    QQC2.Popup {
        id: calendar

        function showMonthOf(date: date) {
            grid.year = date.getFullYear();
            grid.month = date.getMonth();
        }

        function stepMonth(delta: int) {
            const shown = new Date(grid.year, grid.month + delta, 1);
            grid.year = shown.getFullYear();
            grid.month = shown.getMonth();
        }

        parent: T.Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(360, (parent ? parent.width : 360) - 2 * Theme.margin)
        modal: true
        focus: true
        padding: Theme.margin

        ColumnLayout {
            width: calendar.availableWidth
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true

                QQC2.ToolButton {
                    Layout.preferredWidth: Theme.touchTarget
                    Layout.preferredHeight: Theme.touchTarget
                    text: "‹"
                    font.pixelSize: Theme.fontTitle
                    //: Calendar button.
                    Accessible.name: qsTr("Previous month")
                    onClicked: calendar.stepMonth(-1)
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: Qt.locale().standaloneMonthName(grid.month, Locale.LongFormat) + " " + grid.year
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    elide: Text.ElideRight
                }

                QQC2.ToolButton {
                    Layout.preferredWidth: Theme.touchTarget
                    Layout.preferredHeight: Theme.touchTarget
                    text: "›"
                    font.pixelSize: Theme.fontTitle
                    //: Calendar button.
                    Accessible.name: qsTr("Next month")
                    onClicked: calendar.stepMonth(1)
                }
            }

            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.spacing

                QQC2.Label {
                    //: Calendar field for the year, for dates many years back.
                    text: qsTr("Year")
                    color: Theme.secondaryText
                }

                QQC2.SpinBox {
                    from: 1950
                    to: 2100
                    value: grid.year
                    editable: true
                    textFromValue: (value, locale) => String(value)
                    valueFromText: (text, locale) => parseInt(text, 10)
                    Accessible.name: qsTr("Year")
                    onValueModified: grid.year = value
                }
            }

            QQC2.DayOfWeekRow {
                Layout.fillWidth: true
                delegate: QQC2.Label {
                    required property string shortName

                    text: shortName
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.secondaryText
                    font.pixelSize: Theme.fontSmall
                }
            }

            QQC2.MonthGrid {
                id: grid

                Layout.fillWidth: true
                year: new Date().getFullYear()
                month: new Date().getMonth()

                delegate: Rectangle {
                    id: dayCell

                    required property date date
                    required property int day
                    required property int month
                    required property bool today

                    readonly property bool selected: root.isoOf(dayCell.date) === root.isoDate
                    readonly property bool inMonth: dayCell.month === grid.month

                    implicitWidth: 40
                    implicitHeight: 40
                    radius: height / 2
                    color: dayCell.selected ? Theme.primary : "transparent"
                    border.color: dayCell.today && !dayCell.selected ? Theme.primary : "transparent"
                    border.width: 1

                    Text {
                        anchors.centerIn: parent
                        text: dayCell.day
                        font.pixelSize: Theme.fontBody
                        color: dayCell.selected ? Theme.textOnPrimary
                                                : (dayCell.inMonth ? Theme.text : Theme.secondaryText)
                        opacity: dayCell.inMonth ? 1 : 0.6
                    }
                }

                onClicked: date => {
                    const iso = root.isoOf(date);
                    input.text = App.formatDate(iso);
                    root.setDate(iso);
                    calendar.close();
                }
            }

            RowLayout {
                Layout.fillWidth: true

                QQC2.Button {
                    //: Calendar button that empties the date field.
                    text: qsTr("No date")
                    flat: true
                    onClicked: {
                        input.text = "";
                        root.setDate("");
                        calendar.close();
                    }
                }

                Item {
                    Layout.fillWidth: true
                }

                QQC2.Button {
                    //: Calendar button that picks today's date.
                    text: qsTr("Today")
                    flat: true
                    onClicked: {
                        const iso = App.todayIso();
                        input.text = App.formatDate(iso);
                        root.setDate(iso);
                        calendar.close();
                    }
                }
            }
        }
    }
}
