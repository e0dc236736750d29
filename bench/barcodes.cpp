// Counts the codes that our BarcodeReader and ZXing's own ZXingReader
// (Debian package zxing-cpp-tools) decode in corpus/barcodes of the shared
// folder. ZXingReader 1.4 cannot read WebP, so every image goes to it as a
// PNG that Qt writes into a temporary folder.

#include "benchsupport.h"

#include "barcodes/barcodereader.h"
#include "imaging/imageloader.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
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

QString normalised(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text.trimmed();
}

// The texts an image should give: its .txt or .expected.txt beside it; for
// the multi-symbol sample, both symbols listed in the corpus index.
QStringList expectedTexts(const QString &path)
{
    const QFileInfo info(path);
    if (info.dir().dirName() == u"multi-1")
        return {QStringLiteral("www.airtable.com/jobs"), QStringLiteral("031415926531")};
    for (const QString &suffix : {QStringLiteral(".txt"), QStringLiteral(".expected.txt")}) {
        QFile file(info.dir().filePath(info.completeBaseName() + suffix));
        if (file.open(QIODevice::ReadOnly))
            return {normalised(QString::fromUtf8(file.readAll()))};
    }
    return {};
}

// UPC-A is EAN-13 with a leading zero; readers report either form.
bool matches(const QString &expected, const QString &found)
{
    const QString text = normalised(found);
    return text == expected || (expected.size() == 13 && expected.startsWith(u'0') && text == expected.mid(1));
}

// The Text fields of ZXingReader's report; a text may span several lines,
// up to the Bytes field that follows it.
QStringList zxingTexts(const QString &report)
{
    QStringList texts;
    QString current;
    bool inText = false;
    for (const QString &line : report.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Text:"))) {
            inText = true;
            current = line.mid(5).trimmed();
        } else if (inText && line.startsWith(QLatin1String("Bytes:"))) {
            inText = false;
            if (current.startsWith(u'"') && current.endsWith(u'"'))
                current = current.mid(1, current.size() - 2);
            texts.append(current);
        } else if (inText) {
            current += QLatin1Char('\n') + line;
        }
    }
    return texts;
}

struct Counts
{
    int expected = 0;
    int ours = 0;
    int zxing = 0;
    int oursFalse = 0;  // images without codes where something was reported
    int zxingFalse = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    bench::setUpBenchmark();
    QGuiApplication app(argc, argv);
    if (test::sharedDir().isEmpty()) {
        QTextStream(stderr) << "barcodes: set QUJAT_SHARED_DIR to the shared folder.\n";
        return 1;
    }
    const QString zxingReader = QStandardPaths::findExecutable(QStringLiteral("ZXingReader"));
    if (zxingReader.isEmpty()) {
        QTextStream(stderr) << "barcodes: ZXingReader not found. Install the Debian package zxing-cpp-tools.\n";
        return 1;
    }
    QTemporaryDir pngFolder;

    Counts counts;
    QStringList images;
    QDirIterator it(test::sharedPath(QStringLiteral("corpus/barcodes")), {QStringLiteral("*.webp"), QStringLiteral("*.png"), QStringLiteral("*.jpg")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        images.append(it.next());
    images.sort();

    out() << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("image"), -46).arg(QStringLiteral("ours"), 5).arg(QStringLiteral("zxing"), 6);
    for (const QString &path : std::as_const(images)) {
        Error error;
        const QImage image = ImageLoader::load(path, 0, &error);
        const QString png = pngFolder.filePath(QStringLiteral("%1.png").arg(images.indexOf(path)));
        if (image.isNull() || !image.save(png, "PNG")) {
            QTextStream(stderr) << "barcodes: " << path << ": " << error.detail << '\n';
            return 1;
        }
        QStringList ours;
        for (const Barcode &barcode : BarcodeReader::read(image))
            ours.append(barcode.text);
        QProcess reader;
        reader.start(zxingReader, {png});
        reader.waitForFinished(60000);
        const QStringList theirs = zxingTexts(QString::fromUtf8(reader.readAllStandardOutput()));

        const QStringList expected = expectedTexts(path);
        int oursFound = 0;
        int theirsFound = 0;
        for (const QString &text : expected) {
            oursFound += std::any_of(ours.begin(), ours.end(), [&](const QString &t) { return matches(text, t); }) ? 1 : 0;
            theirsFound += std::any_of(theirs.begin(), theirs.end(), [&](const QString &t) { return matches(text, t); }) ? 1 : 0;
        }
        if (expected.isEmpty()) {
            counts.oursFalse += ours.isEmpty() ? 0 : 1;
            counts.zxingFalse += theirs.isEmpty() ? 0 : 1;
        }
        counts.expected += int(expected.size());
        counts.ours += oursFound;
        counts.zxing += theirsFound;
        const QString name = QFileInfo(path).dir().dirName() + QLatin1Char('/') + QFileInfo(path).fileName();
        out() << QStringLiteral("%1 %2 %3\n")
                     .arg(name, -46)
                     .arg(expected.isEmpty() ? QString::number(ours.size()) + QStringLiteral("*") : QStringLiteral("%1/%2").arg(oursFound).arg(expected.size()), 5)
                     .arg(expected.isEmpty() ? QString::number(theirs.size()) + QStringLiteral("*") : QStringLiteral("%1/%2").arg(theirsFound).arg(expected.size()), 6);
    }
    out() << "\n* images that hold no code: the number of codes reported, which should be 0\n";
    out() << QStringLiteral("codes expected: %1, decoded by ours: %2, by ZXingReader: %3\n")
                 .arg(counts.expected)
                 .arg(counts.ours)
                 .arg(counts.zxing);
    out() << QStringLiteral("false positives: ours %1, ZXingReader %2\n").arg(counts.oursFalse).arg(counts.zxingFalse);
    return 0;
}
