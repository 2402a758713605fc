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

// A file of tests/fixtures/cli.
QString cliFixture(const QString &name);

} // namespace zeroplan::test
