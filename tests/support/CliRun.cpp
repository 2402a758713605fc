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

namespace {

CliRun runWith(const QProcessEnvironment &env, const QStringList &arguments)
{
    QProcess process;
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

} // namespace

CliRun runCli(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return runWith(env, arguments);
}

CliRun runCliIn(const QString &locale, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LANGUAGE"), locale.section(QLatin1Char('.'), 0, 0));
    return runWith(env, arguments);
}

QList<QStringList> csvRecords(const QString &text, bool *wellFormed)
{
    QList<QStringList> records{{}};
    QString field;
    bool quoted = false;
    *wellFormed = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            *wellFormed = *wellFormed && field.isEmpty();
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            records.last().append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            records.last().append(field);
            field.clear();
            records.append(QStringList());
            ++i;
        } else {
            *wellFormed = *wellFormed && c != QLatin1Char('\n') && c != QLatin1Char('\r');
            field += c;
        }
    }
    *wellFormed = *wellFormed && !quoted && field.isEmpty() && records.last().isEmpty();
    records.removeLast();
    return records;
}

} // namespace zeroplan::test
