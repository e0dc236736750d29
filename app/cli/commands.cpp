#include "commands.h"
#include "reviewcommands.h"

#include "recognition.h"
#include "bundle/digest.h"
#include "catalog/catalog.h"
#include "imaging/pagepipeline.h"
#include "sample/samplegenerator.h"
#include "store/itemjson.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <optional>

namespace qujat::cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "qujat-cli: " << message << '\n';
    return code;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

std::unique_ptr<Store> openStore(const Context &context, int *exitCode)
{
    auto store = std::make_unique<Store>(context.dataDir);
    Error error;
    if (!store->open(&error)) {
        *exitCode = fail(Failure, error.message + QLatin1String(" (") + error.detail + QLatin1Char(')'));
        return nullptr;
    }
    if (!store->damagedDatabaseMovedTo().isEmpty()) {
        QTextStream(stderr) << "qujat-cli: warning: the portfolio database was damaged and was moved to "
                            << store->damagedDatabaseMovedTo()
                            << "; an empty portfolio was started and the stored files were kept.\n";
    }
    return store;
}

QString summaryLine(const ItemSummary &item)
{
    const QString date = item.date.isValid() ? item.date.toString(QStringLiteral("dd.MM.yyyy"))
                                             : QStringLiteral("no date  ");
    return item.uuid.toString(QUuid::WithoutBraces) + QLatin1String("  ") + date + QLatin1String("  ")
        + item.sectionKey + QLatin1String("  ") + item.title;
}

std::optional<Item> findItem(const Store &store, const QString &id, bool *ambiguous)
{
    if (id.trimmed().isEmpty())
        return std::nullopt; // an empty prefix would match every item
    const QUuid uuid = QUuid::fromString(id);
    if (!uuid.isNull())
        return store.item(uuid);
    // A unique prefix of the UUID is enough, as with git commit hashes.
    std::optional<Item> found;
    for (const ItemSummary &summary : store.summaries()) {
        if (summary.uuid.toString(QUuid::WithoutBraces).startsWith(id, Qt::CaseInsensitive)) {
            if (found) {
                *ambiguous = true;
                return std::nullopt;
            }
            found = store.item(summary.uuid);
        }
    }
    return found;
}

QJsonObject scanToJson(const QString &file, const PreparedPage &page)
{
    const PageGeometry &geometry = page.geometry;
    QJsonArray corners;
    for (const QPointF &corner : geometry.corners)
        corners.append(QJsonArray{std::round(corner.x() * 10) / 10, std::round(corner.y() * 10) / 10});
    QJsonArray codes;
    for (const Barcode &code : page.barcodes)
        codes.append(QJsonObject{{QStringLiteral("format"), code.format}, {QStringLiteral("text"), code.text}});
    return QJsonObject{
        {QStringLiteral("path"), QFileInfo(file).absoluteFilePath()},
        {QStringLiteral("uprightSize"),
         QJsonObject{{QStringLiteral("width"), geometry.uprightSize.width()},
                     {QStringLiteral("height"), geometry.uprightSize.height()}}},
        {QStringLiteral("corners"), corners},
        {QStringLiteral("pageFound"), geometry.pageFound},
        {QStringLiteral("confidence"), std::round(geometry.confidence * 1000) / 1000},
        {QStringLiteral("preset"), Enhance::name(page.preset)},
        {QStringLiteral("outputSize"),
         QJsonObject{{QStringLiteral("width"), page.pending.page.width},
                     {QStringLiteral("height"), page.pending.page.height}}},
        {QStringLiteral("byteSize"), page.pending.page.byteSize},
        {QStringLiteral("codes"), codes},
    };
}

} // namespace

int runSections(const Context &context)
{
    const Catalog &catalog = Catalog::instance();
    QJsonArray list;
    for (const Section &section : catalog.sections()) {
        QJsonArray kinds;
        for (const DocumentKind &kind : section.kinds)
            kinds.append(kind.key);
        list.append(QJsonObject{{QStringLiteral("key"), section.key},
                                {QStringLiteral("portfolio"), section.portfolioKey},
                                {QStringLiteral("number"), section.number},
                                {QStringLiteral("kk"), section.name.kk},
                                {QStringLiteral("ru"), section.name.ru},
                                {QStringLiteral("en"), section.name.en},
                                {QStringLiteral("kinds"), kinds}});
        if (!context.json) {
            out() << section.key.leftJustified(36) << section.number.leftJustified(6) << section.name.kk
                  << '\n';
        }
    }
    if (context.json)
        printJson(list);
    return Success;
}

int runAdd(const Context &context, const QStringList &files, const QString &sectionKey,
           const std::optional<QString> &date, const QString &title, const QString &kind, bool asPages,
           const PipelineOptions &options, bool acceptSuggestions)
{
    if (files.isEmpty())
        return fail(UsageError, QStringLiteral("add: no file given. Usage: qujat-cli add PHOTO... --section KEY [--date YYYY-MM-DD]"));
    const Section *section = Catalog::instance().section(sectionKey);
    // With --accept-suggestions the section may come from the page's text.
    if (!section && !(acceptSuggestions && sectionKey.isEmpty())) {
        return fail(UsageError, QStringLiteral("add: unknown section '%1'. Run 'qujat-cli sections' to list the keys.")
                                    .arg(sectionKey));
    }
    if (section && !kind.isEmpty() && !Catalog::instance().documentKind(sectionKey, kind)) {
        return fail(UsageError, QStringLiteral("add: unknown document kind '%1' in section %2. Run 'qujat-cli sections --json' to list them.")
                                    .arg(kind, sectionKey));
    }
    QDate itemDate;
    if (date.has_value()) {
        // Qt's ISO parser accepts any separator; the command line takes YYYY-MM-DD only.
        static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        itemDate = QDate::fromString(*date, Qt::ISODate);
        if (!isoDate.match(*date).hasMatch() || !itemDate.isValid())
            return fail(UsageError, QStringLiteral("add: invalid date '%1'. Use YYYY-MM-DD, e.g. 2026-05-10.").arg(*date));
        const int latestYear = QDate::currentDate().year() + 1;
        if (itemDate.year() < 1950 || itemDate.year() > latestYear) {
            return fail(UsageError, QStringLiteral("add: date '%1' is outside 1950-%2. Check the year.")
                                        .arg(*date).arg(latestYear));
        }
    }

    // Prepare every file before storing anything, so one bad file leaves the
    // portfolio unchanged.
    QList<PreparedPage> prepared;
    for (const QString &file : files) {
        PreparedPage page;
        Error error;
        if (!PagePipeline::prepare(file, &page, &error, nullptr, options))
            return fail(UsageError, QStringLiteral("add: %1: %2").arg(file, error.message));
        prepared.append(page);
    }

    // Read the text of every page before storing anything; the first page of
    // each item gives its suggestions.
    QList<PageReading> readings;
    if (acceptSuggestions) {
        const QString teacherName = teacherNameIn(context.dataDir);
        for (qsizetype i = 0; i < prepared.size(); ++i) {
            PageReading reading = readPage(prepared.at(i), teacherName);
            if (!reading.available)
                return fail(Failure, QStringLiteral("add: --accept-suggestions: %1").arg(reading.error.message));
            prepared[i].pending.page.text = reading.text;
            readings.append(reading);
        }
    }

    int exitCode = Success;
    std::unique_ptr<Store> store = openStore(context, &exitCode);
    if (!store)
        return exitCode;

    // A file added before, or twice now, is added again, but with a warning:
    // a teacher who retries would otherwise hand in the same paper twice.
    QHash<QString, QString> seenNow;
    for (const QString &file : files) {
        const QString sha = bundle::Digest::hexOfFile(file);
        const QList<ItemSummary> earlier = store->itemsWithSourceFile(sha);
        if (!earlier.isEmpty()) {
            QTextStream(stderr) << "qujat-cli: add: warning: " << file << " is already in the portfolio as «"
                                << earlier.constFirst().title << "» ("
                                << earlier.constFirst().uuid.toString(QUuid::WithoutBraces).left(8)
                                << "); it is added again.\n";
        } else if (!sha.isEmpty() && seenNow.contains(sha)) {
            QTextStream(stderr) << "qujat-cli: add: warning: " << file << " has the same content as "
                                << seenNow.value(sha) << "; both are added.\n";
        }
        seenNow.insert(sha, file);
    }

    QList<QList<int>> groups;
    if (asPages) {
        QList<int> all;
        for (int i = 0; i < prepared.size(); ++i)
            all.append(i);
        groups.append(all);
    } else {
        for (int i = 0; i < prepared.size(); ++i)
            groups.append(QList<int>{i});
    }

    // All items in one transaction: an interrupted add stores none of them.
    QList<Item> items;
    QList<QList<PendingPage>> itemPages;
    for (const QList<int> &group : std::as_const(groups)) {
        Item item;
        item.sectionKey = sectionKey;
        item.kind = kind;
        item.date = itemDate;
        item.title = title;
        if (acceptSuggestions) {
            const PageReading &reading = readings.at(group.first());
            if (item.sectionKey.isEmpty())
                item.sectionKey = reading.suggestions.sectionKey;
            if (item.sectionKey.isEmpty()) {
                return fail(UsageError, QStringLiteral("add: %1: the text on the page suggests no section. Give --section KEY.")
                                            .arg(files.at(group.first())));
            }
            if (!item.kind.isEmpty() && !Catalog::instance().documentKind(item.sectionKey, item.kind)) {
                return fail(UsageError, QStringLiteral("add: %1: document kind '%2' is not in the suggested section %3. Give --section KEY too.")
                                            .arg(files.at(group.first()), item.kind, item.sectionKey));
            }
            const QString warning = applySuggestions(reading.suggestions, &item);
            if (!warning.isEmpty())
                QTextStream(stderr) << "qujat-cli: add: " << files.at(group.first()) << ": " << warning << '\n';
        }
        if (item.title.isEmpty())
            item.title = QFileInfo(files.at(group.first())).completeBaseName();
        QList<PendingPage> pages;
        for (int index : group) {
            for (Barcode code : prepared.at(index).barcodes) {
                code.pageIndex = int(pages.size());
                item.barcodes.append(code);
            }
            pages.append(prepared.at(index).pending);
        }
        items.append(item);
        itemPages.append(pages);
    }
    QList<Item *> pointers;
    for (Item &item : items)
        pointers.append(&item);
    Error error;
    if (!store->addItems(pointers, itemPages, &error))
        return fail(Failure, QStringLiteral("add: %1 (%2)").arg(error.message, error.detail));

    QJsonArray added;
    for (const Item &item : std::as_const(items)) {
        if (context.json)
            added.append(itemToJson(*store->item(item.uuid), *store));
        else
            out() << "Added " << item.uuid.toString(QUuid::WithoutBraces) << "  " << item.title << "  ("
                  << item.barcodes.size() << " codes)\n";
    }
    if (context.json)
        printJson(added);
    return Success;
}

int runScan(const Context &context, const QStringList &files, const PipelineOptions &options)
{
    if (files.isEmpty())
        return fail(UsageError, QStringLiteral("scan: no photo given. Usage: qujat-cli scan PHOTO... [--json]"));
    QJsonArray scans;
    const QString teacherName = teacherNameIn(context.dataDir);
    for (const QString &file : files) {
        PreparedPage page;
        Error error;
        if (!PagePipeline::prepareImage(file, &page, &error, nullptr, options))
            return fail(UsageError, QStringLiteral("scan: %1: %2").arg(file, error.message));
        QJsonObject scan = scanToJson(file, page);
        const PageReading reading = readPage(page, teacherName);
        const QJsonObject readingJson = readingToJson(reading);
        for (auto it = readingJson.begin(); it != readingJson.end(); ++it)
            scan.insert(it.key(), it.value());
        if (context.json) {
            scans.append(scan);
            continue;
        }
        const PageGeometry &geometry = page.geometry;
        QStringList corners;
        for (const QPointF &corner : geometry.corners)
            corners.append(QStringLiteral("%1,%2").arg(qRound(corner.x())).arg(qRound(corner.y())));
        out() << file << "  " << geometry.uprightSize.width() << 'x' << geometry.uprightSize.height()
              << (geometry.pageFound ? "  page "
                                     : options.crop ? "  no page found, whole photo "
                                                    : "  whole photo (--no-crop) ")
              << corners.join(QLatin1Char(' '))
              << "  " << Enhance::name(page.preset) << "  " << page.pending.page.width << 'x'
              << page.pending.page.height << "  " << page.pending.page.byteSize << " bytes  "
              << page.barcodes.size() << " codes\n";
        for (const Barcode &code : std::as_const(page.barcodes))
            out() << "    " << code.format << ": " << code.text << '\n';
        if (!reading.available || reading.error) {
            out() << "    " << reading.error.message << '\n';
            continue;
        }
        const QVariantMap suggested = reading.suggestions.toVariantMap();
        for (auto it = suggested.cbegin(); it != suggested.cend(); ++it) {
            const QString value = it.value().typeId() == QMetaType::QStringList ? it.value().toStringList().join(QLatin1String(", "))
                                                                                : it.value().toString();
            out() << "    " << it.key() << ": " << value << '\n';
        }
    }
    if (context.json)
        printJson(scans);
    return Success;
}

int runList(const Context &context, const QString &sectionKey)
{
    if (!sectionKey.isEmpty() && !Catalog::instance().section(sectionKey)) {
        return fail(UsageError, QStringLiteral("list: unknown section '%1'. Run 'qujat-cli sections' to list the keys.")
                                    .arg(sectionKey));
    }
    int exitCode = Success;
    std::unique_ptr<Store> store = openStore(context, &exitCode);
    if (!store)
        return exitCode;
    const QList<ItemSummary> items = store->summaries(sectionKey);
    if (context.json) {
        QJsonArray list;
        for (const ItemSummary &summary : items)
            list.append(itemToJson(*store->item(summary.uuid), *store));
        printJson(list);
        return Success;
    }
    for (const ItemSummary &summary : items)
        out() << summaryLine(summary) << '\n';
    return Success;
}

int runShow(const Context &context, const QString &id)
{
    int exitCode = Success;
    std::unique_ptr<Store> store = openStore(context, &exitCode);
    if (!store)
        return exitCode;
    bool ambiguous = false;
    const std::optional<Item> item = findItem(*store, id, &ambiguous);
    if (ambiguous) {
        return fail(UsageError, QStringLiteral("show: '%1' matches more than one item. Give more characters of the id.")
                                    .arg(id));
    }
    if (!item)
        return fail(UsageError, QStringLiteral("show: no item with id '%1'. Run 'qujat-cli list' to see the ids.").arg(id));
    QJsonObject json = itemToJson(*item, *store);
    addReviewToJson(*store, item->uuid, &json);
    if (context.json) {
        printJson(json);
        return Success;
    }
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonValue value = it.value();
        const QString text = value.isArray() || value.isObject()
            ? QString::fromUtf8(QJsonDocument(value.isArray() ? QJsonDocument(value.toArray())
                                                              : QJsonDocument(value.toObject()))
                                    .toJson(QJsonDocument::Compact))
            : value.toVariant().toString();
        out() << it.key().leftJustified(12) << text << '\n';
    }
    return Success;
}

int runSearch(const Context &context, const QString &text)
{
    int exitCode = Success;
    std::unique_ptr<Store> store = openStore(context, &exitCode);
    if (!store)
        return exitCode;
    const QList<ItemSummary> found = store->search(text);
    if (context.json) {
        QJsonArray list;
        for (const ItemSummary &summary : found)
            list.append(itemToJson(*store->item(summary.uuid), *store));
        printJson(list);
        return Success;
    }
    for (const ItemSummary &summary : found)
        out() << summaryLine(summary) << '\n';
    return Success;
}

int runDemo(const Context &context, int count)
{
    if (count <= 0)
        return fail(UsageError, QStringLiteral("demo: invalid count %1. Give a positive number of items.").arg(count));
    int exitCode = Success;
    std::unique_ptr<Store> store = openStore(context, &exitCode);
    if (!store)
        return exitCode;
    QTemporaryDir work;
    Error error;
    if (!work.isValid() || !SampleGenerator::populate(store.get(), count, 2026, work.path(), &error))
        return fail(Failure, QStringLiteral("demo: %1 (%2)").arg(error.message, error.detail));
    out() << "Added " << count << " sample items to " << store->dataDir() << '\n';
    return Success;
}

} // namespace qujat::cli
