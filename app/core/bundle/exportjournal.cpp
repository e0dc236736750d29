#include "bundle/exportjournal.h"

#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace qujat::bundle {

namespace {

constexpr char TemporaryMarker[] = ".qujat-writing-";

QString journalPath(const QString &dataDir)
{
    return dataDir + QLatin1String("/exports.json");
}

QJsonObject readJournal(const QString &dataDir)
{
    QFile file(journalPath(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeJournal(const QString &dataDir, const QJsonObject &journal)
{
    QSaveFile file(journalPath(dataDir));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(journal).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace

QString ExportJournal::begin(const QString &dataDir, const QString &outPath)
{
    removeInterrupted(dataDir);
    const QFileInfo target(outPath);
    // Hidden, and named after the target, so that a teacher who finds the
    // file can tell which export it belongs to.
    const QString temporary = target.absolutePath() + QLatin1String("/.") + target.fileName()
        + QLatin1String(TemporaryMarker) + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QJsonObject journal = readJournal(dataDir);
    journal.insert(QStringLiteral("writing"), temporary);
    if (!QDir().mkpath(dataDir) || !writeJournal(dataDir, journal))
        return {};
    return temporary;
}

void ExportJournal::finish(const QString &dataDir, const LastExport &done)
{
    QJsonObject journal = readJournal(dataDir);
    journal.remove(QStringLiteral("writing"));
    journal.insert(QStringLiteral("lastPath"), done.path);
    journal.insert(QStringLiteral("lastBundleUuid"), done.bundleUuid.toString(QUuid::WithoutBraces));
    journal.insert(QStringLiteral("lastTime"), done.time.toString(Qt::ISODateWithMs));
    if (!writeJournal(dataDir, journal))
        qCWarning(lcStore) << "Cannot record the export in" << journalPath(dataDir);
}

int ExportJournal::removeInterrupted(const QString &dataDir)
{
    QJsonObject journal = readJournal(dataDir);
    const QString temporary = journal.value(QStringLiteral("writing")).toString();
    if (temporary.isEmpty())
        return 0;
    int removed = 0;
    const QFileInfo info(temporary);
    // Only names that start with the recorded one: the zip itself and
    // libzip's own temporary (the recorded name plus ".XXXXXX").
    if (info.fileName().contains(QLatin1String(TemporaryMarker))) {
        QDir folder = info.absoluteDir();
        const QStringList names = folder.entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &name : names) {
            if (!name.startsWith(info.fileName()))
                continue;
            if (folder.remove(name)) {
                ++removed;
                qCInfo(lcStore) << "Removed the file of an interrupted export:" << folder.filePath(name);
            }
        }
    }
    journal.remove(QStringLiteral("writing"));
    writeJournal(dataDir, journal);
    return removed;
}

LastExport ExportJournal::lastExport(const QString &dataDir)
{
    const QJsonObject journal = readJournal(dataDir);
    LastExport last;
    last.path = journal.value(QStringLiteral("lastPath")).toString();
    last.bundleUuid = QUuid::fromString(journal.value(QStringLiteral("lastBundleUuid")).toString());
    last.time = QDateTime::fromString(journal.value(QStringLiteral("lastTime")).toString(), Qt::ISODateWithMs);
    return last;
}

} // namespace qujat::bundle
