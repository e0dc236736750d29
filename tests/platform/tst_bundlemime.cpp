#include "qujatidentity.h"
#include "testsupport.h"

#include <QDataStream>
#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QtTest>

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// Writes a zip file whose entries are all stored uncompressed, with local
// headers, a central directory and its end record (APPNOTE.TXT 4.3).
QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray zip;
    QByteArray directory;
    QDataStream out(&zip, QIODevice::WriteOnly);
    QDataStream dir(&directory, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    dir.setByteOrder(QDataStream::LittleEndian);
    for (const auto &[name, data] : entries) {
        const quint32 offset = quint32(zip.size());
        const quint32 crc = crc32(data);
        out << quint32(0x04034b50) << quint16(10) << quint16(0) << quint16(0) << quint16(0) << quint16(0x21)
            << crc << quint32(data.size()) << quint32(data.size()) << quint16(name.size()) << quint16(0);
        out.writeRawData(name.constData(), int(name.size()));
        out.writeRawData(data.constData(), int(data.size()));
        dir << quint32(0x02014b50) << quint16(20) << quint16(10) << quint16(0) << quint16(0) << quint16(0)
            << quint16(0x21) << crc << quint32(data.size()) << quint32(data.size()) << quint16(name.size())
            << quint16(0) << quint16(0) << quint16(0) << quint16(0) << quint32(0) << offset;
        dir.writeRawData(name.constData(), int(name.size()));
    }
    const quint32 directoryOffset = quint32(zip.size());
    out.writeRawData(directory.constData(), int(directory.size()));
    out << quint32(0x06054b50) << quint16(0) << quint16(0) << quint16(entries.size()) << quint16(entries.size())
        << quint32(directory.size()) << directoryOffset << quint16(0);
    return zip;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

// Loads the shared-mime-info XML that the build generates for Linux into
// QMimeDatabase, the way the desktop reads it after installation.
class BundleMimeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataHome;
    const QString m_bundleType = QString::fromLatin1(qujat::identity::BundleMimeType);

    QString bundleBytesFile(const QString &name)
    {
        const QString path = m_dataHome.filePath(name);
        const QByteArray zip = storedZip({
            {"Айгүл Серікқызы 2026-12-04/bag-info.txt",
             QByteArray(qujat::identity::BundleContentMarker) + "1\nBagging-Date: 2026-12-04\n"},
            {"Айгүл Серікқызы 2026-12-04/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"},
        });
        return writeFile(path, zip) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qujat::test::setUpTestEnvironment();
        QVERIFY(m_dataHome.isValid());
        const QString packages = m_dataHome.filePath(QStringLiteral("mime/packages"));
        QVERIFY(QDir().mkpath(packages));
        const QString source = QStringLiteral(QUJAT_MIME_XML);
        QVERIFY2(QFile::copy(source, packages + QStringLiteral("/qujat.xml")), qPrintable(source));
        // Set before the first QMimeDatabase, which reads the folders once.
        // XDG_DATA_DIRS, because the test mode of QStandardPaths replaces
        // XDG_DATA_HOME. The system folders come first because Qt 6.4.2,
        // reading one database per folder, returned application/zip when
        // this folder came first. An installed package is compiled into the
        // system's one database, where the magic priority decides.
        const QByteArray systemDirs = qEnvironmentVariableIsEmpty("XDG_DATA_DIRS")
            ? QByteArray("/usr/local/share:/usr/share")
            : qgetenv("XDG_DATA_DIRS");
        qputenv("XDG_DATA_DIRS", systemDirs + ':' + QFile::encodeName(m_dataHome.path()));
    }

    void typeIsKnownAndInheritsZip()
    {
        const QMimeType type = QMimeDatabase().mimeTypeForName(m_bundleType);
        QVERIFY2(type.isValid(), qPrintable(m_bundleType));
        QVERIFY(type.inherits(QStringLiteral("application/zip")));
        QVERIFY(type.suffixes().contains(QString::fromLatin1(qujat::identity::BundleSuffix)));
    }

    void extensionSelectsType()
    {
        const QString path = m_dataHome.filePath(QStringLiteral("teacher.") +
                                                 QString::fromLatin1(qujat::identity::BundleSuffix));
        QVERIFY(writeFile(path, storedZip({{"bag/bagit.txt", "BagIt-Version: 1.0\n"}})));
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path).name(), m_bundleType);
    }

    void contentSelectsTypeForZipName()
    {
        const QString path = bundleBytesFile(QStringLiteral("renamed.zip"));
        QVERIFY(!path.isEmpty());
        // Only by content: a unique glob match (*.zip) that is a super-class
        // of the magic match wins by name, in Qt and in GIO, as the
        // shared-mime-info specification says.
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), m_bundleType);
    }

    // A bundle that qujat-cli really exported, renamed to .zip.
    void exportedBundleIsRecognisedByContent()
    {
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        const QString cli = QStringLiteral(QUJAT_CLI_PATH);
        const QString folder = dataDir.filePath(QStringLiteral("portfolio"));
        const auto demo = qujat::test::runProcess(cli, {QStringLiteral("--data-dir"), folder,
                                                        QStringLiteral("demo"), QStringLiteral("--count"),
                                                        QStringLiteral("2")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const QString bundle = dataDir.filePath(QStringLiteral("sent by messenger.zip"));
        const auto exported = qujat::test::runProcess(cli, {QStringLiteral("--data-dir"), folder,
                                                            QStringLiteral("export"), QStringLiteral("--out"),
                                                            bundle});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(QMimeDatabase().mimeTypeForFile(bundle, QMimeDatabase::MatchContent).name(), m_bundleType);
    }

    void plainZipStaysZip()
    {
        const QString path = m_dataHome.filePath(QStringLiteral("photos.zip"));
        QVERIFY(writeFile(path, storedZip({{"photo.txt", "not a bundle"}})));
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path).name(), QStringLiteral("application/zip"));
    }

    void otherFirstEntryIsNotBundle()
    {
        const QString path = m_dataHome.filePath(QStringLiteral("other.zip"));
        QVERIFY(writeFile(path, storedZip({{"mimetype", "application/epub+zip"}})));
        QCOMPARE_NE(QMimeDatabase().mimeTypeForFile(path).name(), m_bundleType);
    }
};

QTEST_GUILESS_MAIN(BundleMimeTest)
#include "tst_bundlemime.moc"
