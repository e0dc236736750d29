import QtQuick
import QtTest
import Qujat
import Qujat.Backend
import QujatTest

// Administration mode against a real school folder made by the sample
// generator (three teachers, real bundles imported): the teachers list's
// Kazakh order, sorting and filters, the page showing it, and the review
// controls on an item of a teacher's portfolio shown read-only.
TestCase {
    id: testCase

    name: "School"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: modelComponent

        TeachersModel {}
    }

    Component {
        id: pageComponent

        TeachersPage {
            width: 1280
            height: 800
        }
    }

    Component {
        id: panelComponent

        ReviewPanel {
            width: 600
        }
    }

    function initTestCase() {
        verify(School.openSchool(TestFixtures.sampleSchoolPath()), School.errorMessage);
        verify(School.active);
    }

    function cleanupTestCase() {
        School.closeSchool();
        verify(!School.active);
        verify(App.isOpen, "the teacher's own portfolio is open again");
    }

    function names(model) {
        const list = [];
        for (let i = 0; i < model.count; ++i)
            list.push(model.get(i).name);
        return list;
    }

    function test_kazakhOrderSortAndFilters() {
        const model = createTemporaryObject(modelComponent, testCase);
        compare(model.count, 3);
        compare(model.totalCount, 3);
        // Kazakh alphabet: А, Ә, ..., Қ (code point order would put Ә last).
        compare(names(model), ["Ахметов Бауыржан Қайратұлы", "Әбенова Гүлнар Серікқызы",
                               "Қасымова Ләззат Ерланқызы"]);

        model.filterText = "ҚАСЫМ";
        compare(names(model), ["Қасымова Ләззат Ерланқызы"]);
        model.filterText = "физика";
        compare(model.count, 1, "the filter matches the subject too");
        model.filterText = "";

        verify(model.subjects.indexOf("Физика") >= 0);
        model.subjectFilter = "Физика";
        compare(names(model), ["Ахметов Бауыржан Қайратұлы"]);
        model.subjectFilter = "";

        model.readyFilter = TeachersModel.NotReadyOnly;
        compare(model.count, model.totalCount - model.readyCount);
        model.readyFilter = TeachersModel.AllTeachers;

        // The first two teachers have returned items: not ready, findings say why.
        const first = model.get(0);
        verify(!first.ready);
        verify(first.returned > 0);
        verify(first.findings.length > 0);

        model.sortOrder = TeachersModel.ByReadiness;
        let previous = -1;
        for (let i = 0; i < model.count; ++i) {
            const row = model.get(i);
            if (row.ready)
                break;
            verify(row.percent >= previous, "least ready first");
            previous = row.percent;
        }
        model.sortOrder = TeachersModel.ByAttestationDate;
        // Қасымова's attestation is the nearest (one month).
        compare(model.get(0).name, "Қасымова Ләззат Ерланқызы");
    }

    function test_teachersPageListsAndSearches() {
        const page = createTemporaryObject(pageComponent, testCase);
        const list = findChild(page, "teacherList");
        verify(list);
        tryCompare(list, "count", 3);
        const summary = findChild(page, "summaryLabel");
        verify(summary.text.length > 0);

        // The search across all teachers finds an item by a word of any
        // teacher's portfolio, whatever its case.
        const hits = School.search("ФОТО");
        verify(hits.length >= 1, "every sample portfolio has a photo item");
        compare(School.search("фото").length, hits.length);
        const field = findChild(page, "schoolSearchField");
        field.text = "фото";
        const hitList = findChild(page, "searchHitList");
        tryCompare(hitList, "visible", true);
        tryCompare(hitList, "count", hits.length);
        field.text = "";
        tryCompare(list, "visible", true);
    }

    function test_reviewControls() {
        const model = createTemporaryObject(modelComponent, testCase);
        model.sortOrder = TeachersModel.ByName;
        // Қасымова has no marks yet.
        const teacher = model.get(2);
        compare(teacher.accepted + teacher.returned, 0);
        verify(School.openTeacher(teacher.uuid));
        verify(App.readOnly);
        const uuid = TestFixtures.anyItemUuid();
        verify(uuid.length > 0);

        const panel = createTemporaryObject(panelComponent, testCase, {uuid: uuid});
        verify(panel.reviewing);
        compare(panel.status, "");
        const accept = findChild(panel, "acceptButton");
        const giveBack = findChild(panel, "returnButton");
        verify(!giveBack.enabled, "a return needs a comment");
        mouseClick(accept);
        compare(School.itemReview(uuid).status, "accepted");
        compare(panel.status, "accepted");

        verify(!School.markItem(uuid, "returned", ""));
        compare(School.itemReview(uuid).status, "accepted", "a return without a comment is refused");
        verify(School.errorMessage.length > 0);

        const commentField = findChild(panel, "commentField");
        commentField.text = "Мөрі анық емес";
        verify(giveBack.enabled);
        mouseClick(giveBack);
        compare(panel.status, "returned");
        compare(School.itemReview(uuid).comment, "Мөрі анық емес");

        const clear = findChild(panel, "clearButton");
        mouseClick(clear);
        compare(School.itemReview(uuid).status, "");

        // The teachers list counts the marks.
        verify(School.markItem(uuid, "returned", "Қолы жоқ"));
        model.reload();
        compare(model.get(2).returned, 1);
        verify(School.clearMark(uuid));

        School.closeTeacher();
        verify(!App.readOnly);
    }
}
