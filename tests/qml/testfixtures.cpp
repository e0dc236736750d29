#include "testfixtures.h"

#include "sample/samplegenerator.h"

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
