#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace qujat {

// Receives the files the operating system requests the app to open: paths on
// the command line, paths forwarded by a second start of the app, and
// QFileOpenEvent (macOS and iOS "open with").
//
// Single instance: the first process for a data folder listens on a local
// socket named after that folder; a later process started with files sends
// their absolute paths there and exits, so one portfolio is never opened
// by two processes at once.
class FileReceiver : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,   // This process listens and receives files.
        Forwarded, // Another process runs for the data folder and took the files.
        Failed,    // Another process runs but did not confirm the files.
    };
    Q_ENUM(Role)

    // `serverName` is the local socket name or path, see serverNameFor().
    explicit FileReceiver(const QString &serverName, QObject *parent = nullptr);
    ~FileReceiver() override;

    // Returns the local socket of the instance that owns `dataDir`: a path
    // in the user's runtime folder where one exists, so only this user can
    // connect, else a name QLocalServer places in the temporary folder.
    static QString serverNameFor(const QString &dataDir);

    // Forwards `paths` to the running instance, or, when none answers,
    // starts listening and returns Primary. A socket left behind by a
    // crashed instance is removed. Relative paths are resolved against the
    // current folder before they are sent.
    Role claimInstance(const QStringList &paths);

    QString serverName() const { return m_serverName; }
    bool isListening() const;
    QString errorString() const { return m_errorString; }

    // Receives one file: emits fileOpenRequested() for an existing,
    // readable regular file and fileRejected() otherwise.
    bool receive(const QString &path);

    // Installs an event filter that receives QFileOpenEvent on `app`.
    void watchFileOpenEvents(QObject *app);

Q_SIGNALS:
    void fileOpenRequested(const QString &path);
    void fileRejected(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool forward(const QStringList &absolutePaths);
    bool listen();
    void acceptConnection();
    void readRequest(QLocalSocket *socket);

    QString m_serverName;
    QString m_errorString;
    QLocalServer *m_server = nullptr;
};

} // namespace qujat
