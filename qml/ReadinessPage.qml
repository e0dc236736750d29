pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import Qujat.Backend

// How ready the portfolio is for the commission: the overall share of passed
// checks, each section's readiness and the list of findings. A finding opens
// the item to fix, the profile (for a missing attestation date) or the
// section (for a missing required document). Recomputed whenever an item or
// the profile changes.
QQC2.Page {
    id: root

    signal itemRequested(uuid: string)
    signal sectionRequested(key: string)
    signal profileRequested()
    signal presentRequested()

    // Opens what a finding points at.
    function openFinding(finding: var) {
        if (finding.opensProfile)
            root.profileRequested();
        else if (finding.uuid.length > 0)
            root.itemRequested(finding.uuid);
        else
            root.sectionRequested(finding.sectionKey);
    }

    //: Title of the readiness page.
    title: qsTr("Readiness for attestation")
    background: Rectangle {
        color: Theme.background
    }

    Readiness {
        id: readiness
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {}

        ColumnLayout {
            id: column

            x: Theme.margin
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.maxContentWidth)
            spacing: Theme.margin

            // Overall readiness.
            QQC2.Pane {
                Layout.fillWidth: true
                padding: Theme.margin
                background: Rectangle {
                    radius: Theme.radius
                    color: readiness.ready ? "#E6F4EA" : Theme.warningBackground
                    border.color: readiness.ready ? Theme.success : Theme.warningBorder
                }

                contentItem: RowLayout {
                    spacing: Theme.margin

                    QQC2.Label {
                        objectName: "overallPercent"
                        text: readiness.percent + "%"
                        font.pixelSize: 40
                        font.bold: true
                        color: readiness.ready ? Theme.success : Theme.warning
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 4

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: readiness.ready
                                  //: Overall state on the readiness page.
                                  ? qsTr("Ready for the commission")
                                  //: Overall state on the readiness page; %n is the number of findings.
                                  : qsTr("%n thing(s) to fix", "", readiness.findingCount)
                            font.pixelSize: Theme.fontHeading
                            font.bold: true
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: readiness.attestationDateText.length > 0
                                  //: %1 is the planned attestation date.
                                  ? qsTr("Planned attestation: %1. Items count within 5 years before it, table VII within 3 years.").arg(readiness.attestationDateText)
                                  : qsTr("Set the planned attestation date in the profile to check the time windows.")
                            wrapMode: Text.Wrap
                            color: Theme.secondaryText
                        }
                    }
                }
            }

            AppButton {
                objectName: "presentButton"
                //: Starts presentation mode for the commission.
                text: qsTr("Present to the commission")
                highlighted: true
                onClicked: root.presentRequested()
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: readiness.findingCount > 0
                //: Heading of the list of findings on the readiness page.
                text: qsTr("What to fix")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.primary
                Accessible.role: Accessible.Heading
            }

            Repeater {
                objectName: "findingList"
                model: readiness.findings

                QQC2.ItemDelegate {
                    id: findingRow

                    required property var modelData
                    required property int index

                    objectName: "finding" + findingRow.index
                    Layout.fillWidth: true
                    padding: Theme.spacing
                    leftPadding: Theme.margin
                    rightPadding: Theme.margin
                    Accessible.name: findingRow.modelData.message
                    onClicked: root.openFinding(findingRow.modelData)

                    background: Rectangle {
                        radius: Theme.radius
                        color: findingRow.down ? Theme.primaryLight : Theme.surface
                        border.color: Theme.divider
                    }

                    contentItem: RowLayout {
                        spacing: Theme.spacing

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2

                            QQC2.Label {
                                Layout.fillWidth: true
                                text: findingRow.modelData.sectionLabel
                                font.pixelSize: Theme.fontSmall
                                color: Theme.secondaryText
                                elide: Text.ElideRight
                            }

                            QQC2.Label {
                                Layout.fillWidth: true
                                text: findingRow.modelData.message
                                wrapMode: Text.Wrap
                                color: Theme.text
                            }
                        }

                        QQC2.Label {
                            text: "›"
                            font.pixelSize: Theme.fontTitle
                            color: Theme.secondaryText
                        }
                    }
                }
            }

            QQC2.Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                //: Heading of the per-section readiness on the readiness page.
                text: qsTr("Sections")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.primary
                Accessible.role: Accessible.Heading
            }

            Repeater {
                model: readiness.sections

                QQC2.ItemDelegate {
                    id: sectionRow

                    required property var modelData

                    Layout.fillWidth: true
                    padding: Theme.spacing
                    leftPadding: Theme.margin
                    rightPadding: Theme.margin
                    Accessible.name: sectionRow.modelData.number + ". " + sectionRow.modelData.name
                    onClicked: root.sectionRequested(sectionRow.modelData.key)

                    background: Rectangle {
                        color: sectionRow.down ? Theme.primaryLight : Theme.surface

                        Rectangle {
                            anchors.bottom: parent.bottom
                            width: parent.width
                            height: 1
                            color: Theme.divider
                        }
                    }

                    contentItem: ColumnLayout {
                        spacing: 4

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing

                            QQC2.Label {
                                Layout.fillWidth: true
                                text: sectionRow.modelData.number + ". " + sectionRow.modelData.name
                                wrapMode: Text.Wrap
                                color: Theme.text
                            }

                            QQC2.Label {
                                text: sectionRow.modelData.ready
                                      //: A section with no findings on the readiness page.
                                      ? qsTr("Ready")
                                      : sectionRow.modelData.percent + "%"
                                font.bold: true
                                color: sectionRow.modelData.ready ? Theme.success : Theme.warning
                            }
                        }

                        // The share of passed checks as a bar.
                        Rectangle {
                            Layout.fillWidth: true
                            Layout.preferredHeight: 6
                            radius: 3
                            color: Theme.divider

                            Rectangle {
                                width: parent.width * sectionRow.modelData.percent / 100
                                height: parent.height
                                radius: 3
                                color: sectionRow.modelData.ready ? Theme.success : Theme.warningBorder
                            }
                        }
                    }
                }
            }
        }
    }
}
