// Teacher -> administration -> edits and deletions -> administration again,
// through the app's own writer, reader and SchoolStore, plus the CLI.

#include "bundle/bundlereader.h"
#include "bundle/bundlewriter.h"
#include "bundle/digest.h"
#include "catalog/catalog.h"
#include "rules/readiness.h"
#include "sample/samplegenerator.h"
#include "bundletestsupport.h"
#include "school/schoolstore.h"
#include "store/store.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;
using namespace qujat::school;

namespace {

// The content that must travel unchanged, for comparison.
QString describe(const Item &item)
{
    QStringList parts{item.uuid.toString(), QString::number(item.revision), item.sectionKey, item.kind,
                      item.title, item.issuer, item.level, item.date.toString(Qt::ISODate),
                      item.endDate.toString(Qt::ISODate), item.notes,
                      QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(item.fields)).toJson(QJsonDocument::Compact)),
                      item.created.toString(Qt::ISODateWithMs), item.updated.toString(Qt::ISODateWithMs)};
    for (const Page &page : item.pages)
        parts << page.fileSha << page.fileSuffix << page.thumbnailSha << QString::number(page.byteSize)
              << QString::number(page.width) << page.preset;
    for (const Barcode &code : item.barcodes)
        parts << code.format << code.text << QString::fromLatin1(code.rawBytes.toHex()) << code.encoding;
    return parts.join(QLatin1Char('|'));
}

QStringList describeAll(const Store &store)
{
    QStringList all;
    for (const Item &item : store.items())
        all << describe(item);
    all.sort();
    return all;
}

} // namespace

class BundleRoundTripTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;

    QString path(const QString &name) const { return m_work.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        test::setUpTestEnvironment();
        QVERIFY(m_work.isValid());
    }

    void roundTrip()
    {
        QString problem;
        QVERIFY2(test::makeTeacher(path(QStringLiteral("teacher")), 10, 11, &problem), qPrintable(problem));
        Store teacher(path(QStringLiteral("teacher")));
        Error error;
        QVERIFY(teacher.open(&error));
        QVERIFY(!teacher.portfolioUuid().isNull());
        QVERIFY2(test::exportBundle(teacher, path(QStringLiteral("b1.zip")), true, &problem), qPrintable(problem));
        // The same state exported again later: an "older" bundle once b2 exists.
        QVERIFY(test::exportBundle(teacher, path(QStringLiteral("b1-again.zip"))));

        // The private key is a file readable by its owner only.
        const QFileInfo key(teacher.signingKeyPath());
        QVERIFY(key.isFile());
        QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        SchoolStore school(path(QStringLiteral("school")));
        QVERIFY2(school.open(&error), qPrintable(error.detail));
        ImportReport report;
        QVERIFY2(school.importBundle(path(QStringLiteral("b1.zip")), {}, &report, &error), qPrintable(error.detail));
        QVERIFY(report.newTeacher);
        QCOMPARE(report.added, 10);
        QCOMPARE(report.signature, bundle::SignatureState::Valid);
        QCOMPARE(report.portfolioUuid, teacher.portfolioUuid());

        Store *copy = school.teacherStore(teacher.portfolioUuid(), &error);
        QVERIFY(copy);
        QCOMPARE(describeAll(*copy), describeAll(teacher));
        QCOMPARE(copy->profile().fullName, teacher.profile().fullName);
        for (const Item &item : copy->items()) {
            for (const Page &page : item.pages) {
                QCOMPARE(bundle::Digest::hexOfFile(copy->pagePath(page)), page.fileSha);
                QVERIFY(QFileInfo::exists(copy->thumbnailPath(page)));
            }
        }
        const QList<TeacherSummary> teachers = school.teachers();
        QCOMPARE(teachers.size(), 1);
        QCOMPARE(teachers.first().items, 10);
        QCOMPARE(teachers.first().fullName, teacher.profile().fullName);
        QCOMPARE(teachers.first().pinnedKey.isEmpty(), false);
        QVERIFY(test::filesBelow(path(QStringLiteral("school/staging"))).isEmpty());

        // The rules run on the school's imported copy return the same
        // readiness figures as on the teacher's own store.
        const ReadinessReport teacherReport = ReadinessChecker().check(teacher.profile(), teacher.items());
        const std::optional<TeacherReadiness> readiness = school.readiness(teacher.portfolioUuid(), &error);
        QVERIFY2(readiness.has_value(), qPrintable(error.detail));
        QCOMPARE(readiness->percent, teacherReport.percent());
        QCOMPARE(readiness->findings, int(teacherReport.findings.size()));
        QCOMPARE(readiness->attestationDate, teacher.profile().attestationDate);
        QVERIFY(!school.readiness(QUuid::createUuid(), &error).has_value());

        // The PDF was verified with the bag but is not kept at the school:
        // no file under the school's folder has its checksum.
        {
            QTemporaryDir staging;
            bundle::VerifiedBundle verified;
            Error verifyError;
            QVERIFY2(bundle::BundleReader::verify(path(QStringLiteral("b1.zip")), staging.path(), {}, &verified,
                                                  &verifyError),
                     qPrintable(verifyError.detail));
            QCOMPARE(verified.document.reportPath, QStringLiteral("data/portfolio.pdf"));
            QVERIFY(!verified.document.reportSha256.isEmpty());
            for (const QString &file : test::filesBelow(path(QStringLiteral("school"))))
                QVERIFY2(bundle::Digest::hexOfFile(QDir(path(QStringLiteral("school"))).filePath(file))
                             != verified.document.reportSha256,
                         qPrintable(file));
        }

        // Re-importing changes nothing, not even the database file.
        const QStringList filesBefore = test::filesBelow(school.teacherDir(teacher.portfolioUuid()) + QLatin1String("/files"));
        ImportReport again;
        QVERIFY(school.importBundle(path(QStringLiteral("b1.zip")), {}, &again, &error));
        QVERIFY(again.alreadyImported);
        QCOMPARE(again.added + again.replaced + again.deleted, 0);
        QCOMPARE(describeAll(*copy), describeAll(teacher));
        QCOMPARE(test::filesBelow(school.teacherDir(teacher.portfolioUuid()) + QLatin1String("/files")), filesBefore);

        // The teacher edits two items, deletes one, adds one, changes the profile.
        QList<Item> items = teacher.items();
        Item first = items.at(0);
        first.title = QStringLiteral("Өзгертілген атау");
        QVERIFY(teacher.updateItem(&first, &error));
        Item second = items.at(1);
        second.notes = QStringLiteral("Жаңа ескертпе");
        QVERIFY(teacher.updateItem(&second, &error));
        const QUuid removed = items.at(2).uuid;
        QVERIFY(teacher.removeItem(removed, &error));
        QCOMPARE(teacher.tombstones().size(), 1);
        QTemporaryDir work;
        QVERIFY(SampleGenerator::populate(&teacher, 1, 99, work.path(), &error));
        Profile profile = teacher.profile();
        profile.subject = QStringLiteral("Физика");
        QVERIFY(teacher.saveProfile(profile, {}, &error));
        QTest::qWait(5); // a later export time than b1-again
        QVERIFY(test::exportBundle(teacher, path(QStringLiteral("b2.zip"))));

        ImportReport second2;
        QVERIFY2(school.importBundle(path(QStringLiteral("b2.zip")), {}, &second2, &error), qPrintable(error.detail));
        QCOMPARE(second2.added, 1);
        QCOMPARE(second2.replaced, 2);
        QCOMPARE(second2.deleted, 1);
        QCOMPARE(second2.unchanged, 7);
        QVERIFY(second2.profileUpdated);
        QCOMPARE(describeAll(*copy), describeAll(teacher));
        QVERIFY(!copy->item(removed));
        QCOMPARE(copy->profile().subject, QStringLiteral("Физика"));
        QCOMPARE(copy->tombstones().size(), 1);

        // An older bundle never overwrites newer data.
        ImportReport older;
        QVERIFY(school.importBundle(path(QStringLiteral("b1-again.zip")), {}, &older, &error));
        QCOMPARE(older.replaced, 0);
        QCOMPARE(older.added, 0);
        QVERIFY(older.keptNewer >= 3);
        QVERIFY(!older.profileUpdated);
        QCOMPARE(describeAll(*copy), describeAll(teacher));
        QCOMPARE(copy->profile().subject, QStringLiteral("Физика"));
        QCOMPARE(school.teachers().first().items, teacher.itemCount());
        // The school's record keeps naming the newer bundle as the last one.
        QCOMPARE(school.teachers().first().lastBundleUuid, second2.bundleUuid);
    }

    // A teacher's portfolio folder is refused as the school's folder and
    // gets no school folders.
    void teacherFolderRefusedUntouched()
    {
        QString problem;
        const QString teacherDir = path(QStringLiteral("refused-teacher"));
        QVERIFY2(test::makeTeacher(teacherDir, 1, 2, &problem), qPrintable(problem));
        const QStringList before = QDir(teacherDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        SchoolStore school(teacherDir);
        Error error;
        QVERIFY(!school.open(&error));
        QVERIFY2(error.message.contains(QStringLiteral("teacher's portfolio")), qPrintable(error.message));
        QCOMPARE(QDir(teacherDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    }

    // An item missing from a bundle without a tombstone stays at the school.
    void nothingAbsentIsDeleted()
    {
        QString problem;
        const QString teacherDir = path(QStringLiteral("absent-teacher"));
        QVERIFY(test::makeTeacher(teacherDir, 3, 5, &problem));
        {
            // The first export creates the installation's key.
            Store teacher(teacherDir);
            Error error;
            QVERIFY(teacher.open(&error));
            QVERIFY(test::exportBundle(teacher, path(QStringLiteral("absent-0.zip"))));
        }
        // A copy of the folder as it is now, key included.
        const QString snapshot = path(QStringLiteral("absent-snapshot"));
        QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), teacherDir, snapshot}) == 0);
        QFile::remove(snapshot + QLatin1String("/.lock"));
        Error error;
        {
            Store teacher(teacherDir);
            QVERIFY(teacher.open(&error));
            QTemporaryDir work;
            QVERIFY(SampleGenerator::populate(&teacher, 1, 6, work.path(), &error));
            QVERIFY(test::exportBundle(teacher, path(QStringLiteral("absent-1.zip"))));
        }
        {
            Store old(snapshot);
            QVERIFY(old.open(&error));
            QVERIFY(test::exportBundle(old, path(QStringLiteral("absent-2.zip"))));
        }
        SchoolStore school(path(QStringLiteral("absent-school")));
        QVERIFY(school.open(&error));
        ImportReport report;
        QVERIFY(school.importBundle(path(QStringLiteral("absent-1.zip")), {}, &report, &error));
        QCOMPARE(report.added, 4);
        QVERIFY2(school.importBundle(path(QStringLiteral("absent-2.zip")), {}, &report, &error), qPrintable(error.detail));
        QCOMPARE(school.teachers().first().items, 4);
    }

    void keyPinning()
    {
        QString problem;
        const QString teacherDir = path(QStringLiteral("key-teacher"));
        QVERIFY(test::makeTeacher(teacherDir, 2, 21, &problem));
        Error error;
        Store teacher(teacherDir);
        QVERIFY(teacher.open(&error));
        QVERIFY(test::exportBundle(teacher, path(QStringLiteral("key-1.zip"))));
        QVERIFY(test::exportBundle(teacher, path(QStringLiteral("key-unsigned.zip")), false));
        // Another installation with the same portfolio: a new key.
        QVERIFY(QFile::remove(teacher.signingKeyPath()));
        QVERIFY(test::exportBundle(teacher, path(QStringLiteral("key-new.zip"))));

        SchoolStore school(path(QStringLiteral("key-school")));
        QVERIFY(school.open(&error));
        ImportReport report;
        QVERIFY(school.importBundle(path(QStringLiteral("key-1.zip")), {}, &report, &error));
        const QString pinned = school.teachers().first().pinnedKey;

        Error refused;
        QVERIFY(!school.importBundle(path(QStringLiteral("key-new.zip")), {}, &report, &refused));
        QVERIFY2(refused.message.contains(QLatin1String("--accept-new-key")), qPrintable(refused.message));
        QVERIFY(!school.importBundle(path(QStringLiteral("key-unsigned.zip")), {}, &report, &refused));
        QVERIFY2(refused.message.contains(QLatin1String("not signed")), qPrintable(refused.message));
        QCOMPARE(school.teachers().first().pinnedKey, pinned);
        QCOMPARE(school.keyLog(teacher.portfolioUuid(), &error).size(), 1); // "pinned" only

        ImportOptions accept;
        accept.acceptNewKey = true;
        ImportReport accepted;
        QVERIFY2(school.importBundle(path(QStringLiteral("key-new.zip")), accept, &accepted, &error), qPrintable(error.detail));
        QVERIFY(accepted.keyChanged);
        QVERIFY(school.teachers().first().pinnedKey != pinned);
        QCOMPARE(school.teachers().first().keyChanges, 1);
        const QList<KeyLogEntry> log = school.keyLog(teacher.portfolioUuid(), &error);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.last().event, QStringLiteral("changed"));
        QCOMPARE(log.last().oldKey, pinned);
    }

    // A changed page with recomputed manifests: the signature no longer
    // matches (refused always); with the signature removed it is unsigned
    // (refused for a known teacher).
    void rechecksummedBundleRejected()
    {
        QString problem;
        const QString teacherDir = path(QStringLiteral("tamper-teacher"));
        QVERIFY(test::makeTeacher(teacherDir, 2, 31, &problem));
        Error error;
        Store teacher(teacherDir);
        QVERIFY(teacher.open(&error));
        QVERIFY(test::exportBundle(teacher, path(QStringLiteral("tamper-1.zip"))));
        QList<test::ZipEntry> entries = test::readZip(path(QStringLiteral("tamper-1.zip")));
        const QByteArray top = entries.first().name.left(entries.first().name.indexOf('/'));
        QList<test::ZipEntry> changed = entries;
        for (test::ZipEntry &entry : changed) {
            if (entry.name.endsWith("data/portfolio.json"))
                entry.content.replace("\"title\": \"", "\"title\": \"X");
        }
        QList<test::ZipEntry> signedTamper = changed;
        test::rechecksum(&signedTamper, top, false);
        QVERIFY(test::writeZip(path(QStringLiteral("tamper-signed.zip")), signedTamper));
        QList<test::ZipEntry> unsignedTamper = changed;
        test::rechecksum(&unsignedTamper, top, true);
        QVERIFY(test::writeZip(path(QStringLiteral("tamper-unsigned.zip")), unsignedTamper));

        SchoolStore school(path(QStringLiteral("tamper-school")));
        QVERIFY(school.open(&error));
        ImportReport report;
        QVERIFY(!school.importBundle(path(QStringLiteral("tamper-signed.zip")), {}, &report, &error));
        QVERIFY2(error.message.contains(QLatin1String("changed after it was signed")), qPrintable(error.message));
        QVERIFY(school.teachers().isEmpty());
        QVERIFY(school.importBundle(path(QStringLiteral("tamper-1.zip")), {}, &report, &error));
        const QStringList before = describeAll(*school.teacherStore(teacher.portfolioUuid(), &error));
        QVERIFY(!school.importBundle(path(QStringLiteral("tamper-unsigned.zip")), {}, &report, &error));
        QCOMPARE(describeAll(*school.teacherStore(teacher.portfolioUuid(), &error)), before);
        QVERIFY(test::filesBelow(path(QStringLiteral("tamper-school/staging"))).isEmpty());
    }

    // The app's bundle, extracted by Info-ZIP's unzip, passes the
    // independent RFC 8493 checker in bundletestsupport.cpp. Its names
    // carry the UTF-8 flag and its pages are stored, not deflated.
    void independentBagItCheck()
    {
        QString problem;
        const QString teacherDir = path(QStringLiteral("rfc-teacher"));
        QVERIFY(test::makeTeacher(teacherDir, 6, 41, &problem));
        Error error;
        Store teacher(teacherDir);
        QVERIFY(teacher.open(&error));
        const QString zip = path(QStringLiteral("rfc.zip"));
        QVERIFY(test::exportBundle(teacher, zip));
        const QString out = path(QStringLiteral("rfc-out"));
        QDir().mkpath(out);
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), out});
        QVERIFY(unzip.waitForFinished(60000));
        if (unzip.error() == QProcess::FailedToStart)
            QSKIP("unzip is not installed (see .ci/setup.sh)");
        QCOMPARE(unzip.exitCode(), 0);
        const QStringList tops = QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(tops.size(), 1);
        const QStringList problems = test::rfc8493Problems(QDir(out).filePath(tops.first()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(tops.first() + QLatin1String("/data/index.html"))));

        // data/portfolio.pdf: a PDF, listed in the manifest with its checksum.
        const QDir bag(QDir(out).filePath(tops.first()));
        QFile pdf(bag.filePath(QStringLiteral("data/portfolio.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        pdf.close();
        QFile manifest(bag.filePath(QStringLiteral("manifest-sha256.txt")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QByteArray manifestText = manifest.readAll();
        const QByteArray pdfLine = bundle::Digest::hexOfFile(pdf.fileName()).toLatin1() + "  data/portfolio.pdf\n";
        QVERIFY2(manifestText.contains(pdfLine), manifestText.constData());

        // data/index.html: both views, the four directions in Kazakh, and
        // every link that is not a fragment names a file of the bag.
        QFile index(bag.filePath(QStringLiteral("data/index.html")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(index.readAll());
        QVERIFY(html.contains(QStringLiteral("2024 ережелері бойынша")));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QCOMPARE(Catalog::instance().directions().size(), 4);
        for (const Term &direction : Catalog::instance().directions())
            QVERIFY2(html.contains(direction.name.kk.toHtmlEscaped()), qPrintable(direction.key));
        const int directionsAt = html.indexOf(QStringLiteral("id=\"directions\""));
        QVERIFY(directionsAt > 0);
        static const QRegularExpression link(QStringLiteral("(?:href|src)=\"([^\"]*)\""));
        int fileLinks = 0;
        int directionFileLinks = 0;
        QSet<QString> fragments;
        for (auto it = link.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString target = match.captured(1);
            QVERIFY(!target.isEmpty());
            if (target.startsWith(QLatin1Char('#'))) {
                fragments.insert(target.mid(1));
                continue;
            }
            const QString file = QUrl::fromPercentEncoding(target.toUtf8());
            QVERIFY2(QFileInfo(bag.filePath(QStringLiteral("data/") + file)).isFile(), qPrintable(file));
            ++fileLinks;
            if (match.capturedStart() > directionsAt)
                ++directionFileLinks;
        }
        QVERIFY(html.contains(QStringLiteral("href=\"portfolio.pdf\"")));
        QVERIFY(fileLinks > 0);
        QVERIFY(directionFileLinks > 0);
        for (const QString &fragment : std::as_const(fragments))
            QVERIFY2(html.contains(QStringLiteral("id=\"%1\"").arg(fragment)), qPrintable(fragment));

        int nonAscii = 0;
        for (const test::CentralEntry &entry : test::centralDirectory(zip)) {
            const bool ascii = std::all_of(entry.name.cbegin(), entry.name.cend(), [](char c) { return uchar(c) < 0x80; });
            if (!ascii) {
                ++nonAscii;
                QVERIFY2(entry.flags & 0x0800, entry.name.constData());
            }
            if (entry.name.endsWith(".jpg"))
                QCOMPARE(entry.method, quint16(0));
        }
        QVERIFY(nonAscii > 0);
    }

    void exportCancelLeavesNoFile()
    {
        QString problem;
        const QString teacherDir = path(QStringLiteral("cancel-teacher"));
        QVERIFY(test::makeTeacher(teacherDir, 4, 51, &problem));
        Error error;
        Store teacher(teacherDir);
        QVERIFY(teacher.open(&error));
        const QString out = path(QStringLiteral("cancel/bundle.zip"));
        QDir().mkpath(path(QStringLiteral("cancel")));
        const QStringList tempBefore = QDir::temp().entryList({QStringLiteral("qujat-portfolio-*")}, QDir::Files);

        // Cancelled while the archive is written (after the PDF was rendered).
        bundle::ExportOptions options;
        int renderSteps = 0;
        options.progress = [&](qint64 done, qint64 total) {
            if (total == 0) {
                ++renderSteps;
                return true;
            }
            return done == 0;
        };
        bundle::ExportResult result;
        QVERIFY(!bundle::BundleWriter::write(teacher, out, options, &result, &error));
        QVERIFY(result.cancelled);
        QCOMPARE(renderSteps, 2);
        QVERIFY(test::filesBelow(path(QStringLiteral("cancel"))).isEmpty());

        // Cancelled right after the PDF was rendered.
        int calls = 0;
        options.progress = [&](qint64, qint64) { return ++calls < 2; };
        bundle::ExportResult second;
        QVERIFY(!bundle::BundleWriter::write(teacher, out, options, &second, &error));
        QVERIFY(second.cancelled);
        QVERIFY(test::filesBelow(path(QStringLiteral("cancel"))).isEmpty());
        // The temporary PDF is gone as well.
        QCOMPARE(QDir::temp().entryList({QStringLiteral("qujat-portfolio-*")}, QDir::Files), tempBefore);
    }

    // A bundle without data/portfolio.pdf (written before the PDF was
    // added, or with includeReport off) still verifies and imports.
    void bundleWithoutPdfImports()
    {
        QString problem;
        const QString teacherDir = path(QStringLiteral("nopdf-teacher"));
        QVERIFY(test::makeTeacher(teacherDir, 3, 71, &problem));
        Error error;
        Store teacher(teacherDir);
        QVERIFY(teacher.open(&error));
        bundle::ExportOptions options;
        options.includeReport = false;
        bundle::ExportResult result;
        const QString zip = path(QStringLiteral("nopdf.zip"));
        QVERIFY2(bundle::BundleWriter::write(teacher, zip, options, &result, &error), qPrintable(error.detail));
        QCOMPARE(result.reportBytes, 0);
        for (const test::ZipEntry &entry : test::readZip(zip))
            QVERIFY(!entry.name.endsWith("portfolio.pdf"));
        SchoolStore school(path(QStringLiteral("nopdf-school")));
        QVERIFY(school.open(&error));
        ImportReport report;
        QVERIFY2(school.importBundle(zip, {}, &report, &error), qPrintable(error.detail));
        QCOMPARE(report.added, 3);
    }

    // A PDF changed after export fails the checksum like any payload file.
    void changedPdfRejected()
    {
        QString problem;
        const QString teacherDir = path(QStringLiteral("pdf-teacher"));
        QVERIFY(test::makeTeacher(teacherDir, 2, 81, &problem));
        Error error;
        Store teacher(teacherDir);
        QVERIFY(teacher.open(&error));
        const QString zip = path(QStringLiteral("pdf.zip"));
        QVERIFY(test::exportBundle(teacher, zip));
        QList<test::ZipEntry> entries = test::readZip(zip);
        bool changed = false;
        for (test::ZipEntry &entry : entries) {
            if (entry.name.endsWith("/data/portfolio.pdf")) {
                entry.content.append("% appended\n");
                changed = true;
            }
        }
        QVERIFY(changed);
        const QString tampered = path(QStringLiteral("pdf-changed.zip"));
        QVERIFY(test::writeZip(tampered, entries));
        SchoolStore school(path(QStringLiteral("pdf-school")));
        QVERIFY(school.open(&error));
        ImportReport report;
        QVERIFY(!school.importBundle(tampered, {}, &report, &error));
        QVERIFY(school.teachers().isEmpty());
    }

    void commandLine()
    {
        const QString cli = QStringLiteral(QUJAT_CLI_PATH);
        const QString teacherDir = path(QStringLiteral("cli-teacher"));
        QString problem;
        QVERIFY(test::makeTeacher(teacherDir, 3, 61, &problem));
        const QString zip = path(QStringLiteral("cli.zip"));
        test::ProcessRun run = test::runProcess(cli, {QStringLiteral("export"), QStringLiteral("--data-dir"), teacherDir});
        QCOMPARE(run.exitCode, 2);
        run = test::runProcess(cli, {QStringLiteral("export"), QStringLiteral("--out"), zip, QStringLiteral("--data-dir"),
                                     teacherDir, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("items")).toInt(), 3);
        run = test::runProcess(cli, {QStringLiteral("verify"), zip, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("signature")).toString(), QStringLiteral("valid"));
        const QString school = path(QStringLiteral("cli-school"));
        run = test::runProcess(cli, {QStringLiteral("import"), zip, QStringLiteral("--data-dir"), school, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).array().first().toObject().value(QStringLiteral("added")).toInt(), 3);
        run = test::runProcess(cli, {QStringLiteral("teachers"), QStringLiteral("--data-dir"), school, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray teachers = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(teachers.size(), 1);
        QCOMPARE(teachers.first().toObject().value(QStringLiteral("items")).toInt(), 3);
        {
            Store teacher(teacherDir);
            Error error;
            QVERIFY(teacher.open(&error));
            const ReadinessReport expected = ReadinessChecker().check(teacher.profile(), teacher.items());
            const QJsonObject readiness = teachers.first().toObject().value(QStringLiteral("readiness")).toObject();
            QCOMPARE(readiness.value(QStringLiteral("percent")).toInt(-1), expected.percent());
            QCOMPARE(readiness.value(QStringLiteral("findings")).toInt(-1), int(expected.findings.size()));
            QCOMPARE(readiness.value(QStringLiteral("ready")).toBool(), expected.isReady());
            run = test::runProcess(cli, {QStringLiteral("teachers"), QStringLiteral("--data-dir"), school});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(QStringLiteral("%1% ready, %2 findings")
                                          .arg(expected.percent())
                                          .arg(expected.findings.size())
                                          .toUtf8()),
                     run.out.constData());
        }
        // A file that is not a bundle: rejected with a message, exit code 1.
        QFile junk(path(QStringLiteral("junk.zip")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a zip");
        junk.close();
        run = test::runProcess(cli, {QStringLiteral("import"), junk.fileName(), QStringLiteral("--data-dir"), school});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("Nothing was imported"));
        run = test::runProcess(cli, {QStringLiteral("verify"), junk.fileName()});
        QCOMPARE(run.exitCode, 1);
        run = test::runProcess(cli, {QStringLiteral("import"), QStringLiteral("--data-dir"), school});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_MAIN(BundleRoundTripTest)
#include "tst_bundleroundtrip.moc"
