#pragma once

#include "store/pendingpage.h"

#include <QColor>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QString>
#include <QtTest>

namespace qujat::test {

// The shared corpus folder, or an empty string when it is absent.
QString sharedDir();

// A path inside the shared folder, e.g. "corpus/photos".
QString sharedPath(const QString &relative);

// The outcome of a finished child process; exitCode is -1 after a crash.
struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program to its end (at most two minutes) and collects its output.
ProcessRun runProcess(const QString &program, const QStringList &arguments);

// An image of random opaque pixels, which compresses badly: test files of a
// predictable size from few lines of code.
QImage noisyImage(int width, int height, quint32 seed);

// A JPEG of one colour at quality 85.
QByteArray solidJpeg(const QColor &colour, const QSize &size);

// A page to store, all of one colour: a 200 x 280 JPEG with its 50 x 70
// thumbnail and, with `withOriginal`, a 400 x 560 original photo.
PendingPage solidImagePage(const QColor &colour, bool withOriginal);

// Caps every file the process's child writes at `bytes` (RLIMIT_FSIZE on
// Unix, nothing elsewhere). Writes past the cap fail with EFBIG instead of
// killing the child with SIGXFSZ. Call before QProcess::start().
void limitChildFileSize(QProcess &process, qint64 bytes);

// Fixed settings for every test: test-mode standard paths, a fixed locale.
void setUpTestEnvironment();

} // namespace qujat::test

// Skips the current test with a clear message when ../shared is absent.
#define QUJAT_REQUIRE_SHARED()                                                             \
    do {                                                                                   \
        if (qujat::test::sharedDir().isEmpty())                                            \
            QSKIP("The shared corpus is absent: put the 'shared' folder beside the "       \
                  "project or set QUJAT_SHARED_DIR to run this test.");                    \
    } while (false)
