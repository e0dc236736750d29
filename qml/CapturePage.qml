pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import QtQuick.Shapes as Shapes
import QtMultimedia as Multimedia
import Qujat.Backend

// Photographs a paper document. The camera runs only while this page is
// shown and the app is in the foreground; without a camera the page offers
// the file chooser instead.
QQC2.Page {
    id: root

    // Emitted with the local path of the saved photo.
    signal captured(path: string)
    signal chooseFileRequested()

    onCameraWantedChanged: root.errorText = ""

    readonly property bool hasCamera: devices.videoInputs.length > 0
    readonly property bool cameraWanted: root.hasCamera && root.visible
                                         && Qt.application.state === Qt.ApplicationActive
    property string errorText: ""

    //: Title of the camera page.
    title: qsTr("Take a photo")
    background: Rectangle {
        color: root.hasCamera ? "black" : Theme.background
    }

    Multimedia.MediaDevices {
        id: devices
    }

    // The camera exists only while it is wanted. A Repeater of 0 or 1 stands
    // in for a Loader, which in Qt 6.4 cannot create components of a file
    // with ComponentBehavior: Bound.
    Repeater {
        model: root.cameraWanted ? 1 : 0

        Item {
            id: cameraView

            property bool saving: false

            width: root.width
            height: root.height

            Multimedia.CaptureSession {
                camera: Multimedia.Camera {
                    id: camera

                    active: true
                    onErrorOccurred: (error, errorString) => {
                        //: Camera error; %1 is the system's description of the problem.
                        root.errorText = qsTr("The camera does not work: %1. Close other apps that use the camera, or choose a photo or file instead.").arg(errorString);
                    }
                }
                imageCapture: Multimedia.ImageCapture {
                    id: imageCapture

                    onImageSaved: (id, fileName) => {
                        cameraView.saving = false;
                        root.captured(fileName);
                    }
                    onErrorOccurred: (id, error, errorString) => {
                        cameraView.saving = false;
                        //: Error after pressing the shutter; %1 is the system's description.
                        root.errorText = qsTr("The photo could not be saved: %1. Try again.").arg(errorString);
                    }
                }
                videoOutput: output
            }

            Multimedia.VideoOutput {
                id: output

                anchors.fill: parent
                fillMode: Multimedia.VideoOutput.PreserveAspectFit
            }

            VideoScanner {
                id: scanner

                videoSink: output.videoSink
                active: !cameraView.saving
            }

            // The page the scanner finds in the viewfinder.
            // NOTE: the corners are in the frame's own orientation; cameras
            // that deliver rotated frames need them turned like the picture.
            Shapes.Shape {
                anchors.fill: parent
                visible: scanner.corners.length === 4

                Shapes.ShapePath {
                    strokeColor: Theme.primaryLight
                    strokeWidth: 4
                    fillColor: "#3300606E"
                    joinStyle: Shapes.ShapePath.RoundJoin

                    PathPolyline {
                        path: {
                            const rect = output.contentRect;
                            const points = scanner.corners.map(corner => Qt.point(rect.x + corner.x * rect.width,
                                                                                  rect.y + corner.y * rect.height));
                            if (points.length > 0)
                                points.push(points[0]);
                            return points;
                        }
                    }
                }
            }

            // The codes found in the viewfinder, so the teacher knows the QR code will be read.
            QQC2.Label {
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.top: parent.top
                anchors.topMargin: Theme.margin
                width: Math.min(implicitWidth, parent.width - 2 * Theme.margin)
                visible: scanner.codes.length > 0
                padding: Theme.spacing
                //: Over the viewfinder when a QR code or barcode is readable; %1 is its text.
                text: qsTr("Code found: %1").arg(scanner.codes.length > 0 ? scanner.codes[0].text : "")
                elide: Text.ElideRight
                color: Theme.textOnPrimary
                background: Rectangle {
                    color: Theme.primary
                    radius: Theme.radius
                }
            }

            RowLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.margin
                spacing: Theme.margin

                AppButton {
                    Layout.preferredWidth: 1
                    Layout.fillWidth: true
                    //: Opens the file chooser from the camera page.
                    text: qsTr("From files")
                    onClicked: root.chooseFileRequested()
                }

                FloatingButton {
                    Layout.preferredWidth: 76
                    Layout.preferredHeight: 76
                    enabled: imageCapture.readyForCapture && !cameraView.saving
                    //: The shutter button.
                    Accessible.name: qsTr("Take the photo")
                    onClicked: {
                        root.errorText = "";
                        cameraView.saving = true;
                        imageCapture.captureToFile(App.newCapturePath());
                    }

                    Rectangle {
                        anchors.centerIn: parent
                        width: 52
                        height: 52
                        radius: 26
                        color: "white"
                    }
                }

                AppButton {
                    Layout.preferredWidth: 1
                    Layout.fillWidth: true
                    visible: camera.isTorchModeSupported(Multimedia.Camera.TorchOn)
                    checkable: true
                    //: Switches the phone's light on while photographing.
                    text: qsTr("Light")
                    onCheckedChanged: camera.torchMode = checked ? Multimedia.Camera.TorchOn : Multimedia.Camera.TorchOff
                }

                Item {
                    Layout.preferredWidth: 1
                    Layout.fillWidth: true
                    visible: !camera.isTorchModeSupported(Multimedia.Camera.TorchOn)
                }
            }

            QQC2.BusyIndicator {
                anchors.centerIn: parent
                running: cameraView.saving
            }
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.maxContentWidth)
        visible: !root.hasCamera
        spacing: Theme.margin

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("No camera found on this device")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Choose a scan or a photo you already have, or a PDF, Word, PowerPoint or Excel file.")
            color: Theme.secondaryText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        AppButton {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Choose a photo or file")
            highlighted: true
            onClicked: root.chooseFileRequested()
        }
    }

    ErrorBanner {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: root.errorText
        onDismissed: root.errorText = ""
    }
}
