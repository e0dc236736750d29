#include "testsupport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

namespace qujat::test {

QString sharedDir()
{
    const QString configured = qEnvironmentVariable("QUJAT_SHARED_DIR");
    if (configured.isEmpty())
        return {};
    const QDir dir(configured);
    if (!dir.exists(QStringLiteral("corpus")))
        return {};
    return dir.absolutePath();
}

QString sharedPath(const QString &relative)
{
    return QDir(sharedDir()).filePath(relative);
}

QImage noisyImage(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = random.generate() | 0xff000000;
    }
    return image;
}

QByteArray solidJpeg(const QColor &colour, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

PendingPage solidImagePage(const QColor &colour, bool withOriginal)
{
    PendingPage page;
    page.page.kind = PageKind::Image;
    page.page.width = 200;
    page.page.height = 280;
    page.page.mimeType = QStringLiteral("image/jpeg");
    page.file = {solidJpeg(colour, QSize(200, 280)), {}, QStringLiteral("jpg")};
    page.thumbnail = {solidJpeg(colour, QSize(50, 70)), {}, QStringLiteral("jpg")};
    if (withOriginal)
        page.original = {solidJpeg(colour, QSize(400, 560)), {}, QStringLiteral("jpg")};
    return page;
}

void limitChildFileSize(QProcess &process, qint64 bytes)
{
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([bytes] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{rlim_t(bytes), rlim_t(bytes)};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
#else
    Q_UNUSED(process);
    Q_UNUSED(bytes);
#endif
}

ProcessRun runProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void setUpTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QujatTest"));
    QCoreApplication::setApplicationName(QStringLiteral("QujatTest"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace qujat::test
