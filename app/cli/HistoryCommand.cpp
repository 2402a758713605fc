#include "HistoryCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "TextTable.h"
#include "history/HistoryText.h"
#include "storage/ChangeLogJson.h"

#include <QJsonDocument>

namespace zeroplan {

QString HistoryCommand::name() const
{
    return QStringLiteral("history");
}

QString HistoryCommand::summary() const
{
    return tr("List a plan's change log: who changed what, when, from what to what.");
}

QString HistoryCommand::table(const ChangeLog &log)
{
    if (log.isEmpty())
        return tr("No change recorded yet.") + QLatin1Char('\n');
    TextTable table;
    table.addColumn(tr("When"), TextTable::Align::Left);
    table.addColumn(tr("Who"), TextTable::Align::Left);
    table.addColumn(tr("Change"), TextTable::Align::Left);
    table.addColumn(tr("Value"), TextTable::Align::Left);
    table.addColumn(tr("Before"), TextTable::Align::Left);
    table.addColumn(tr("After"), TextTable::Align::Left);
    for (const QStringList &row : HistoryText::tableRows(log))
        table.addRow(row);
    return table.render();
}

int HistoryCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    parser.addOption(jsonOrTableOption());
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    OutputFormat format = OutputFormat::Table;
    if (const std::optional<int> status = readJsonOrTable(parser, &format))
        return *status;

    PlanFile file(path);
    if (!file.readOrReport())
        return ExitBadInput;
    if (format == OutputFormat::Json)
        Console::outBytes(
            QJsonDocument(ChangeLogJson::toJson(file.changeLog())).toJson(QJsonDocument::Indented));
    else
        Console::out(table(file.changeLog()));
    return Console::finish(ExitSuccess);
}

} // namespace zeroplan
