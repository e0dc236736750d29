#include "bundle/portfoliojson.h"

#include "store/itemjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace qujat::bundle {

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QJsonObject profileToJson(const Profile &profile, const QString &photoPath)
{
    QJsonObject object = profileFieldsToJson(profile);
    if (!photoPath.isEmpty())
        object.insert(QStringLiteral("photo"), QJsonObject{{QStringLiteral("path"), photoPath},
                                                           {QStringLiteral("sha256"), profile.photoSha}});
    return object;
}

} // namespace

QJsonObject PortfolioJson::write(const PortfolioDocument &document)
{
    QJsonArray items;
    for (const Item &item : document.items) {
        const QList<PageFiles> files = document.pageFiles.value(item.uuid);
        QJsonArray pages;
        for (qsizetype i = 0; i < item.pages.size(); ++i) {
            const Page &page = item.pages.at(i);
            const PageFiles where = files.value(i);
            QJsonArray corners;
            for (const QPointF &point : page.corners)
                corners.append(QJsonArray{point.x(), point.y()});
            QJsonObject object{
                {QStringLiteral("kind"), page.kind == PageKind::Document ? QStringLiteral("document")
                                                                         : QStringLiteral("image")},
                {QStringLiteral("path"), where.path},
                {QStringLiteral("sha256"), page.fileSha},
                {QStringLiteral("suffix"), page.fileSuffix},
                {QStringLiteral("mimeType"), page.mimeType},
                {QStringLiteral("displayName"), page.displayName},
                {QStringLiteral("byteSize"), page.byteSize},
                {QStringLiteral("width"), page.width},
                {QStringLiteral("height"), page.height},
                {QStringLiteral("preset"), page.preset},
                {QStringLiteral("corners"), corners},
            };
            if (!where.thumbnailPath.isEmpty())
                object.insert(QStringLiteral("thumbnail"),
                              QJsonObject{{QStringLiteral("path"), where.thumbnailPath},
                                          {QStringLiteral("sha256"), page.thumbnailSha}});
            pages.append(object);
        }
        QJsonArray codes;
        for (const Barcode &code : item.barcodes) {
            codes.append(QJsonObject{{QStringLiteral("format"), code.format},
                                     {QStringLiteral("text"), code.text},
                                     {QStringLiteral("rawBytes"), QString::fromLatin1(code.rawBytes.toBase64())},
                                     {QStringLiteral("encoding"), code.encoding},
                                     {QStringLiteral("page"), code.pageIndex}});
        }
        items.append(QJsonObject{
            {QStringLiteral("uuid"), uuidText(item.uuid)},
            {QStringLiteral("revision"), item.revision},
            {QStringLiteral("created"), isoTime(item.created)},
            {QStringLiteral("updated"), isoTime(item.updated)},
            {QStringLiteral("section"), item.sectionKey},
            {QStringLiteral("kind"), item.kind},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("issuer"), item.issuer},
            {QStringLiteral("level"), item.level},
            {QStringLiteral("date"), isoDate(item.date)},
            {QStringLiteral("endDate"), isoDate(item.endDate)},
            {QStringLiteral("fields"), QJsonObject::fromVariantMap(item.fields)},
            {QStringLiteral("notes"), item.notes},
            {QStringLiteral("barcodes"), codes},
            {QStringLiteral("pages"), pages},
        });
    }
    QJsonArray tombstones;
    for (const Tombstone &tombstone : document.tombstones) {
        tombstones.append(QJsonObject{{QStringLiteral("uuid"), uuidText(tombstone.uuid)},
                                      {QStringLiteral("revision"), tombstone.revision},
                                      {QStringLiteral("deleted"), isoTime(tombstone.deleted)}});
    }
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("qujat-portfolio")},
        {QStringLiteral("schemaVersion"), document.schemaVersion},
        {QStringLiteral("portfolioUuid"), uuidText(document.portfolioUuid)},
        {QStringLiteral("bundleUuid"), uuidText(document.bundleUuid)},
        {QStringLiteral("exported"), isoTime(document.exported)},
        {QStringLiteral("app"), document.appVersion},
        {QStringLiteral("profile"), profileToJson(document.profile, document.profilePhotoPath)},
        {QStringLiteral("items"), items},
        {QStringLiteral("tombstones"), tombstones},
    };
    if (!document.reportPath.isEmpty()) {
        root.insert(QStringLiteral("report"), QJsonObject{{QStringLiteral("path"), document.reportPath},
                                                          {QStringLiteral("sha256"), document.reportSha256},
                                                          {QStringLiteral("language"), document.reportLanguage}});
    }
    return root;
}

bool PortfolioJson::read(const QByteArray &json, PortfolioDocument *document, Error *error)
{
    const auto fail = [&](const QString &detail) {
        *error = {tr("The portfolio list in the bundle (portfolio.json) is damaged or incomplete. Ask "
                     "the teacher to export the bundle again. Nothing was imported."),
                  detail};
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !parsed.isObject())
        return fail(QStringLiteral("JSON: ") + parseError.errorString());
    const QJsonObject root = parsed.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("qujat-portfolio"))
        return fail(QStringLiteral("format is not qujat-portfolio"));
    const QJsonValue version = root.value(QStringLiteral("schemaVersion"));
    if (!version.isDouble() || version.toInt() < 1)
        return fail(QStringLiteral("schemaVersion missing"));
    if (version.toInt() > PortfolioSchemaVersion) {
        *error = {tr("This bundle was made by a newer version of Qujat (portfolio format %1). Update "
                     "Qujat to import it. Nothing was imported.")
                      .arg(version.toInt()),
                  QStringLiteral("schemaVersion %1 > %2").arg(version.toInt()).arg(PortfolioSchemaVersion)};
        return false;
    }
    static const QRegularExpression shaPattern(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression suffixPattern(QStringLiteral("^[a-z0-9]{1,8}$"));
    document->schemaVersion = version.toInt();
    document->portfolioUuid = QUuid::fromString(root.value(QStringLiteral("portfolioUuid")).toString());
    document->bundleUuid = QUuid::fromString(root.value(QStringLiteral("bundleUuid")).toString());
    document->exported = QDateTime::fromString(root.value(QStringLiteral("exported")).toString(), Qt::ISODateWithMs);
    document->appVersion = root.value(QStringLiteral("app")).toString();
    if (document->portfolioUuid.isNull() || document->bundleUuid.isNull() || !document->exported.isValid())
        return fail(QStringLiteral("portfolioUuid, bundleUuid or exported missing"));

    const QJsonObject profile = root.value(QStringLiteral("profile")).toObject();
    Profile &p = document->profile;
    p.fullName = profile.value(QStringLiteral("fullName")).toString();
    p.school = profile.value(QStringLiteral("school")).toString();
    p.position = profile.value(QStringLiteral("position")).toString();
    p.subject = profile.value(QStringLiteral("subject")).toString();
    p.specialty = profile.value(QStringLiteral("specialty")).toString();
    p.yearsOfExperience = profile.value(QStringLiteral("yearsOfExperience")).toInt();
    p.currentCategory = profile.value(QStringLiteral("currentCategory")).toString();
    p.targetCategory = profile.value(QStringLiteral("targetCategory")).toString();
    p.attestationDate = QDate::fromString(profile.value(QStringLiteral("attestationDate")).toString(), Qt::ISODate);
    const QJsonObject photo = profile.value(QStringLiteral("photo")).toObject();
    if (!photo.isEmpty()) {
        p.photoSha = photo.value(QStringLiteral("sha256")).toString();
        document->profilePhotoPath = photo.value(QStringLiteral("path")).toString();
        if (!shaPattern.match(p.photoSha).hasMatch())
            return fail(QStringLiteral("profile photo sha256"));
    }

    const QJsonValue itemsValue = root.value(QStringLiteral("items"));
    if (!itemsValue.isArray())
        return fail(QStringLiteral("items is not an array"));
    QSet<QUuid> seen;
    for (const QJsonValue &value : itemsValue.toArray()) {
        const QJsonObject object = value.toObject();
        Item item;
        item.uuid = QUuid::fromString(object.value(QStringLiteral("uuid")).toString());
        item.revision = object.value(QStringLiteral("revision")).toInt();
        item.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
        item.updated = QDateTime::fromString(object.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
        item.sectionKey = object.value(QStringLiteral("section")).toString();
        item.kind = object.value(QStringLiteral("kind")).toString();
        item.title = object.value(QStringLiteral("title")).toString();
        item.issuer = object.value(QStringLiteral("issuer")).toString();
        item.level = object.value(QStringLiteral("level")).toString();
        item.date = QDate::fromString(object.value(QStringLiteral("date")).toString(), Qt::ISODate);
        item.endDate = QDate::fromString(object.value(QStringLiteral("endDate")).toString(), Qt::ISODate);
        item.fields = object.value(QStringLiteral("fields")).toObject().toVariantMap();
        item.notes = object.value(QStringLiteral("notes")).toString();
        if (item.uuid.isNull() || item.revision < 1 || item.sectionKey.isEmpty() || !item.created.isValid()
            || !item.updated.isValid())
            return fail(QStringLiteral("item without uuid, revision, section or times"));
        if (seen.contains(item.uuid))
            return fail(QStringLiteral("item listed twice: ") + item.uuid.toString());
        seen.insert(item.uuid);
        for (const QJsonValue &codeValue : object.value(QStringLiteral("barcodes")).toArray()) {
            const QJsonObject code = codeValue.toObject();
            item.barcodes.append({code.value(QStringLiteral("format")).toString(),
                                  code.value(QStringLiteral("text")).toString(),
                                  QByteArray::fromBase64(code.value(QStringLiteral("rawBytes")).toString().toLatin1()),
                                  code.value(QStringLiteral("encoding")).toString(),
                                  code.value(QStringLiteral("page")).toInt()});
        }
        QList<PageFiles> files;
        for (const QJsonValue &pageValue : object.value(QStringLiteral("pages")).toArray()) {
            const QJsonObject pageObject = pageValue.toObject();
            Page page;
            page.kind = pageObject.value(QStringLiteral("kind")).toString() == QLatin1String("document")
                ? PageKind::Document : PageKind::Image;
            page.fileSha = pageObject.value(QStringLiteral("sha256")).toString();
            page.fileSuffix = pageObject.value(QStringLiteral("suffix")).toString();
            page.mimeType = pageObject.value(QStringLiteral("mimeType")).toString();
            page.displayName = pageObject.value(QStringLiteral("displayName")).toString();
            page.byteSize = qint64(pageObject.value(QStringLiteral("byteSize")).toDouble());
            page.width = pageObject.value(QStringLiteral("width")).toInt();
            page.height = pageObject.value(QStringLiteral("height")).toInt();
            page.preset = pageObject.value(QStringLiteral("preset")).toString();
            for (const QJsonValue &point : pageObject.value(QStringLiteral("corners")).toArray())
                page.corners.append(QPointF(point.toArray().at(0).toDouble(), point.toArray().at(1).toDouble()));
            PageFiles where;
            where.path = pageObject.value(QStringLiteral("path")).toString();
            const QJsonObject thumbnail = pageObject.value(QStringLiteral("thumbnail")).toObject();
            if (!thumbnail.isEmpty()) {
                page.thumbnailSha = thumbnail.value(QStringLiteral("sha256")).toString();
                where.thumbnailPath = thumbnail.value(QStringLiteral("path")).toString();
                if (!shaPattern.match(page.thumbnailSha).hasMatch())
                    return fail(QStringLiteral("thumbnail sha256"));
            }
            if (!shaPattern.match(page.fileSha).hasMatch() || !suffixPattern.match(page.fileSuffix).hasMatch()
                || where.path.isEmpty())
                return fail(QStringLiteral("page without sha256, suffix or path"));
            item.pages.append(page);
            files.append(where);
        }
        document->pageFiles.insert(item.uuid, files);
        document->items.append(item);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("tombstones")).toArray()) {
        const QJsonObject object = value.toObject();
        Tombstone tombstone{QUuid::fromString(object.value(QStringLiteral("uuid")).toString()),
                            object.value(QStringLiteral("revision")).toInt(),
                            QDateTime::fromString(object.value(QStringLiteral("deleted")).toString(), Qt::ISODateWithMs)};
        if (tombstone.uuid.isNull() || tombstone.revision < 1)
            return fail(QStringLiteral("tombstone without uuid or revision"));
        document->tombstones.append(tombstone);
    }
    // The PDF portfolio is optional (bundles written before it have none);
    // when named, its checksum must be well formed.
    const QJsonObject report = root.value(QStringLiteral("report")).toObject();
    if (!report.isEmpty()) {
        document->reportPath = report.value(QStringLiteral("path")).toString();
        document->reportSha256 = report.value(QStringLiteral("sha256")).toString();
        document->reportLanguage = report.value(QStringLiteral("language")).toString();
        if (document->reportPath.isEmpty() || !shaPattern.match(document->reportSha256).hasMatch())
            return fail(QStringLiteral("report without path or sha256"));
    }
    return true;
}

} // namespace qujat::bundle
