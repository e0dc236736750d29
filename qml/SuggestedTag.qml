import QtQuick
import QtQuick.Controls.Material as QQC2

// Marks a form field whose value was read from the page's text and still
// waits for the user to check it.
QQC2.Label {
    //: Tag beside a form field filled in from the text read on the page.
    text: qsTr("Suggested")
    color: Theme.textOnPrimaryLight
    font.pixelSize: Theme.fontSmall
    font.bold: true
    leftPadding: 8
    rightPadding: 8
    topPadding: 2
    bottomPadding: 2
    background: Rectangle {
        color: Theme.primaryLight
        radius: height / 2
    }
    Accessible.name: qsTr("Suggested from the page's text; check it")
}
