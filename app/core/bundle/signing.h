#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace qujat::bundle {

// An installation's Ed25519 signing key (OpenSSL). The private key is a PEM
// file readable by its owner only (0600) in the data folder, never a row in
// SQLite, so that copying the database does not copy the key.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    // Loads the key from `path`, or creates and saves a new one when the
    // file does not exist.
    static bool loadOrCreate(const QString &path, SigningKey *key, Error *error);

    bool isNull() const { return m_privatePem.isEmpty(); }
    // The raw 32-byte public key, base64-encoded.
    QString publicKeyBase64() const { return m_publicKey; }
    // The 64-byte Ed25519 signature of `message`, base64-encoded.
    QString sign(const QByteArray &message) const;

    // Whether `signatureBase64` is a valid signature of `message` by
    // `publicKeyBase64`.
    static bool verify(const QByteArray &message, const QString &publicKeyBase64,
                       const QString &signatureBase64);

private:
    QByteArray m_privatePem;
    QString m_publicKey;
};

} // namespace qujat::bundle
