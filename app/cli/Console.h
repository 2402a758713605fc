#pragma once

#include <QByteArray>
#include <QString>

namespace zeroplan {

// zeroplan-cli's standard output (results) and standard error (one-line messages), UTF-8.
class Console
{
public:
    static void out(const QString &text);
    static void outBytes(const QByteArray &bytes);
    // One line on stderr; line breaks inside `line` become spaces, so it stays one line.
    static void error(const QString &line);
    // Flushes stdout; if the results could not be written (a full disk, a closed pipe),
    // says so on stderr and turns `status` into a failure.
    static int finish(int status);
};

} // namespace zeroplan
