import QtQuick
import QtQuick.Controls.Material as QQC2

// The administration's review of an item as a small label: accepted (copy
// certified), returned for correction, or changed since the review.
// Invisible when the item was never reviewed.
QQC2.Label {
    id: root

    // "", "accepted", "returned" or "changed"
    property string status: ""

    visible: root.status.length > 0
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: 2
    bottomPadding: 2
    font.pixelSize: Theme.fontSmall
    text: {
        switch (root.status) {
        case "accepted":
            //: Review status of an item: the school certified the copy.
            return qsTr("Accepted");
        case "returned":
            //: Review status of an item: the school sent it back for correction.
            return qsTr("Returned");
        case "changed":
            //: Review status of an item edited after the school's review.
            return qsTr("Changed since the review");
        }
        return "";
    }
    color: root.status === "accepted" ? Theme.success
           : root.status === "returned" ? Theme.error : Theme.warning
    background: Rectangle {
        radius: 4
        color: root.status === "accepted" ? "#E4F3E7"
               : root.status === "returned" ? Theme.errorBackground : Theme.warningBackground
        border.color: root.color
    }
}
