#include "store/itemjson.h"

#include "catalog/catalog.h"
#include "store/store.h"

#include <QJsonArray>

namespace qujat {

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject pageToJson(const Page &page, const Store &store)
{
    QJsonObject json{{QStringLiteral("kind"), page.kind == PageKind::Document ? QStringLiteral("document")
                                                                              : QStringLiteral("image")},
                     {QStringLiteral("path"), store.pagePath(page)},
                     {QStringLiteral("sha256"), page.fileSha},
                     {QStringLiteral("mimeType"), page.mimeType},
                     {QStringLiteral("bytes"), page.byteSize},
                     {QStringLiteral("width"), page.width},
                     {QStringLiteral("height"), page.height}};
    if (!page.thumbnailSha.isEmpty())
        json.insert(QStringLiteral("thumbnail"), store.thumbnailPath(page));
    if (!page.originalSha.isEmpty())
        json.insert(QStringLiteral("original"), store.originalPath(page));
    if (!page.displayName.isEmpty())
        json.insert(QStringLiteral("name"), page.displayName);
    if (!page.text.isEmpty())
        json.insert(QStringLiteral("text"), page.text);
    if (!page.preset.isEmpty())
        json.insert(QStringLiteral("preset"), page.preset);
    if (!page.corners.isEmpty()) {
        QJsonArray corners;
        for (const QPointF &point : page.corners)
            corners.append(QJsonArray{point.x(), point.y()});
        json.insert(QStringLiteral("corners"), corners);
    }
    return json;
}

} // namespace

QJsonObject itemToJson(const Item &item, const Store &store)
{
    QJsonArray codes;
    for (const Barcode &code : item.barcodes) {
        codes.append(QJsonObject{{QStringLiteral("format"), code.format},
                                 {QStringLiteral("text"), code.text},
                                 {QStringLiteral("encoding"), code.encoding},
                                 {QStringLiteral("rawHex"), QString::fromLatin1(code.rawBytes.toHex())},
                                 {QStringLiteral("page"), code.pageIndex},
                                 {QStringLiteral("isUrl"), code.isUrl()}});
    }
    QJsonArray pages;
    for (const Page &page : item.pages)
        pages.append(pageToJson(page, store));

    const Section *section = Catalog::instance().section(item.sectionKey);
    return {{QStringLiteral("uuid"), item.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("section"), item.sectionKey},
            {QStringLiteral("sectionName"), section ? section->name.kk : QString()},
            {QStringLiteral("kind"), item.kind},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("issuer"), item.issuer},
            {QStringLiteral("level"), item.level},
            {QStringLiteral("date"), dateValue(item.date)},
            {QStringLiteral("endDate"), dateValue(item.endDate)},
            {QStringLiteral("complete"), item.isComplete()},
            {QStringLiteral("fields"), QJsonObject::fromVariantMap(item.fields)},
            {QStringLiteral("notes"), item.notes},
            {QStringLiteral("barcodes"), codes},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("created"), item.created.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated"), item.updated.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("revision"), item.revision}};
}

QJsonObject profileFieldsToJson(const Profile &profile)
{
    return {{QStringLiteral("fullName"), profile.fullName},
            {QStringLiteral("school"), profile.school},
            {QStringLiteral("position"), profile.position},
            {QStringLiteral("subject"), profile.subject},
            {QStringLiteral("specialty"), profile.specialty},
            {QStringLiteral("yearsOfExperience"), profile.yearsOfExperience},
            {QStringLiteral("currentCategory"), profile.currentCategory},
            {QStringLiteral("targetCategory"), profile.targetCategory},
            {QStringLiteral("attestationDate"),
             profile.attestationDate.isValid() ? profile.attestationDate.toString(Qt::ISODate) : QString()}};
}

} // namespace qujat
