#include "bundle/signing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/pem.h>

namespace qujat::bundle {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

Pkey privateFromPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return Pkey(key);
}

QString rawPublicKey(EVP_PKEY *key)
{
    unsigned char raw[32];
    size_t length = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(key, raw, &length) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), int(length)).toBase64());
}

} // namespace

bool SigningKey::loadOrCreate(const QString &path, SigningKey *key, Error *error)
{
    const auto fail = [&](const QString &detail) {
        *error = {tr("Qujat could not read or create the signing key in %1. Check that the data "
                     "folder is writable, then try again.")
                      .arg(QDir::toNativeSeparators(path)),
                  detail};
        return false;
    };
    QByteArray pem;
    if (QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(file.errorString());
        pem = file.readAll();
    } else {
        EVP_PKEY *raw = nullptr;
        EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
        const bool made = context && EVP_PKEY_keygen_init(context) == 1 && EVP_PKEY_keygen(context, &raw) == 1;
        EVP_PKEY_CTX_free(context);
        if (!made)
            return fail(QStringLiteral("Ed25519 key generation failed"));
        Pkey generated(raw);
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PrivateKey(bio, generated.get(), nullptr, nullptr, 0, nullptr, nullptr);
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, int(size));
        BIO_free(bio);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(file.errorString());
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(pem);
        if (!file.commit())
            return fail(file.errorString());
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    Pkey loaded = privateFromPem(pem);
    if (!loaded || EVP_PKEY_get_id(loaded.get()) != EVP_PKEY_ED25519)
        return fail(QStringLiteral("not an Ed25519 private key"));
    key->m_privatePem = pem;
    key->m_publicKey = rawPublicKey(loaded.get());
    return true;
}

QString SigningKey::sign(const QByteArray &message) const
{
    Pkey key = privateFromPem(m_privatePem);
    if (!key)
        return {};
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    unsigned char signature[64];
    size_t length = sizeof signature;
    const bool ok = EVP_DigestSignInit(context, nullptr, nullptr, nullptr, key.get()) == 1
        && EVP_DigestSign(context, signature, &length,
                          reinterpret_cast<const unsigned char *>(message.constData()),
                          size_t(message.size())) == 1;
    EVP_MD_CTX_free(context);
    if (!ok)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(signature), int(length)).toBase64());
}

bool SigningKey::verify(const QByteArray &message, const QString &publicKeyBase64,
                        const QString &signatureBase64)
{
    const QByteArray publicKey = QByteArray::fromBase64(publicKeyBase64.toLatin1());
    const QByteArray signature = QByteArray::fromBase64(signatureBase64.toLatin1());
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                         reinterpret_cast<const unsigned char *>(publicKey.constData()),
                                         size_t(publicKey.size())));
    if (!key)
        return false;
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(context, nullptr, nullptr, nullptr, key.get()) == 1
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size())) == 1;
    EVP_MD_CTX_free(context);
    return ok;
}

} // namespace qujat::bundle
