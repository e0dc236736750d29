// qujat-cli import killed at each step (QUJAT_CRASH_POINT) and at random
// moments (SIGKILL): the school's data afterwards is exactly the state
// before the import or exactly the state after it, never a mix, and the
// staging folder is empty.

#include "bundletestsupport.h"
#include "sample/samplegenerator.h"
#include "school/schoolstore.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace qujat;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    return QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), from, to}) == 0;
}

// Everything that an import may change, as text; empty on inconsistency
// (which fails the test through the QVERIFYs).
QStringList snapshot(const QString &schoolDir)
{
    QStringList lines;
    school::SchoolStore school(schoolDir);
    Error error;
    if (!school.open(&error))
        return {QStringLiteral("cannot open: ") + error.detail};
    if (!test::filesBelow(schoolDir + QLatin1String("/staging")).isEmpty())
        lines << QStringLiteral("staging not empty");
    for (const school::TeacherSummary &teacher : school.teachers()) {
        lines << QStringLiteral("teacher %1 %2 items=%3 bundle=%4 key=%5")
                     .arg(teacher.portfolioUuid.toString(), teacher.fullName)
                     .arg(teacher.items)
                     .arg(teacher.lastBundleUuid.toString(), teacher.pinnedKey);
        Store *store = school.teacherStore(teacher.portfolioUuid, &error);
        if (!store)
            return {QStringLiteral("cannot open the teacher's store")};
        QSqlQuery check(store->connection());
        if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next()
            || check.value(0).toString() != QLatin1String("ok"))
            lines << QStringLiteral("integrity check failed");
        QSet<QString> referenced;
        for (const Item &item : store->items()) {
            QString line = QStringLiteral("item %1 r%2 %3").arg(item.uuid.toString()).arg(item.revision).arg(item.title);
            for (const Page &page : item.pages) {
                line += QLatin1Char(' ') + page.fileSha.left(12);
                if (!QFileInfo::exists(store->pagePath(page)))
                    lines << QStringLiteral("missing file ") + store->pagePath(page);
                referenced << store->pagePath(page) << store->thumbnailPath(page);
            }
            lines << line;
        }
        if (!store->profile().photoSha.isEmpty())
            referenced << store->files().pathFor(store->profile().photoSha, QStringLiteral("jpg"));
        for (const Tombstone &tombstone : store->tombstones())
            lines << QStringLiteral("tombstone %1 r%2").arg(tombstone.uuid.toString()).arg(tombstone.revision);
        QDirIterator it(store->files().root(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!referenced.contains(path))
                lines << QStringLiteral("orphaned file ") + path;
        }
        lines << QStringLiteral("profile ") + store->profile().subject;
    }
    lines.sort();
    return lines;
}

} // namespace

class BundleKillTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString m_b1;
    QString m_b2;
    QString m_withB1;          // a school holding b1
    QStringList m_empty;       // snapshot of an empty school
    QStringList m_before;      // snapshot with b1
    QStringList m_after;       // snapshot with b1 then b2
    QStringList m_onlyB1;      // an empty school after importing b1
    int m_counter = 0;

    QString freshCopy(const QString &from)
    {
        const QString to = m_work.filePath(QStringLiteral("run-%1").arg(++m_counter));
        if (from.isEmpty())
            QDir().mkpath(to);
        else if (!copyTree(from, to))
            return {};
        return to;
    }

    QProcess *startImport(const QString &schoolDir, const QString &bundle, const QByteArray &crashPoint)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!crashPoint.isEmpty())
            environment.insert(QStringLiteral("QUJAT_CRASH_POINT"), QString::fromLatin1(crashPoint));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(QUJAT_CLI_PATH),
                       {QStringLiteral("import"), bundle, QStringLiteral("--data-dir"), schoolDir});
        return process;
    }

    static bool importInProcess(const QString &schoolDir, const QString &bundle)
    {
        school::SchoolStore school(schoolDir);
        Error error;
        school::ImportReport report;
        return school.open(&error) && school.importBundle(bundle, {}, &report, &error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::setUpTestEnvironment();
        QVERIFY(m_work.isValid());
        const QString teacherDir = m_work.filePath(QStringLiteral("teacher"));
        QString problem;
        QVERIFY2(test::makeTeacher(teacherDir, 12, 81, &problem), qPrintable(problem));
        Store teacher(teacherDir);
        Error error;
        QVERIFY(teacher.open(&error));
        m_b1 = m_work.filePath(QStringLiteral("b1.zip"));
        QVERIFY(test::exportBundle(teacher, m_b1));
        QList<Item> items = teacher.items();
        for (int i = 0; i < 3; ++i) {
            Item changed = items.at(i);
            changed.title += QStringLiteral(" (түзетілген)");
            QVERIFY(teacher.updateItem(&changed, &error));
        }
        QVERIFY(teacher.removeItem(items.at(3).uuid, &error));
        QTemporaryDir work;
        QVERIFY(SampleGenerator::populate(&teacher, 3, 82, work.path(), &error));
        Profile profile = teacher.profile();
        profile.subject = QStringLiteral("Химия");
        QVERIFY(teacher.saveProfile(profile, {}, &error));
        m_b2 = m_work.filePath(QStringLiteral("b2.zip"));
        QVERIFY(test::exportBundle(teacher, m_b2));

        const QString empty = freshCopy({});
        m_empty = snapshot(empty);
        m_withB1 = m_work.filePath(QStringLiteral("with-b1"));
        QDir().mkpath(m_withB1);
        QVERIFY(importInProcess(m_withB1, m_b1));
        m_before = snapshot(m_withB1);
        const QString both = freshCopy(m_withB1);
        QVERIFY(importInProcess(both, m_b2));
        m_after = snapshot(both);
        const QString onlyB1 = freshCopy({});
        QVERIFY(importInProcess(onlyB1, m_b1));
        m_onlyB1 = snapshot(onlyB1);
        QVERIFY(m_before != m_after);
        QVERIFY(m_after.filter(QStringLiteral("Химия")).size() == 1);
        QVERIFY(m_after.filter(QStringLiteral("tombstone")).size() == 1);
        QVERIFY(m_empty.isEmpty());
    }

    void crashPoints_data()
    {
        QTest::addColumn<QByteArray>("point");
        QTest::addColumn<bool>("newTeacher");
        QTest::addColumn<bool>("committed");
        QTest::newRow("known teacher, verified") << QByteArray("import:verified") << false << false;
        QTest::newRow("known teacher, files moved") << QByteArray("import:after-files") << false << false;
        QTest::newRow("known teacher, in transaction") << QByteArray("import:in-transaction") << false << false;
        QTest::newRow("known teacher, committed") << QByteArray("import:after-commit") << false << true;
        QTest::newRow("known teacher, before row") << QByteArray("import:before-row") << false << true;
        QTest::newRow("new teacher, verified") << QByteArray("import:verified") << true << false;
        QTest::newRow("new teacher, in transaction") << QByteArray("import:in-transaction") << true << false;
        QTest::newRow("new teacher, before rename") << QByteArray("import:before-rename") << true << false;
        QTest::newRow("new teacher, before row") << QByteArray("import:before-row") << true << true;
    }

    void crashPoints()
    {
        QFETCH(QByteArray, point);
        QFETCH(bool, newTeacher);
        QFETCH(bool, committed);
        const QString school = freshCopy(newTeacher ? QString() : m_withB1);
        QVERIFY(!school.isEmpty());
        QProcess *process = startImport(school, newTeacher ? m_b1 : m_b2, point);
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
        const QStringList state = snapshot(school);
        const QStringList before = newTeacher ? m_empty : m_before;
        const QStringList after = newTeacher ? m_onlyB1 : m_after;
        QCOMPARE(state, committed ? after : before);
        // And the import can simply be run again.
        QVERIFY(importInProcess(school, newTeacher ? m_b1 : m_b2));
        QCOMPARE(snapshot(school), after);
    }

    // SIGKILL at random moments over the import's run time.
    void randomKills()
    {
        QElapsedTimer timer;
        const QString probe = freshCopy(m_withB1);
        QProcess *run = startImport(probe, m_b2, {});
        timer.start();
        QVERIFY(run->waitForFinished(120000));
        const qint64 duration = std::max<qint64>(timer.elapsed(), 20);
        QCOMPARE(run->exitCode(), 0);
        QRandomGenerator random(4242);
        int sawBefore = 0;
        int sawAfter = 0;
        for (int i = 0; i < 8; ++i) {
            const QString school = freshCopy(m_withB1);
            QProcess *process = startImport(school, m_b2, {});
            QVERIFY(process->waitForStarted());
            QTest::qSleep(int(random.bounded(duration)));
            process->kill();
            QVERIFY(process->waitForFinished(60000));
            const QStringList state = snapshot(school);
            QVERIFY2(state == m_before || state == m_after, qPrintable(state.join(QLatin1Char('\n'))));
            (state == m_before ? sawBefore : sawAfter)++;
        }
        qInfo("random kills over %lld ms: %d left the previous state, %d the complete import",
              duration, sawBefore, sawAfter);
    }
};

QTEST_MAIN(BundleKillTest)
#include "tst_bundlekill.moc"
