import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// The administration's review of one item. In administration mode (a
// teacher's portfolio shown read-only) it holds the controls: accept the
// copy as certified, or return it with a comment. On the teacher's side it
// shows the status and the comment from the last review imported.
QQC2.Pane {
    id: root

    required property string uuid
    // The review as School.itemReview() returns it.
    property var review: School.itemReview(root.uuid)
    readonly property string status: root.review.status || ""
    readonly property bool reviewing: App.readOnly && School.active

    function refresh() {
        root.review = School.itemReview(root.uuid);
        commentField.text = root.review.comment || "";
    }

    function markReturned() {
        if (School.markItem(root.uuid, "returned", commentField.text))
            root.refresh();
    }

    Component.onCompleted: root.refresh()

    Connections {
        target: App

        function onRevisionChanged() {
            root.review = School.itemReview(root.uuid);
        }
    }

    padding: Theme.spacing
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    background: Rectangle {
        color: root.status === "returned" ? Theme.errorBackground
               : root.status === "accepted" ? "#E4F3E7"
               : root.status === "changed" ? Theme.warningBackground : Theme.surface
        border.color: root.status === "returned" ? Theme.error
                      : root.status === "accepted" ? Theme.success
                      : root.status === "changed" ? Theme.warningBorder : Theme.divider
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        // The teacher's side: what the school said.
        QQC2.Label {
            Layout.fillWidth: true
            visible: !root.reviewing
            wrapMode: Text.Wrap
            font.bold: true
            color: root.status === "returned" ? Theme.error
                   : root.status === "accepted" ? Theme.success : Theme.warning
            text: {
                switch (root.status) {
                case "accepted":
                    //: Banner on an item the school accepted.
                    return qsTr("Accepted by the school: the copy is certified.");
                case "returned":
                    //: Banner on an item the school returned.
                    return qsTr("Returned by the school for correction. Fix it, then send the portfolio again.");
                case "changed":
                    //: Banner on a returned or accepted item the teacher edited since.
                    return qsTr("Changed since the school's review. Send the portfolio again so that the school checks it.");
                }
                return "";
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: !root.reviewing && (root.review.comment || "").length > 0
            wrapMode: Text.Wrap
            //: The administration's comment on an item; %1 is the comment.
            text: qsTr("Comment: %1").arg(root.review.comment || "")
            color: Theme.text
        }

        // The school's side: the marks.
        RowLayout {
            Layout.fillWidth: true
            visible: root.reviewing
            spacing: Theme.spacing

            QQC2.Label {
                //: Heading of the review controls on an item.
                text: qsTr("Review")
                font.bold: true
                color: Theme.primary
            }

            ReviewChip {
                status: root.status
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: root.status.length === 0
                //: Review status of an item that was not reviewed yet.
                text: qsTr("Not reviewed yet")
                color: Theme.secondaryText
                elide: Text.ElideRight
            }
        }

        QQC2.TextArea {
            id: commentField

            Layout.fillWidth: true
            objectName: "commentField"
            visible: root.reviewing
            //: Placeholder of the comment on an item under review.
            placeholderText: qsTr("Comment for the teacher (required to return)")
            wrapMode: TextEdit.Wrap
            Accessible.name: placeholderText
        }

        Flow {
            Layout.fillWidth: true
            visible: root.reviewing
            spacing: Theme.spacing

            AppButton {
                objectName: "acceptButton"
                //: Marks an item as accepted: the copy is certified.
                text: qsTr("Accept")
                highlighted: root.review.markedStatus !== "accepted" || root.status === "changed"
                accentColor: Theme.success
                onClicked: {
                    if (School.markItem(root.uuid, "accepted", commentField.text))
                        root.refresh();
                }
            }

            AppButton {
                objectName: "returnButton"
                //: Returns an item to the teacher with the comment.
                text: qsTr("Return for correction")
                accentColor: Theme.error
                enabled: commentField.text.trim().length > 0
                onClicked: root.markReturned()
            }

            AppButton {
                objectName: "clearButton"
                visible: root.status.length > 0
                flat: true
                //: Removes the review mark of an item.
                text: qsTr("Clear the mark")
                onClicked: {
                    if (School.clearMark(root.uuid))
                        root.refresh();
                }
            }
        }
    }
}
