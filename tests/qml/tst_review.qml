import QtQuick
import QtTest
import Qujat
import Qujat.Backend
import QujatTest

// The review screen's requests to the importer: a page prepared again from
// its original with the whole photo, a quarter turn and another preset.
TestCase {
    id: testCase

    name: "Review"
    width: 360
    height: 800
    visible: true
    when: windowShown

    Importer {
        id: draftImporter
    }

    function test_recropWholePhotoTurned() {
        draftImporter.discard();
        draftImporter.addPath(TestFixtures.certificatePath());
        tryCompare(draftImporter, "pageCount", 1, 30000);
        tryCompare(draftImporter, "busy", false, 30000);
        const before = draftImporter.previews[0];
        verify(before.isImage);
        verify(String(before.originalSource).length > 0);
        compare(before.corners.length, 4);
        compare(before.detectedCorners.length, 4);
        compare(before.requestedPreset, "auto");
        compare(before.quarterTurns, 0);

        verify(!draftImporter.recrop(0, [Qt.point(0, 0)], "auto", 0), "three corners are missing");
        verify(!draftImporter.recrop(0, before.corners, "sepia", 0), "unknown preset");

        const frame = [Qt.point(0, 0), Qt.point(1, 0), Qt.point(1, 1), Qt.point(0, 1)];
        verify(draftImporter.recrop(0, frame, "greyscale", 1));
        compare(draftImporter.recropIndex, 0);
        tryCompare(draftImporter, "busy", false, 30000);
        compare(draftImporter.recropIndex, -1);
        compare(draftImporter.errorMessage, "");

        const after = draftImporter.previews[0];
        verify(!after.pageFound, "the whole photo is kept");
        compare(after.preset, "greyscale");
        compare(after.requestedPreset, "greyscale");
        compare(after.quarterTurns, 1);
        verify(after.source !== before.source, "a new preview file");
        compare(after.detectedCorners, before.detectedCorners);
        draftImporter.discard();
    }
}
