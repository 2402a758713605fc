#include "CliCommand.h"

#include "Console.h"
#include "PlanFile.h"

namespace zeroplan {

void CliCommand::setUpParser(QCommandLineParser &parser) const
{
    setUpBareParser(parser);
    parser.addPositionalArgument(
        QStringLiteral("PLAN"),
        tr("The plan: a .zeroplan project file or a JSON plan file, as the app saves "
           "them and zeroplan-cli new and export write them."));
    parser.addOption({QStringLiteral("author"),
                      tr("Who the command's changes to the plan are recorded as in its change "
                         "log (default: $ZEROPLAN_AUTHOR, else the login name)."),
                      QStringLiteral("NAME")});
}

void CliCommand::setUpBareParser(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(name(), summary(), name());
}

std::optional<int> CliCommand::parseOptions(QCommandLineParser &parser,
                                            const QStringList &arguments) const
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(parser.helpText());
        return Console::finish(ExitSuccess);
    }
    return std::nullopt;
}

std::optional<int> CliCommand::parse(QCommandLineParser &parser, const QStringList &arguments,
                                     QString *planPath) const
{
    if (const std::optional<int> answered = parseOptions(parser, arguments))
        return answered;
    const QStringList positional = parser.positionalArguments().mid(1); // drop the command
    if (positional.isEmpty())
        return usageError(tr("no plan file given; run %1 %2 --help")
                              .arg(QCoreApplication::applicationName(), name()));
    if (positional.size() > 1)
        return usageError(tr("unexpected argument '%1'; give one plan file").arg(positional.at(1)));
    if (positional.first().isEmpty())
        return usageError(tr("the plan file name is empty"));
    *planPath = positional.first();
    if (parser.isSet(QStringLiteral("author")))
        PlanFile::setAuthor(parser.value(QStringLiteral("author")));
    return std::nullopt;
}

int CliCommand::usageError(const QString &message) const
{
    Console::error(QCoreApplication::applicationName() + QLatin1Char(' ') + name() +
                   QStringLiteral(": ") + message);
    return ExitUsageError;
}

std::optional<int> CliCommand::readOutputFormat(const QString &text, OutputFormat *format) const
{
    QString error;
    const std::optional<OutputFormat> read = OutputFormats::read(text, &error);
    if (!read)
        return usageError(error);
    *format = *read;
    return std::nullopt;
}

QCommandLineOption CliCommand::jsonOrTableOption()
{
    return {QStringLiteral("format"), tr("Print as json or table (default: table)."),
            QStringLiteral("FORMAT"), QStringLiteral("table")};
}

std::optional<int> CliCommand::readJsonOrTable(const QCommandLineParser &parser,
                                               OutputFormat *format) const
{
    if (const std::optional<int> status =
            readOutputFormat(parser.value(QStringLiteral("format")), format))
        return status;
    if (*format == OutputFormat::Csv)
        return usageError(tr("--format must be json or table for %1").arg(name()));
    return std::nullopt;
}

} // namespace zeroplan
