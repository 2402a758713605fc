#include "CheckInCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "PlanRewrite.h"
#include "SharedServerOption.h"
#include "TextTable.h"
#include "server/SharedSync.h"

#include <QDir>

namespace zeroplan {

namespace {

const QString kPreferOption = QStringLiteral("prefer");

} // namespace

QString CheckInCommand::name() const
{
    return QStringLiteral("checkin");
}

QString CheckInCommand::summary() const
{
    return tr("Check a plan in to the shared store, merging what others checked in first.");
}

QString CheckInCommand::conflictTable(const QList<MergeConflict> &conflicts)
{
    TextTable table;
    table.addColumn(tr("Value"), TextTable::Align::Left);
    table.addColumn(tr("Before"), TextTable::Align::Left);
    table.addColumn(tr("This file"), TextTable::Align::Left);
    table.addColumn(tr("Theirs"), TextTable::Align::Left);
    for (const MergeConflict &c : conflicts)
        table.addRow({c.path(), FieldChange::valueText(c.base), FieldChange::valueText(c.mine),
                      FieldChange::valueText(c.theirs)});
    return table.render();
}

int CheckInCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    parser.addOptions({SharedServerOption::server(),
                       SharedServerOption::community(),
                       {kPreferOption,
                        tr("Which side a conflict takes: mine (this file) or theirs (the "
                           "plan checked in first). Without it, conflicts stop the check-in."),
                        QStringLiteral("SIDE")}});
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    std::optional<MergeSide> prefer;
    if (parser.isSet(kPreferOption)) {
        const QString side = parser.value(kPreferOption);
        if (side == QLatin1String("mine"))
            prefer = MergeSide::Mine;
        else if (side == QLatin1String("theirs"))
            prefer = MergeSide::Theirs;
        else
            return usageError(tr("--prefer must be mine or theirs"));
    }

    PlanRewrite rewrite(path);
    if (const std::optional<int> status = rewrite.begin())
        return *status;
    PlanFile file(path);
    const std::optional<Plan> plan = file.readValid(tr("a plan with errors is not checked in"));
    if (!plan)
        return ExitBadInput;
    if (!file.isProject()) {
        Console::error(file.message(
            tr("a JSON plan keeps no record of where it was checked out from; convert it to a "
               "project file first (zeroplan-cli convert PLAN.json PLAN.zeroplan)")));
        return ExitBadInput;
    }
    const std::optional<SharedCheckout> &checkout = file.history().checkout;
    QString serverText = parser.value(QStringLiteral("server"));
    if (serverText.isEmpty() && checkout)
        serverText = checkout->server;
    if (serverText.isEmpty())
        return usageError(tr("%1 was not checked out of a shared store: name one with --server "
                             "and the community with --community")
                              .arg(QDir::toNativeSeparators(path)));
    const std::unique_ptr<SharedStore> store = SharedServerOption::open(serverText);
    if (!store)
        return ExitServer;
    std::optional<SharedCommunity> community;
    QString error;
    if (!checkout) {
        if (!parser.isSet(QStringLiteral("community")))
            return usageError(tr("%1 was not checked out of a shared store: name the community "
                                 "it goes to with --community")
                                  .arg(QDir::toNativeSeparators(path)));
        community = store->community(parser.value(QStringLiteral("community")), &error);
        if (!community) {
            Console::error(error);
            return ExitServer;
        }
    }
    const CheckInResult result =
        SharedSync::checkIn(*store, *plan, file.history(), {}, prefer, community);
    switch (result.status) {
    case CheckInResult::Status::Failed:
        Console::error(
            file.message(result.error + QLatin1Char(' ') + tr("(this file is unchanged)")));
        return ExitServer;
    case CheckInResult::Status::Conflicts:
        Console::error(file.message(
            tr("%1 checked in revision %2 first, and %n value(s) changed both there and here; "
               "nothing was checked in and this file is unchanged. Choose with --prefer mine "
               "or --prefer theirs, or decide each in the app (File → Check In).",
               nullptr, int(result.conflicts.size()))
                .arg(result.theirsBy)
                .arg(result.revision)));
        Console::out(conflictTable(result.conflicts));
        return Console::finish(ExitConflicts);
    case CheckInResult::Status::Done:
        break;
    }
    if (const std::optional<int> status = rewrite.check())
        return *status;
    file.setReview(result.history.review);
    file.setCheckout(*result.history.checkout);
    if (!file.write(result.plan)) {
        Console::error(file.message(
            tr("checked in as revision %1, but this file could not be updated (%2); check it "
               "in again later: the same changes merge without conflict")
                .arg(result.revision)
                .arg(file.error())));
        return ExitBadInput;
    }
    QString text = tr("Checked in %1 as revision %2.")
                       .arg(result.history.checkout->communityName)
                       .arg(result.revision);
    if (result.merged)
        text += QLatin1Char(' ') +
                tr("Merged with what %1 checked in first: %n value(s) of theirs taken", nullptr,
                   result.fromTheirs)
                    .arg(result.theirsBy) +
                tr(", %n conflict(s) decided.", nullptr, result.decided);
    Console::out(text + QLatin1Char('\n'));
    return Console::finish(ExitSuccess);
}

} // namespace zeroplan
