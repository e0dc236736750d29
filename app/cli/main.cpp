// qujat-cli: files photos into the portfolio and reads it back, with the
// same core library as the app.

#include "commands.h"
#include "recognition.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTextStream>

namespace {

// Without --verbose only the command's own output and one-line errors reach
// the terminal; the libraries' log lines are dropped.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        QTextStream(stderr) << message << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // The platform plugin logs while QGuiApplication starts, before the
    // options are parsed, so --verbose is looked for here.
    bool verbose = false;
    for (int i = 1; i < argc; ++i)
        verbose = verbose || qstrcmp(argv[i], "--verbose") == 0;
    if (!verbose)
        qInstallMessageHandler(quietMessageHandler);

    // Rendering sample certificates needs fonts but never a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Qujat"));
    QCoreApplication::setApplicationName(QStringLiteral("Qujat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUJAT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Qujat portfolio from the command line.\n\n"
        "Commands:\n"
        "  sections                              list the catalog's section keys\n"
        "  add PHOTO... --section KEY [--date YYYY-MM-DD] [--title T] [--kind K] [--pages]\n"
        "      [--no-crop] [--preset NAME] [--size NAME]\n"
        "                                        file photos, scans or documents (one item each,\n"
        "                                        or one item with all pages with --pages)\n"
        "  scan PHOTO... [--no-crop] [--preset NAME] [--size NAME]\n"
        "                                        find, straighten and clean each page and print\n"
        "                                        the corners, preset, size, codes, recognised text\n"
        "                                        and suggested fields; stores nothing\n"
        "  add PHOTO... --accept-suggestions [--section KEY] ...\n"
        "                                        file with the fields suggested from the text on\n"
        "                                        each page; given options win over suggestions\n"
        "  list [--section KEY]                  list items, newest first\n"
        "  show ID                               show one item (a unique UUID prefix is enough)\n"
        "  search TEXT                           find items, ignoring case in any script\n"
        "  demo [--count N]                      add N generated sample items (default 40)\n"
        "  sample-photo INDEX FILE               write a photo of generated sample certificate\n"
        "                                        INDEX and print the fields printed on it"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QStringLiteral("Portfolio folder (default: the app's data folder)."), QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption sectionOption(QStringLiteral("section"),
        QStringLiteral("Section key, see 'sections'."), QStringLiteral("KEY"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
        QStringLiteral("Event or issue date, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption titleOption(QStringLiteral("title"),
        QStringLiteral("Item title (default: the file name)."), QStringLiteral("TITLE"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
        QStringLiteral("Document kind key of the section."), QStringLiteral("KIND"));
    const QCommandLineOption pagesOption(QStringLiteral("pages"),
        QStringLiteral("File all given files as pages of one item."));
    const QCommandLineOption countOption(QStringLiteral("count"),
        QStringLiteral("Number of sample items for 'demo'."), QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption noCropOption(QStringLiteral("no-crop"),
        QStringLiteral("Keep the whole photo instead of finding and straightening the page."));
    const QCommandLineOption presetOption(QStringLiteral("preset"),
        QStringLiteral("Cleaning: auto (default), original, auto-colour, greyscale or black-white."),
        QStringLiteral("NAME"), QStringLiteral("auto"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Stored page size: small (about 1 megapixel), medium (about 2, default) or "
                       "large (about 4)."),
        QStringLiteral("NAME"), QStringLiteral("medium"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
        QStringLiteral("Print the log (store, imaging and barcode steps) to standard error."));
    parser.addOption(verboseOption);
    const QCommandLineOption acceptSuggestionsOption(QStringLiteral("accept-suggestions"),
        QStringLiteral("add: fill the section, kind, title, date, issuer, level and other fields from the "
                       "text recognised on the page (needs Tesseract)."));
    parser.addOption(acceptSuggestionsOption);
    parser.addOptions({dataDirOption, jsonOption, sectionOption, dateOption, titleOption, kindOption,
                       pagesOption, countOption, noCropOption, presetOption, sizeOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("sections, add, scan, list, show, search or demo"));
    // parse() instead of process(): an unknown option or a missing value is
    // a usage error (exit code 2) like every other bad argument.
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << "qujat-cli: " << parser.errorText()
                            << " Run 'qujat-cli --help' for the options.\n";
        return qujat::cli::UsageError;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        QTextStream(stderr) << "qujat-cli: no command given. Run 'qujat-cli --help' for the commands.\n";
        return qujat::cli::UsageError;
    }
    const QString command = arguments.takeFirst();

    qujat::cli::Context context;
    context.json = parser.isSet(jsonOption);
    context.dataDir = parser.value(dataDirOption);
    if (context.dataDir.isEmpty())
        context.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    context.dataDir = QDir(context.dataDir).absolutePath();

    using namespace qujat::cli;
    qujat::PipelineOptions pipeline;
    pipeline.crop = !parser.isSet(noCropOption);
    const std::optional<qujat::Preset> preset = qujat::Enhance::fromName(parser.value(presetOption));
    if (!preset) {
        QTextStream(stderr) << "qujat-cli: invalid --preset '" << parser.value(presetOption)
                            << "'. Use auto, original, auto-colour, greyscale or black-white.\n";
        return UsageError;
    }
    pipeline.preset = *preset;
    const std::optional<qujat::SizePreset> size = qujat::PagePipeline::sizeFromName(parser.value(sizeOption));
    if (!size) {
        QTextStream(stderr) << "qujat-cli: invalid --size '" << parser.value(sizeOption)
                            << "'. Use small, medium or large.\n";
        return UsageError;
    }
    pipeline.size = *size;

    if (command == QLatin1String("sections"))
        return runSections(context);
    if (command == QLatin1String("add")) {
        if (!parser.isSet(sectionOption) && !parser.isSet(acceptSuggestionsOption)) {
            QTextStream(stderr) << "qujat-cli: add: missing --section KEY. Run 'qujat-cli sections' to list the keys.\n";
            return UsageError;
        }
        const std::optional<QString> date = parser.isSet(dateOption)
            ? std::optional<QString>(parser.value(dateOption))
            : std::nullopt;
        return runAdd(context, arguments, parser.value(sectionOption), date,
                      parser.value(titleOption), parser.value(kindOption), parser.isSet(pagesOption),
                      pipeline, parser.isSet(acceptSuggestionsOption));
    }
    if (command == QLatin1String("scan"))
        return runScan(context, arguments, pipeline);
    if (command == QLatin1String("sample-photo"))
        return runSamplePhoto(arguments, context.json);
    if (command == QLatin1String("list"))
        return runList(context, parser.value(sectionOption));
    if (command == QLatin1String("show") && arguments.size() == 1)
        return runShow(context, arguments.constFirst());
    if (command == QLatin1String("search") && !arguments.isEmpty())
        return runSearch(context, arguments.join(QLatin1Char(' ')));
    if (command == QLatin1String("demo")) {
        bool ok = false;
        const int count = parser.value(countOption).toInt(&ok);
        if (!ok || count <= 0 || count > 100000) {
            QTextStream(stderr) << "qujat-cli: demo: invalid --count '" << parser.value(countOption)
                                << "'. Give a number of items from 1 to 100000.\n";
            return UsageError;
        }
        return runDemo(context, count);
    }
    QTextStream(stderr) << "qujat-cli: unknown command or missing argument: '" << command
                        << "'. Run 'qujat-cli --help' for the commands.\n";
    return UsageError;
}
