// The composition root of the Qujat app: parses the command line, creates
// the store, the controller and the QML engine, and wires them together.

#include "appcontroller.h"
#include "benchhooks.h"
#include "cameraaccess.h"
#include "catalog/catalog.h"
#include "filereceiver.h"
#include "platformbridge.h"
#include "platformservices.h"
#include "report/bundledfonts.h"
#include "selftest.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

Q_IMPORT_QML_PLUGIN(QujatBackendPlugin)
Q_IMPORT_QML_PLUGIN(QujatPlugin)

namespace {

const QString MainQml = QStringLiteral("qrc:/qt/qml/Qujat/Main.qml");

void registerFonts()
{
    if (!qujat::registerBundledFonts())
        qWarning("Could not load the bundled font");
    QGuiApplication::setFont(QFont(qujat::bundledFontFamily(), 11));
}

QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    return {parts.at(0).toInt(), parts.at(1).toInt()};
}

// Finds an item by object name among the visual children, where pages
// created by a StackView live.
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// Opens a page, waits for images to load, saves a screenshot and quits.
void scheduleScreenshot(QQmlApplicationEngine *engine, const QString &page, const QSize &size,
                        const QString &outputPath)
{
    auto *window = qobject_cast<QQuickWindow *>(engine->rootObjects().value(0));
    if (!window) {
        qCritical("No window to take a screenshot of.");
        QCoreApplication::exit(1);
        return;
    }
    if (size.isValid())
        window->resize(size);
    const QString name = page.section(QLatin1Char(':'), 0, 0);
    const QString argument = page.section(QLatin1Char(':'), 1);
    QMetaObject::invokeMethod(window, "openPage", Q_ARG(QVariant, name), Q_ARG(QVariant, argument));
    // A page may switch to full screen (presentation mode), which takes the
    // screen's size; the screenshot keeps the requested one.
    if (size.isValid() && window->visibility() == QWindow::FullScreen) {
        window->showNormal();
        window->resize(size);
    }
    // The camera page waits for the scanner's first results on the simulated
    // frames. The "corners" page is the review with a corner held, so that
    // the magnifier is on screen.
    const int delayMs = name == QLatin1String("capture") || name == QLatin1String("corners") ? 6000 : 2500;
    if (name == QLatin1String("corners")) {
        QTimer::singleShot(delayMs - 1500, window, [window] {
            if (QQuickItem *editor = findItem(window->contentItem(), QStringLiteral("cornerEditor")))
                editor->setProperty("draggedCorner", 1);
            else
                qWarning("No corner editor on the review page.");
        });
    }
    const auto grab = [window, outputPath] {
        const QImage image = window->grabWindow();
        const bool saved = image.save(outputPath);
        if (!saved)
            qCritical("Could not save the screenshot to %s", qPrintable(outputPath));
        QCoreApplication::exit(saved ? 0 : 1);
    };
    if (name != QLatin1String("suggestions")) {
        QTimer::singleShot(delayMs, window, grab);
        return;
    }
    // Suggestions wait for text recognition, which takes seconds per page:
    // Main.qml clears showFormWhenSuggested once they are shown. After two
    // minutes the screenshot shows whatever is there.
    auto *poll = new QTimer(window);
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    QObject::connect(poll, &QTimer::timeout, window, [window, poll, elapsed, grab] {
        if (window->property("showFormWhenSuggested").toBool() && elapsed->elapsed() < 120000)
            return;
        poll->stop();
        delete elapsed;
        QTimer::singleShot(1500, window, grab);
    });
    poll->start(500);
}

} // namespace

int main(int argc, char *argv[])
{
    qujat::startBenchmarkClock();
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Qujat"));
    QCoreApplication::setApplicationName(QStringLiteral("Qujat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUJAT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("kz.qujat.Qujat"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Qujat: the teacher's attestation portfolio"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QStringLiteral("Keep the portfolio in DIR instead of the application data folder."),
        QStringLiteral("DIR"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QStringLiteral("Load every QML file and every page, report errors and exit."));
    const QCommandLineOption sampleOption(QStringLiteral("sample"),
        QStringLiteral("Start with the sample portfolio."));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QStringLiteral("Interface language: kk, ru or en."), QStringLiteral("CODE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save a screenshot of the page to FILE and exit."), QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Window size for the screenshot, e.g. 360x800."), QStringLiteral("WxH"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QStringLiteral("Page to open: home, section:KEY, item:UUID, add, review, suggestions, search:TEXT, "
                       "corners, capture, settings, profile, charts, bundle[:export|:import:PATH], readiness, "
                       "directions (the start page grouped by the 2024 rules), present[:N] (presentation "
                       "mode, at document N of the contents); in administration mode teachers, teacher:UUID "
                       "or teacher-item:UUID/ITEM (with --sample: the sample school)."),
        QStringLiteral("PAGE"));
    const QCommandLineOption simulatedCameraOption(QStringLiteral("simulated-camera"),
        QStringLiteral("Show a rendered photo of a certificate instead of the camera's picture "
                       "(on by default with --screenshot)."));
    parser.addOptions({dataDirOption, selfTestOption, sampleOption, languageOption, screenshotOption,
                       sizeOption, pageOption, simulatedCameraOption});
    parser.addPositionalArgument(QStringLiteral("files"),
        QStringLiteral("Bundle files to open. A Qujat already running for the same data folder receives them."),
        QStringLiteral("[FILE...]"));
    parser.process(app);
    qujat::CameraAccess::setSimulated(parser.isSet(simulatedCameraOption) || parser.isSet(screenshotOption));

    QString dataDir = parser.value(dataDirOption);
    // The self-test never touches the user's real portfolio.
    QTemporaryDir selfTestDir;
    if (dataDir.isEmpty() && parser.isSet(selfTestOption))
        dataDir = selfTestDir.path();
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    dataDir = QDir(dataDir).absolutePath();

    // One process per data folder: a second start passes its files to the
    // first and exits. Self-test and screenshot runs stay independent.
    qujat::FileReceiver fileReceiver(qujat::FileReceiver::serverNameFor(dataDir));
    const QStringList openedFiles = parser.positionalArguments();
    if (!parser.isSet(selfTestOption) && !parser.isSet(screenshotOption)) {
        switch (fileReceiver.claimInstance(openedFiles)) {
        case qujat::FileReceiver::Role::Primary:
            break;
        case qujat::FileReceiver::Role::Forwarded:
            return 0;
        case qujat::FileReceiver::Role::Failed:
            qCritical("Qujat is already running for %s but did not take the files: %s. Close it and "
                      "start Qujat again.", qPrintable(QDir::toNativeSeparators(dataDir)),
                      qPrintable(fileReceiver.errorString()));
            return 1;
        }
    }
    fileReceiver.watchFileOpenEvents(&app);

    registerFonts();
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    // Fail at start-up, not later, when the catalog resource is broken.
    qujat::Catalog::instance();

    qujat::AppController controller(dataDir, QDir(dataDir).filePath(QStringLiteral("sample")),
                                     qujat::PlatformServices::instance());
    qujat::PlatformBridge platformBridge(qujat::PlatformServices::instance(), &fileReceiver);
    // After the bridge, which keeps the last received file for QML.
    qujat::PlatformServices::instance()->attachFileReceiver(&fileReceiver);
    if (parser.isSet(languageOption)) {
        const QString language = parser.value(languageOption);
        if (!qujat::AppController::languages().contains(language)) {
            qCritical("Unknown language '%s': use kk, ru or en.", qPrintable(language));
            return 2;
        }
        controller.setSessionLanguage(language);
    }
    if (parser.isSet(sampleOption))
        controller.openSamplePortfolio();
    else
        controller.openOwnPortfolio();

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));

    if (parser.isSet(selfTestOption))
        return qujat::runSelfTest(&engine, MainQml);

    qujat::installBenchmarkHooks(&engine);
    engine.load(QUrl(MainQml));
    if (engine.rootObjects().isEmpty())
        return 1;
    for (const QString &path : openedFiles)
        fileReceiver.receive(path);

    if (parser.isSet(screenshotOption)) {
        scheduleScreenshot(&engine, parser.value(pageOption).isEmpty() ? QStringLiteral("home")
                                                                       : parser.value(pageOption),
                           parseSize(parser.value(sizeOption)), parser.value(screenshotOption));
    } else if (parser.isSet(pageOption)) {
        const QString page = parser.value(pageOption);
        QMetaObject::invokeMethod(engine.rootObjects().constFirst(), "openPage",
                                  Q_ARG(QVariant, page.section(QLatin1Char(':'), 0, 0)),
                                  Q_ARG(QVariant, page.section(QLatin1Char(':'), 1)));
    }
    return app.exec();
}
