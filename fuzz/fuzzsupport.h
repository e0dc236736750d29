#pragma once

// Set-up shared by the fuzz targets that read their input from a file.

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace qujat::fuzz {

// Starts an offscreen GUI application whose messages never stop the run:
// the libraries' warnings about broken data are expected. A fatal message
// aborts, so libFuzzer records the input.
inline void startOffscreenApplication(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    qSetMessagePattern(QStringLiteral("%{message}"));
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &) {
        if (type == QtFatalMsg)
            abort();
    });
}

// A file name for this process's input, named after `target`; on /dev/shm
// where it exists, which keeps the many writes off the disk.
inline QString scratchPath(const QString &target)
{
    const QString folder = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                     : QDir::tempPath();
    return folder + QStringLiteral("/qujat-fuzz-%1-%2").arg(target).arg(QCoreApplication::applicationPid());
}

// Replaces the content of `path` with the fuzz input; aborts when the file
// cannot be written, because every later step would test nothing.
inline void writeInput(const QString &path, const uint8_t *data, size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        abort();
    file.write(reinterpret_cast<const char *>(data), qint64(size));
}

} // namespace qujat::fuzz
