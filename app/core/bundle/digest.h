#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace qujat::bundle {

// Streaming message digest over OpenSSL's EVP interface. SHA-256 through
// EVP uses the processor's SHA instructions where present, about ten times
// faster than QCryptographicHash in Qt 6.4, which keeps export and import
// near disk speed. The BagIt names (md5, sha1, sha224, sha256, sha384,
// sha512) are accepted so that any manifest of a foreign bag can be checked.
class Digest
{
public:
    explicit Digest(const QString &bagitAlgorithm = QStringLiteral("sha256"));
    ~Digest();
    Digest(const Digest &) = delete;
    Digest &operator=(const Digest &) = delete;

    // Whether the algorithm is known and the digest was set up.
    bool isValid() const;
    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    // The lower-case hex digest; the digest cannot be used afterwards.
    QString hexResult();

    static bool isSupported(const QString &bagitAlgorithm);
    static QString hexOf(const QByteArray &data, const QString &bagitAlgorithm = QStringLiteral("sha256"));
    // Hashes a file in 1 MiB chunks; an empty string when it cannot be read.
    static QString hexOfFile(const QString &path, const QString &bagitAlgorithm = QStringLiteral("sha256"),
                             qint64 *size = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace qujat::bundle
