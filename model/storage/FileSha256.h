#pragma once

#include <QByteArray>
#include <QString>

namespace zeroplan {

// SHA-256 of a file's bytes (32 bytes), empty when it is no regular file or cannot be read.
// Through OpenSSL's libcrypto (Debian libssl-dev), which uses the processor's SHA instructions
// where it has them: about eight times as fast as QCryptographicHash on this machine, and a
// district of 1,000 communities hashes every plan it opens (docs/district.md, "Speed").
QByteArray fileSha256(const QString &path);

} // namespace zeroplan
