#include "CommunitiesCommand.h"

#include "Console.h"
#include "SharedServerOption.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zeroplan {

QString CommunitiesCommand::name() const
{
    return QStringLiteral("communities");
}

QString CommunitiesCommand::summary() const
{
    return tr("List the communities of a shared store that you may see, and your role.");
}

int CommunitiesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpBareParser(parser);
    parser.addOptions({SharedServerOption::server(), jsonOrTableOption()});
    if (const std::optional<int> status = parseOptions(parser, arguments))
        return *status;
    OutputFormat format = OutputFormat::Table;
    if (const std::optional<int> status = readJsonOrTable(parser, &format))
        return *status;
    if (!parser.isSet(QStringLiteral("server")))
        return usageError(tr("communities needs --server CONNECTION"));
    const std::unique_ptr<SharedStore> store =
        SharedServerOption::open(parser.value(QStringLiteral("server")));
    if (!store)
        return ExitServer;
    QString error;
    const QList<SharedCommunity> all = store->communities(&error);
    if (!error.isEmpty()) {
        Console::error(error);
        return ExitServer;
    }
    if (format == OutputFormat::Json) {
        QJsonArray list;
        for (const SharedCommunity &c : all)
            list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("district"), c.district},
                                    {QStringLiteral("revision"), c.revision},
                                    {QStringLiteral("role"), c.role}});
        Console::outBytes(QJsonDocument(QJsonObject{{QStringLiteral("login"), store->login()},
                                                    {QStringLiteral("communities"), list}})
                              .toJson(QJsonDocument::Indented));
        return Console::finish(ExitSuccess);
    }
    if (all.isEmpty()) {
        Console::out(tr("%1 may see no community on this shared store.").arg(store->login()) +
                     QLatin1Char('\n'));
        return Console::finish(ExitSuccess);
    }
    TextTable table;
    table.addColumn(tr("Id"));
    table.addColumn(tr("District"), TextTable::Align::Left);
    table.addColumn(tr("Community"), TextTable::Align::Left);
    table.addColumn(tr("Revision"));
    table.addColumn(tr("Your role"), TextTable::Align::Left);
    for (const SharedCommunity &c : all)
        table.addRow({QString::number(c.id), c.district, c.name,
                      c.revision == 0 ? tr("no plan yet") : QString::number(c.revision),
                      SharedStore::roleName(c.role)});
    Console::out(table.render());
    return Console::finish(ExitSuccess);
}

} // namespace zeroplan
