#include "bundlecommands.h"

#include "bundle/bundlereader.h"
#include "bundle/bundlewriter.h"
#include "report/translations.h"
#include "school/schoolstore.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>

namespace qujat::cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printError(const QString &file, const Error &error)
{
    QTextStream(stderr) << "qujat-cli: " << (file.isEmpty() ? QString() : file + QLatin1String(": "))
                        << error.message << " (" << error.detail << ")\n";
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

QString signatureName(bundle::SignatureState state)
{
    switch (state) {
    case bundle::SignatureState::Valid:
        return QStringLiteral("valid");
    case bundle::SignatureState::Invalid:
        return QStringLiteral("invalid");
    case bundle::SignatureState::Unsigned:
        break;
    }
    return QStringLiteral("unsigned");
}

QString uuidText(const QUuid &uuid)
{
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

} // namespace

int runExport(const Context &context, const QString &outPath)
{
    Store store(context.dataDir);
    Error error;
    if (!store.open(&error)) {
        printError({}, error);
        return Failure;
    }
    bundle::ExportOptions options;
    options.appVersion = QStringLiteral("Qujat ") + QCoreApplication::applicationVersion();
    // data/portfolio.pdf is in Kazakh, the school's first language: its
    // sentences need the Kazakh translation installed while it is written.
    QTranslator kazakh;
    if (!loadInterfaceTranslation(&kazakh, options.reportLanguage)) {
        QTextStream(stderr) << "qujat-cli: export: this build carries no Kazakh translation for the PDF "
                               "portfolio. Rebuild with the translations.\n";
        return Failure;
    }
    QCoreApplication::installTranslator(&kazakh);
    bundle::ExportResult result;
    const QString target = QFileInfo(outPath).absoluteFilePath();
    const bool written = bundle::BundleWriter::write(store, target, options, &result, &error);
    QCoreApplication::removeTranslator(&kazakh);
    if (!written) {
        printError(outPath, error);
        return Failure;
    }
    if (context.json) {
        printJson(QJsonObject{{QStringLiteral("file"), target},
                              {QStringLiteral("bundleUuid"), uuidText(result.bundleUuid)},
                              {QStringLiteral("portfolioUuid"), uuidText(store.portfolioUuid())},
                              {QStringLiteral("items"), result.items},
                              {QStringLiteral("payloadFiles"), result.payloadFiles},
                              {QStringLiteral("payloadBytes"), result.payloadBytes},
                              {QStringLiteral("reportBytes"), result.reportBytes},
                              {QStringLiteral("publicKey"), result.publicKey}});
    } else {
        out() << "Exported " << result.items << " items (" << result.payloadFiles << " files, "
              << result.payloadBytes << " bytes) to " << target << "\n";
    }
    return Success;
}

int runVerify(const Context &context, const QStringList &files)
{
    QJsonArray results;
    int code = Success;
    for (const QString &file : files) {
        QTemporaryDir staging;
        bundle::VerifiedBundle verified;
        Error error;
        const bool ok = staging.isValid()
            && bundle::BundleReader::verify(QFileInfo(file).absoluteFilePath(),
                                            staging.path() + QLatin1String("/bundle"), {}, &verified, &error);
        const bool trusted = ok && verified.signature != bundle::SignatureState::Invalid;
        if (ok && !trusted) {
            error = {QCoreApplication::translate("SchoolStore",
                                                 "The bundle of %1 was changed after it was signed, so it "
                                                 "cannot be trusted. Ask the teacher to export it again. "
                                                 "Nothing was imported.")
                         .arg(verified.teacherName()),
                     QStringLiteral("signature does not verify")};
        }
        if (!trusted)
            code = Failure;
        QJsonObject object{{QStringLiteral("file"), file}, {QStringLiteral("valid"), trusted}};
        if (!trusted) {
            object.insert(QStringLiteral("error"), error.message);
            object.insert(QStringLiteral("detail"), error.detail);
        }
        if (ok) {
            object.insert(QStringLiteral("teacher"), verified.teacherName());
            object.insert(QStringLiteral("portfolioUuid"), uuidText(verified.document.portfolioUuid));
            object.insert(QStringLiteral("bundleUuid"), uuidText(verified.document.bundleUuid));
            object.insert(QStringLiteral("exported"), verified.document.exported.toString(Qt::ISODate));
            object.insert(QStringLiteral("items"), int(verified.document.items.size()));
            object.insert(QStringLiteral("tombstones"), int(verified.document.tombstones.size()));
            object.insert(QStringLiteral("payloadFiles"), verified.bag.payloadFiles);
            object.insert(QStringLiteral("payloadBytes"), verified.bag.payloadBytes);
            object.insert(QStringLiteral("signature"), signatureName(verified.signature));
            object.insert(QStringLiteral("signerKey"), verified.signerKey);
            object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(verified.bag.warnings));
        }
        results.append(object);
        if (!context.json) {
            if (trusted) {
                out() << file << ": valid, " << verified.document.items.size() << " items of "
                      << verified.teacherName() << ", signature " << signatureName(verified.signature) << "\n";
            } else {
                printError(file, error);
            }
        }
    }
    if (context.json)
        printJson(files.size() == 1 ? QJsonValue(results.first()) : QJsonValue(results));
    return code;
}

int runImport(const Context &context, const QStringList &files, bool acceptNewKey)
{
    school::SchoolStore school(context.dataDir);
    Error error;
    if (!school.open(&error)) {
        printError({}, error);
        return Failure;
    }
    QJsonArray results;
    int code = Success;
    for (const QString &file : files) {
        school::ImportOptions options;
        options.acceptNewKey = acceptNewKey;
        school::ImportReport report;
        Error importError;
        const bool ok = school.importBundle(QFileInfo(file).absoluteFilePath(), options, &report, &importError);
        if (!ok)
            code = Failure;
        QJsonObject object{{QStringLiteral("file"), file}, {QStringLiteral("imported"), ok}};
        if (!ok) {
            object.insert(QStringLiteral("error"), importError.message);
            object.insert(QStringLiteral("detail"), importError.detail);
            printError(file, importError);
        } else {
            object.insert(QStringLiteral("teacher"), report.teacherName);
            object.insert(QStringLiteral("portfolioUuid"), uuidText(report.portfolioUuid));
            object.insert(QStringLiteral("bundleUuid"), uuidText(report.bundleUuid));
            object.insert(QStringLiteral("newTeacher"), report.newTeacher);
            object.insert(QStringLiteral("alreadyImported"), report.alreadyImported);
            object.insert(QStringLiteral("added"), report.added);
            object.insert(QStringLiteral("replaced"), report.replaced);
            object.insert(QStringLiteral("deleted"), report.deleted);
            object.insert(QStringLiteral("unchanged"), report.unchanged);
            object.insert(QStringLiteral("keptNewer"), report.keptNewer);
            object.insert(QStringLiteral("profileUpdated"), report.profileUpdated);
            object.insert(QStringLiteral("signature"), signatureName(report.signature));
            object.insert(QStringLiteral("keyChanged"), report.keyChanged);
            object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings));
            if (!context.json) {
                if (report.alreadyImported) {
                    out() << file << ": already imported, nothing changed\n";
                } else {
                    out() << file << ": " << report.teacherName << ": " << report.added << " added, "
                          << report.replaced << " replaced, " << report.deleted << " deleted, "
                          << report.unchanged << " unchanged, " << report.keptNewer << " kept (newer here)"
                          << (report.keyChanged ? ", new key accepted" : "") << "\n";
                }
            }
        }
        results.append(object);
    }
    if (context.json)
        printJson(results);
    return code;
}

int runTeachers(const Context &context)
{
    school::SchoolStore school(context.dataDir);
    Error error;
    if (!school.open(&error)) {
        printError({}, error);
        return Failure;
    }
    QJsonArray list;
    for (const school::TeacherSummary &teacher : school.teachers()) {
        QJsonObject sections;
        QJsonValue readiness; // null when the teacher's store cannot be opened
        school::TeacherReadiness ready;
        bool haveReadiness = false;
        if (Store *store = school.teacherStore(teacher.portfolioUuid, &error)) {
            const QHash<QString, SectionCounts> counts = store->sectionCounts();
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
                sections.insert(it.key(), it.value().items);
            ready = school::teacherReadiness(*store);
            haveReadiness = true;
            readiness = QJsonObject{{QStringLiteral("percent"), ready.percent},
                                    {QStringLiteral("findings"), ready.findings},
                                    {QStringLiteral("ready"), ready.isReady()}};
        }
        list.append(QJsonObject{
            {QStringLiteral("portfolioUuid"), uuidText(teacher.portfolioUuid)},
            {QStringLiteral("name"), teacher.fullName},
            {QStringLiteral("school"), teacher.school},
            {QStringLiteral("subject"), teacher.subject},
            {QStringLiteral("targetCategory"), teacher.targetCategory},
            {QStringLiteral("attestationDate"), teacher.attestationDate.toString(Qt::ISODate)},
            {QStringLiteral("items"), teacher.items},
            {QStringLiteral("sections"), sections},
            {QStringLiteral("lastBundleUuid"), uuidText(teacher.lastBundleUuid)},
            {QStringLiteral("lastBundleExported"), teacher.lastBundleExported.toString(Qt::ISODate)},
            {QStringLiteral("lastImported"), teacher.lastImported.toString(Qt::ISODate)},
            {QStringLiteral("pinnedKey"), teacher.pinnedKey},
            {QStringLiteral("keyChanges"), teacher.keyChanges},
            {QStringLiteral("readiness"), readiness},
        });
        if (!context.json) {
            out() << uuidText(teacher.portfolioUuid) << "  " << teacher.items << " items  "
                  << (haveReadiness ? QStringLiteral("%1% ready, %2 findings  ").arg(ready.percent).arg(ready.findings)
                                    : QStringLiteral("readiness unknown  "))
                  << teacher.fullName << (teacher.school.isEmpty() ? QString() : QLatin1String(", ") + teacher.school)
                  << "\n";
        }
    }
    if (context.json)
        printJson(list);
    return Success;
}

} // namespace qujat::cli
