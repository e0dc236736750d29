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
    // True while the date was filled from the page's text and not yet changed.
    property bool suggested: false
    property string placeholderText: qsTr("dd.mm.yyyy")
    readonly property bool hasError: errorText.length > 0
    property string errorText: ""
    // Today, read when the calendar opens.
    property string todayIso: ""

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

    RowLayout {
        Layout.fillWidth: true
        // NOTE: Qt 6.4's ColumnLayout leaves the row below where this label's
        // first, narrower wrapped height put it; a width from the start avoids it.
        Layout.preferredWidth: root.width
        visible: root.label.length > 0
        spacing: Theme.spacing

        QQC2.Label {
            Layout.fillWidth: true
            text: root.label
            color: Theme.secondaryText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        SuggestedTag {
            visible: root.suggested
        }
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

        AppButton {
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
            root.todayIso = App.todayIso();
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
        width: Math.min(392, (parent ? parent.width : 392) - 2 * Theme.margin)
        modal: true
        focus: true
        padding: Theme.spacing

        // Drawn here without Material's shadow, a shader effect that the
        // software renderer skips together with the background.
        QQC2.Material.elevation: 0
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.divider
        }

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

            // A month grid of its own: Qt 6.4's MonthGrid warns for each day
            // cell in a file with ComponentBehavior: Bound. Weeks start on the
            // locale's first day (Monday in Kazakhstan).
            Grid {
                id: grid

                property int year: new Date().getFullYear()
                property int month: new Date().getMonth()
                readonly property int firstWeekday: Qt.locale().firstDayOfWeek
                // Days shown from the previous month before the 1st.
                readonly property int leadingDays: (new Date(grid.year, grid.month, 1).getDay() - grid.firstWeekday + 7) % 7
                readonly property real cellWidth: Math.floor(width / 7)

                Layout.fillWidth: true
                columns: 7

                Repeater {
                    model: 7

                    QQC2.Label {
                        required property int index

                        width: grid.cellWidth
                        text: Qt.locale().dayName((grid.firstWeekday + index) % 7, Locale.ShortFormat)
                        horizontalAlignment: Text.AlignHCenter
                        color: Theme.secondaryText
                        font.pixelSize: Theme.fontSmall
                    }
                }

                Repeater {
                    model: 42

                    QQC2.AbstractButton {
                        id: dayCell

                        required property int index

                        readonly property date date: new Date(grid.year, grid.month, 1 - grid.leadingDays + dayCell.index)
                        readonly property string iso: root.isoOf(dayCell.date)
                        readonly property bool selected: dayCell.iso === root.isoDate
                        readonly property bool inMonth: dayCell.date.getMonth() === grid.month

                        width: grid.cellWidth
                        height: Math.max(40, grid.cellWidth)
                        text: dayCell.date.getDate()
                        Accessible.name: App.formatDate(dayCell.iso)
                        onClicked: {
                            input.text = App.formatDate(dayCell.iso);
                            root.setDate(dayCell.iso);
                            calendar.close();
                        }

                        background: Rectangle {
                            anchors.centerIn: parent
                            width: Math.min(parent.width, parent.height) - 4
                            height: width
                            radius: width / 2
                            color: dayCell.selected ? Theme.primary : (dayCell.down ? Theme.primaryLight : "transparent")
                            border.color: dayCell.iso === root.todayIso && !dayCell.selected ? Theme.primary : "transparent"
                            border.width: 1
                        }

                        contentItem: Text {
                            text: dayCell.text
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            font.pixelSize: Theme.fontBody
                            color: dayCell.selected ? Theme.textOnPrimary
                                                    : (dayCell.inMonth ? Theme.text : Theme.secondaryText)
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true

                AppButton {
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

                AppButton {
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
