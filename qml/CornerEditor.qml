pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Shapes as Shapes
import QtQuick.Controls.Material as QQC2

// The original photo with the page outline and four corner handles. While
// a handle is dragged, a magnifier shows the photo under the finger at
// `zoom` times the size, so the corner can be placed on the paper's edge.
Item {
    id: root

    // The original photo, shown upright (EXIF orientation applied).
    required property url source
    // The upright photo's size in pixels; the corners are relative to it.
    required property int photoWidth
    required property int photoHeight
    // Four points in 0..1 of the upright photo, clockwise from the top left.
    property var corners: [Qt.point(0, 0), Qt.point(1, 0), Qt.point(1, 1), Qt.point(0, 1)]
    property bool interactive: true
    readonly property real zoom: 3
    // Whether the corners form a convex quadrilateral, the only outline the
    // pipeline accepts.
    readonly property bool valid: root.isConvex(root.corners)
    // The handle being dragged, -1 when none.
    property int draggedCorner: -1

    // Emitted when the user lets go of a handle or has moved one with the keyboard.
    signal edited()

    // Where the photo is drawn: fitted into the item and centred.
    readonly property rect photoRect: {
        if (root.photoWidth <= 0 || root.photoHeight <= 0 || root.width <= 0 || root.height <= 0)
            return Qt.rect(0, 0, 0, 0);
        const scale = Math.min(root.width / root.photoWidth, root.height / root.photoHeight);
        const width = root.photoWidth * scale;
        const height = root.photoHeight * scale;
        return Qt.rect((root.width - width) / 2, (root.height - height) / 2, width, height);
    }

    function isConvex(points: var): bool {
        if (!points || points.length !== 4)
            return false;
        let sign = 0;
        for (let i = 0; i < 4; ++i) {
            const a = points[i];
            const b = points[(i + 1) % 4];
            const c = points[(i + 2) % 4];
            const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
            if (Math.abs(cross) < 1e-9)
                return false;
            if (sign === 0)
                sign = Math.sign(cross);
            else if (Math.sign(cross) !== sign)
                return false;
        }
        return true;
    }

    // Moves corner `index` to a point in 0..1, kept inside the photo.
    function moveCorner(index: int, x: real, y: real) {
        const moved = root.corners.slice();
        moved[index] = Qt.point(Math.min(1, Math.max(0, x)), Math.min(1, Math.max(0, y)));
        root.corners = moved;
    }

    // The outline's points in an item where the photo spans width × height at (left, top).
    function outlinePoints(left: real, top: real, width: real, height: real): var {
        const points = root.corners.map(corner => Qt.point(left + corner.x * width, top + corner.y * height));
        points.push(points[0]);
        return points;
    }

    Image {
        id: photo

        x: root.photoRect.x
        y: root.photoRect.y
        width: root.photoRect.width
        height: root.photoRect.height
        source: root.source
        autoTransform: true
        asynchronous: true
        fillMode: Image.Stretch
        // Decoded at about the screen size; the magnifier loads its own copy.
        sourceSize.width: 1200
        sourceSize.height: 1200
    }

    Shapes.Shape {
        anchors.fill: parent

        Shapes.ShapePath {
            strokeColor: root.valid ? Theme.primaryLight : Theme.errorBackground
            strokeWidth: 3
            fillColor: root.valid ? "#3300606E" : "#33A4161A"
            joinStyle: Shapes.ShapePath.RoundJoin

            PathPolyline {
                path: root.outlinePoints(root.photoRect.x, root.photoRect.y, root.photoRect.width,
                                         root.photoRect.height)
            }
        }
    }

    Repeater {
        model: 4

        Item {
            id: handle

            required property int index
            readonly property point corner: root.corners[handle.index]
            // Where the finger grabbed the handle, from its centre.
            property point grabOffset: Qt.point(0, 0)

            x: root.photoRect.x + handle.corner.x * root.photoRect.width - width / 2
            y: root.photoRect.y + handle.corner.y * root.photoRect.height - height / 2
            width: Theme.touchTarget
            height: Theme.touchTarget
            enabled: root.interactive
            activeFocusOnTab: true
            Accessible.role: Accessible.Button
            Accessible.name: [
                //: A corner handle of the page outline on the review screen.
                qsTr("Top left corner"),
                qsTr("Top right corner"),
                qsTr("Bottom right corner"),
                qsTr("Bottom left corner")
            ][handle.index]

            Keys.onPressed: event => {
                const step = 1 / 200;
                const dx = event.key === Qt.Key_Left ? -step : (event.key === Qt.Key_Right ? step : 0);
                const dy = event.key === Qt.Key_Up ? -step : (event.key === Qt.Key_Down ? step : 0);
                if (dx === 0 && dy === 0)
                    return;
                root.moveCorner(handle.index, handle.corner.x + dx, handle.corner.y + dy);
                event.accepted = true;
            }
            Keys.onReleased: event => {
                const arrows = [Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down];
                if (arrows.includes(event.key) && !event.isAutoRepeat) {
                    event.accepted = true;
                    root.edited();
                }
            }

            Rectangle {
                anchors.centerIn: parent
                width: 26
                height: 26
                radius: 13
                color: root.draggedCorner === handle.index ? Theme.primary : Theme.surface
                opacity: root.interactive ? 1 : 0.6
                border.color: handle.activeFocus ? Theme.link : Theme.primary
                border.width: handle.activeFocus ? 4 : 3
            }

            MouseArea {
                anchors.fill: parent
                // The page scrolls in a Flickable; dragging a handle must not scroll it.
                preventStealing: true
                cursorShape: Qt.SizeAllCursor

                onPressed: mouse => {
                    handle.grabOffset = Qt.point(mouse.x - handle.width / 2, mouse.y - handle.height / 2);
                    root.draggedCorner = handle.index;
                }
                onPositionChanged: mouse => {
                    const point = mapToItem(root, mouse.x - handle.grabOffset.x, mouse.y - handle.grabOffset.y);
                    root.moveCorner(handle.index, (point.x - root.photoRect.x) / root.photoRect.width,
                                    (point.y - root.photoRect.y) / root.photoRect.height);
                }
                onReleased: {
                    root.draggedCorner = -1;
                    root.edited();
                }
                onCanceled: {
                    root.draggedCorner = -1;
                    root.edited();
                }
            }
        }
    }

    // The magnifier sits in the top corner away from the finger, or at the
    // bottom when the finger is near the top.
    Rectangle {
        id: magnifier

        readonly property point corner: root.draggedCorner >= 0 ? root.corners[root.draggedCorner] : Qt.point(0.5, 0.5)
        readonly property real fingerX: root.photoRect.x + magnifier.corner.x * root.photoRect.width
        readonly property real fingerY: root.photoRect.y + magnifier.corner.y * root.photoRect.height

        x: magnifier.fingerX < root.width / 2 ? root.width - width - Theme.spacing : Theme.spacing
        y: magnifier.fingerY < height + 2 * Theme.margin ? root.height - height - Theme.spacing : Theme.spacing
        width: Math.min(160, root.width / 2 - 2 * Theme.spacing)
        height: width
        visible: root.draggedCorner >= 0
        color: "black"
        border.color: Theme.surface
        border.width: 3
        radius: 4
        clip: true

        Item {
            id: zoomed

            x: magnifier.width / 2 - magnifier.corner.x * width
            y: magnifier.height / 2 - magnifier.corner.y * height
            width: root.photoRect.width * root.zoom
            height: root.photoRect.height * root.zoom

            Image {
                anchors.fill: parent
                // Loaded on the first drag, then kept.
                source: magnifier.visible || status === Image.Ready ? root.source : ""
                autoTransform: true
                asynchronous: true
                sourceSize.width: 2400
                sourceSize.height: 2400
            }

            Shapes.Shape {
                anchors.fill: parent

                Shapes.ShapePath {
                    strokeColor: Theme.primaryLight
                    strokeWidth: 2
                    fillColor: "transparent"

                    PathPolyline {
                        path: root.outlinePoints(0, 0, zoomed.width, zoomed.height)
                    }
                }
            }
        }

        // A cross at the corner's exact position.
        Rectangle {
            anchors.centerIn: parent
            width: 24
            height: 2
            color: Theme.surface
        }

        Rectangle {
            anchors.centerIn: parent
            width: 2
            height: 24
            color: Theme.surface
        }
    }

    QQC2.BusyIndicator {
        anchors.centerIn: parent
        running: photo.status === Image.Loading
    }

    QQC2.Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        visible: photo.status === Image.Error
        //: Shown in place of the original photo on the review screen when it cannot be read.
        text: qsTr("The original photo cannot be shown.")
        color: Theme.surface
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
}
