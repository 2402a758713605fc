#include "CheckOutCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "SharedServerOption.h"
#include "server/SharedSync.h"

#include <QDir>
#include <QFileInfo>

namespace zeroplan {

QString CheckOutCommand::name() const
{
    return QStringLiteral("checkout");
}

QString CheckOutCommand::summary() const
{
    return tr("Take a community's plan out of the shared store into a new project file.");
}

int CheckOutCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    parser.addOptions({SharedServerOption::server(), SharedServerOption::community()});
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    if (!parser.isSet(QStringLiteral("server")) || !parser.isSet(QStringLiteral("community")))
        return usageError(tr("checkout needs --server CONNECTION and --community COMMUNITY"));
    if (!PlanFile::isProjectPath(path))
        return usageError(tr("checkout writes a project file: name it NAME.zeroplan"));
    if (QFileInfo::exists(path)) {
        Console::error(tr("%1 exists already; checkout never replaces a file: name a new one")
                           .arg(QDir::toNativeSeparators(path)));
        return ExitBadInput;
    }
    const std::unique_ptr<SharedStore> store =
        SharedServerOption::open(parser.value(QStringLiteral("server")));
    if (!store)
        return ExitServer;
    QString error;
    const std::optional<SharedCommunity> community =
        store->community(parser.value(QStringLiteral("community")), &error);
    if (!community) {
        Console::error(error);
        return ExitServer;
    }
    const std::optional<CheckedOutPlan> out = SharedSync::checkOut(*store, *community, &error);
    if (!out) {
        Console::error(error);
        return ExitServer;
    }
    if (!PlanFile::writeTo(out->plan, path, &error, &out->history)) {
        Console::error(error);
        return ExitBadInput;
    }
    Console::out(tr("Checked out %1 (revision %2) into %3.")
                     .arg(community->name)
                     .arg(out->history.checkout->revision)
                     .arg(QDir::toNativeSeparators(path)) +
                 QLatin1Char('\n'));
    return Console::finish(ExitSuccess);
}

} // namespace zeroplan
