#include "cornerannotations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qujat::test {

QList<AnnotatedPhoto> loadAnnotatedPhotos(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull()) {
        *error = QStringLiteral("%1: invalid JSON: %2").arg(path, parseError.errorString());
        return {};
    }

    QList<AnnotatedPhoto> photos;
    for (const QJsonValue &value : document.object().value(QStringLiteral("photos")).toArray()) {
        const QJsonObject object = value.toObject();
        AnnotatedPhoto photo;
        photo.file = object.value(QStringLiteral("file")).toString();
        photo.fullFrame = object.value(QStringLiteral("fullFrame")).toBool();
        photo.maxErrorPercent = object.value(QStringLiteral("maxErrorPercent")).toDouble();
        photo.note = object.value(QStringLiteral("note")).toString();
        photo.knownMiss = object.value(QStringLiteral("knownMiss")).toString();
        const QJsonArray corners = object.value(QStringLiteral("corners")).toArray();
        if (photo.file.isEmpty() || photo.maxErrorPercent <= 0 || (!photo.fullFrame && corners.size() != 4)) {
            *error = QStringLiteral("%1: entry %2 needs file, maxErrorPercent and four corners or fullFrame")
                         .arg(path)
                         .arg(photos.size());
            return {};
        }
        for (int i = 0; i < corners.size() && i < 4; ++i) {
            const QJsonArray point = corners.at(i).toArray();
            photo.corners[size_t(i)] = QPointF(point.at(0).toDouble(), point.at(1).toDouble());
        }
        photos.append(photo);
    }
    return photos;
}

} // namespace qujat::test
