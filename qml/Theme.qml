pragma Singleton

import QtQuick

// Colours, spacing and type sizes of the interface. Text colours reach at
// least 4.5:1 contrast (WCAG AA) on the background they are paired with.
QtObject {
    // Teal-blue of the toolbar and primary buttons; white text on it is 7.2:1.
    readonly property color primary: "#00606E"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color primaryPressed: "#004852"
    readonly property color primaryLight: "#DDF1F4"
    readonly property color textOnPrimaryLight: "#003A43"

    readonly property color background: "#F4F7F8"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceSelected: "#E3EFF1"
    readonly property color text: "#1A1F22"
    readonly property color secondaryText: "#4B565C"
    readonly property color divider: "#D3DBDE"
    readonly property color disabledBackground: "#E4E8EA"
    readonly property color link: "#005A9E"

    // Incomplete items (no date) and missing required documents.
    readonly property color warning: "#6B4300"
    readonly property color warningBackground: "#FFF0D1"
    readonly property color warningBorder: "#E0B45C"

    readonly property color error: "#A4161A"
    readonly property color errorBackground: "#FDE7E7"
    readonly property color success: "#1E6B2E"

    // A sample portfolio banner, so the teacher never mistakes it for their own.
    readonly property color sample: "#3D2C7A"
    readonly property color sampleBackground: "#ECE7FB"

    readonly property int fontBody: 16
    readonly property int fontSmall: 14
    readonly property int fontHeading: 18
    readonly property int fontTitle: 22

    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int radius: 8
    readonly property int touchTarget: 48
    readonly property int thumbnailSize: 64

    // Window widths (in device-independent pixels) from which the layout
    // changes: two panes, and side-by-side pages and details on the item page.
    readonly property int wideBreakpoint: 840
    readonly property int sidePaneWidth: 400
    readonly property int itemSplitBreakpoint: 760
    // The width that forms and text columns do not grow beyond.
    readonly property int maxContentWidth: 720
}
