#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace zeroplan::fuzz {

// libFuzzer owns main(), but the readers need a QCoreApplication: tr() looks for installed
// translators through it and QtSql finds its SQLite driver plugin through it. Each target
// makes one in LLVMFuzzerInitialize and keeps it for the whole run. It is never destroyed:
// libFuzzer ends the process with exit(), and a QCoreApplication torn down among the other
// static destructors could crash after the run has succeeded.
inline void startApplication(char *program)
{
    static int argc = 1;
    static char *argv[] = {program, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
}

// The bytes as a QByteArray without a copy, so AddressSanitizer still sees the exact end
// of libFuzzer's buffer and reports any read past it.
inline QByteArray rawBytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A broken invariant: say what broke, show some context, and abort, so libFuzzer keeps the
// input as a crash-… file.
[[noreturn]] inline void fail(const char *what, QByteArrayView detail = {})
{
    std::fprintf(stderr, "\n==== zeroplan fuzz check failed: %s\n", what);
    if (!detail.isEmpty()) {
        const qsizetype shown = qMin<qsizetype>(detail.size(), 4000);
        std::fprintf(stderr, "%.*s%s\n", int(shown), detail.data(),
                     shown < detail.size() ? "\n[…]" : "");
    }
    std::fflush(stderr);
    std::abort();
}

} // namespace zeroplan::fuzz
