// qujat-cli: files photos into the portfolio and reads it back, with the
// same core library as the app.

#include "bundlecommands.h"
#include "commands.h"
#include "recognition.h"
#include "reviewcommands.h"

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
        "  export --out FILE                     write the portfolio as a signed bundle (zip)\n"
        "  verify FILE...                        check bundles completely; imports nothing\n"
        "  import FILE... [--accept-new-key]     import bundles into the school's data folder\n"
        "                                        (default: the app's data folder + /school)\n"
        "  teachers                              list the imported teachers with item counts and readiness\n"
        "  check [--json]                        check readiness for the attestation: exit code 0\n"
        "                                        when ready, 1 with findings, 3 when the portfolio\n"
        "                                        cannot be opened\n"
        "  report --out FILE [--lang kk|ru|en]   write the portfolio as a PDF (Kazakh by default)\n"
        "  profile [--full-name T] [--school-name T] [--position T] [--subject T] [--specialty T]\n"
        "      [--experience YEARS] [--category KEY] [--target-category KEY] [--attestation-date DATE]\n"
        "                                        show the teacher's profile, or set the fields given\n"
        "                                        (an empty value clears a field)\n"
        "  review mark ITEM accepted|returned [--comment TEXT]\n"
        "                                        mark an item of a teacher's copy (school's data)\n"
        "  review clear ITEM                     remove the mark of an item\n"
        "  review note --teacher ID TEXT         a note on the whole portfolio\n"
        "  review list --teacher ID              each item of a teacher with its review status\n"
        "  review export --teacher ID --out FILE write the signed review file for the teacher\n"
        "  review import FILE [--accept-new-key] import the school's review into the portfolio\n"
        "  school [--name TEXT] [--administrator TEXT]\n"
        "                                        show or set the school's name; the staff summary\n"
        "  school csv teachers|items --out FILE  CSV (UTF-8 with BOM) of the teachers or all items\n"
        "  school search TEXT                    find items across all teachers\n"
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
    const QCommandLineOption outOption(QStringLiteral("out"),
        QStringLiteral("File to write for 'export' (the bundle) or 'report' (the PDF)."), QStringLiteral("FILE"));
    const QCommandLineOption acceptNewKeyOption(QStringLiteral("accept-new-key"),
        QStringLiteral("For 'import': accept a bundle signed by another key than the teacher's earlier "
                       "bundles, or unsigned after signed ones; the acceptance is logged."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("Language of 'report': kk (default), ru or en."), QStringLiteral("LANG"),
        QStringLiteral("kk"));
    parser.addOptions({outOption, acceptNewKeyOption, langOption});
    const QCommandLineOption commentOption(QStringLiteral("comment"),
        QStringLiteral("For 'review mark': what the teacher should correct."), QStringLiteral("TEXT"));
    const QCommandLineOption teacherOption(QStringLiteral("teacher"),
        QStringLiteral("For 'review': the teacher's portfolio id (a unique prefix) or full name."),
        QStringLiteral("ID"));
    const QCommandLineOption schoolNameOption(QStringLiteral("name"),
        QStringLiteral("For 'school': the school's name."), QStringLiteral("TEXT"));
    const QCommandLineOption administratorOption(QStringLiteral("administrator"),
        QStringLiteral("For 'school': the administrator who signs the reviews."), QStringLiteral("TEXT"));
    parser.addOptions({commentOption, teacherOption, schoolNameOption, administratorOption});
    parser.addOption(verboseOption);
    // 'profile' options, in the order of the ProfileArguments fields.
    const QList<QCommandLineOption> profileOptions = {
        {QStringLiteral("full-name"), QStringLiteral("For 'profile': the teacher's full name."), QStringLiteral("TEXT")},
        {QStringLiteral("school-name"), QStringLiteral("For 'profile': the teacher's school."), QStringLiteral("TEXT")},
        {QStringLiteral("position"), QStringLiteral("For 'profile': the position held."), QStringLiteral("TEXT")},
        {QStringLiteral("subject"), QStringLiteral("For 'profile': the subject taught."), QStringLiteral("TEXT")},
        {QStringLiteral("specialty"), QStringLiteral("For 'profile': the specialty by diploma."), QStringLiteral("TEXT")},
        {QStringLiteral("experience"), QStringLiteral("For 'profile': years of teaching experience."), QStringLiteral("YEARS")},
        {QStringLiteral("category"), QStringLiteral("For 'profile': the current qualification category key."), QStringLiteral("KEY")},
        {QStringLiteral("target-category"), QStringLiteral("For 'profile': the category applied for."), QStringLiteral("KEY")},
        {QStringLiteral("attestation-date"), QStringLiteral("For 'profile': the planned attestation date, YYYY-MM-DD."), QStringLiteral("DATE")},
    };
    parser.addOptions(profileOptions);
    const QCommandLineOption acceptSuggestionsOption(QStringLiteral("accept-suggestions"),
        QStringLiteral("add: fill the section, kind, title, date, issuer, level and other fields from the "
                       "text recognised on the page (needs Tesseract)."));
    parser.addOption(acceptSuggestionsOption);
    parser.addOptions({dataDirOption, jsonOption, sectionOption, dateOption, titleOption, kindOption,
                       pagesOption, countOption, noCropOption, presetOption, sizeOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("one of the commands above"));
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
    if (command == QLatin1String("export")) {
        if (!parser.isSet(outOption) || parser.value(outOption).isEmpty() || !arguments.isEmpty()) {
            QTextStream(stderr) << "qujat-cli: export: give the bundle file with --out FILE.\n";
            return UsageError;
        }
        return runExport(context, parser.value(outOption));
    }
    if (command == QLatin1String("verify") && !arguments.isEmpty())
        return runVerify(context, arguments);
    if (command == QLatin1String("import") || command == QLatin1String("teachers")) {
        if (!parser.isSet(dataDirOption))
            context.dataDir += QLatin1String("/school");
        if (command == QLatin1String("teachers"))
            return runTeachers(context);
        if (!arguments.isEmpty())
            return runImport(context, arguments, parser.isSet(acceptNewKeyOption));
    }
    if (command == QLatin1String("review") || command == QLatin1String("school")) {
        ReviewArguments reviewArguments;
        reviewArguments.comment = parser.value(commentOption);
        reviewArguments.teacher = parser.value(teacherOption);
        reviewArguments.out = parser.value(outOption);
        if (parser.isSet(schoolNameOption))
            reviewArguments.schoolName = parser.value(schoolNameOption);
        if (parser.isSet(administratorOption))
            reviewArguments.administrator = parser.value(administratorOption);
        reviewArguments.acceptNewKey = parser.isSet(acceptNewKeyOption);
        // The school's side works in the school's folder, like import.
        Context schoolContext = context;
        if (!parser.isSet(dataDirOption))
            schoolContext.dataDir += QLatin1String("/school");
        if (command == QLatin1String("school"))
            return runSchool(schoolContext, arguments, reviewArguments);
        return runReview(schoolContext, context, arguments, reviewArguments);
    }
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
    if (command == QLatin1String("profile") && arguments.isEmpty()) {
        ProfileArguments profile;
        std::optional<QString> *fields[] = {&profile.fullName, &profile.school, &profile.position,
                                            &profile.subject, &profile.specialty, &profile.experience,
                                            &profile.category, &profile.targetCategory, &profile.attestationDate};
        for (qsizetype i = 0; i < profileOptions.size(); ++i) {
            if (parser.isSet(profileOptions.at(i)))
                *fields[i] = parser.value(profileOptions.at(i));
        }
        return runProfile(context, profile);
    }
    if (command == QLatin1String("check") && arguments.isEmpty())
        return runCheck(context);
    if (command == QLatin1String("report")) {
        if (!parser.isSet(outOption)) {
            QTextStream(stderr) << "qujat-cli: report: missing --out FILE. Example: qujat-cli report --out portfolio.pdf\n";
            return UsageError;
        }
        return runReport(context, parser.value(outOption), parser.value(langOption));
    }
    QTextStream(stderr) << "qujat-cli: unknown command or missing argument: '" << command
                        << "'. Run 'qujat-cli --help' for the commands.\n";
    return UsageError;
}
