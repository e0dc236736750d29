// Measures text recognition and field suggestions.
//
// Accuracy: certificates rendered by SampleGenerator::renderLabelledCertificate
// (Kazakh and Russian, three layouts, four font families, seals, photographed
// on a desk) go through the page pipeline like a phone photo; the app's
// recognition reads the straightened page and the suggester proposes fields,
// compared with what was printed. The legible public photos of the shared
// corpus (printed French and English pages, no portfolio papers) check that
// nothing is suggested where nothing applies, and the one date printed there.
//
// Speed: for every straightened page, the app's TextRecognizer (engine kept
// loaded, as in the app) against the `tesseract` command on the same pixels
// saved as PNG, in the same run. Prints the medians and their ratio.
//
// Usage: ocr [--count N]   (default 24 certificates)

#include "benchsupport.h"

#include "imaging/pagepipeline.h"
#include "ocr/suggester.h"
#include "ocr/textrecognizer.h"
#include "sample/samplegenerator.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace qujat;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The fields scored, in the order printed.
const QStringList FieldKeys = {QStringLiteral("paperKind"), QStringLiteral("kind"),   QStringLiteral("section"),
                               QStringLiteral("title"),     QStringLiteral("date"),   QStringLiteral("level"),
                               QStringLiteral("place"),     QStringLiteral("person"), QStringLiteral("recipient"),
                               QStringLiteral("issuer"),    QStringLiteral("hours")};

// Legible public photos and the one field printed on them that the suggester
// reads: the invoice's date. Every other field must stay empty.
const QList<QPair<const char *, const char *>> PublicPhotos = {
    {"fairscan__img01.jpg", ""},
    {"fairscan__img03.jpg", ""},
    {"document-scanner__test_s1.jpg", "2015-10-22"},
    {"page_dewarp__linguistics_thesis_a.jpg", ""},
    {"page_dewarp__boston_cooking_a.jpg", ""},
};

struct Score
{
    int right = 0;
    int total = 0;
};

struct Timing
{
    QList<double> app;
    QList<double> command;
};

std::optional<QImage> straightenedPage(const QString &photoPath, Error *error)
{
    PreparedPage page;
    if (!PagePipeline::prepare(photoPath, &page, error))
        return std::nullopt;
    return QImage::fromData(page.pending.file.bytes, "JPG");
}

// Recognises `page` with the app's code and with the tesseract command,
// adding both times; returns the app's text.
std::optional<QString> readBothWays(const QImage &page, const QString &pngPath, Timing *timing)
{
    if (!page.save(pngPath, "PNG"))
        return std::nullopt;
    QElapsedTimer timer;
    timer.start();
    Error error;
    const std::optional<QString> text = TextRecognizer::recognize(page, &error);
    timing->app.append(timer.nsecsElapsed() / 1e6);
    if (!text) {
        out() << "recognition failed: " << error.detail << '\n';
        return std::nullopt;
    }

    QProcess process;
    timer.restart();
    process.start(QStringLiteral("tesseract"), {pngPath, QStringLiteral("stdout"), QStringLiteral("-l"),
                                                TextRecognizer::languages()});
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        out() << "the tesseract command failed: " << process.readAllStandardError() << '\n';
        return std::nullopt;
    }
    timing->command.append(timer.nsecsElapsed() / 1e6);
    return text;
}

void score(const QVariantMap &expected, const QVariantMap &suggested, QMap<QString, Score> *scores,
           QStringList *misses)
{
    for (const QString &key : FieldKeys) {
        const QString want = expected.value(key).toString();
        const QString got = suggested.value(key).toString();
        Score &entry = (*scores)[key];
        ++entry.total;
        if (want == got)
            ++entry.right;
        else
            misses->append(QStringLiteral("%1: expected '%2', got '%3'").arg(key, want, got));
    }
}

void printScores(const QString &heading, const QMap<QString, Score> &scores)
{
    out() << heading << '\n';
    for (const QString &key : FieldKeys) {
        const Score entry = scores.value(key);
        out() << "  " << key.leftJustified(10) << ' ' << entry.right << '/' << entry.total << "  "
              << QString::number(entry.total > 0 ? 100.0 * entry.right / entry.total : 0, 'f', 0) << "%\n";
    }
}

} // namespace

int main(int argc, char *argv[])
{
    bench::setUpBenchmark();
    QGuiApplication app(argc, argv);
    int count = 24;
    const QStringList arguments = app.arguments();
    const qsizetype countAt = arguments.indexOf(QStringLiteral("--count"));
    if (countAt >= 0 && countAt + 1 < arguments.size())
        count = qMax(1, arguments.at(countAt + 1).toInt());

    Error error;
    QElapsedTimer load;
    load.start();
    if (!TextRecognizer::isAvailable(&error)) {
        out() << "Text recognition is unavailable: " << error.detail << '\n';
        return 1;
    }
    const double loadMs = load.nsecsElapsed() / 1e6;
    if (QStandardPaths::findExecutable(QStringLiteral("tesseract")).isEmpty()) {
        out() << "The tesseract command is missing; install the tesseract-ocr package.\n";
        return 1;
    }
    QTemporaryDir dir;
    const QString teacher = SampleGenerator::sampleTeacherName();
    Timing timing;
    QMap<QString, Score> byField;
    QMap<QString, QMap<QString, Score>> byLanguage;

    for (int index = 0; index < count; ++index) {
        const LabelledCertificate certificate = SampleGenerator::renderLabelledCertificate(index);
        const QString photoPath = dir.filePath(QStringLiteral("certificate-%1.jpg").arg(index));
        certificate.photo.save(photoPath, "JPG", 90);
        const std::optional<QImage> page = straightenedPage(photoPath, &error);
        if (!page) {
            out() << "certificate " << index << ": " << error.detail << '\n';
            continue;
        }
        const std::optional<QString> text =
            readBothWays(*page, dir.filePath(QStringLiteral("certificate-%1.png").arg(index)), &timing);
        if (!text)
            return 1;
        const QVariantMap suggested = Suggester::instance().suggest(*text, teacher).toVariantMap();
        QStringList misses;
        score(certificate.expected, suggested, &byField, &misses);
        QStringList sameMisses;
        score(certificate.expected, suggested, &byLanguage[certificate.language], &sameMisses);
        out() << "certificate " << index << " (" << certificate.language << ", " << certificate.layout << ", "
              << certificate.expected.value(QStringLiteral("font")).toString() << "): "
              << (misses.isEmpty() ? QStringLiteral("all fields right") : misses.join(QLatin1String("; "))) << '\n';
    }
    out() << '\n';
    printScores(QStringLiteral("Rendered certificates, photographed (%1): fields exactly right").arg(count), byField);
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        printScores(QStringLiteral("  of which %1").arg(it.key()), it.value());

    QMap<QString, Score> publicScores;
    const QString photos = test::sharedPath(QStringLiteral("corpus/photos"));
    if (photos.isEmpty() || !QFileInfo::exists(photos)) {
        out() << "\nThe shared corpus is absent: public photos skipped.\n";
    } else {
        out() << '\n';
        for (const auto &[name, date] : PublicPhotos) {
            const QString path = photos + QLatin1Char('/') + QLatin1String(name);
            const std::optional<QImage> page = straightenedPage(path, &error);
            if (!page) {
                out() << name << ": " << error.detail << '\n';
                continue;
            }
            const std::optional<QString> text =
                readBothWays(*page, dir.filePath(QStringLiteral("public-%1.png").arg(QLatin1String(name))), &timing);
            if (!text)
                return 1;
            QVariantMap expected;
            if (*date)
                expected.insert(QStringLiteral("date"), QLatin1String(date));
            QStringList misses;
            score(expected, Suggester::instance().suggest(*text, teacher).toVariantMap(), &publicScores, &misses);
            out() << name << ": " << (misses.isEmpty() ? QStringLiteral("all fields right") : misses.join(QLatin1String("; ")))
                  << '\n';
        }
        printScores(QStringLiteral("Public photos (%1): fields exactly right, mostly 'nothing suggested'")
                        .arg(PublicPhotos.size()),
                    publicScores);
    }

    const double appMs = bench::median(timing.app);
    const double commandMs = bench::median(timing.command);
    out() << "\nTesseract " << TextRecognizer::engineVersion() << ", languages " << TextRecognizer::languages()
          << ", " << timing.app.size() << " pages\n";
    out() << "Engine load (once per thread in the app): " << QString::number(loadMs, 'f', 0) << " ms\n";
    out() << "Median per page, app (TextRecognizer):     " << QString::number(appMs, 'f', 0) << " ms\n";
    out() << "Median per page, tesseract command:        " << QString::number(commandMs, 'f', 0) << " ms\n";
    out() << "Ratio app / command: " << QString::number(commandMs > 0 ? appMs / commandMs : 0, 'f', 2) << '\n';
    return 0;
}
