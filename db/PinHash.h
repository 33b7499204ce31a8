#pragma once

#include <QString>

namespace wf::db {

/// Supervisor PINs at rest: PBKDF2-HMAC-SHA256 with a random 16-byte salt, stored as
/// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>". Verification compares in constant time.
class PinHash
{
public:
    static constexpr int kIterations = 120000;

    static QString make(const QString& pin, int iterations = kIterations);
    static bool verify(const QString& pin, const QString& stored);
    static QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length);
};

} // namespace wf::db
