#include "testfixtures.h"

#include "appcontroller.h"
#include "sample/samplegenerator.h"
#include "school/schoolsample.h"
#include "school/schoolstore.h"

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
