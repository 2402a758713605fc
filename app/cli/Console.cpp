#include "Console.h"

#include "CliCommand.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace zeroplan {

void Console::out(const QString &text)
{
    outBytes(text.toUtf8());
}

void Console::outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Console::error(const QString &line)
{
    QString oneLine = line.trimmed();
    oneLine.replace(QLatin1Char('\r'), QLatin1Char(' '));
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fflush(stdout);
    const QByteArray bytes = oneLine.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int Console::finish(int status)
{
    if (std::fflush(stdout) == 0 && !std::ferror(stdout))
        return status;
    const int code = errno;
    error(QCoreApplication::applicationName() + QStringLiteral(": ") +
          QCoreApplication::translate("zeroplan::Console", "cannot write the output: %1")
              .arg(QString::fromLocal8Bit(std::strerror(code))));
    return status == ExitSuccess ? ExitBadInput : status;
}

} // namespace zeroplan
