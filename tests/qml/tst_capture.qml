import QtQuick
import QtTest
import Qujat
import Qujat.Backend

// The camera page on a simulated camera: rendered frames go through the
// real video sink and VideoScanner, the outline and the code appear over
// the viewfinder, auto-capture takes one photo, and batch mode collects
// photos until Done.
TestCase {
    id: testCase

    name: "Capture"
    width: 360
    height: 800
    visible: true
    when: windowShown

    CapturePage {
        id: page

        anchors.fill: parent
    }

    SignalSpy {
        id: capturedSpy

        target: page
        signalName: "captured"
    }

    SignalSpy {
        id: batchSpy

        target: page
        signalName: "batchCaptured"
    }

    function scanner() {
        const view = findChild(page, "cameraView");
        return view ? view.scanner : null;
    }

    function test_1_outlineAndCode() {
        tryVerify(() => testCase.scanner() !== null, 10000, "the viewfinder is shown");
        const scanner = testCase.scanner();
        tryVerify(() => scanner.corners.length === 4, 30000, "the page outline is found");
        tryVerify(() => scanner.codes.length === 1, 30000, "the QR code is found");
        compare(scanner.codes[0].outline.length, 4);
        verify(scanner.codes[0].text.startsWith("https://"));
    }

    function test_2_autoCaptureOnce() {
        const scanner = testCase.scanner();
        capturedSpy.clear();
        page.autoCapture = true;
        tryCompare(capturedSpy, "count", 1, 30000);
        const stable = scanner.scannedFrames;
        tryVerify(() => scanner.scannedFrames >= stable + 3, 30000);
        compare(capturedSpy.count, 1, "the same sheet is photographed once");
        verify(String(capturedSpy.signalArguments[0][0]).length > 0);
        page.autoCapture = false;
    }

    function test_3_batchCollectsPhotos() {
        batchSpy.clear();
        capturedSpy.clear();
        page.batchMode = true;
        const shutter = findChild(page, "shutterButton");
        verify(shutter);
        for (let i = 0; i < 3; ++i)
            mouseClick(shutter);
        compare(page.batchPaths.length, 3);
        compare(capturedSpy.count, 0, "nothing is reviewed before Done");
        mouseClick(findChild(page, "batchDoneButton"));
        compare(batchSpy.count, 1);
        compare(batchSpy.signalArguments[0][0].length, 3);
        compare(page.batchPaths.length, 0);
        page.batchMode = false;
    }
}
