#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace zeroplan::test {

// One run of the built zeroplan-cli (the CMake define ZEROPLAN_CLI), in the C locale.
struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QString err;

    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString describe() const;
};

CliRun runCli(const QStringList &arguments);
// The same run in another locale: LANG, LC_ALL and LANGUAGE set to `locale`
// ("zh_CN.UTF-8"), so the CLI loads that language's translations.
CliRun runCliIn(const QString &locale, const QStringList &arguments);

// The records of RFC 4180 text (CRLF line ends; quoted fields may hold commas, doubled
// quotes and line breaks). *wellFormed is false for a stray quote, a bare line break or a
// last record without its CRLF.
QList<QStringList> csvRecords(const QString &text, bool *wellFormed);

// A file of tests/fixtures/cli.
QString cliFixture(const QString &name);

} // namespace zeroplan::test

// A run of the CLI ended by itself: no crash, no sanitizer's report (inside a test function).
#define VERIFY_NO_CRASH(run)                                                                       \
    do {                                                                                           \
        QVERIFY2((run).exitStatus == QProcess::NormalExit, qPrintable((run).describe()));          \
        QVERIFY2(!(run).err.contains(QLatin1String("Segmentation")), qPrintable((run).err));       \
        QVERIFY2(!(run).err.contains(QLatin1String("AddressSanitizer")), qPrintable((run).err));   \
        QVERIFY2(!(run).err.contains(QLatin1String("runtime error")), qPrintable((run).err));      \
    } while (false)
