#include "ConvertCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "PlanRewrite.h"

namespace zeroplan {

QString ConvertCommand::name() const
{
    return QStringLiteral("convert");
}

QString ConvertCommand::summary() const
{
    return tr("Convert a JSON plan to a .zeroplan project file, or back.");
}

int ConvertCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpBareParser(parser);
    parser.addPositionalArgument(QStringLiteral("IN"), tr("The plan to read: JSON or .zeroplan."));
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 tr("The file to write: .zeroplan for a project file, .json "
                                    "for JSON."));
    if (const std::optional<int> answered = parseOptions(parser, arguments))
        return *answered;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 2 || files[0].isEmpty() || files[1].isEmpty())
        return usageError(tr("give the plan to read and the file to write: convert IN OUT"));
    const QString out = files[1];
    if (!PlanFile::isProjectPath(out) && !out.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return usageError(tr("'%1': name the file to write .zeroplan or .json").arg(out));
    // OUT may be a plan open in the app, or IN itself: hold its lock from the read to the write.
    PlanRewrite rewrite(out);
    if (const std::optional<int> status = rewrite.begin())
        return *status;
    PlanFile in(files[0]);
    const std::optional<Plan> plan =
        in.readValid(tr("the plan has errors, which converting would lose; fix them first (run "
                        "zeroplan-cli validate)"));
    if (!plan)
        return ExitBadInput;
    if (const std::optional<int> status = rewrite.check())
        return *status;
    QString error;
    // A project file read goes on with its history; a JSON plan has none to give.
    if (!PlanFile::writeTo(*plan, out, &error,
                           in.history() == PlanHistory() ? nullptr : &in.history())) {
        Console::error(error);
        return ExitBadInput;
    }
    return ExitSuccess;
}

} // namespace zeroplan
