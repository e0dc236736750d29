#include "testfixtures.h"

#include "appcontroller.h"
#include "sample/samplegenerator.h"
#include "school/schoolsample.h"
#include "school/schoolstore.h"
#include "bundle/bundlewriter.h"
#include "review/review.h"
#include "review/reviewfile.h"

#include <QDir>
#include <QProcess>

TestFixtures::TestFixtures(QObject *parent)
    : QObject(parent)
{
}

QString TestFixtures::certificatePath()
{
    const QString path = m_dir.filePath(QStringLiteral("certificate.jpg"));
    if (QFile::exists(path))
        return path;
    qujat::CertificateSpec spec;
    spec.paperKind = QStringLiteral("Алғыс хат");
    spec.recipient = QStringLiteral("Әлиева Гүлнар Серікқызы");
    spec.body = QStringLiteral("Аудандық әдістемелік семинарға белсене қатысқаны үшін");
    spec.issuer = QStringLiteral("Аудандық білім бөлімі");
    spec.date = QDate(2025, 3, 15);
    spec.qrText = certificateQrText();
    qujat::SampleGenerator::renderCertificate(spec).save(path, "JPEG", 90);
    return path;
}

QString TestFixtures::certificateQrText() const
{
    return QStringLiteral("https://verify.example.kz/c/2025-000042");
}

QString TestFixtures::sampleSchoolPath()
{
    const QString path = m_dir.filePath(QStringLiteral("school"));
    if (QFile::exists(path + QLatin1String("/school.sqlite")))
        return path;
    qujat::Error error;
    bool made = false;
    {
        qujat::school::SchoolStore school(path);
        made = school.open(&error)
            && qujat::school::populateSampleSchool(&school, 3, 2, m_dir.filePath(QStringLiteral("school-work")), &error);
    }
    if (!made)
        qWarning("Could not make the sample school: %s", qPrintable(error.detail));
    return path;
}

QString TestFixtures::anyItemUuid() const
{
    qujat::AppController *app = qujat::AppController::instance();
    if (!app || !app->store())
        return {};
    const QList<qujat::ItemSummary> items = app->store()->summaries();
    return items.isEmpty() ? QString() : items.constFirst().uuid.toString(QUuid::WithoutBraces);
}

QString TestFixtures::pageText(const QString &uuid, int index) const
{
    qujat::AppController *app = qujat::AppController::instance();
    if (!app || !app->store())
        return {};
    const std::optional<qujat::Item> item = app->store()->item(QUuid::fromString(uuid));
    return item && index >= 0 && index < item->pages.size() ? item->pages.at(index).text : QString();
}

QStringList TestFixtures::search(const QString &text) const
{
    qujat::AppController *app = qujat::AppController::instance();
    QStringList uuids;
    if (!app || !app->store())
        return uuids;
    for (const qujat::ItemSummary &summary : app->store()->search(text))
        uuids.append(summary.uuid.toString(QUuid::WithoutBraces));
    return uuids;
}

QVariantMap TestFixtures::openFiles(const QString &comment)
{
    qujat::AppController *app = qujat::AppController::instance();
    if (!app || !app->store())
        return {};
    qujat::Store &own = *app->store();
    const QString dir = m_dir.filePath(QStringLiteral("open-files"));
    QDir().mkpath(dir);
    const QString bundle = dir + QLatin1String("/portfolio bundle.zip");
    const QString review = dir + QLatin1String("/review.zip");
    const QString other = dir + QLatin1String("/notes.zip");
    const QString emptySchool = dir + QLatin1String("/empty-school");

    qujat::Error error;
    qujat::bundle::ExportResult exported;
    bool ok = qujat::bundle::BundleWriter::write(own, bundle, {}, &exported, &error);
    if (ok) {
        qujat::school::SchoolStore school(dir + QLatin1String("/reviewing-school"));
        qujat::school::ImportReport imported;
        ok = school.open(&error) && school.importBundle(bundle, {}, &imported, &error);
        qujat::Store *copy = ok ? school.teacherStore(own.portfolioUuid(), &error) : nullptr;
        const QList<qujat::ItemSummary> items = own.summaries();
        ok = copy && !items.isEmpty()
            && qujat::review::ReviewStore::mark(*copy, items.constFirst().uuid, QStringLiteral("returned"), comment,
                                                &error);
        qujat::review::ReviewExportResult written;
        ok = ok && qujat::review::ReviewFile::write(*copy, QStringLiteral("№ 12 мектеп"), QStringLiteral("Серікова Г."),
                                                   school.signingKeyPath(), review, &written, &error);
    }
    if (!ok) {
        qWarning("Could not make the files to open: %s / %s", qPrintable(error.message), qPrintable(error.detail));
        return {};
    }
    // A zip made by another program: a folder with a text file.
    QDir().mkpath(dir + QLatin1String("/notes"));
    QFile text(dir + QLatin1String("/notes/readme.txt"));
    if (text.open(QIODevice::WriteOnly))
        text.write("not a bundle\n");
    text.close();
    QProcess zip;
    zip.setWorkingDirectory(dir);
    zip.start(QStringLiteral("zip"), {QStringLiteral("-q"), QStringLiteral("-r"), other, QStringLiteral("notes")});
    if (!zip.waitForFinished() || zip.exitCode() != 0)
        qWarning("zip failed: %s", zip.readAllStandardError().constData());
    return {{QStringLiteral("bundle"), bundle},
            {QStringLiteral("review"), review},
            {QStringLiteral("other"), other},
            {QStringLiteral("school"), emptySchool}};
}

int TestFixtures::returnedItems() const
{
    qujat::AppController *app = qujat::AppController::instance();
    if (!app || !app->store())
        return -1;
    return int(qujat::review::returnedItemFindings(*app->store()).size());
}
