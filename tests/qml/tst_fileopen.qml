import QtQuick
import QtTest
import Qujat
import Qujat.Backend
import QujatTest

// A file opened with the app (Platform.fileOpenRequested) reaches the import
// that fits the mode, through the real banner of the main window: in the
// teacher's mode the school's review is imported and a portfolio bundle
// offers the administration mode; in the administration mode the bundle is
// imported. The files are real, made from the sample portfolio with the
// core API (tests/qml/testfixtures.cpp).
TestCase {
    id: testCase

    name: "FileOpen"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    readonly property string comment: "Мөрі анық емес, қайта түсіріңіз"
    property var files: ({})

    Component {
        id: teachersComponent

        TeachersModel {}
    }

    Component {
        id: bannerComponent

        ReceivedFileBanner {
            width: 1280
        }
    }

    function initTestCase() {
        verify(!School.active);
        verify(App.openSamplePortfolio(), App.errorMessage);
        files = TestFixtures.openFiles(comment);
        verify(files.bundle && files.review && files.other, "the fixtures made the files");
    }

    function cleanupTestCase() {
        FileRouter.dismiss();
        School.chooseMode("teacher");
        verify(!School.active);
        verify(App.returnToOwnPortfolio());
    }

    function test_1_teacherImportsTheReview() {
        const banner = createTemporaryObject(bannerComponent, testCase);
        verify(!banner.visible);
        compare(TestFixtures.returnedItems(), 0);
        Platform.fileOpenRequested(files.review);
        compare(TestFixtures.returnedItems(), 1, "the review was imported into the open portfolio");
        verify(!FileRouter.failed, FileRouter.message);
        verify(FileRouter.message.indexOf("1 returned") >= 0, FileRouter.message);
        verify(banner.visible);
        verify(!FileRouter.offersSchoolMode);
        compare(Platform.receivedFile, "", "a routed file no longer waits");
    }

    function test_2_teacherIsToldWhereBundlesGo() {
        const banner = createTemporaryObject(bannerComponent, testCase);
        Platform.fileOpenRequested(files.bundle);
        verify(!School.active, "opening a file does not change the mode by itself");
        verify(FileRouter.offersSchoolMode);
        verify(!FileRouter.failed);
        verify(FileRouter.message.indexOf("portfolio bundle.zip") >= 0, FileRouter.message);
        verify(FileRouter.message.indexOf("administration mode") >= 0, FileRouter.message);
        const button = findChild(banner, "switchToSchoolButton");
        verify(button && button.visible);
    }

    function test_3_otherFilesAreRefusedClearly() {
        compare(FileRouter.route(files.other), FileRouter.NotQujat);
        verify(FileRouter.failed);
        verify(FileRouter.message.indexOf("notes.zip") >= 0, FileRouter.message);
        verify(!FileRouter.offersSchoolMode);
        compare(FileRouter.route(files.review.replace("review.zip", "missing.zip")), FileRouter.NotQujat);
        verify(FileRouter.failed);
    }

    function test_4_switchToSchoolModeImportsTheBundle() {
        const banner = createTemporaryObject(bannerComponent, testCase);
        Platform.fileOpenRequested(files.bundle);
        const button = findChild(banner, "switchToSchoolButton");
        verify(button.visible);
        mouseClick(button);
        verify(School.active, School.errorMessage);
        compare(School.importResults.length, 1);
        verify(School.importResults[0].ok, School.importResults[0].message);
        verify(!banner.visible, "the import shows its own results");

        // In the administration mode a file opened with the app goes straight
        // to the import, and the teachers list with the results comes back.
        const teachers = createTemporaryObject(teachersComponent, testCase);
        compare(teachers.count, 1);
        verify(School.openTeacher(teachers.get(0).uuid), School.errorMessage);
        verify(School.teacherUuid.length > 0);
        Platform.fileOpenRequested(files.bundle);
        compare(School.teacherUuid, "");
        compare(School.importResults.length, 1);
        verify(School.importResults[0].ok, School.importResults[0].message);
        verify(School.importResults[0].message.indexOf("nothing changed") >= 0, School.importResults[0].message);
        compare(FileRouter.route(files.other), FileRouter.BundleImport);
        verify(!School.importResults[0].ok, "the import says what is wrong with the file");
    }
}
