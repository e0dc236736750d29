import QtQuick
import QtTest
import Qujat
import Qujat.Backend
import QujatTest

// Adds an item through the add page, as a teacher would after picking a
// photo: section, title, date, Save. Then checks what the store holds.
TestCase {
    id: testCase

    name: "AddItem"
    width: 360
    height: 800
    visible: true
    when: windowShown

    Importer {
        id: draftImporter
    }

    SectionsModel {
        id: sections
    }

    ItemsModel {
        id: achievements

        sectionKey: "documents.achievements"
    }

    Component {
        id: addPageComponent

        AddPage {
            width: testCase.width
            height: testCase.height
            importer: draftImporter
        }
    }

    SignalSpy {
        id: savedSpy

        target: draftImporter
        signalName: "saved"
    }

    function test_addCertificateThroughThePage() {
        const page = createTemporaryObject(addPageComponent, testCase);
        verify(page);
        const saveButton = findChild(page, "saveButton");
        verify(saveButton);
        verify(!saveButton.enabled, "Save is disabled before a page exists");

        draftImporter.addPath(TestFixtures.certificatePath());
        tryCompare(draftImporter, "pageCount", 1, 30000);
        compare(draftImporter.barcodes.length, 1);
        compare(draftImporter.barcodes[0].text, TestFixtures.certificateQrText());

        findChild(page, "sectionChoice").picked("documents.achievements");
        const titleField = findChild(page, "titleField");
        titleField.forceActiveFocus();
        titleField.selectAll();
        keySequence("Ctrl+A");
        for (const character of "District seminar")
            keyClick(character);
        findChild(page, "dateField").edited("2025-03-15");

        tryVerify(() => saveButton.enabled);
        // The button sits below the form: scroll it into view (the page may
        // still be scrolling to the new photo), then tap it.
        const scroller = findChild(page, "scroller");
        tryVerify(() => {
            scroller.contentY = Math.max(0, scroller.contentHeight - scroller.height);
            const top = saveButton.mapToItem(page, 0, 0).y;
            return top >= 0 && top + saveButton.height <= page.height;
        }, 10000, "the Save button scrolls into view");
        mouseClick(saveButton);
        savedSpy.wait(30000);
        compare(savedSpy.count, 1);

        tryCompare(achievements, "count", 1);
        compare(sections.totalItems, 1);
        compare(sections.incompleteItems, 0);
        const row = achievements.index(0, 0);
        compare(achievements.data(row, ItemsModel.TitleRole), "District seminar");
        compare(achievements.data(row, ItemsModel.DateTextRole), "15.03.2025");
        compare(draftImporter.pageCount, 0, "the draft is cleared after saving");
    }

    // A page saved while its text is still being recognised gets the text
    // when the recognition ends, and search then finds the item by it.
    function test_textOfEarlySaveIsStored() {
        if (draftImporter.recognitionState === "unavailable")
            skip("this build has no text recognition (Tesseract)");
        draftImporter.addPath(TestFixtures.certificatePath());
        tryCompare(draftImporter, "pageCount", 1, 30000);
        const savedBefore = savedSpy.count;
        verify(draftImporter.save({sectionKey: "documents.achievements", title: "Saved early",
                                   date: "2025-03-15"}));
        tryVerify(() => savedSpy.count > savedBefore, 30000);
        const uuid = savedSpy.signalArguments[savedSpy.count - 1][0];
        draftImporter.waitForRecognition();
        const text = TestFixtures.pageText(uuid, 0);
        verify(text.indexOf("семинар") >= 0, "the stored page text: " + text);
        verify(TestFixtures.search("семинарға").indexOf(uuid) >= 0, "search finds the item by its text");
    }

    // A photo that is already in the portfolio: the draft warns before it
    // is saved again. (An earlier test may have saved it already.)
    function test_samePhotoAgainWarns() {
        const page = createTemporaryObject(addPageComponent, testCase);
        const notice = findChild(page, "duplicateNotice");
        verify(notice);
        draftImporter.addPath(TestFixtures.certificatePath());
        tryCompare(draftImporter, "pageCount", 1, 30000);
        if (draftImporter.duplicateNotice === "") {
            const savedBefore = savedSpy.count;
            verify(draftImporter.save({sectionKey: "documents.achievements", title: "First copy",
                                       date: "2025-03-15"}));
            tryVerify(() => savedSpy.count > savedBefore, 30000);
            draftImporter.addPath(TestFixtures.certificatePath());
            tryCompare(draftImporter, "pageCount", 1, 30000);
        }
        verify(draftImporter.duplicateNotice.length > 0, "a notice for the second copy");
        verify(notice.visible);
        draftImporter.discard();
        compare(draftImporter.duplicateNotice, "");
        verify(!notice.visible);
    }

    function test_saveWithoutSectionShowsError() {
        const page = createTemporaryObject(addPageComponent, testCase);
        draftImporter.addPath(TestFixtures.certificatePath());
        tryCompare(draftImporter, "pageCount", 1, 30000);
        verify(!draftImporter.save({title: "No section", date: "2025-01-01"}));
        verify(draftImporter.errorMessage.length > 0);
        draftImporter.discard();
        compare(draftImporter.pageCount, 0);
    }
}
