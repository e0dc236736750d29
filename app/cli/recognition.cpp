#include "recognition.h"

#include "catalog/catalog.h"
#include "ocr/textrecognizer.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

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
    QString warning;
    if (item->kind.isEmpty() && !suggestions.kind.isEmpty()
        && Catalog::instance().documentKind(item->sectionKey, suggestions.kind)) {
        item->kind = suggestions.kind;
    }
    if (item->title.isEmpty())
        item->title = suggestions.title;
    if (!item->date.isValid() && suggestions.date.isValid()) {
        if (suggestions.dateAmbiguous) {
            QStringList readings{suggestions.date.toString(Qt::ISODate)};
            for (const QDate &alternative : suggestions.dateAlternatives)
                readings.append(alternative.toString(Qt::ISODate));
            warning = QStringLiteral("the date on the page can be read as %1; give --date YYYY-MM-DD")
                          .arg(readings.join(QLatin1String(" or ")));
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
    return warning;
}

} // namespace qujat::cli
