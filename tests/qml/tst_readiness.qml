import QtQuick
import QtTest
import Qujat
import Qujat.Backend

// The readiness page follows the profile live and opens what a finding
// points at; presentation mode moves between contents and documents.
TestCase {
    id: testCase

    name: "Readiness"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: readinessPageComponent

        ReadinessPage {
            width: testCase.width
            height: testCase.height
        }
    }

    Component {
        id: presentationComponent

        PresentationView {
            width: testCase.width
            height: testCase.height
        }
    }

    Component {
        id: homePageComponent

        HomePage {
            width: 400
            height: testCase.height
        }
    }

    Readiness {
        id: readiness
    }

    SignalSpy {
        id: profileSpy

        signalName: "profileRequested"
    }

    function cleanup() {
        if (App.isSample)
            App.returnToOwnPortfolio();
    }

    function findingTypes(): var {
        return readiness.findings.map(finding => finding.type);
    }

    function test_findingsFollowProfile() {
        const profile = App.profile();
        profile.attestationDate = "";
        verify(App.saveProfile(profile));
        compare(testCase.findingTypes()[0], "no_attestation_date");
        verify(readiness.findings[0].opensProfile);
        const before = readiness.findingCount;

        const page = createTemporaryObject(readinessPageComponent, testCase);
        verify(page);
        profileSpy.target = page;
        profileSpy.clear();
        const first = findChild(page, "finding0");
        verify(first);
        mouseClick(first);
        compare(profileSpy.count, 1);

        profile.attestationDate = "2026-05-20";
        verify(App.saveProfile(profile));
        compare(readiness.findingCount, before - 1);
        verify(testCase.findingTypes().indexOf("no_attestation_date") < 0);
        const percent = findChild(page, "overallPercent");
        compare(percent.text, readiness.percent + "%");
        verify(readiness.percent > 0);
    }

    function test_homePageSwitchesGrouping() {
        const home = createTemporaryObject(homePageComponent, testCase);
        verify(home);
        compare(home.grouping, "school");
        const directions = findChild(home, "directionsView");
        verify(directions);
        verify(!directions.visible);
        mouseClick(findChild(home, "groupByRules2024"));
        compare(home.grouping, "rules2024");
        tryCompare(directions, "visible", true);
        compare(readiness.directions.length, 4);
        mouseClick(findChild(home, "groupBySchool"));
        compare(home.grouping, "school");
    }

    function test_presentationNavigation() {
        verify(App.openSamplePortfolio());
        const view = createTemporaryObject(presentationComponent, testCase);
        verify(view);
        const ownReadiness = findChild(view, "presentationReadiness");
        verify(ownReadiness);
        verify(ownReadiness.presenting, "the screen stays on while presenting");
        verify(view.documents.length >= 30);
        verify(view.slides.length >= view.documents.length);
        verify(view.showingContents);
        // Official order: section 1 of the Documents portfolio first.
        compare(view.documents[0].sectionKey, "documents.general");

        const entry = findChild(view, "contentsEntry2");
        verify(entry);
        mouseClick(entry);
        verify(!view.showingContents);
        const slideList = findChild(view, "slideList");
        const firstSlide = view.slides.findIndex(slide => slide.documentIndex === 2);
        compare(slideList.currentIndex, firstSlide);
        compare(view.currentDocument.uuid, view.documents[2].uuid);

        // Swipe to the next page.
        mouseDrag(slideList, slideList.width * 0.8, slideList.height / 2, -slideList.width * 0.6, 0);
        tryCompare(slideList, "currentIndex", firstSlide + 1, 5000);

        // Back to the contents.
        mouseClick(findChild(view, "contentsButton"));
        verify(view.showingContents);

        // A year keeps only that year's documents.
        const year = readiness.years[0];
        view.year = year;
        view.refresh();
        verify(view.documents.length > 0);
        for (const document of view.documents)
            compare(document.year, year);

        // A search in another case finds Kazakh titles.
        view.year = 0;
        view.searchText = "СЕРТИФИКАТ";
        view.refresh();
        verify(view.documents.length > 0);
        verify(view.documents.length < 30);
        for (const document of view.documents)
            verify(document.title.length > 0);
    }
}
