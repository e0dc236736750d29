pragma ComponentBehavior: Bound

import QtCore as Core
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Material as QQC2
import QtQuick.Dialogs as Dialogs
import QtMultimedia as Multimedia
import Qujat.Backend

// The main window. Phones show one page at a time; from Theme.wideBreakpoint
// on, the start page stays on the left and the other pages open on the right.
QQC2.ApplicationWindow {
    id: root

    readonly property bool wide: root.width >= Theme.wideBreakpoint
    readonly property bool hasCamera: devices.videoInputs.length > 0
    // The section open on the right, highlighted in the section list.
    property string currentSectionKey: ""
    // A delivery of photos or files to the importer, waiting until it is idle.
    property var pendingDelivery: null
    // Administration mode with no teacher open: the teachers list is the start page.
    readonly property bool teachersShown: School.active && School.teacherUuid.length === 0
    // Set by openPage("suggestions"): scroll the add page to its form when
    // the suggested fields arrive.
    property bool showFormWhenSuggested: false

    // Opens a page by name: "home", "section" (argument: section key),
    // "item" (argument: item uuid), "add" (argument: section key or ""),
    // "capture", "settings", "profile", "bundle" (argument: "export",
    // "import:PATH" or ""), "review" (a rendered sample photo prepared into
    // a new draft, for screenshots of the review screen), "suggestions" (the
    // same, scrolled to the fields suggested from the photo's text), "search"
    // (argument: the text searched for), "corners", "charts", "readiness",
    // "directions" (the start page grouped by the 2024 rules) or "present"
    // (argument: "" for the contents, or a document's index in it). The
    // command line and the self-test call it.
    // NOTE: the parameters stay untyped because main.cpp invokes this with
    // QVariant arguments; type them as string once it passes QString.
    function openPage(name, argument) {
        switch (name) {
        case "home":
            root.showHome();
            break;
        case "section":
            root.showSection(argument);
            break;
        case "item":
            root.showHome();
            root.showItem(argument);
            break;
        case "add":
            root.showHome();
            root.pushPage(addPageComponent, {preselectedSection: argument});
            break;
        case "capture":
            root.showHome();
            root.pushPage(capturePageComponent, {context: root.draftContext(argument, "", false)});
            break;
        case "settings":
            root.showHome();
            root.pushPage(settingsPageComponent, {});
            break;
        case "profile":
            root.showHome();
            root.pushPage(profilePageComponent, {});
            break;
        case "charts":
            root.showHome();
            root.pushPage(chartsPageComponent, {});
            break;
        case "bundle":
            root.showHome();
            root.pushPage(bundlePageComponent, {startAction: argument});
            break;
        case "review":
        case "corners":
            root.showHome();
            root.deliver(root.draftContext("", "", false), () => draftImporter.addSamplePhoto());
            break;
        case "readiness":
            root.showHome();
            root.pushPage(readinessPageComponent, {});
            break;
        case "present":
            root.showHome();
            root.startPresenting();
            // "present:N" opens the document N of the contents (from 0).
            if (argument !== undefined && String(argument).length > 0)
                root.presentation.openDocument(Number(argument));
            break;
        case "directions":
            root.showHome();
            homePage.grouping = "rules2024";
            homePage.scrollToGrouping();
            break;
        // Administration mode (the sample school with --sample):
        // "teachers", "teacher" (argument: portfolio uuid) and "teacher-item"
        // (argument: portfolio uuid/item uuid).
        case "teachers":
            School.activate(App.isSample);
            root.showTeachers();
            break;
        case "teacher":
            School.activate(App.isSample);
            root.openTeacher(argument);
            break;
        case "teacher-item": {
            School.activate(App.isSample);
            const parts = String(argument).split("/");
            root.openTeacher(parts[0]);
            root.showItem(parts[1] || "");
            break;
        }
        case "suggestions":
            // The review screen of a sample photo, scrolled to the form once
            // the fields suggested from its text are filled in.
            root.showFormWhenSuggested = true;
            root.openPage("review", "");
            break;
        case "search":
            root.showHome();
            homePage.search(argument);
            break;
        }
    }

    // Creates a page here rather than in StackView: Qt 6.4's StackView creates
    // pages in its own context, where components of this bound file cannot
    // be instantiated. Each page destroys itself when the stack removes it.
    function pushPage(component: Component, properties: var) {
        stack.push(component.createObject(stack, properties));
    }

    function replacePage(component: Component, properties: var) {
        stack.replace(component.createObject(stack, properties));
    }

    function showHome() {
        stack.pop(null, QQC2.StackView.Immediate);
        root.currentSectionKey = "";
    }

    function showTeachers() {
        root.showHome();
        School.closeTeacher();
    }

    function openTeacher(uuid: string) {
        root.showHome();
        School.openTeacher(uuid);
    }

    function showSection(key: string) {
        root.showHome();
        root.pushPage(sectionPageComponent, {sectionKey: key});
        root.currentSectionKey = key;
    }

    // Presentation mode covers the whole screen until the teacher finishes.
    property int visibilityBeforePresenting: Window.Windowed
    property PresentationView presentation: null

    function startPresenting() {
        if (root.presentation)
            return;
        root.visibilityBeforePresenting = root.visibility;
        // Created here rather than by a Loader, for the same Qt 6.4 reason as pushPage().
        root.presentation = presentationComponent.createObject(presentationLayer) as PresentationView;
        if (root.visibility !== Window.FullScreen)
            root.showFullScreen();
    }

    function stopPresenting() {
        if (!root.presentation)
            return;
        root.presentation.destroy();
        root.presentation = null;
        if (root.visibilityBeforePresenting !== Window.FullScreen)
            root.visibility = root.visibilityBeforePresenting;
    }

    function showItem(uuid: string) {
        root.pushPage(itemPageComponent, {uuid: uuid});
    }

    // Runs `action` at once, or after the user agrees to discard the
    // unsaved work of the current page.
    function navigate(action: var) {
        if (root.currentHasUnsavedWork()) {
            leaveDialog.pendingAction = action;
            leaveDialog.open();
        } else {
            action();
        }
    }

    function goBack() {
        if (stack.depth > 1)
            root.navigate(() => stack.pop());
    }

    function currentHasUnsavedWork(): bool {
        const page = stack.currentItem;
        const addPage = page as AddPage;
        if (addPage)
            return addPage.hasUnsavedWork;
        const itemPage = page as ItemPage;
        if (itemPage)
            return itemPage.hasUnsavedWork;
        const profilePage = page as ProfilePage;
        if (profilePage)
            return profilePage.hasUnsavedWork;
        return false;
    }

    // Where new photos and files go: a new item (optionally into a chosen
    // section), pages for an existing item, or more pages for the draft on
    // the add page (`continuing`).
    function draftContext(sectionKey: string, appendToUuid: string, continuing: bool): var {
        return {sectionKey: sectionKey, appendToUuid: appendToUuid, continuing: continuing};
    }

    // Starts adding a document: the camera when there is one, otherwise the file chooser.
    function startAdd(context: var) {
        if (root.hasCamera)
            root.pushPage(capturePageComponent, {context: context});
        else
            root.chooseFiles(context);
    }

    function chooseFiles(context: var) {
        fileDialog.context = context;
        fileDialog.open();
    }

    // Hands photos or files to the importer and shows the add page.
    // `addToImporter` passes them on; it runs once the importer is idle.
    function deliver(context: var, addToImporter: var) {
        if (draftImporter.busy) {
            draftImporter.cancel();
            root.pendingDelivery = {context: context, addToImporter: addToImporter};
            return;
        }
        if (!context.continuing)
            draftImporter.discard();
        addToImporter();

        const properties = {preselectedSection: context.sectionKey, appendToUuid: context.appendToUuid};
        if (stack.currentItem as CapturePage) {
            if (context.continuing)
                stack.pop();
            else
                root.replacePage(addPageComponent, properties);
        } else if (!context.continuing) {
            root.pushPage(addPageComponent, properties);
        }
    }

    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    // The product name; it is the same in every language.
    title: "Qujat"
    color: Theme.background
    font.family: "Noto Sans"
    font.pixelSize: Theme.fontBody
    // Material capitalises buttons by default; mixed case reads better in
    // Kazakh and Russian, whose words are long.
    font.capitalization: Font.MixedCase

    QQC2.Material.theme: QQC2.Material.Light
    QQC2.Material.primary: Theme.primary
    QQC2.Material.accent: Theme.primary
    QQC2.Material.background: Theme.background
    QQC2.Material.foreground: Theme.text

    // Android's back key closes the window unless a page is left instead.
    onClosing: close => {
        if (root.presentation) {
            close.accepted = false;
            root.stopPresenting();
        } else if (stack.depth > 1) {
            close.accepted = false;
            root.goBack();
        }
    }

    Multimedia.MediaDevices {
        id: devices
    }

    // Scrolls once the review screen's image has loaded and the layout has
    // settled, so the form stays in view.
    Timer {
        id: showFormLater

        interval: 1000
        onTriggered: {
            const addPage = stack.currentItem as AddPage;
            if (addPage)
                addPage.showForm();
        }
    }

    Importer {
        id: draftImporter

        onBusyChanged: {
            if (draftImporter.busy || !root.pendingDelivery)
                return;
            const delivery = root.pendingDelivery;
            root.pendingDelivery = null;
            root.deliver(delivery.context, delivery.addToImporter);
        }

        onSuggestionsChanged: {
            const state = draftImporter.recognitionState;
            if (!root.showFormWhenSuggested || state === "running" || state === "idle")
                return;
            root.showFormWhenSuggested = false;
            showFormLater.restart();
        }

        onSaved: uuid => {
            const addPage = stack.currentItem as AddPage;
            if (!addPage)
                return;
            if (addPage.appending)
                stack.pop();
            else
                root.replacePage(itemPageComponent, {uuid: uuid});
        }
    }

    Shortcut {
        sequences: [StandardKey.Back]
        enabled: !root.presentation
        onActivated: root.goBack()
    }

    // The parent of presentation mode: above the toolbar and every page.
    Item {
        id: presentationLayer

        parent: root.contentItem.parent
        anchors.fill: parent
        z: 1000
    }

    Component {
        id: presentationComponent

        PresentationView {
            anchors.fill: parent
            onClosed: root.stopPresenting()
        }
    }

    header: QQC2.ToolBar {
        QQC2.Material.foreground: Theme.textOnPrimary
        // Drawn here because the Material toolbar's shadow is a shader
        // effect, which the software renderer skips with the background.
        background: Rectangle {
            implicitHeight: 56
            color: Theme.primary
        }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: backButton.visible ? 0 : Theme.margin
            spacing: 0

            QQC2.ToolButton {
                id: backButton

                Layout.preferredWidth: Theme.touchTarget + 8
                Layout.preferredHeight: Theme.touchTarget + 8
                visible: stack.depth > 1
                text: "‹"
                font.pixelSize: 32
                //: Toolbar button that returns to the previous page.
                Accessible.name: qsTr("Back")
                QQC2.ToolTip.visible: hovered
                QQC2.ToolTip.text: Accessible.name
                onClicked: root.goBack()
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: stack.currentItem ? (stack.currentItem as QQC2.Page).title : ""
                font.pixelSize: Theme.fontTitle
                font.bold: true
                elide: Text.ElideRight
                verticalAlignment: Text.AlignVCenter
                Accessible.role: Accessible.TitleBar
            }

            QQC2.ToolButton {
                Layout.preferredHeight: Theme.touchTarget + 8
                Layout.rightMargin: Theme.spacing
                visible: !(stack.currentItem as SettingsPage)
                //: Toolbar button that opens the settings.
                text: qsTr("Settings")
                onClicked: root.navigate(() => root.openPage("settings", ""))
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ErrorBanner {
            Layout.fillWidth: true
            text: App.errorMessage
            // The newer of the backup and the last exported bundle comes first.
            readonly property string backupText: App.restorableBackup.length > 0
                //: Button beside the message about a damaged database; %1 is the backup's date and time.
                ? qsTr("Restore the backup of %1").arg(App.restorableBackup) : ""
            readonly property string bundleText: App.restorableBundle.length > 0
                //: Button beside the message about a damaged database; %1 is when the bundle was exported.
                ? qsTr("Restore from the bundle of %1").arg(App.restorableBundle) : ""
            actionText: App.bundleOfferedFirst ? bundleText : backupText
            secondActionText: App.bundleOfferedFirst ? backupText : bundleText
            onDismissed: App.clearError()
            onActionTriggered: App.bundleOfferedFirst ? App.restoreFromBundle() : App.restoreBackup()
            onSecondActionTriggered: App.bundleOfferedFirst ? App.restoreBackup() : App.restoreFromBundle()
        }

        ReceivedFileBanner {
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Item {
                id: sidePane

                Layout.preferredWidth: Theme.sidePaneWidth
                Layout.fillHeight: true
                visible: root.wide
            }

            Rectangle {
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                visible: root.wide
                color: Theme.divider
            }

            QQC2.StackView {
                id: stack

                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                initialItem: basePage

                onDepthChanged: {
                    if (stack.depth === 1)
                        root.currentSectionKey = "";
                }
            }
        }
    }

    // The bottom page of the stack: the start page on phones, a welcome
    // pane beside the start page on wide screens.
    QQC2.Page {
        id: basePage

        title: root.teachersShown ? teachersPage.title : homePage.title

        WelcomePane {
            anchors.fill: parent
            visible: root.wide && !School.active
        }

        SchoolSummaryPane {
            anchors.fill: parent
            visible: root.wide && School.active
        }

        Item {
            id: basePageContent

            anchors.fill: parent
        }
    }

    // The one start page moves between the side pane and the bottom of the
    // stack when the window crosses the breakpoint, so it keeps its state.
    // The start page's slot: in administration mode a teacher's portfolio
    // opens under a banner, and the teachers list replaces the start page.
    ColumnLayout {
        parent: root.wide ? sidePane : basePageContent
        anchors.fill: parent
        spacing: 0

        TeacherBanner {
            Layout.fillWidth: true
            visible: School.active && School.teacherUuid.length > 0
            onBackRequested: root.navigate(() => root.showTeachers())
        }

        Item {
            id: homeSlot

            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    TeachersPage {
        id: teachersPage

        parent: homeSlot
        anchors.fill: parent
        visible: root.teachersShown
        onTeacherRequested: uuid => root.navigate(() => root.openTeacher(uuid))
        onItemRequested: (teacherUuid, itemUuid) => root.navigate(() => {
            root.openTeacher(teacherUuid);
            root.showItem(itemUuid);
        })
        onSchoolInfoRequested: modeChooser.openChooser(true)
    }

    ModeChooser {
        id: modeChooser
    }

    // First run: ask who uses this copy, unless a portfolio is already being built.
    Component.onCompleted: {
        if (!School.modeChosen && !School.active && !App.isSample && App.isOpen && App.teacherName.length === 0)
            modeChooser.openChooser(false);
    }

    HomePage {
        id: homePage

        parent: homeSlot
        anchors.fill: parent
        visible: !root.teachersShown
        compact: !root.wide
        currentSectionKey: root.currentSectionKey
        onSectionRequested: key => root.navigate(() => root.showSection(key))
        onItemRequested: uuid => root.navigate(() => {
            root.showHome();
            root.showItem(uuid);
        })
        onAddRequested: root.navigate(() => {
            root.showHome();
            root.startAdd(root.draftContext("", "", false));
        })
        onAddFromFileRequested: root.navigate(() => {
            root.showHome();
            root.chooseFiles(root.draftContext("", "", false));
        })
        onProfileRequested: root.navigate(() => root.openPage("profile", ""))
        onReadinessRequested: root.navigate(() => root.openPage("readiness", ""))
    }

    Component {
        id: readinessPageComponent

        ReadinessPage {
            id: readinessPage

            onItemRequested: uuid => root.showItem(uuid)
            onSectionRequested: key => root.pushPage(sectionPageComponent, {sectionKey: key})
            onProfileRequested: root.pushPage(profilePageComponent, {})
            onPresentRequested: root.startPresenting()
            QQC2.StackView.onRemoved: readinessPage.destroy()
        }
    }

    Component {
        id: sectionPageComponent

        SectionPage {
            id: sectionPage

            compact: !root.wide
            onItemRequested: uuid => root.showItem(uuid)
            onAddRequested: key => root.startAdd(root.draftContext(key, "", false))
            onAddFromFileRequested: key => root.chooseFiles(root.draftContext(key, "", false))
            QQC2.StackView.onRemoved: sectionPage.destroy()
        }
    }

    Component {
        id: itemPageComponent

        ItemPage {
            id: itemPage

            canCapture: root.hasCamera
            onAddPhotoRequested: uuid => root.pushPage(capturePageComponent,
                                                    {context: root.draftContext("", uuid, false)})
            onAddFromFileRequested: uuid => root.chooseFiles(root.draftContext("", uuid, false))
            onDeleted: stack.pop()
            QQC2.StackView.onRemoved: itemPage.destroy()
        }
    }

    Component {
        id: addPageComponent

        AddPage {
            id: addPage

            importer: draftImporter
            canCapture: root.hasCamera
            onAddPhotoRequested: root.pushPage(capturePageComponent, {
                context: root.draftContext(addPage.preselectedSection, addPage.appendToUuid, true)
            })
            onAddFromFileRequested: root.chooseFiles(
                root.draftContext(addPage.preselectedSection, addPage.appendToUuid, true))
            QQC2.StackView.onRemoved: {
                draftImporter.discard();
                addPage.destroy();
            }
        }
    }

    Component {
        id: capturePageComponent

        CapturePage {
            id: capturePage

            property var context: root.draftContext("", "", false)

            onCaptured: path => root.deliver(capturePage.context, () => draftImporter.addCapture(path))
            onBatchCaptured: paths => root.deliver(capturePage.context, () => draftImporter.addCaptures(paths))
            onChooseFileRequested: root.chooseFiles(capturePage.context)
            QQC2.StackView.onRemoved: capturePage.destroy()
        }
    }

    Component {
        id: settingsPageComponent

        SettingsPage {
            id: settingsPage

            onChartsRequested: root.pushPage(chartsPageComponent, {})

            QQC2.StackView.onRemoved: settingsPage.destroy()
            onBundleRequested: root.pushPage(bundlePageComponent, {})
        }
    }

    Component {
        id: bundlePageComponent

        BundlePage {
            id: bundlePage

            QQC2.StackView.onRemoved: bundlePage.destroy()
        }
    }

    Component {
        id: chartsPageComponent

        ChartsPage {
            id: chartsPage

            QQC2.StackView.onRemoved: chartsPage.destroy()
        }
    }

    Component {
        id: profilePageComponent

        ProfilePage {
            id: profilePage

            QQC2.StackView.onRemoved: profilePage.destroy()
        }
    }

    Dialogs.FileDialog {
        id: fileDialog

        // The draftContext() the chosen files go to.
        property var context: root.draftContext("", "", false)

        function patterns(suffixes: var): string {
            return suffixes.map(suffix => "*." + suffix + " *." + suffix.toUpperCase()).join(" ");
        }

        readonly property var imageSuffixes: ["jpg", "jpeg", "png", "webp", "heic"]
        readonly property var documentSuffixes: ["pdf", "docx", "doc", "pptx", "ppt", "xlsx", "xls", "odt",
                                                 "ods", "odp", "rtf", "txt"]

        //: Title of the file chooser.
        title: qsTr("Choose photos or files")
        fileMode: Dialogs.FileDialog.OpenFiles
        currentFolder: Core.StandardPaths.writableLocation(Core.StandardPaths.HomeLocation)
        nameFilters: [
            //: File chooser filter; %1 is the list of file name patterns.
            qsTr("Photos and documents (%1)").arg(fileDialog.patterns(fileDialog.imageSuffixes.concat(fileDialog.documentSuffixes))),
            //: File chooser filter; %1 is the list of file name patterns.
            qsTr("Photos and scans (%1)").arg(fileDialog.patterns(fileDialog.imageSuffixes)),
            //: File chooser filter; %1 is the list of file name patterns.
            qsTr("Documents (%1)").arg(fileDialog.patterns(fileDialog.documentSuffixes))
        ]
        onAccepted: {
            const files = fileDialog.selectedFiles;
            root.deliver(fileDialog.context, () => draftImporter.addFiles(files));
        }
    }

    ConfirmDialog {
        id: leaveDialog

        property var pendingAction: null

        //: Title of the question before leaving a page with unsaved changes.
        title: qsTr("Discard the changes?")
        text: qsTr("What you entered or added on this page is not saved yet.")
        //: Leaves the page and discards unsaved changes.
        acceptText: qsTr("Discard")
        //: Keeps the user on the page with unsaved changes.
        rejectText: qsTr("Stay")
        destructive: true

        onAccepted: {
            const action = leaveDialog.pendingAction;
            leaveDialog.pendingAction = null;
            if (action)
                action();
        }
        onRejected: leaveDialog.pendingAction = null
    }
}
