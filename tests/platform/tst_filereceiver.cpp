#include "filereceiver.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

// Upper bound for the app to start or answer; a guard against a hung
// process, not a speed check.
constexpr int StartTimeoutMs = 90000;

} // namespace

class FileReceiverTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString m_runtimeDir;
    QString m_dataDir;
    QString m_bundle;

    QProcessEnvironment appEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work.filePath(QStringLiteral("config")));
        return environment;
    }

    // Starts the app and waits until it reports `line` on stderr; the
    // returned process keeps running.
    std::unique_ptr<QProcess> startApp(const QStringList &arguments, const QByteArray &line,
                                       QByteArray *errorOutput)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(appEnvironment());
        process->start(QStringLiteral(QUJAT_APP_PATH), arguments);
        if (!process->waitForStarted(StartTimeoutMs))
            return nullptr;
        if (!waitForLine(process.get(), line, errorOutput))
            return nullptr;
        return process;
    }

    static bool waitForLine(QProcess *process, const QByteArray &line, QByteArray *errorOutput)
    {
        QDeadlineTimer deadline(StartTimeoutMs);
        while (!errorOutput->contains(line)) {
            if (deadline.hasExpired() || process->state() != QProcess::Running)
                return false;
            process->waitForReadyRead(500);
            errorOutput->append(process->readAllStandardError());
        }
        return true;
    }

    static void stop(QProcess *process)
    {
        process->kill();
        process->waitForFinished(StartTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qujat::test::setUpTestEnvironment();
        QVERIFY(m_work.isValid());
        m_runtimeDir = m_work.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(m_runtimeDir));
        // XDG_RUNTIME_DIR must belong to the user with mode 0700, or Qt ignores it.
        QVERIFY(QFile::setPermissions(m_runtimeDir,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        // serverNameFor() in this process must find the apps' socket folder.
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir));
        m_dataDir = m_work.filePath(QStringLiteral("data"));
        m_bundle = m_work.filePath(QStringLiteral("from teacher.qujat"));
        QFile bundle(m_bundle);
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        QVERIFY(bundle.write("PK\x05\x06", 4) == 4);
    }

    void serverNameDependsOnDataDir()
    {
        const QString first = qujat::FileReceiver::serverNameFor(QStringLiteral("/tmp/a"));
        const QString second = qujat::FileReceiver::serverNameFor(QStringLiteral("/tmp/b"));
        QVERIFY(!first.isEmpty());
        QCOMPARE_NE(first, second);
        QCOMPARE(first, qujat::FileReceiver::serverNameFor(QStringLiteral("/tmp/a")));
    }

    void receiveAcceptsReadableFile()
    {
        qujat::FileReceiver receiver(QStringLiteral("unused"));
        QSignalSpy opened(&receiver, &qujat::FileReceiver::fileOpenRequested);
        QSignalSpy rejected(&receiver, &qujat::FileReceiver::fileRejected);
        QVERIFY(receiver.receive(m_bundle));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), m_bundle);
        QCOMPARE(rejected.size(), 0);
    }

    void receiveRejectsMissingFileAndFolder()
    {
        qujat::FileReceiver receiver(QStringLiteral("unused"));
        QSignalSpy opened(&receiver, &qujat::FileReceiver::fileOpenRequested);
        QSignalSpy rejected(&receiver, &qujat::FileReceiver::fileRejected);
        QVERIFY(!receiver.receive(m_work.filePath(QStringLiteral("missing.qujat"))));
        QVERIFY(!receiver.receive(m_work.path()));
        QCOMPARE(opened.size(), 0);
        QCOMPARE(rejected.size(), 2);
    }

    void secondStartForwardsToRunningApp()
    {
        QByteArray firstOutput;
        auto first = startApp({QStringLiteral("--data-dir"), m_dataDir}, "Listening for files on",
                              &firstOutput);
        QVERIFY2(first, firstOutput.constData());

        const QString missing = m_work.filePath(QStringLiteral("missing.qujat"));
        const qujat::test::ProcessRun second = [&] {
            QProcess process;
            process.setProcessEnvironment(appEnvironment());
            process.start(QStringLiteral(QUJAT_APP_PATH),
                          {QStringLiteral("--data-dir"), m_dataDir, m_bundle, missing});
            process.waitForFinished(StartTimeoutMs);
            return qujat::test::ProcessRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                                           process.readAllStandardOutput(), process.readAllStandardError()};
        }();
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY2(second.err.contains("Passed 2 file(s) to the running instance"), second.err.constData());
        // The second start never opened the portfolio itself.
        QVERIFY2(!second.err.contains("Opened the portfolio"), second.err.constData());

        QVERIFY2(waitForLine(first.get(), "Received file " + m_bundle.toUtf8(), &firstOutput),
                 firstOutput.constData());
        QVERIFY2(waitForLine(first.get(), "Rejected file " + missing.toUtf8(), &firstOutput),
                 firstOutput.constData());
        stop(first.get());
    }

    void relativePathResolvedInCallerFolder()
    {
        QByteArray firstOutput;
        auto first = startApp({QStringLiteral("--data-dir"), m_dataDir}, "Listening for files on",
                              &firstOutput);
        QVERIFY2(first, firstOutput.constData());

        QProcess second;
        second.setProcessEnvironment(appEnvironment());
        second.setWorkingDirectory(m_work.path());
        second.start(QStringLiteral(QUJAT_APP_PATH),
                     {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("from teacher.qujat")});
        QVERIFY(second.waitForFinished(StartTimeoutMs));
        QCOMPARE(second.exitCode(), 0);

        QVERIFY2(waitForLine(first.get(), "Received file " + m_bundle.toUtf8(), &firstOutput),
                 firstOutput.constData());
        stop(first.get());
    }

    void staleSocketIsReplaced()
    {
        QByteArray crashedOutput;
        auto crashed = startApp({QStringLiteral("--data-dir"), m_dataDir}, "Listening for files on",
                                &crashedOutput);
        QVERIFY2(crashed, crashedOutput.constData());
        // SIGKILL leaves the socket file behind, as a crash does.
        stop(crashed.get());
        const QString socketPath = qujat::FileReceiver::serverNameFor(QDir(m_dataDir).absolutePath());
        QVERIFY2(QFile::exists(socketPath), qPrintable(socketPath));

        QByteArray output;
        auto next = startApp({QStringLiteral("--data-dir"), m_dataDir, m_bundle},
                             "Received file " + m_bundle.toUtf8(), &output);
        QVERIFY2(next, output.constData());
        QVERIFY2(output.contains("istening for files on"), output.constData());
        QVERIFY2(!output.contains("Passed"), output.constData());
        stop(next.get());
    }

    void otherDataDirStartsOwnInstance()
    {
        QByteArray firstOutput;
        auto first = startApp({QStringLiteral("--data-dir"), m_dataDir}, "Listening for files on",
                              &firstOutput);
        QVERIFY2(first, firstOutput.constData());

        QByteArray otherOutput;
        auto other = startApp({QStringLiteral("--data-dir"), m_work.filePath(QStringLiteral("other")), m_bundle},
                              "Received file " + m_bundle.toUtf8(), &otherOutput);
        QVERIFY2(other, otherOutput.constData());
        QVERIFY(!otherOutput.contains("Passed"));
        stop(other.get());
        stop(first.get());
    }
};

QTEST_GUILESS_MAIN(FileReceiverTest)
#include "tst_filereceiver.moc"
