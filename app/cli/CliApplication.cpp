#include "CliApplication.h"

#include "AdoptCommand.h"
#include "CheckInCommand.h"
#include "CheckOutCommand.h"
#include "CommentsCommand.h"
#include "CommunitiesCommand.h"
#include "Console.h"
#include "ConvertCommand.h"
#include "DiffCommand.h"
#include "DistrictCommand.h"
#include "ExportCommand.h"
#include "FactorsCommand.h"
#include "HistoryCommand.h"
#include "ImportCommand.h"
#include "MergeCommentsCommand.h"
#include "NewCommand.h"
#include "OptimiseCommand.h"
#include "PlanFile.h"
#include "ReportCommand.h"
#include "SimulateCommand.h"
#include "TrackCommand.h"
#include "ValidateCommand.h"
#include "VersionCommand.h"
#include "VersionsCommand.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <algorithm>
#include <exception>
#include <new>
#include <unistd.h>

namespace zeroplan {

CliApplication::CliApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("zeroplan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZEROPLAN_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("ZeroPlan"));
    loadTranslations();
    m_commands = makeCommands();
}

// Every command, in the order --help lists them.
std::vector<std::unique_ptr<CliCommand>> CliApplication::makeCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<NewCommand>());
    commands.push_back(std::make_unique<SimulateCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ConvertCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<DistrictCommand>());
    commands.push_back(std::make_unique<AdoptCommand>());
    commands.push_back(std::make_unique<TrackCommand>());
    commands.push_back(std::make_unique<OptimiseCommand>());
    commands.push_back(std::make_unique<FactorsCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<VersionsCommand>());
    commands.push_back(std::make_unique<VersionCommand>());
    commands.push_back(std::make_unique<DiffCommand>());
    commands.push_back(std::make_unique<CommentsCommand>());
    commands.push_back(std::make_unique<MergeCommentsCommand>());
    commands.push_back(std::make_unique<CommunitiesCommand>());
    commands.push_back(std::make_unique<CheckOutCommand>());
    commands.push_back(std::make_unique<CheckInCommand>());
    return commands;
}

std::unique_ptr<QCoreApplication> CliApplication::createQtApplication(int &argc, char **argv)
{
    // The command is the first argument that is not an option, as dispatch() finds it.
    bool widgets = false;
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-')
            continue;
        const QString name = QString::fromLocal8Bit(argv[i]);
        for (const auto &command : makeCommands())
            widgets = widgets || (command->name() == name && command->needsWidgets());
        break;
    }
    if (!widgets)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt wants a private runtime folder and warns on stderr without one (cron, ssh, CI).
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime =
            QDir::tempPath() + QStringLiteral("/zeroplan-runtime-") + QString::number(getuid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    return std::make_unique<QApplication>(argc, argv);
}

// Qt's own strings (the parser's messages) and ours, for the system locale. A missing
// translation is not an error: the English source text is used.
void CliApplication::loadTranslations()
{
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(QCoreApplication::instance());
    // Without a translation for the locale (C, POSIX, de_DE …) English, for its plural forms.
    if (own->load(QLocale(), QStringLiteral("zeroplan"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/zeroplan_en")))
        QCoreApplication::installTranslator(own);
}

int CliApplication::run(const QStringList &arguments)
{
    try {
        return dispatch(arguments);
    } catch (const std::bad_alloc &) {
        Console::error(QCoreApplication::applicationName() + QStringLiteral(": ") +
                       tr("not enough memory"));
    } catch (const std::exception &e) {
        Console::error(QCoreApplication::applicationName() + QStringLiteral(": ") +
                       tr("internal error: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return ExitBadInput;
}

void CliApplication::setUpParser(QCommandLineParser &parser)
{
    // Everything after the command is the command's: its options are not ours to parse.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setApplicationDescription(tr("Plan a community's path to carbon neutrality."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."),
                                 QStringLiteral("<command>"));
    parser.addPositionalArgument(QStringLiteral("arguments"), tr("The command's arguments."),
                                 QStringLiteral("[arguments…]"));
}

int CliApplication::dispatch(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(helpText(parser));
        return Console::finish(ExitSuccess);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        Console::out(QCoreApplication::applicationName() + QLatin1Char(' ') +
                     QCoreApplication::applicationVersion() + QLatin1Char('\n'));
        return Console::finish(ExitSuccess);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(
            tr("no command given; run %1 --help").arg(QCoreApplication::applicationName()));
    CliCommand *command = find(positional.first());
    if (!command)
        return usageError(tr("unknown command '%1'; run %2 --help")
                              .arg(positional.first(), QCoreApplication::applicationName()));
    // What the command changes in a plan is logged as made by it (docs/history.md).
    PlanFile::setAction(QStringLiteral("zeroplan-cli ") + command->name());
    // The command sees the program and everything from its own name on.
    const qsizetype at = arguments.indexOf(positional.first(), 1);
    return command->run(QStringList{arguments.first()} + arguments.mid(at));
}

QString CliApplication::helpText(const QCommandLineParser &parser) const
{
    QString text = parser.helpText() + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    int width = 0;
    for (const auto &c : m_commands)
        width = std::max(width, int(c->name().size()));
    for (const auto &c : m_commands)
        text += QStringLiteral("  ") + c->name().leftJustified(width + 2) + c->summary() +
                QLatin1Char('\n');
    text += QLatin1Char('\n') +
            tr("Run %1 <command> --help for a command's options.")
                .arg(QCoreApplication::applicationName()) +
            QLatin1Char('\n');
    return text;
}

CliCommand *CliApplication::find(const QString &name) const
{
    for (const auto &c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

int CliApplication::usageError(const QString &message) const
{
    Console::error(QCoreApplication::applicationName() + QStringLiteral(": ") + message);
    return ExitUsageError;
}

} // namespace zeroplan
