#include "CliRun.h"

namespace zeroplan::test {

QString CliRun::describe() const
{
    return QStringLiteral("exit %1, stderr: %2").arg(exitCode).arg(err);
}

QString cliFixture(const QString &name)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/cli/") + name;
}

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ZEROPLAN_CLI), arguments);
    CliRun run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not start or finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace zeroplan::test
