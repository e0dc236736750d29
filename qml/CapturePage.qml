pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import QtQuick.Shapes as Shapes
import QtMultimedia as Multimedia
import Qujat.Backend

// Photographs a paper document. The viewfinder shows the page and the codes
// the scanner finds in it; with auto-capture on, the photo is taken once the
// page holds still and is sharp. In batch mode photos are collected until
// the teacher presses Done. The camera runs only while this page is shown,
// the permission is granted and the app is in the foreground; without a
// camera or without the permission the page offers the file chooser instead.
QQC2.Page {
    id: root

    // Emitted with the local path of the saved photo.
    signal captured(path: string)
    // Emitted in batch mode with the local paths of every photo taken.
    signal batchCaptured(paths: var)
    signal chooseFileRequested()

    onCameraWantedChanged: root.errorText = ""

    readonly property bool hasCamera: CameraAccess.simulated || devices.videoInputs.length > 0
    readonly property bool permitted: CameraAccess.permission === CameraAccess.Granted
    readonly property bool cameraWanted: root.hasCamera && root.permitted && root.visible
                                         && Qt.application.state === Qt.ApplicationActive
    property string errorText: ""
    // Take the photo once the page holds still and the picture is sharp.
    property bool autoCapture: false
    // Keep taking photos; the batch is reviewed after Done.
    property bool batchMode: false
    property var batchPaths: []

    function photoTaken(path: string) {
        if (root.batchMode)
            root.batchPaths = root.batchPaths.concat([path]);
        else
            root.captured(path);
    }

    function finishBatch() {
        const paths = root.batchPaths;
        root.batchPaths = [];
        if (paths.length > 0)
            root.batchCaptured(paths);
    }

    //: Title of the camera page.
    title: qsTr("Take a photo")
    background: Rectangle {
        color: root.cameraWanted ? "black" : Theme.background
    }

    Component.onCompleted: {
        if (root.hasCamera && CameraAccess.permission === CameraAccess.Undetermined)
            CameraAccess.requestPermission();
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

            objectName: "cameraView"
            // For tests, which find the viewfinder by name.
            readonly property VideoScanner scanner: scanner
            property bool saving: false
            readonly property bool canFocus: !CameraAccess.simulated
                                             && (camera.supportedFeatures & Multimedia.Camera.CustomFocusPoint)
                                             && camera.isFocusModeSupported(Multimedia.Camera.FocusModeAuto)
            readonly property bool canTorch: !CameraAccess.simulated
                                             && camera.isTorchModeSupported(Multimedia.Camera.TorchOn)

            // A point in 0..1 of the camera frame to the viewfinder's
            // coordinates, through the output's rotation and fill mode.
            function toView(point: point): point {
                let x = point.x;
                let y = point.y;
                switch ((output.orientation % 360 + 360) % 360) {
                case 90:
                    [x, y] = [1 - y, x];
                    break;
                case 180:
                    [x, y] = [1 - x, 1 - y];
                    break;
                case 270:
                    [x, y] = [y, 1 - x];
                    break;
                }
                const rect = output.contentRect;
                return Qt.point(rect.x + x * rect.width, rect.y + y * rect.height);
            }

            // The inverse of toView(): a viewfinder point to 0..1 of the frame.
            function toFrame(point: point): point {
                const rect = output.contentRect;
                const x = (point.x - rect.x) / rect.width;
                const y = (point.y - rect.y) / rect.height;
                switch ((output.orientation % 360 + 360) % 360) {
                case 90:
                    return Qt.point(y, 1 - x);
                case 180:
                    return Qt.point(1 - x, 1 - y);
                case 270:
                    return Qt.point(1 - y, x);
                }
                return Qt.point(x, y);
            }

            function outlinePath(corners: var): var {
                const points = corners.map(corner => cameraView.toView(corner));
                if (points.length > 0)
                    points.push(points[0]);
                return points;
            }

            function takePhoto(automatic: bool) {
                if (cameraView.saving)
                    return;
                root.errorText = "";
                if (automatic)
                    CameraAccess.captureFeedback();
                const path = App.newCapturePath();
                if (CameraAccess.simulated) {
                    if (simulatedCamera.captureToFile(path))
                        root.photoTaken(path);
                    return;
                }
                cameraView.saving = true;
                imageCapture.captureToFile(path);
            }

            width: root.width
            height: root.height

            Multimedia.CaptureSession {
                camera: Multimedia.Camera {
                    id: camera

                    cameraDevice: CameraAccess.cameraDevice
                    active: !CameraAccess.simulated
                    onErrorOccurred: (error, errorString) => {
                        //: Camera error; %1 is the system's description of the problem.
                        root.errorText = qsTr("The camera does not work: %1. Close other apps that use the camera, or choose a photo or file instead.").arg(errorString);
                    }
                }
                imageCapture: Multimedia.ImageCapture {
                    id: imageCapture

                    onImageSaved: (id, fileName) => {
                        cameraView.saving = false;
                        root.photoTaken(fileName);
                    }
                    onErrorOccurred: (id, error, errorString) => {
                        cameraView.saving = false;
                        //: Error after pressing the shutter; %1 is the system's description.
                        root.errorText = qsTr("The photo could not be saved: %1. Try again.").arg(errorString);
                    }
                }
                videoOutput: CameraAccess.simulated ? null : output
            }

            SimulatedCamera {
                id: simulatedCamera

                videoSink: output.videoSink
                active: CameraAccess.simulated
            }

            Multimedia.VideoOutput {
                id: output

                anchors.fill: parent
                fillMode: Multimedia.VideoOutput.PreserveAspectFit
            }

            // The simulated scene under the viewfinder, because the software
            // renderer used headless draws no video frames.
            Image {
                x: output.contentRect.x
                y: output.contentRect.y
                width: output.contentRect.width
                height: output.contentRect.height
                visible: CameraAccess.simulated && output.contentRect.width > 0
                source: CameraAccess.simulated ? simulatedCamera.sceneUrl : ""
                z: -1
            }

            VideoScanner {
                id: scanner

                videoSink: output.videoSink
                active: !cameraView.saving
                autoCapture: root.autoCapture
                onAutoCaptureRequested: cameraView.takePhoto(true)
            }

            TapHandler {
                enabled: cameraView.canFocus
                onTapped: eventPoint => {
                    const point = cameraView.toFrame(eventPoint.position);
                    if (point.x < 0 || point.x > 1 || point.y < 0 || point.y > 1)
                        return;
                    camera.focusMode = Multimedia.Camera.FocusModeAuto;
                    camera.customFocusPoint = point;
                    focusRing.x = eventPoint.position.x - focusRing.width / 2;
                    focusRing.y = eventPoint.position.y - focusRing.height / 2;
                    focusRing.opacity = 1;
                    focusRingFade.restart();
                }
            }

            Rectangle {
                id: focusRing

                width: 72
                height: 72
                radius: 36
                color: "transparent"
                border.color: "white"
                border.width: 2
                opacity: 0

                NumberAnimation on opacity {
                    id: focusRingFade

                    running: false
                    to: 0
                    duration: 1200
                    easing.type: Easing.InQuad
                }
            }

            // The page the scanner finds in the viewfinder: a bright line on
            // a dark edge, to stand out on white paper and on dark desks
            // alike; dashed until the page holds still.
            Shapes.Shape {
                anchors.fill: parent
                visible: scanner.corners.length === 4

                Shapes.ShapePath {
                    strokeColor: "#99000000"
                    strokeWidth: 7
                    fillColor: "#2600606E"
                    joinStyle: Shapes.ShapePath.RoundJoin

                    PathPolyline {
                        path: cameraView.outlinePath(scanner.corners)
                    }
                }

                Shapes.ShapePath {
                    strokeColor: "#4DD0E1"
                    strokeWidth: 3
                    strokeStyle: scanner.stableFrames >= 2 ? Shapes.ShapePath.SolidLine : Shapes.ShapePath.DashLine
                    fillColor: "transparent"
                    joinStyle: Shapes.ShapePath.RoundJoin

                    PathPolyline {
                        path: cameraView.outlinePath(scanner.corners)
                    }
                }
            }

            // Every code found in the viewfinder, outlined with its text, so
            // the teacher knows it will be read.
            Repeater {
                model: scanner.codes

                Item {
                    id: codeMark

                    required property var modelData
                    readonly property var points: cameraView.outlinePath(codeMark.modelData.outline)
                    readonly property real codeTop: Math.min(...codeMark.points.map(p => p.y))
                    readonly property real codeBottom: Math.max(...codeMark.points.map(p => p.y))
                    readonly property real codeCentre: codeMark.points.length > 1
                                                   ? codeMark.points.slice(1).reduce((sum, p) => sum + p.x, 0)
                                                     / (codeMark.points.length - 1)
                                                   : 0

                    anchors.fill: parent

                    Shapes.Shape {
                        anchors.fill: parent

                        Shapes.ShapePath {
                            strokeColor: "#FFD54F"
                            strokeWidth: 3
                            fillColor: "#33FFD54F"
                            joinStyle: Shapes.ShapePath.RoundJoin

                            PathPolyline {
                                path: codeMark.points
                            }
                        }
                    }

                    QQC2.Label {
                        readonly property bool above: codeMark.codeTop - height - 4 > Theme.spacing

                        x: Math.max(Theme.spacing, Math.min(codeMark.codeCentre - width / 2,
                                                            codeMark.width - width - Theme.spacing))
                        y: above ? codeMark.codeTop - height - 4 : codeMark.codeBottom + 4
                        width: Math.min(implicitWidth, codeMark.width - 2 * Theme.spacing)
                        padding: 6
                        text: codeMark.modelData.text
                        elide: Text.ElideMiddle
                        font.pixelSize: Theme.fontSmall
                        color: "#1A1F22"
                        background: Rectangle {
                            color: "#FFD54F"
                            radius: 4
                        }
                    }
                }
            }

            // Options above the viewfinder.
            Flow {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.margin
                spacing: Theme.spacing

                ToggleChip {
                    //: Camera page option: take the photo by itself once the page holds still.
                    text: qsTr("Auto")
                    checked: root.autoCapture
                    onToggled: root.autoCapture = checked
                }

                ToggleChip {
                    //: Camera page option: take several photos, review them afterwards.
                    text: qsTr("Several pages")
                    checked: root.batchMode
                    onToggled: {
                        root.batchMode = checked;
                        if (!checked)
                            root.finishBatch();
                    }
                }

                ToggleChip {
                    visible: cameraView.canTorch
                    //: Switches the phone's light on while photographing.
                    text: qsTr("Light")
                    checked: camera.torchMode === Multimedia.Camera.TorchOn
                    onToggled: camera.torchMode = checked ? Multimedia.Camera.TorchOn : Multimedia.Camera.TorchOff
                }

                ToggleChip {
                    visible: CameraAccess.cameraCount > 1
                    checkable: false
                    //: Switches between the front and back cameras (or other cameras).
                    text: qsTr("Other camera")
                    onClicked: CameraAccess.useNextCamera()
                }
            }

            QQC2.Label {
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: controls.top
                anchors.bottomMargin: Theme.spacing
                width: Math.min(implicitWidth, parent.width - 2 * Theme.margin)
                visible: root.autoCapture && !cameraView.saving
                padding: Theme.spacing
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: {
                    if (scanner.corners.length !== 4)
                        //: Auto-capture hint while no page is in the picture.
                        return qsTr("Point the camera at the page");
                    if (scanner.sharpness < scanner.minSharpness)
                        //: Auto-capture hint while the picture is blurred.
                        return qsTr("Hold still, the picture is blurred");
                    //: Auto-capture hint while the page is found and sharp.
                    return qsTr("Hold still");
                }
                color: "white"
                background: Rectangle {
                    color: "#99000000"
                    radius: Theme.radius
                }
            }

            RowLayout {
                id: controls

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
                    objectName: "shutterButton"
                    Layout.preferredWidth: 76
                    Layout.preferredHeight: 76
                    enabled: (CameraAccess.simulated || imageCapture.readyForCapture) && !cameraView.saving
                    //: The shutter button.
                    Accessible.name: qsTr("Take the photo")
                    onClicked: cameraView.takePhoto(false)

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
                    objectName: "batchDoneButton"
                    visible: root.batchMode
                    enabled: root.batchPaths.length > 0
                    highlighted: true
                    //: Ends a batch of photos and opens their review; %n is how many were taken.
                    text: qsTr("Done (%n)", "", root.batchPaths.length)
                    onClicked: root.finishBatch()
                }

                Item {
                    Layout.preferredWidth: 1
                    Layout.fillWidth: true
                    visible: !root.batchMode
                }
            }

            QQC2.BusyIndicator {
                anchors.centerIn: parent
                running: cameraView.saving
            }
        }
    }

    // Shown instead of the viewfinder: no camera, or no permission to use it.
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.maxContentWidth)
        visible: !root.cameraWanted
        spacing: Theme.margin

        QQC2.Label {
            Layout.fillWidth: true
            text: {
                if (!root.hasCamera)
                    return qsTr("No camera found on this device");
                if (CameraAccess.permission === CameraAccess.Denied)
                    //: Heading when the system does not let the app use the camera.
                    return qsTr("Qujat may not use the camera");
                //: Heading while the system asks whether the app may use the camera.
                return qsTr("Waiting for the camera permission");
            }
            font.pixelSize: Theme.fontHeading
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: {
                if (root.hasCamera && CameraAccess.permission === CameraAccess.Denied)
                    //: Explains a denied camera permission and the ways on.
                    return qsTr("Photos are only taken when you press the button or turn on Auto, and they stay on this device. Allow the camera in the system settings, or choose a photo you already have.");
                return qsTr("Choose a scan or a photo you already have, or a PDF, Word, PowerPoint or Excel file.");
            }
            color: Theme.secondaryText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        AppButton {
            Layout.alignment: Qt.AlignHCenter
            visible: root.hasCamera && CameraAccess.permission === CameraAccess.Denied && CameraAccess.canOpenSettings
            //: Opens the app's page in the system settings to allow the camera.
            text: qsTr("Open the settings")
            onClicked: CameraAccess.openSystemSettings()
        }

        AppButton {
            Layout.alignment: Qt.AlignHCenter
            visible: root.hasCamera && CameraAccess.permission === CameraAccess.Undetermined
            //: Asks the system again for the camera permission.
            text: qsTr("Allow the camera")
            onClicked: CameraAccess.requestPermission()
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
