import QtQuick
import QtTest
import Qujat
import Qujat.Backend

// Saves the open portfolio as a PDF the way the settings page does, and
// shows the charts page, on the test's empty portfolio.
TestCase {
    id: testCase

    name: "Report"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    ReportExporter {
        id: exporter
    }

    SignalSpy {
        id: savedSpy

        target: exporter
        signalName: "saved"
    }

    Component {
        id: chartsPageComponent

        ChartsPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function cleanup() {
        App.clearError();
        savedSpy.clear();
    }

    function test_saveToFolder() {
        const path = App.dataDir + "/report-test.pdf";
        verify(exporter.suggestedFileName().endsWith(".pdf"));
        verify(exporter.save("file://" + path));
        compare(savedSpy.count, 1);
        compare(savedSpy.signalArguments[0][0], path);
        compare(App.errorMessage, "");
    }

    function test_saveToMissingFolderReportsError() {
        verify(!exporter.save("file://" + App.dataDir + "/no/such/folder/report.pdf"));
        compare(savedSpy.count, 0);
        verify(App.errorMessage.indexOf("no/such/folder") >= 0);
    }

    function test_chartsOfEmptyPortfolio() {
        const page = createTemporaryObject(chartsPageComponent, testCase);
        verify(page);
        const views = [];
        const collect = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i];
                if (child.hasOwnProperty("chart") && child.hasOwnProperty("empty"))
                    views.push(child);
                collect(child);
            }
        };
        collect(page);
        compare(views.length, 2);
        for (const view of views) {
            verify(view.empty);
            verify(view.width > 200);
            verify(view.height > 100);
        }
    }
}
