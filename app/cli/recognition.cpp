#include "recognition.h"

#include "commands.h"
#include "catalog/catalog.h"
#include "sample/samplegenerator.h"
#include "ocr/textrecognizer.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace qujat::cli {

PageReading readPage(const PreparedPage &page, const QString &teacherName)
{
    PageReading reading;
    if (!TextRecognizer::isAvailable(&reading.error))
        return reading;
    reading.available = true;
    if (page.pending.page.kind != PageKind::Image)
        return reading;
    const QImage straightened = QImage::fromData(page.pending.file.bytes, "JPG");
    const std::optional<QString> text = TextRecognizer::recognize(straightened, &reading.error);
    if (!text)
        return reading;
    reading.text = *text;
    reading.suggestions = Suggester::instance().suggest(reading.text, teacherName);
    return reading;
}

QString teacherNameIn(const QString &dataDir)
{
    if (!QFileInfo::exists(QDir(dataDir).filePath(QStringLiteral("portfolio.sqlite"))))
        return {};
    Store store(dataDir);
    Error error;
    if (!store.open(&error))
        return {};
    return store.profile().fullName;
}

QJsonObject readingToJson(const PageReading &reading)
{
    if (!reading.available) {
        return QJsonObject{{QStringLiteral("recognition"), QStringLiteral("unavailable")},
                           {QStringLiteral("message"), reading.error.message}};
    }
    if (reading.error) {
        return QJsonObject{{QStringLiteral("recognition"), QStringLiteral("failed")},
                           {QStringLiteral("message"), reading.error.message}};
    }
    return QJsonObject{{QStringLiteral("text"), reading.text},
                       {QStringLiteral("suggestions"), QJsonObject::fromVariantMap(reading.suggestions.toVariantMap())}};
}

QString applySuggestions(const Suggestions &suggestions, Item *item)
{
    QStringList warnings;
    if (item->kind.isEmpty() && !suggestions.kind.isEmpty()
        && Catalog::instance().documentKind(item->sectionKey, suggestions.kind)) {
        item->kind = suggestions.kind;
        // Without the teacher's name, a named person may be a student, but
        // the kind falls back to the teacher's own document.
        if (suggestions.recipient == Recipient::Unknown && !suggestions.person.isEmpty()
            && item->kind.startsWith(QLatin1String("teacher_"))) {
            warnings.append(QStringLiteral("the page names %1, and with no teacher's name in the profile it is "
                                           "filed as the teacher's own (%2); if it is a student's, give --kind, "
                                           "and set your name with 'qujat-cli profile --full-name NAME'")
                                .arg(suggestions.person, item->kind));
        }
    }
    if (item->title.isEmpty())
        item->title = suggestions.title;
    if (!item->date.isValid() && suggestions.date.isValid()) {
        if (suggestions.dateAmbiguous) {
            QStringList readings{suggestions.date.toString(Qt::ISODate)};
            for (const QDate &alternative : suggestions.dateAlternatives)
                readings.append(alternative.toString(Qt::ISODate));
            warnings.append(QStringLiteral("the date on the page can be read as %1; give --date YYYY-MM-DD")
                                .arg(readings.join(QLatin1String(" or "))));
        } else {
            item->date = suggestions.date;
        }
    }
    if (item->issuer.isEmpty())
        item->issuer = suggestions.issuer;
    if (item->level.isEmpty())
        item->level = suggestions.level;
    if (item->kind.startsWith(QLatin1String("student_"))) {
        if (suggestions.recipient == Recipient::Student && !suggestions.person.isEmpty())
            item->fields.insert(QStringLiteral("student"), suggestions.person);
        if (!suggestions.title.isEmpty())
            item->fields.insert(QStringLiteral("event"), suggestions.title);
        if (!suggestions.place.isEmpty())
            item->fields.insert(QStringLiteral("place"), suggestions.place);
    }
    if (suggestions.hours > 0)
        item->fields.insert(QStringLiteral("hours"), suggestions.hours);
    return warnings.join(QLatin1String("; "));
}

int runSamplePhoto(const QStringList &arguments, bool json)
{
    bool valid = arguments.size() == 2;
    const int index = valid ? arguments.at(0).toInt(&valid) : 0;
    if (!valid || index < 0) {
        QTextStream(stderr) << "qujat-cli: sample-photo: expected an index (0 or more) and a file name, "
                               "e.g. 'qujat-cli sample-photo 0 photo.jpg'.\n";
        return UsageError;
    }
    const LabelledCertificate certificate = SampleGenerator::renderLabelledCertificate(index);
    if (!certificate.photo.save(arguments.at(1), "JPG", 90)) {
        QTextStream(stderr) << "qujat-cli: sample-photo: failed to write " << arguments.at(1)
                            << ". Check the folder exists and is writable.\n";
        return Failure;
    }
    QTextStream out(stdout);
    if (json) {
        out << QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(certificate.expected)).toJson());
        return Success;
    }
    for (auto it = certificate.expected.cbegin(); it != certificate.expected.cend(); ++it)
        out << it.key() << ": " << it.value().toString() << '\n';
    return Success;
}

} // namespace qujat::cli
