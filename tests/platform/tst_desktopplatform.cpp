#include "desktop/desktopplatform.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class DesktopPlatformTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;

private Q_SLOTS:
    void initTestCase()
    {
        qujat::test::setUpTestEnvironment();
        QVERIFY(m_work.isValid());
    }

    void saveCopyWritesWholeFile()
    {
        // Larger than one copy chunk, with every byte value.
        QByteArray data;
        for (int i = 0; i < 3 * 1024 * 1024 + 17; ++i)
            data.append(static_cast<char>(i * 31 % 251));
        const QString source = m_work.filePath(QStringLiteral("bundle.qujat"));
        QVERIFY(writeAll(source, data));

        qujat::DesktopPlatform platform;
        const QString target = m_work.filePath(QStringLiteral("copy.qujat"));
        QCOMPARE(platform.saveCopy(source, target), QString());
        QCOMPARE(readAll(target), data);
    }

    void saveCopyReplacesExistingTarget()
    {
        const QString source = m_work.filePath(QStringLiteral("new.qujat"));
        const QString target = m_work.filePath(QStringLiteral("old.qujat"));
        QVERIFY(writeAll(source, "new content"));
        QVERIFY(writeAll(target, "old content that is longer"));
        qujat::DesktopPlatform platform;
        QCOMPARE(platform.saveCopy(source, target), QString());
        QCOMPARE(readAll(target), QByteArray("new content"));
    }

    void saveCopyMissingSourceKeepsTarget()
    {
        const QString target = m_work.filePath(QStringLiteral("kept.qujat"));
        QVERIFY(writeAll(target, "kept"));
        qujat::DesktopPlatform platform;
        const QString error = platform.saveCopy(m_work.filePath(QStringLiteral("missing.qujat")), target);
        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(target), QByteArray("kept"));
    }

    void saveCopyIntoMissingFolderFails()
    {
        const QString source = m_work.filePath(QStringLiteral("source.qujat"));
        QVERIFY(writeAll(source, "data"));
        qujat::DesktopPlatform platform;
        const QString target = m_work.filePath(QStringLiteral("no such folder/copy.qujat"));
        QVERIFY(!platform.saveCopy(source, target).isEmpty());
        QVERIFY(!QFile::exists(target));
    }

    void saveCopyOntoItselfFails()
    {
        const QString source = m_work.filePath(QStringLiteral("self.qujat"));
        QVERIFY(writeAll(source, "same"));
        qujat::DesktopPlatform platform;
        QVERIFY(!platform.saveCopy(source, source).isEmpty());
        QCOMPARE(readAll(source), QByteArray("same"));
    }

    void keepScreenOnTracksState()
    {
        qujat::DesktopPlatform platform;
        QVERIFY(!platform.keepsScreenOn());
        platform.setKeepScreenOn(true);
        QVERIFY(platform.keepsScreenOn());
        platform.setKeepScreenOn(false);
        QVERIFY(!platform.keepsScreenOn());
    }
};

QTEST_GUILESS_MAIN(DesktopPlatformTest)
#include "tst_desktopplatform.moc"
