#include "DiffCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "TextTable.h"
#include "VersionChoice.h"
#include "history/ComparisonText.h"
#include "storage/FactorLibraryJson.h"
#include "storage/VersionJson.h"

#include <QJsonDocument>

namespace zeroplan {

namespace {

const QString kFromOption = QStringLiteral("from");
const QString kToOption = QStringLiteral("to");

} // namespace

QString DiffCommand::name() const
{
    return QStringLiteral("diff");
}

QString DiffCommand::summary() const
{
    return tr("Compare two versions of a plan: what changed and what it does to the results.");
}

QString DiffCommand::table(const VersionComparison &comparison)
{
    QString text = ComparisonText::inputsHeading(comparison) + QLatin1Char('\n');
    if (!comparison.inputs.isEmpty()) {
        TextTable inputs;
        inputs.addColumn(tr("Value"), TextTable::Align::Left);
        inputs.addColumn(tr("From"), TextTable::Align::Left);
        inputs.addColumn(tr("To"), TextTable::Align::Left);
        for (const FieldChange &c : comparison.inputs)
            inputs.addRow(
                {c.path(), FieldChange::valueText(c.before), FieldChange::valueText(c.after)});
        text += inputs.render();
    }
    TextTable results;
    results.addColumn(tr("Scenario"), TextTable::Align::Left);
    results.addColumn(tr("Figure"), TextTable::Align::Left);
    results.addColumn(tr("From"), TextTable::Align::Right);
    results.addColumn(tr("To"), TextTable::Align::Right);
    results.addColumn(tr("Change"), TextTable::Align::Right);
    for (const ComparisonRow &row : ComparisonText::rows(comparison))
        results.addRow({row.scenario, row.figure, row.from, row.to, row.change});
    return text + QLatin1Char('\n') + tr("Results:") + QLatin1Char('\n') + results.render();
}

int DiffCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    parser.addOptions({
        {kFromOption, tr("The version compared from: its number, its name, or current."),
         QStringLiteral("VERSION")},
        {kToOption, tr("The version compared to (default: current)."), QStringLiteral("VERSION"),
         QStringLiteral("current")},
        jsonOrTableOption(),
    });
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    if (!parser.isSet(kFromOption))
        return usageError(tr("diff needs --from VERSION"));
    OutputFormat format = OutputFormat::Table;
    if (const std::optional<int> status = readJsonOrTable(parser, &format))
        return *status;

    PlanFile file(path);
    const std::optional<PlanReadResult> read = file.readOrReport();
    if (!read)
        return ExitBadInput;
    std::optional<Plan> plans[2];
    const QString names[2] = {parser.value(kFromOption).trimmed(),
                              parser.value(kToOption).trimmed()};
    for (int i = 0; i < 2; ++i) {
        QString error;
        if (names[i] == QLatin1String("current") && !read->ok()) {
            Console::error(file.message(tr("the plan has errors, so its results cannot be worked "
                                           "out; fix them first (run zeroplan-cli validate)")));
            return ExitBadInput;
        }
        plans[i] = VersionChoice::pick(file.history().versions, *read->plan, names[i], &error);
        if (!plans[i]) {
            Console::error(file.message(error));
            return ExitBadInput;
        }
    }
    const VersionComparison comparison =
        VersionComparison::between(*plans[0], *plans[1], FactorLibraryJson::builtIn());
    if (format == OutputFormat::Json)
        Console::outBytes(QJsonDocument(VersionJson::comparisonJson(comparison, names[0], names[1]))
                              .toJson(QJsonDocument::Indented));
    else
        Console::out(table(comparison));
    return Console::finish(ExitSuccess);
}

} // namespace zeroplan
