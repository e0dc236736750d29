pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Material as QQC2

// One photographed page, fitted into the view. Pinch or the mouse wheel
// zooms around the fingers or the pointer, dragging pans a zoomed page, and
// a double tap returns to the fitted size (or zooms in when already fitted).
Item {
    id: root

    required property url source
    // Accessible description of the page, e.g. "Page 2 of 3".
    property string description: ""

    // 1 is the fitted size.
    property real zoom: 1
    readonly property real maxZoom: 6
    readonly property bool zoomed: root.zoom > 1.001

    // Size of the page at zoom 1.
    readonly property real fitWidth: image.implicitWidth > 0
        ? image.implicitWidth * Math.min(root.width / image.implicitWidth, root.height / image.implicitHeight)
        : root.width
    readonly property real fitHeight: image.implicitHeight > 0
        ? image.implicitHeight * Math.min(root.width / image.implicitWidth, root.height / image.implicitHeight)
        : root.height

    // Zooms to `newZoom`, keeping the page point under (viewX, viewY) in place.
    function zoomAround(newZoom: real, viewX: real, viewY: real) {
        const clamped = Math.max(1, Math.min(root.maxZoom, newZoom));
        const relativeX = (flick.contentX + viewX - image.x) / Math.max(1, image.width);
        const relativeY = (flick.contentY + viewY - image.y) / Math.max(1, image.height);
        root.zoom = clamped;
        flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width,
                                              image.x + relativeX * image.width - viewX));
        flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height,
                                              image.y + relativeY * image.height - viewY));
    }

    function fit() {
        root.zoom = 1;
        flick.contentX = 0;
        flick.contentY = 0;
    }

    clip: true
    Accessible.role: Accessible.Graphic
    Accessible.name: root.description

    onWidthChanged: root.fit()
    onHeightChanged: root.fit()

    Flickable {
        id: flick

        anchors.fill: parent
        contentWidth: Math.max(width, image.width)
        contentHeight: Math.max(height, image.height)
        boundsBehavior: Flickable.StopAtBounds
        // Unzoomed, horizontal drags belong to the page swipe around the viewer.
        interactive: root.zoomed

        QQC2.ScrollIndicator.horizontal: QQC2.ScrollIndicator {}
        QQC2.ScrollIndicator.vertical: QQC2.ScrollIndicator {}

        Image {
            id: image

            x: Math.max(0, (flick.width - width) / 2)
            y: Math.max(0, (flick.height - height) / 2)
            width: root.fitWidth * root.zoom
            height: root.fitHeight * root.zoom
            source: root.source
            // Caps the decoded size, so that a 12-megapixel photo is not
            // decoded at full size; at the highest zoom the page turns soft.
            sourceSize.width: 2560
            sourceSize.height: 2560
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            mipmap: true

            PinchHandler {
                id: pinch

                property real startZoom: 1
                property real startScale: 1

                target: null
                onActiveChanged: {
                    if (pinch.active) {
                        pinch.startZoom = root.zoom;
                        pinch.startScale = pinch.activeScale;
                    }
                }
                onUpdated: {
                    if (!pinch.active)
                        return;
                    const point = flick.mapFromItem(image, pinch.centroid.position.x, pinch.centroid.position.y);
                    root.zoomAround(pinch.startZoom * pinch.activeScale / Math.max(0.01, pinch.startScale),
                                    point.x, point.y);
                }
            }
        }
    }

    TapHandler {
        onDoubleTapped: (eventPoint, button) => {
            if (root.zoomed)
                root.fit();
            else
                root.zoomAround(2.5, eventPoint.position.x, eventPoint.position.y);
        }
    }

    // A mouse wheel zooms; a touchpad scrolls (pans) unless Ctrl is held,
    // because touchpads report two-finger scrolling as wheel events.
    WheelHandler {
        acceptedDevices: PointerDevice.Mouse
        target: null
        onWheel: event => root.zoomAround(root.zoom * Math.pow(1.0015, event.angleDelta.y), event.x, event.y)
    }

    WheelHandler {
        acceptedDevices: PointerDevice.TouchPad
        acceptedModifiers: Qt.ControlModifier
        target: null
        onWheel: event => root.zoomAround(root.zoom * Math.pow(1.0015, event.angleDelta.y), event.x, event.y)
    }

    QQC2.BusyIndicator {
        anchors.centerIn: parent
        running: image.status === Image.Loading
    }

    QQC2.Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        visible: image.status === Image.Error
        text: qsTr("This page could not be shown. The file may be damaged; add the page again.")
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: Theme.error
    }

    AppButton {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        visible: root.zoomed
        //: Button that returns a zoomed page to its fitted size.
        text: qsTr("Fit")
        highlighted: true
        onClicked: root.fit()
    }
}
