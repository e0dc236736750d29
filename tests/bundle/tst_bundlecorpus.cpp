// Every archive and bag of the shared corpus (zip/, bagit/ and the bundle
// cases B08-B10) with the outcome its INDEX.md gives.

#include "bundle/bagit.h"
#include "bundle/bundlereader.h"
#include "bundle/safeunzip.h"
#include "bundletestsupport.h"
#include "school/schoolstore.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;
using namespace qujat::bundle;

namespace {

// Rows of the markdown tables of an INDEX.md: the first back-quoted cell
// and the cell after it.
QList<QPair<QString, QString>> indexRows(const QString &indexPath)
{
    QList<QPair<QString, QString>> rows;
    QFile file(indexPath);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    static const QRegularExpression row(QStringLiteral("^\\|(?:\\s*\\d+\\s*\\|)?\\s*`([^`]+)`\\s*\\|([^|]*)\\|"));
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch())
            rows.append({match.captured(1), match.captured(2).trimmed()});
    }
    return rows;
}

// Files whose names a zip slip would create; none may appear anywhere.
QStringList slipVictims()
{
    QStringList found;
    for (const QString &dir : {QDir::tempPath(), QDir::homePath(), QStringLiteral("/tmp")}) {
        for (const QString &name : QDir(dir).entryList({QStringLiteral("evil.txt"), QStringLiteral("zipslip_*"),
                                                        QStringLiteral("poc.txt")}, QDir::Files))
            found << dir + QLatin1Char('/') + name;
    }
    return found;
}

} // namespace

class BundleCorpusTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;

    // Imports into a fresh school folder and checks that the rejection
    // left nothing behind.
    void expectRejected(const QString &zipPath)
    {
        const QStringList victimsBefore = slipVictims();
        const QString schoolDir = m_work.filePath(QStringLiteral("school-") + QString::number(qHash(zipPath)));
        school::SchoolStore school(schoolDir);
        Error error;
        QVERIFY(school.open(&error));
        school::ImportReport report;
        QVERIFY2(!school.importBundle(zipPath, {}, &report, &error), qPrintable(zipPath));
        QVERIFY2(error.message.contains(QLatin1String("Nothing was imported")), qPrintable(error.message));
        QVERIFY(!error.detail.isEmpty());
        QVERIFY(school.teachers().isEmpty());
        QVERIFY(test::filesBelow(schoolDir + QLatin1String("/teachers")).isEmpty());
        QVERIFY(test::filesBelow(schoolDir + QLatin1String("/staging")).isEmpty());
        QCOMPARE(slipVictims(), victimsBefore);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::setUpTestEnvironment();
        QVERIFY(m_work.isValid());
    }

    // zip/INDEX.md: "every archive here except a real BagIt bag must end in
    // a clean, user-readable import error (none of these is a bag)".
    void zipCorpus_data()
    {
        QTest::addColumn<QString>("file");
        if (test::sharedDir().isEmpty())
            return;
        const QString root = test::sharedPath(QStringLiteral("corpus/zip"));
        const auto rows = indexRows(root + QLatin1String("/INDEX.md"));
        for (const auto &[file, bytes] : rows) {
            if (QFileInfo(root + QLatin1Char('/') + file).isFile())
                QTest::newRow(qPrintable(file)) << root + QLatin1Char('/') + file;
        }
    }

    void zipCorpus()
    {
        QUJAT_REQUIRE_SHARED();
        QFETCH(QString, file);
        expectRejected(file);
    }

    // Every archive on disk is in the index, so none goes untested.
    void zipCorpusComplete()
    {
        QUJAT_REQUIRE_SHARED();
        const QString root = test::sharedPath(QStringLiteral("corpus/zip"));
        QSet<QString> listed;
        for (const auto &[file, bytes] : indexRows(root + QLatin1String("/INDEX.md")))
            listed.insert(file);
        QStringList onDisk = test::filesBelow(root);
        onDisk.removeAll(QStringLiteral("INDEX.md"));
        QVERIFY(onDisk.size() >= 80);
        for (const QString &file : std::as_const(onDisk))
            QVERIFY2(listed.contains(file), qPrintable(file));
    }

    // Names of Windows archives without the UTF-8 flag are decoded.
    void zipCyrillicNames_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("cp866 DOS") << QStringLiteral("zip/cyrillic/libarchive_filename_cp866.zip")
                                   << QStringList{QStringLiteral("ПРИВЕТ"), QStringLiteral("привет")};
        QTest::newRow("utf-8 flagged") << QStringLiteral("zip/cyrillic/libarchive_filename_utf8_ru.zip")
                                       << QStringList{QStringLiteral("ПРИВЕТ"), QStringLiteral("привет")};
        QTest::newRow("cp866 Windows") << QStringLiteral("zip/cyrillic/jszip_local_encoding_in_name.zip")
                                       << QStringList{QStringLiteral("Новая папка/"),
                                                      QStringLiteral("Новая папка/Новый текстовый документ.txt")};
        const QStringList russian{QStringLiteral("Грамоты/"), QStringLiteral("Грамоты/Благодарность Иванова А.С. 2023.jpg"),
                                  QStringLiteral("Грамоты/Сертификат №15 (курсы).jpg")};
        const QStringList kazakh{QStringLiteral("Марапаттар/"), QStringLiteral("Марапаттар/Алғыс хат — Қайыржан Өтепбаев.jpg"),
                                 QStringLiteral("Марапаттар/Құрмет грамотасы 2023.jpg")};
        QTest::newRow("B08 cp866") << QStringLiteral("cases/B08_zip_cp866_names/zip_ru_names_cp866_no_utf8_flag.zip") << russian;
        QTest::newRow("B08 cp1251") << QStringLiteral("cases/B08_zip_cp866_names/zip_ru_names_cp1251_no_utf8_flag.zip") << russian;
        QTest::newRow("B08 utf-8 no flag") << QStringLiteral("cases/B08_zip_cp866_names/zip_kk_names_utf8_bytes_no_utf8_flag.zip") << kazakh;
        QTest::newRow("B08 utf-8 flag") << QStringLiteral("cases/B08_zip_cp866_names/control_zip_kk_names_utf8_with_flag.zip") << kazakh;
    }

    void zipCyrillicNames()
    {
        QUJAT_REQUIRE_SHARED();
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QList<ZipEntryName> names;
        Error error;
        QVERIFY2(SafeUnzip::listNames(test::sharedPath(QStringLiteral("corpus/") + file), &names, &error),
                 qPrintable(error.detail));
        QStringList decoded;
        for (const ZipEntryName &name : std::as_const(names))
            decoded << name.decoded;
        decoded.sort();
        QStringList sorted = expected;
        sorted.sort();
        QCOMPARE(decoded, sorted);
    }

    // bagit/INDEX.md. The suite's rule: valid/ must pass, invalid/,
    // linux-only/ and windows-only/ must fail. Where the index leaves the
    // choice to the importer, Qujat's choice is spelled out here.
    void bagitCorpus_data()
    {
        QTest::addColumn<QString>("bag");
        QTest::addColumn<bool>("valid");
        if (test::sharedDir().isEmpty())
            return;
        const QString root = test::sharedPath(QStringLiteral("corpus/bagit"));
        // Qujat's decisions for the "should warn" bags and the fixtures.
        const QHash<QString, bool> decided{
            // The holey bags contain every file their fetch.txt lists, so they
            // are complete and pass without any download. Qujat never
            // downloads, and a bag missing a needed file fails as incomplete.
            // Names that collide on Windows and macOS are refused.
            {QStringLiteral("v0.97/warning/duplicate-file-with-different-case"), false},
            {QStringLiteral("v0.97/warning/same-filename-listed-twice-with-different-normalization"), false},
            // Harmless syntax, accepted with a warning.
            {QStringLiteral("v0.97/warning/made-with-md5sum-tools"), true},
            {QStringLiteral("v0.97/warning/relative-path"), true},
            {QStringLiteral("v0.97/warning/same-filename-listed-twice-with-the-same-hash"), true},
            // As stored in git, data/.DS_Store is missing: incomplete.
            {QStringLiteral("v0.97/warning/special-system-files"), false},
            // Manifests that disagree leave a listed file missing.
            {QStringLiteral("loc-bagit-java/payloadManifestsDiffer"), false},
            // Tag manifests need not list every tag file (RFC 8493 2.2.1).
            {QStringLiteral("loc-bagit-java/tagManifestsDiffer"), true},
            // Fixtures that are not complete bags.
            {QStringLiteral("loc-bagit-java/hiddenFoldersAndFiles"), false},
            {QStringLiteral("loc-bagit-java/linterTestBag"), false},
            {QStringLiteral("loc-bagit-java/dotKeepExampleBag"), false},
            // bagit-java's experimental layout: no bagit.txt at the top.
            {QStringLiteral("loc-bagit-java/bags-v2_0/bag"), false},
            // Valid despite its name (bagit-python agrees).
            {QStringLiteral("loc-bagit-java/badPayloadChecksum"), true},
        };
        for (const auto &[folder, expectation] : indexRows(root + QLatin1String("/INDEX.md"))) {
            if (folder.contains(QLatin1Char('*')))
                continue; // single files, see bagitParsers
            const QString path = folder.startsWith(QLatin1String("loc-bagit-java"))
                ? root + QLatin1Char('/') + folder
                : root + QLatin1String("/loc-bagit-conformance-suite/") + folder;
            if (!QFileInfo(path).isDir())
                continue;
            bool valid = false;
            if (decided.contains(folder))
                valid = decided.value(folder);
            else if (expectation.contains(QLatin1String("INVALID")))
                valid = false;
            else if (expectation.contains(QLatin1String("VALID")))
                valid = true;
            else
                QFAIL(qPrintable(QLatin1String("no expectation for ") + folder));
            QTest::newRow(qPrintable(folder)) << path << valid;
        }
    }

    void bagitCorpus()
    {
        QUJAT_REQUIRE_SHARED();
        QFETCH(QString, bag);
        QFETCH(bool, valid);
        const BagCheck check = BagChecker::check(bag);
        QVERIFY2(check.valid == valid, qPrintable(check.error.detail + QLatin1String(" / ") + check.error.message));
        if (!valid)
            QVERIFY(check.error.message.contains(QLatin1String("Nothing was imported")));
    }

    void bagitCorpusComplete()
    {
        QUJAT_REQUIRE_SHARED();
        // Every bag folder of the suite (a folder holding bagit.txt or data/)
        // is a row of the index.
        const QString suite = test::sharedPath(QStringLiteral("corpus/bagit/loc-bagit-conformance-suite"));
        QSet<QString> listed;
        for (const auto &[folder, expectation] : indexRows(test::sharedPath(QStringLiteral("corpus/bagit/INDEX.md"))))
            listed.insert(folder);
        int bags = 0;
        for (const QString &version : QDir(suite).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const QString &group : QDir(suite + QLatin1Char('/') + version).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                for (const QString &name : QDir(suite + QLatin1Char('/') + version + QLatin1Char('/') + group)
                                               .entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                    QVERIFY2(listed.contains(version + QLatin1Char('/') + group + QLatin1Char('/') + name), qPrintable(name));
                    ++bags;
                }
            }
        }
        QVERIFY(bags >= 50);
    }

    // The single manifest, fetch and bag-info files of loc-bagit-java:
    // each must be refused by the matching parser.
    void bagitParsers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        if (test::sharedDir().isEmpty())
            return;
        const QString root = test::sharedPath(QStringLiteral("corpus/bagit/loc-bagit-java"));
        for (const QString &kind : {QStringLiteral("maliciousManifestFile"), QStringLiteral("maliciousFetchFile"),
                                    QStringLiteral("badBagMetadata")}) {
            for (const QString &name : QDir(root + QLatin1Char('/') + kind).entryList(QDir::Files))
                QTest::newRow(qPrintable(kind + QLatin1Char('/') + name)) << root + QLatin1Char('/') + kind + QLatin1Char('/') + name << kind;
        }
    }

    void bagitParsers()
    {
        QUJAT_REQUIRE_SHARED();
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(input.readAll());
        QString problem;
        if (kind == QLatin1String("maliciousManifestFile")) {
            QList<ManifestEntry> entries;
            QStringList warnings;
            QVERIFY(!BagChecker::parseManifest(text, &entries, &warnings, &problem));
        } else if (kind == QLatin1String("maliciousFetchFile")) {
            QStringList paths;
            QVERIFY(!BagChecker::parseFetch(text, &paths, &problem));
        } else {
            QList<QPair<QString, QString>> pairs;
            QVERIFY(!BagChecker::parseTagFile(text, &pairs, &problem));
        }
        QVERIFY(!problem.isEmpty());
    }

    // B09: zip slip in every form; rejected, nothing written anywhere.
    void zipSlipCases_data()
    {
        QTest::addColumn<QString>("file");
        if (test::sharedDir().isEmpty())
            return;
        const QString root = test::sharedPath(QStringLiteral("corpus/cases/B09_zip_slip"));
        for (const QString &name : QDir(root).entryList({QStringLiteral("*.zip")}, QDir::Files))
            QTest::newRow(qPrintable(name)) << root + QLatin1Char('/') + name;
    }

    void zipSlipCases()
    {
        QUJAT_REQUIRE_SHARED();
        QFETCH(QString, file);
        expectRejected(file);
    }

    // B10: NFC manifest with NFD names and the reverse are valid bags; two
    // names that differ only in normalisation are refused.
    void normalisationCases_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("valid");
        QTest::newRow("manifest NFC, files NFD") << QStringLiteral("bag_manifest_nfc_files_nfd.zip") << true;
        QTest::newRow("manifest NFD, files NFC") << QStringLiteral("bag_manifest_nfd_files_nfc.zip") << true;
        QTest::newRow("control, all NFC") << QStringLiteral("control_bag_all_nfc.zip") << true;
        QTest::newRow("two names, one in each form") << QStringLiteral("bag_two_files_differ_only_in_normalization.zip") << false;
    }

    void normalisationCases()
    {
        QUJAT_REQUIRE_SHARED();
        QFETCH(QString, file);
        QFETCH(bool, valid);
        const QString zip = test::sharedPath(QStringLiteral("corpus/cases/B10_bagit_nfc_nfd/") + file);
        QTemporaryDir staging;
        UnzipResult unzipped;
        Error error;
        const bool extracted = SafeUnzip::extract(zip, staging.path(), {}, {}, &unzipped, &error);
        bool checked = false;
        if (extracted) {
            BagCheckOptions options;
            options.knownSha256 = unzipped.sha256;
            const BagCheck check = BagChecker::check(staging.filePath(unzipped.topFolder), options);
            checked = check.valid;
            if (!check.valid)
                error = check.error;
            if (valid)
                QCOMPARE(check.payloadFiles, 2);
        }
        QVERIFY2(checked == valid, qPrintable(error.detail));
        // None of them is a Qujat bundle, so the import rejects each and keeps nothing.
        expectRejected(zip);
    }
};

QTEST_GUILESS_MAIN(BundleCorpusTest)
#include "tst_bundlecorpus.moc"
