// Bundle speed and memory: export and import+verify of about 1 GiB of pages
// against command-line baselines run in the same process on the same files,
// and the peak memory of both at 100 MiB and at 1 GiB.
//
//   bundle [--work DIR] [--mib N]   (default: a temporary folder, 1024 MiB)
//
// Baselines: `zip -0 -r` plus `openssl dgst -sha256` of the store's files
// for the export, `openssl dgst -sha256` of the same payload for the
// import. Each operation of the app runs in a child process (this program
// with --child-export or --child-import) that reports its own time and its
// peak resident memory (getrusage).

#include "bundle/bundlewriter.h"
#include "school/schoolstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace qujat;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

long peakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A portfolio of `mib` MiB: items of two 1 MiB pages of incompressible bytes
// (like JPEG) with a 24 KiB thumbnail each.
bool buildTeacher(const QString &dir, int mib)
{
    Store store(dir);
    Error error;
    if (!store.open(&error))
        return false;
    Profile profile;
    profile.fullName = QStringLiteral("Бенчмарк Мұғалім");
    profile.school = QStringLiteral("№ 1 мектеп");
    store.saveProfile(profile, {}, &error);
    QRandomGenerator random(mib);
    const auto randomBytes = [&](qsizetype size) {
        QByteArray bytes(size, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
        return bytes;
    };
    for (int i = 0; i < mib / 2; ++i) {
        Item item;
        item.sectionKey = QStringLiteral("documents.achievements");
        item.title = QStringLiteral("Алғыс хат %1").arg(i + 1);
        item.date = QDate(2025, 1, 1).addDays(i % 300);
        QList<PendingPage> pages;
        for (int p = 0; p < 2; ++p) {
            PendingPage page;
            page.page.mimeType = QStringLiteral("image/jpeg");
            page.file = {randomBytes(1 << 20), {}, QStringLiteral("jpg")};
            page.thumbnail = {randomBytes(24 << 10), {}, QStringLiteral("jpg")};
            pages.append(page);
        }
        if (!store.addItem(&item, pages, &error))
            return false;
    }
    return true;
}

double runTimed(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        out() << "failed: " << program << ' ' << arguments.join(QLatin1Char(' ')) << '\n'
              << process.readAllStandardError() << '\n';
        out().flush();
        std::exit(1);
    }
    return seconds;
}

// "seconds peakKiB" printed by a child.
QPair<double, long> runChild(const QStringList &arguments)
{
    QByteArray output;
    runTimed(QCoreApplication::applicationFilePath(), arguments, &output);
    const QList<QByteArray> parts = output.trimmed().split(' ');
    return {parts.value(0).toDouble(), parts.value(1).toLong()};
}

int child(const QStringList &arguments)
{
    Error error;
    QElapsedTimer timer;
    if (arguments.at(1) == QLatin1String("--child-export")) {
        Store store(arguments.at(2));
        if (!store.open(&error))
            return 1;
        bundle::ExportResult result;
        // The pages' streaming is what this measures. The PDF portfolio
        // needs a QGuiApplication and is measured by bench/report.
        bundle::ExportOptions options;
        options.includeReport = false;
        timer.start();
        if (!bundle::BundleWriter::write(store, arguments.at(3), options, &result, &error)) {
            QTextStream(stderr) << error.message << ' ' << error.detail << '\n';
            return 1;
        }
    } else {
        school::SchoolStore school(arguments.at(2));
        if (!school.open(&error))
            return 1;
        school::ImportReport report;
        timer.start();
        if (!school.importBundle(arguments.at(3), {}, &report, &error)) {
            QTextStream(stderr) << error.message << ' ' << error.detail << '\n';
            return 1;
        }
    }
    out() << timer.nsecsElapsed() / 1e9 << ' ' << peakKiB() << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("qujat.*.info=false"));
    const QStringList arguments = app.arguments();
    if (arguments.size() >= 4 && arguments.at(1).startsWith(QLatin1String("--child-")))
        return child(arguments);

    QString workDir;
    int largeMiB = 1024;
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--work"))
            workDir = arguments.at(i + 1);
        if (arguments.at(i) == QLatin1String("--mib"))
            largeMiB = arguments.at(i + 1).toInt();
    }
    QTemporaryDir temporary;
    if (workDir.isEmpty())
        workDir = temporary.path();
    QDir().mkpath(workDir);
    const QDir work(workDir);

    QMap<int, QPair<long, long>> peaks; // MiB -> export, import peak KiB
    for (const int mib : {100, largeMiB}) {
        const QString teacher = work.filePath(QStringLiteral("teacher-%1").arg(mib));
        const QString bundleFile = work.filePath(QStringLiteral("bundle-%1.zip").arg(mib));
        const QString school = work.filePath(QStringLiteral("school-%1").arg(mib));
        const QString baselineZip = work.filePath(QStringLiteral("baseline-%1.zip").arg(mib));
        QDir(teacher).removeRecursively();
        QDir(school).removeRecursively();
        QFile::remove(bundleFile);
        QFile::remove(baselineZip);
        out() << "Building a portfolio of " << mib << " MiB ...\n";
        out().flush();
        if (!buildTeacher(teacher, mib))
            return 1;
        const QString files = teacher + QLatin1String("/files");
        // Warm the page cache the same way for everyone.
        runTimed(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("cat $(find '%1' -type f) > /dev/null").arg(files)});

        const double zipSeconds = runTimed(QStringLiteral("zip"), {QStringLiteral("-0"), QStringLiteral("-r"),
                                                                   QStringLiteral("-q"), baselineZip, files});
        const QString dgst = QStringLiteral("find '%1' -type f -print0 | xargs -0 openssl dgst -sha256 > /dev/null").arg(files);
        const double dgstSeconds = runTimed(QStringLiteral("sh"), {QStringLiteral("-c"), dgst});
        const QString unzipped = work.filePath(QStringLiteral("unzipped-%1").arg(mib));
        QDir(unzipped).removeRecursively();
        const double unzipSeconds = runTimed(QStringLiteral("unzip"), {QStringLiteral("-q"), baselineZip,
                                                                       QStringLiteral("-d"), unzipped});
        QDir(unzipped).removeRecursively();
        const auto [exportSeconds, exportPeak] = runChild({QStringLiteral("--child-export"), teacher, bundleFile});
        const auto [importSeconds, importPeak] = runChild({QStringLiteral("--child-import"), school, bundleFile});
        peaks.insert(mib, {exportPeak, importPeak});

        const double bytes = double(QFileInfo(bundleFile).size());
        out() << QStringLiteral("%1 MiB: bundle %2 MB\n").arg(mib).arg(bytes / 1e6, 0, 'f', 1);
        out() << QStringLiteral("  export              %1 s (%2 MB/s), peak %3 MB\n")
                     .arg(exportSeconds, 0, 'f', 2).arg(bytes / 1e6 / exportSeconds, 0, 'f', 0)
                     .arg(exportPeak / 1024.0, 0, 'f', 1);
        out() << QStringLiteral("  zip -0 -r           %1 s\n").arg(zipSeconds, 0, 'f', 2);
        out() << QStringLiteral("  openssl dgst sha256 %1 s (%2 MB/s)\n")
                     .arg(dgstSeconds, 0, 'f', 2).arg(bytes / 1e6 / dgstSeconds, 0, 'f', 0);
        out() << QStringLiteral("  import + verify     %1 s (%2 MB/s), peak %3 MB\n")
                     .arg(importSeconds, 0, 'f', 2).arg(bytes / 1e6 / importSeconds, 0, 'f', 0)
                     .arg(importPeak / 1024.0, 0, 'f', 1);
        out() << QStringLiteral("  ratio export / (zip + dgst)  %1 (goal <= 1.3)\n")
                     .arg(exportSeconds / (zipSeconds + dgstSeconds), 0, 'f', 2);
        out() << QStringLiteral("  unzip of the zip -0 archive  %1 s\n").arg(unzipSeconds, 0, 'f', 2);
        out() << QStringLiteral("  ratio import / dgst          %1 (goal <= 1.5)\n")
                     .arg(importSeconds / dgstSeconds, 0, 'f', 2);
        out() << QStringLiteral("  ratio import / (unzip + dgst) %1\n")
                     .arg(importSeconds / (unzipSeconds + dgstSeconds), 0, 'f', 2);
        out().flush();
        if (!arguments.contains(QLatin1String("--keep"))) {
            QDir(teacher).removeRecursively();
            QDir(school).removeRecursively();
            QFile::remove(bundleFile);
            QFile::remove(baselineZip);
        }
    }
    const auto small = peaks.value(100);
    const auto large = peaks.value(largeMiB);
    out() << QStringLiteral("Peak memory %1 MiB vs %2 MiB: export %3 vs %4 MB (difference %5 MB), "
                            "import %6 vs %7 MB (difference %8 MB); goal: within 50 MB\n")
                 .arg(100).arg(largeMiB)
                 .arg(small.first / 1024.0, 0, 'f', 1).arg(large.first / 1024.0, 0, 'f', 1)
                 .arg((large.first - small.first) / 1024.0, 0, 'f', 1)
                 .arg(small.second / 1024.0, 0, 'f', 1).arg(large.second / 1024.0, 0, 'f', 1)
                 .arg((large.second - small.second) / 1024.0, 0, 'f', 1);
    return 0;
}
