#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = qujat::test::ProcessRun;

Run runCli(const QStringList &arguments)
{
    return qujat::test::runProcess(QStringLiteral(QUJAT_CLI_PATH), arguments);
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString m_photo;

private Q_SLOTS:
    void initTestCase()
    {
        qujat::test::setUpTestEnvironment();
        QImage page(800, 1100, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        painter.fillRect(100, 100, 600, 60, Qt::darkBlue);
        painter.end();
        m_photo = m_work.filePath(QStringLiteral("page.jpg"));
        QVERIFY(page.save(m_photo, "JPEG", 90));
    }

    void sectionsListsCatalogKeys()
    {
        const Run run = runCli({QStringLiteral("sections"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray sections = QJsonDocument::fromJson(run.out).array();
        QVERIFY(sections.size() >= 13);
        QCOMPARE(sections.first().toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("documents.general"));
    }

    void addThenShowJson()
    {
        QTemporaryDir data;
        const Run added = runCli({QStringLiteral("add"), m_photo, QStringLiteral("--section"),
                                  QStringLiteral("documents.achievements"), QStringLiteral("--date"),
                                  QStringLiteral("2025-03-15"), QStringLiteral("--title"),
                                  QStringLiteral("Алғыс хат"), QStringLiteral("--data-dir"), data.path(),
                                  QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QJsonArray items = QJsonDocument::fromJson(added.out).array();
        QCOMPARE(items.size(), 1);
        const QString uuid = items.first().toObject().value(QStringLiteral("uuid")).toString();

        const Run shown = runCli({QStringLiteral("show"), uuid, QStringLiteral("--data-dir"), data.path(),
                                  QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject item = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(item.value(QStringLiteral("title")).toString(), QStringLiteral("Алғыс хат"));
        QCOMPARE(item.value(QStringLiteral("date")).toString(), QStringLiteral("2025-03-15"));
        QCOMPARE(item.value(QStringLiteral("section")).toString(), QStringLiteral("documents.achievements"));
        const QJsonObject page = item.value(QStringLiteral("pages")).toArray().first().toObject();
        QVERIFY(QFileInfo::exists(page.value(QStringLiteral("path")).toString()));
        QCOMPARE(page.value(QStringLiteral("width")).toInt(), 800);
        QCOMPARE(page.value(QStringLiteral("height")).toInt(), 1100);

        const Run listed = runCli({QStringLiteral("list"), QStringLiteral("--section"),
                                   QStringLiteral("documents.achievements"), QStringLiteral("--data-dir"),
                                   data.path()});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(uuid.toLatin1()));
        QVERIFY(listed.out.contains("15.03.2025"));
    }

    // The profile names the teacher in bundles: it can be set without the app,
    // a bad value changes nothing, and the name reaches the exported bundle.
    void profileSetShownAndExported()
    {
        QTemporaryDir data;
        const QString dir = data.path();
        Run run = runCli({QStringLiteral("profile"), QStringLiteral("--full-name"), QStringLiteral("Сәрсенова  Гүлнар"),
                          QStringLiteral("--school-name"), QStringLiteral("№ 12 мектеп-гимназия"),
                          QStringLiteral("--experience"), QStringLiteral("14"), QStringLiteral("--category"),
                          QStringLiteral("expert"), QStringLiteral("--attestation-date"), QStringLiteral("2027-03-15"),
                          QStringLiteral("--data-dir"), dir, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject profile = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(profile.value(QStringLiteral("fullName")).toString(), QStringLiteral("Сәрсенова Гүлнар"));
        QCOMPARE(profile.value(QStringLiteral("yearsOfExperience")).toInt(), 14);

        // One bad value: exit 2, and the other given fields are not saved either.
        run = runCli({QStringLiteral("profile"), QStringLiteral("--subject"), QStringLiteral("Физика"),
                      QStringLiteral("--target-category"), QStringLiteral("grandmaster"), QStringLiteral("--data-dir"), dir});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("grandmaster") && run.err.contains("master"), run.err.constData());
        QCOMPARE(runCli({QStringLiteral("profile"), QStringLiteral("--experience"), QStringLiteral("-1"),
                         QStringLiteral("--data-dir"), dir}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("profile"), QStringLiteral("--attestation-date"), QStringLiteral("15.03.2027"),
                         QStringLiteral("--data-dir"), dir}).exitCode, 2);
        run = runCli({QStringLiteral("profile"), QStringLiteral("--data-dir"), dir, QStringLiteral("--json")});
        profile = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(profile.value(QStringLiteral("subject")).toString(), QString());
        QCOMPARE(profile.value(QStringLiteral("yearsOfExperience")).toInt(), 14);
        QCOMPARE(profile.value(QStringLiteral("attestationDate")).toString(), QStringLiteral("2027-03-15"));

        // An empty value clears a field.
        run = runCli({QStringLiteral("profile"), QStringLiteral("--category"), QString(), QStringLiteral("--data-dir"),
                      dir, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("currentCategory")).toString(), QString());

        const QString bundle = m_work.filePath(QStringLiteral("profile-bundle.zip"));
        QVERIFY(runCli({QStringLiteral("add"), m_photo, QStringLiteral("--section"), QStringLiteral("documents.general"),
                        QStringLiteral("--data-dir"), dir}).exitCode == 0);
        run = runCli({QStringLiteral("export"), QStringLiteral("--out"), bundle, QStringLiteral("--data-dir"), dir});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("verify"), bundle, QStringLiteral("--json")});
        QVERIFY2(run.out.contains("Сәрсенова Гүлнар"), run.out.constData());
    }

    // The same file again, later or in the same call, is added with a warning.
    void sameFileAgainWarns()
    {
        QTemporaryDir data;
        const QStringList add{QStringLiteral("add"), m_photo, QStringLiteral("--section"),
                              QStringLiteral("documents.general"), QStringLiteral("--data-dir"), data.path()};
        Run run = runCli(add);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains("warning"), run.err.constData());
        run = runCli(add);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("already in the portfolio"), run.err.constData());
        const Run listed = runCli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 2);
    }

    void badArgumentsExitNonZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("named");
        const QString photo = m_photo;
        QTest::newRow("unknown section")
            << QStringList{QStringLiteral("add"), photo, QStringLiteral("--section"), QStringLiteral("no.such")}
            << QByteArray("no.such");
        QTest::newRow("invalid date")
            << QStringList{QStringLiteral("add"), photo, QStringLiteral("--section"),
                           QStringLiteral("documents.general"), QStringLiteral("--date"), QStringLiteral("2025-02-30")}
            << QByteArray("2025-02-30");
        QTest::newRow("unreadable file")
            << QStringList{QStringLiteral("add"), QStringLiteral("/nonexistent/photo.jpg"), QStringLiteral("--section"),
                           QStringLiteral("documents.general")}
            << QByteArray("/nonexistent/photo.jpg");
        QTest::newRow("date with slashes")
            << QStringList{QStringLiteral("add"), photo, QStringLiteral("--section"),
                           QStringLiteral("documents.general"), QStringLiteral("--date"), QStringLiteral("2025/01/01")}
            << QByteArray("2025/01/01");
        QTest::newRow("empty date")
            << QStringList{QStringLiteral("add"), photo, QStringLiteral("--section"),
                           QStringLiteral("documents.general"), QStringLiteral("--date"), QString()}
            << QByteArray("''");
        QTest::newRow("year out of range")
            << QStringList{QStringLiteral("add"), photo, QStringLiteral("--section"),
                           QStringLiteral("documents.general"), QStringLiteral("--date"), QStringLiteral("1900-01-01")}
            << QByteArray("1900-01-01");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("add"), photo, QStringLiteral("--section"),
                           QStringLiteral("documents.general"), QStringLiteral("--bogus")}
            << QByteArray("bogus");
        QTest::newRow("unknown item")
            << QStringList{QStringLiteral("show"), QStringLiteral("ffffffff")} << QByteArray("ffffffff");
    }

    void badArgumentsExitNonZero()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, named);
        QTemporaryDir data;
        const Run run = runCli(arguments + QStringList{QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        // Nothing was stored.
        const Run listed = runCli({QStringLiteral("list"), QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(listed.out, QByteArray());
    }

    void oneBadFileAddsNothing()
    {
        QTemporaryDir data;
        const QString notImage = m_work.filePath(QStringLiteral("notes.jpg"));
        QFile file(notImage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a JPEG");
        file.close();
        const Run run = runCli({QStringLiteral("add"), m_photo, notImage, QStringLiteral("--section"),
                                QStringLiteral("documents.general"), QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(run.exitCode, 2);
        const Run listed = runCli({QStringLiteral("list"), QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(listed.out, QByteArray());
    }

    void everyCorpusPhotoImportsUpright()
    {
        QUJAT_REQUIRE_SHARED();
        QTemporaryDir data;
        const QDir photos(qujat::test::sharedPath(QStringLiteral("corpus/photos")));
        QStringList files;
        for (const QString &name : photos.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.png")}, QDir::Files))
            files.append(photos.filePath(name));
        QCOMPARE(files.size(), 18);
        const Run run = runCli(QStringList{QStringLiteral("add")} + files
                               + QStringList{QStringLiteral("--section"), QStringLiteral("documents.achievements"),
                                             QStringLiteral("--date"), QStringLiteral("2024-01-10"),
                                             QStringLiteral("--data-dir"), data.path(), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray items = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(items.size(), files.size());
        bool foundInvoiceCode = false;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            const QJsonObject page = item.value(QStringLiteral("pages")).toArray().first().toObject();
            QVERIFY(QFileInfo::exists(page.value(QStringLiteral("path")).toString()));
            if (item.value(QStringLiteral("title")).toString() == QLatin1String("page_dewarp__boston_cooking_a")) {
                // Stored 3264x2448 with EXIF orientation 6: upright it is portrait.
                QVERIFY(page.value(QStringLiteral("height")).toInt() > page.value(QStringLiteral("width")).toInt());
            }
            for (const QJsonValue &code : item.value(QStringLiteral("barcodes")).toArray()) {
                if (code.toObject().value(QStringLiteral("text")).toString() == QLatin1String("33816518-261104UK"))
                    foundInvoiceCode = true;
            }
        }
        QVERIFY(foundInvoiceCode);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
