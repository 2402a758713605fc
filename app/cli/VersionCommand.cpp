#include "VersionCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "PlanRewrite.h"

namespace zeroplan {

namespace {

const QString kNameOption = QStringLiteral("name");
const QString kCommentOption = QStringLiteral("comment");

} // namespace

QString VersionCommand::name() const
{
    return QStringLiteral("version");
}

QString VersionCommand::summary() const
{
    return tr("Keep the plan as it is now as a named version (\"adopted v2\").");
}

int VersionCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    parser.addOptions({
        {kNameOption, tr("The version's name (required)."), QStringLiteral("NAME")},
        {kCommentOption, tr("A comment on the version."), QStringLiteral("TEXT")},
    });
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    const QString versionName = parser.value(kNameOption).trimmed();
    if (versionName.isEmpty())
        return usageError(tr("version needs --name NAME"));

    PlanRewrite rewrite(path);
    if (const std::optional<int> status = rewrite.begin())
        return *status;
    PlanFile file(path);
    const std::optional<PlanReadResult> read = file.readOrReport();
    if (!read)
        return ExitBadInput;
    if (!file.isProject()) {
        Console::error(file.message(
            tr("a JSON plan keeps no versions; convert it to a project file first (zeroplan-cli "
               "convert PLAN.json PLAN.zeroplan)")));
        return ExitBadInput;
    }
    if (const std::optional<int> status = rewrite.check())
        return *status;
    if (!file.write(*read->plan, versionName, parser.value(kCommentOption).trimmed())) {
        Console::error(file.error());
        return ExitBadInput;
    }
    Console::out(tr("Kept the plan as version %1, '%2'.")
                     .arg(file.history().versions.constLast().number)
                     .arg(versionName) +
                 QLatin1Char('\n'));
    return Console::finish(ExitSuccess);
}

} // namespace zeroplan
