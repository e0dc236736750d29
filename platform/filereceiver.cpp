#include "filereceiver.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace qujat {

Q_LOGGING_CATEGORY(lcFileReceiver, "qujat.platform.files")

namespace {

// Request: magic, protocol version, list of absolute paths. Reply: one byte,
// the number of paths the server took (at most MaxPaths).
constexpr quint32 RequestMagic = 0x514a4154; // "QJAT"
constexpr quint32 ProtocolVersion = 1;
constexpr int MaxPaths = 64;
// A request larger than this is not a list of paths; the server drops it.
constexpr qint64 MaxRequestBytes = 256 * 1024;
constexpr int ConnectTimeoutMs = 2000;
constexpr int ReplyTimeoutMs = 10000;
// sun_path has room for 108 bytes on Linux and 104 on macOS, with the final NUL.
constexpr int MaxSocketPathBytes = 100;

} // namespace

FileReceiver::FileReceiver(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{
}

FileReceiver::~FileReceiver() = default;

QString FileReceiver::serverNameFor(const QString &dataDir)
{
    const QString canonical = QFileInfo(dataDir).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    const QString name = QStringLiteral("kz.qujat.Qujat-") + QString::fromLatin1(hash);
#ifdef Q_OS_WIN
    // Named pipes are visible to every user of the machine; the user name
    // keeps two users' instances apart.
    return name + QLatin1Char('-') + qEnvironmentVariable("USERNAME");
#else
    const QString runtimeDir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtimeDir.isEmpty()) {
        const QString path = QDir(runtimeDir).filePath(name);
        if (QFile::encodeName(path).size() <= MaxSocketPathBytes)
            return path;
    }
    return name;
#endif
}

bool FileReceiver::isListening() const
{
    return m_server && m_server->isListening();
}

FileReceiver::Role FileReceiver::claimInstance(const QStringList &paths)
{
    QStringList absolutePaths;
    for (const QString &path : paths)
        absolutePaths.append(QFileInfo(path).absoluteFilePath());

    // Two starts at the same moment can both miss each other's server; the
    // one that loses the race to listen connects again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QLocalSocket probe;
        probe.connectToServer(m_serverName);
        if (probe.waitForConnected(ConnectTimeoutMs)) {
            probe.disconnectFromServer();
            return forward(absolutePaths) ? Role::Forwarded : Role::Failed;
        }
        if (listen())
            return Role::Primary;
    }
    return Role::Failed;
}

bool FileReceiver::forward(const QStringList &absolutePaths)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(ConnectTimeoutMs)) {
        m_errorString = socket.errorString();
        return false;
    }

    if (absolutePaths.size() > MaxPaths) {
        qCWarning(lcFileReceiver, "Passing only the first %d of %lld files to the running instance",
                  MaxPaths, static_cast<long long>(absolutePaths.size()));
    }
    QByteArray request;
    QDataStream out(&request, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << RequestMagic << ProtocolVersion << absolutePaths.mid(0, MaxPaths);
    socket.write(request);
    if (!socket.waitForBytesWritten(ReplyTimeoutMs) && socket.bytesToWrite() > 0) {
        m_errorString = socket.errorString();
        return false;
    }
    if (!socket.waitForReadyRead(ReplyTimeoutMs)) {
        m_errorString = socket.errorString();
        return false;
    }
    const QByteArray reply = socket.read(1);
    const int acceptedCount = reply.isEmpty() ? -1 : static_cast<quint8>(reply.at(0));
    if (acceptedCount != std::min<int>(absolutePaths.size(), MaxPaths)) {
        m_errorString = QStringLiteral("the running instance took %1 of %2 files")
                            .arg(acceptedCount).arg(absolutePaths.size());
        return false;
    }
    qCInfo(lcFileReceiver, "Passed %lld file(s) to the running instance at %s",
           static_cast<long long>(absolutePaths.size()), qPrintable(m_serverName));
    return true;
}

bool FileReceiver::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &FileReceiver::acceptConnection);
    }
    if (m_server->listen(m_serverName)) {
        qCInfo(lcFileReceiver, "Listening for files on %s", qPrintable(m_server->fullServerName()));
        return true;
    }
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // No server replied to the probe, so the name is left over from an
        // instance that crashed; remove it and listen again. (On Linux,
        // Qt 6.4's listen() replaces a leftover socket file by itself.)
        QLocalServer::removeServer(m_serverName);
        if (m_server->listen(m_serverName)) {
            qCInfo(lcFileReceiver, "Replaced a stale socket; listening for files on %s",
                   qPrintable(m_server->fullServerName()));
            return true;
        }
    }
    m_errorString = m_server->errorString();
    qCWarning(lcFileReceiver, "Could not listen on %s: %s", qPrintable(m_serverName),
              qPrintable(m_errorString));
    return false;
}

void FileReceiver::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void FileReceiver::readRequest(QLocalSocket *socket)
{
    if (socket->bytesAvailable() > MaxRequestBytes) {
        qCWarning(lcFileReceiver, "Dropped a request of %lld bytes on the file socket",
                  static_cast<long long>(socket->bytesAvailable()));
        socket->abort();
        return;
    }

    QDataStream in(socket);
    in.setVersion(QDataStream::Qt_6_0);
    in.startTransaction();
    quint32 magic = 0;
    quint32 version = 0;
    QStringList paths;
    in >> magic >> version;
    if (in.status() == QDataStream::Ok && (magic != RequestMagic || version != ProtocolVersion)) {
        qCWarning(lcFileReceiver, "Dropped a request with magic %08x, version %u on the file socket",
                  magic, version);
        in.abortTransaction();
        socket->abort();
        return;
    }
    in >> paths;
    if (!in.commitTransaction())
        return; // Incomplete: wait for more bytes.

    int acceptedCount = 0;
    for (const QString &path : std::as_const(paths)) {
        if (acceptedCount == MaxPaths)
            break;
        receive(path);
        ++acceptedCount;
    }
    socket->write(QByteArray(1, static_cast<char>(acceptedCount)));
    socket->flush();
}

bool FileReceiver::receive(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile() || !info.isReadable()) {
        qCWarning(lcFileReceiver, "Rejected file %s: not found or not readable", qPrintable(path));
        Q_EMIT fileRejected(path);
        return false;
    }
    const QString absolutePath = info.absoluteFilePath();
    qCInfo(lcFileReceiver, "Received file %s", qPrintable(absolutePath));
    Q_EMIT fileOpenRequested(absolutePath);
    return true;
}

void FileReceiver::watchFileOpenEvents(QObject *app)
{
    app->installEventFilter(this);
}

bool FileReceiver::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const auto *openEvent = static_cast<QFileOpenEvent *>(event);
        const QString path = openEvent->file();
        if (!path.isEmpty()) {
            receive(path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace qujat
