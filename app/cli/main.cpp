// qujat-cli: files photos into the portfolio and reads it back, with the
// same core library as the app.

#include "commands.h"

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
        "                                        file photos, scans or documents (one item each,\n"
        "                                        or one item with all pages with --pages)\n"
        "  list [--section KEY]                  list items, newest first\n"
        "  show ID                               show one item (a unique UUID prefix is enough)\n"
        "  search TEXT                           find items, ignoring case in any script\n"
        "  demo [--count N]                      add N generated sample items (default 40)"));
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
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
        QStringLiteral("Print the log (store, imaging and barcode steps) to standard error."));
    parser.addOption(verboseOption);
    parser.addOptions({dataDirOption, jsonOption, sectionOption, dateOption, titleOption, kindOption,
                       pagesOption, countOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("sections, add, list, show, search or demo"));
    parser.process(app);

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
    if (command == QLatin1String("sections"))
        return runSections(context);
    if (command == QLatin1String("add")) {
        if (!parser.isSet(sectionOption)) {
            QTextStream(stderr) << "qujat-cli: add: missing --section KEY. Run 'qujat-cli sections' to list the keys.\n";
            return UsageError;
        }
        return runAdd(context, arguments, parser.value(sectionOption), parser.value(dateOption),
                      parser.value(titleOption), parser.value(kindOption), parser.isSet(pagesOption));
    }
    if (command == QLatin1String("list"))
        return runList(context, parser.value(sectionOption));
    if (command == QLatin1String("show") && arguments.size() == 1)
        return runShow(context, arguments.constFirst());
    if (command == QLatin1String("search") && !arguments.isEmpty())
        return runSearch(context, arguments.join(QLatin1Char(' ')));
    if (command == QLatin1String("demo")) {
        bool ok = false;
        const int count = parser.value(countOption).toInt(&ok);
        return runDemo(context, ok ? count : -1);
    }
    QTextStream(stderr) << "qujat-cli: unknown command or missing argument: '" << command
                        << "'. Run 'qujat-cli --help' for the commands.\n";
    return UsageError;
}
