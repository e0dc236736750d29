// Hostile and broken bundles made here with libzip from a real exported
// bundle: each is refused with a clear message, nothing is written outside
// the staging folder and the staging folder is removed.

#include "bundle/bagit.h"
#include "bundle/safeunzip.h"
#include "bundletestsupport.h"
#include "school/schoolstore.h"
#include "store/store.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;
using namespace qujat::bundle;

namespace {

using Entries = QList<test::ZipEntry>;

test::ZipEntry entry(const QByteArray &name, const QByteArray &content, quint32 mode = 0)
{
    test::ZipEntry e;
    e.name = name;
    e.content = content;
    e.unixMode = mode;
    return e;
}

// Sets the uncompressed size of the entry called `name` in both the local
// and the central header, as a lying archive would.
void patchDeclaredSize(QByteArray *zip, const QByteArray &name, quint32 size)
{
    qsizetype at = 0;
    while ((at = zip->indexOf(name, at)) >= 0) {
        if (at >= 30 && zip->mid(at - 30, 4) == QByteArray("PK\x03\x04", 4))
            qToLittleEndian<quint32>(size, zip->data() + at - 30 + 22);
        if (at >= 46 && zip->mid(at - 46, 4) == QByteArray("PK\x01\x02", 4))
            qToLittleEndian<quint32>(size, zip->data() + at - 46 + 24);
        at += name.size();
    }
}

} // namespace

class BundleHostileTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    Entries m_bundle;
    QByteArray m_top;
    int m_counter = 0;

    QString writeVariant(const Entries &entries)
    {
        const QString path = m_work.filePath(QStringLiteral("variant-%1.zip").arg(++m_counter));
        if (!test::writeZip(path, entries))
            return {};
        return path;
    }

    void expectRejected(const QString &zipPath, const QString &messagePart, const UnzipLimits &limits = {})
    {
        QVERIFY(!zipPath.isEmpty());
        const QString schoolDir = m_work.filePath(QStringLiteral("school-%1").arg(++m_counter));
        school::SchoolStore school(schoolDir);
        Error error;
        QVERIFY(school.open(&error));
        school::ImportOptions options;
        options.limits = limits;
        school::ImportReport report;
        QVERIFY2(!school.importBundle(zipPath, options, &report, &error), "a hostile bundle was imported");
        QVERIFY2(error.message.contains(QLatin1String("Nothing was imported")), qPrintable(error.message));
        QVERIFY2(error.message.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(error.message + QLatin1String(" / ") + error.detail));
        QVERIFY(school.teachers().isEmpty());
        QVERIFY(test::filesBelow(schoolDir + QLatin1String("/teachers")).isEmpty());
        QVERIFY(test::filesBelow(schoolDir + QLatin1String("/staging")).isEmpty());
        for (const QString &victim : {m_work.filePath(QStringLiteral("evil.txt")), QStringLiteral("/tmp/qujat-evil.txt"),
                                      schoolDir + QLatin1String("/evil.txt"), schoolDir + QLatin1String("/staging/evil.txt")})
            QVERIFY2(!QFileInfo::exists(victim), qPrintable(victim));
    }

    QByteArray name(const char *relative) const { return m_top + '/' + relative; }

private Q_SLOTS:
    void initTestCase()
    {
        test::setUpTestEnvironment();
        QVERIFY(m_work.isValid());
        QString problem;
        const QString teacherDir = m_work.filePath(QStringLiteral("teacher"));
        QVERIFY2(test::makeTeacher(teacherDir, 4, 71, &problem), qPrintable(problem));
        Store teacher(teacherDir);
        Error error;
        QVERIFY(teacher.open(&error));
        // Titles with letters that decompose (й, ё), for the NFD case.
        Item first = teacher.items().first();
        first.title = QStringLiteral("Құрмет грамотасы — Қайыржан, Ёлка");
        QVERIFY(teacher.updateItem(&first, &error));
        const QString zip = m_work.filePath(QStringLiteral("good.zip"));
        QVERIFY(test::exportBundle(teacher, zip));
        m_bundle = test::readZip(zip);
        QVERIFY(m_bundle.size() > 8);
        m_top = m_bundle.first().name.left(m_bundle.first().name.indexOf('/'));
        // The untouched bundle imports: every rejection below is the variant's.
        school::SchoolStore school(m_work.filePath(QStringLiteral("school-good")));
        QVERIFY(school.open(&error));
        school::ImportReport report;
        QVERIFY2(school.importBundle(writeVariant(m_bundle), {}, &report, &error), qPrintable(error.detail));
        QCOMPARE(report.added, 4);
    }

    void pathTraversal()
    {
        Entries entries = m_bundle;
        entries.append(entry(m_top + "/../evil.txt", "x"));
        expectRejected(writeVariant(entries), QStringLiteral("leaves its folder"));
    }

    void absolutePath()
    {
        Entries entries = m_bundle;
        entries.append(entry("/tmp/qujat-evil.txt", "x"));
        expectRejected(writeVariant(entries), QStringLiteral("absolute path"));
    }

    void driveLetter()
    {
        Entries entries = m_bundle;
        entries.append(entry("C:/evil.txt", "x"));
        expectRejected(writeVariant(entries), QStringLiteral("drive letter"));
    }

    void backslashes()
    {
        Entries entries = m_bundle;
        entries.append(entry(m_top + "\\data\\..\\..\\evil.txt", "x"));
        expectRejected(writeVariant(entries), QStringLiteral("backslash"));
    }

    void symbolicLink()
    {
        Entries entries = m_bundle;
        entries.append(entry(name("data/link"), "/tmp", 0120777));
        expectRejected(writeVariant(entries), QStringLiteral("symbolic link"));
    }

    void duplicateNames()
    {
        Entries entries = m_bundle;
        entries.append(entry(name("data/dupA.txt"), "first"));
        entries.append(entry(name("data/dupB.txt"), "second"));
        const QString path = writeVariant(entries);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes.replace("data/dupB.txt", "data/dupA.txt"); // same length: offsets stay right
        file.seek(0);
        file.write(bytes);
        file.close();
        expectRejected(path, QStringLiteral("twice"));
    }

    void caseCollision()
    {
        Entries entries = m_bundle;
        entries.append(entry(name("data/Case.txt"), "one"));
        entries.append(entry(name("data/case.txt"), "two"));
        expectRejected(writeVariant(entries), QStringLiteral("letter case"));
    }

    void entryOutsideTheBag()
    {
        Entries entries = m_bundle;
        entries.append(entry("other/file.txt", "x"));
        expectRejected(writeVariant(entries), QStringLiteral("one folder"));
    }

    // 64 MiB of zeros deflate to about 64 KiB; the limit counts inflated bytes.
    void zipBombByInflatedBytes()
    {
        Entries entries = m_bundle;
        entries.append(entry(name("data/zeros.bin"), QByteArray(64 << 20, '\0')));
        UnzipLimits limits;
        limits.maxTotalBytes = 16 << 20;
        expectRejected(writeVariant(entries), QStringLiteral("limit"), limits);
    }

    // The declared size lies (1 KiB); the bytes actually inflated count.
    void zipBombWithLyingSize()
    {
        Entries entries = m_bundle;
        entries.append(entry(name("data/zeros.bin"), QByteArray(8 << 20, '\0')));
        const QString path = writeVariant(entries);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        patchDeclaredSize(&bytes, name("data/zeros.bin"), 1024);
        file.seek(0);
        file.write(bytes);
        file.close();
        expectRejected(path, QStringLiteral("cannot be imported"));
    }

    void tooManyEntries()
    {
        Entries entries = m_bundle;
        for (int i = 0; i < 60; ++i)
            entries.append(entry(name("data/many/") + QByteArray::number(i) + ".txt", "x"));
        UnzipLimits limits;
        limits.maxEntries = 50;
        expectRejected(writeVariant(entries), QStringLiteral("more than 50 files"), limits);
    }

    void checksumMismatch()
    {
        Entries entries = m_bundle;
        for (test::ZipEntry &e : entries) {
            if (e.name.endsWith(".jpg") && !e.name.contains("thumbnails")) {
                e.content[e.content.size() / 2] = char(e.content.at(e.content.size() / 2) ^ 0x55);
                break;
            }
        }
        expectRejected(writeVariant(entries), QStringLiteral("checksum does not match"));
    }

    void missingFile()
    {
        Entries entries = m_bundle;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries.at(i).name.endsWith(".jpg") && !entries.at(i).name.contains("thumbnails")) {
                entries.removeAt(i);
                break;
            }
        }
        expectRejected(writeVariant(entries), QStringLiteral("missing file"));
        // Manifests recomputed without it: portfolio.json still names it.
        test::rechecksum(&entries, m_top, true);
        expectRejected(writeVariant(entries), QStringLiteral("missing from the bundle"));
    }

    void unknownBundleFormat()
    {
        Entries entries = m_bundle;
        for (test::ZipEntry &e : entries) {
            if (e.name == name("bag-info.txt"))
                e.content.replace("Qujat-Bundle-Format: 1", "Qujat-Bundle-Format: 99");
        }
        test::rechecksum(&entries, m_top, true);
        expectRejected(writeVariant(entries), QStringLiteral("newer version of Qujat"));
    }

    void unknownSchemaVersion()
    {
        Entries entries = m_bundle;
        for (test::ZipEntry &e : entries) {
            if (e.name == name("data/portfolio.json"))
                e.content.replace("\"schemaVersion\": 1", "\"schemaVersion\": 7");
        }
        test::rechecksum(&entries, m_top, true);
        expectRejected(writeVariant(entries), QStringLiteral("newer version of Qujat"));
    }

    void notABag()
    {
        Entries entries = m_bundle;
        for (qsizetype i = entries.size() - 1; i >= 0; --i) {
            if (entries.at(i).name == name("bagit.txt"))
                entries.removeAt(i);
        }
        expectRejected(writeVariant(entries), QStringLiteral("bagit.txt"));
    }

    // macOS tools store names decomposed (NFD); the manifest is NFC. The
    // bundle must import as if nothing happened.
    void nfdNamesImport()
    {
        Entries entries = m_bundle;
        int changed = 0;
        for (test::ZipEntry &e : entries) {
            const QByteArray nfd = QString::fromUtf8(e.name).normalized(QString::NormalizationForm_D).toUtf8();
            if (nfd != e.name)
                ++changed;
            e.name = nfd;
        }
        QVERIFY(changed > 0);
        school::SchoolStore school(m_work.filePath(QStringLiteral("school-nfd")));
        Error error;
        QVERIFY(school.open(&error));
        school::ImportReport report;
        QVERIFY2(school.importBundle(writeVariant(entries), {}, &report, &error), qPrintable(error.detail));
        QCOMPARE(report.added, 4);
        QCOMPARE(report.signature, SignatureState::Valid);
    }

    // A bag made on Russian Windows: names in CP866 or CP1251, no UTF-8
    // flag. It extracts under the right names and checks as valid.
    void legacyCodePageNames_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        // "Грамоты/Благодарность.txt"
        QTest::newRow("cp866") << QByteArray("\x83\xe0\xa0\xac\xae\xe2\xeb/\x81\xab\xa0\xa3\xae\xa4\xa0\xe0\xad\xae\xe1\xe2\xec.txt");
        QTest::newRow("cp1251") << QByteArray("\xc3\xf0\xe0\xec\xee\xf2\xfb/\xc1\xeb\xe0\xe3\xee\xe4\xe0\xf0\xed\xee\xf1\xf2\xfc.txt");
    }

    void legacyCodePageNames()
    {
        QFETCH(QByteArray, encoded);
        const QString expected = QStringLiteral("data/Грамоты/Благодарность.txt");
        const QByteArray content = "rahmet\n";
        const QByteArray manifest = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()
            + "  " + expected.toUtf8() + '\n';
        Entries entries{
            entry("bag/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"),
            entry("bag/bag-info.txt", "Payload-Oxum: 7.1\n"),
            entry("bag/manifest-sha256.txt", manifest),
            entry("bag/data/" + encoded, content),
        };
        const QString zip = writeVariant(entries);
        const QList<test::CentralEntry> central = test::centralDirectory(zip);
        QCOMPARE(central.size(), 4);
        QCOMPARE(central.last().flags & 0x0800, 0); // no UTF-8 flag
        QTemporaryDir staging;
        UnzipResult unzipped;
        Error error;
        QVERIFY2(SafeUnzip::extract(zip, staging.path(), {}, {}, &unzipped, &error), qPrintable(error.detail));
        QVERIFY(QFileInfo::exists(staging.filePath(QStringLiteral("bag/") + expected)));
        BagCheckOptions options;
        options.knownSha256 = unzipped.sha256;
        const BagCheck check = BagChecker::check(staging.filePath(QStringLiteral("bag")), options);
        QVERIFY2(check.valid, qPrintable(check.error.detail));
    }
};

QTEST_MAIN(BundleHostileTest)
#include "tst_bundlehostile.moc"
