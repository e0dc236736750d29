#include "bundle/digest.h"

#include <QFile>

#include <openssl/evp.h>

namespace qujat::bundle {

namespace {

const EVP_MD *mdFor(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("sha256"))
        return EVP_sha256();
    if (n == QLatin1String("sha512"))
        return EVP_sha512();
    if (n == QLatin1String("sha1"))
        return EVP_sha1();
    if (n == QLatin1String("md5"))
        return EVP_md5();
    if (n == QLatin1String("sha224"))
        return EVP_sha224();
    if (n == QLatin1String("sha384"))
        return EVP_sha384();
    return nullptr;
}

} // namespace

struct Digest::Private
{
    EVP_MD_CTX *context = nullptr;
};

Digest::Digest(const QString &bagitAlgorithm)
    : d(std::make_unique<Private>())
{
    const EVP_MD *md = mdFor(bagitAlgorithm);
    if (!md)
        return;
    d->context = EVP_MD_CTX_new();
    if (d->context && EVP_DigestInit_ex(d->context, md, nullptr) != 1) {
        EVP_MD_CTX_free(d->context);
        d->context = nullptr;
    }
}

Digest::~Digest()
{
    if (d->context)
        EVP_MD_CTX_free(d->context);
}

bool Digest::isValid() const
{
    return d->context != nullptr;
}

void Digest::addData(const char *data, qsizetype size)
{
    if (d->context && size > 0)
        EVP_DigestUpdate(d->context, data, size_t(size));
}

QString Digest::hexResult()
{
    if (!d->context)
        return {};
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(d->context, out, &length);
    EVP_MD_CTX_free(d->context);
    d->context = nullptr;
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), int(length)).toHex());
}

bool Digest::isSupported(const QString &bagitAlgorithm)
{
    return mdFor(bagitAlgorithm) != nullptr;
}

QString Digest::hexOf(const QByteArray &data, const QString &bagitAlgorithm)
{
    Digest digest(bagitAlgorithm);
    digest.addData(data);
    return digest.hexResult();
}

QString Digest::hexOfFile(const QString &path, const QString &bagitAlgorithm, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Digest digest(bagitAlgorithm);
    if (!digest.isValid())
        return {};
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0)
            return {};
        if (read == 0)
            break;
        digest.addData(buffer.constData(), read);
        total += read;
    }
    if (size)
        *size = total;
    return digest.hexResult();
}

} // namespace qujat::bundle
