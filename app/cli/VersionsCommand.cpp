#include "VersionsCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "TextTable.h"
#include "history/HistoryText.h"
#include "storage/VersionJson.h"

#include <QJsonDocument>

namespace zeroplan {

QString VersionsCommand::name() const
{
    return QStringLiteral("versions");
}

QString VersionsCommand::summary() const
{
    return tr("List the versions a plan keeps: named ones and those its saves made.");
}

QString VersionsCommand::table(const PlanVersions &versions)
{
    if (versions.isEmpty())
        return tr("No version yet: a project file makes one each time it is saved.") +
               QLatin1Char('\n');
    TextTable table;
    table.addColumn(tr("Version"), TextTable::Align::Right);
    table.addColumn(tr("Saved"), TextTable::Align::Left);
    table.addColumn(tr("Who"), TextTable::Align::Left);
    table.addColumn(tr("Kind"), TextTable::Align::Left);
    table.addColumn(tr("Name"), TextTable::Align::Left);
    table.addColumn(tr("Comment"), TextTable::Align::Left);
    for (const PlanVersion &v : versions)
        table.addRow({QString::number(v.number), HistoryText::when(v.at),
                      HistoryText::who(v.author, v.organisation), HistoryText::kindName(v.kind),
                      v.name, v.comment});
    return table.render();
}

int VersionsCommand::run(const QStringList &arguments)
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
    const PlanVersions &versions = file.history().versions;
    if (format == OutputFormat::Json)
        Console::outBytes(
            QJsonDocument(VersionJson::toJson(versions)).toJson(QJsonDocument::Indented));
    else
        Console::out(table(versions));
    return Console::finish(ExitSuccess);
}

} // namespace zeroplan
