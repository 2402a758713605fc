#include "ExportCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "ScenarioChoice.h"
#include "engine/ScenarioEngine.h"
#include "export/ExportFile.h"
#include "export/ResultsCsv.h"
#include "export/ResultsXlsx.h"
#include "inventory/FactorLibrary.h"
#include "storage/ActivityCsv.h"
#include "storage/FactorLibraryJson.h"

namespace zeroplan {

namespace {

const QString kFormatOption = QStringLiteral("format");
const QString kScenarioOption = QStringLiteral("scenario");
const QString kOutputOption = QStringLiteral("output");

} // namespace

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return tr("Write a plan as JSON, its activity lines as CSV, or a scenario's results as CSV "
              "or XLSX.");
}

std::optional<ExportCommand::Format> ExportCommand::formatFromName(const QString &name)
{
    static const std::pair<const char *, Format> names[] = {
        {"json", Format::PlanJson},          {"csv", Format::ActivityCsv},
        {"pathway-csv", Format::PathwayCsv}, {"wedges-csv", Format::WedgesCsv},
        {"costs-csv", Format::CostsCsv},     {"xlsx", Format::Workbook},
    };
    for (const auto &[id, format] : names) {
        if (name == QLatin1String(id))
            return format;
    }
    return std::nullopt;
}

std::optional<ResultTables::Kind> ExportCommand::tableKind(Format format)
{
    switch (format) {
    case Format::PathwayCsv:
        return ResultTables::Kind::Pathway;
    case Format::WedgesCsv:
        return ResultTables::Kind::Wedges;
    case Format::CostsCsv:
        return ResultTables::Kind::Costs;
    case Format::PlanJson:
    case Format::ActivityCsv:
    case Format::Workbook:
        break;
    }
    return std::nullopt;
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    parser.addOptions({
        {kFormatOption,
         tr("json (the whole plan), csv (its activity lines), pathway-csv, wedges-csv or "
            "costs-csv (a table of a scenario's results), or xlsx (all three as a workbook; "
            "needs -o)."),
         QStringLiteral("FORMAT")},
        {kScenarioOption,
         tr("The scenario whose results to export (default: the plan's current one, else its "
            "first)."),
         QStringLiteral("NAME")},
        {{QStringLiteral("o"), kOutputOption},
         tr("Write to FILE instead of standard output (- is standard output)."),
         QStringLiteral("FILE")},
    });
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    if (const std::optional<int> status = readOptions(parser))
        return *status;
    PlanFile file(path);
    const std::optional<Plan> plan =
        file.readValid(tr("the plan has errors; fix them first (run zeroplan-cli validate)"));
    if (!plan)
        return ExitBadInput;
    if (m_format == Format::PlanJson || m_format == Format::ActivityCsv)
        return exportPlan(*plan);
    return exportResults(*plan, file);
}

std::optional<int> ExportCommand::readOptions(const QCommandLineParser &parser)
{
    const QString name = parser.value(kFormatOption);
    const std::optional<Format> format = formatFromName(name);
    if (!parser.isSet(kFormatOption))
        return usageError(tr("give --format json or --format csv, or a results format: "
                             "pathway-csv, wedges-csv, costs-csv or xlsx"));
    if (!format)
        return usageError(tr("--format must be json, csv, pathway-csv, wedges-csv, costs-csv "
                             "or xlsx, not '%1'")
                              .arg(name));
    m_format = *format;
    m_output =
        parser.isSet(kOutputOption) ? std::optional(parser.value(kOutputOption)) : std::nullopt;
    m_scenario =
        parser.isSet(kScenarioOption) ? std::optional(parser.value(kScenarioOption)) : std::nullopt;
    if (m_format == Format::Workbook && !m_output)
        return usageError(tr("--format xlsx writes a workbook, which goes to standard output "
                             "only when asked: give -o FILE, or -o - for standard output"));
    // "-o -" is standard output: for text, exactly what no -o writes.
    if (m_output == QLatin1String("-") && m_format != Format::Workbook)
        m_output.reset();
    if (m_scenario && (m_format == Format::PlanJson || m_format == Format::ActivityCsv))
        return usageError(tr("--scenario goes with the results formats (pathway-csv, "
                             "wedges-csv, costs-csv, xlsx), not with --format %1")
                              .arg(name));
    return std::nullopt;
}

int ExportCommand::exportPlan(const Plan &plan) const
{
    const ActivityCsv::Bom bom = m_output ? ActivityCsv::Bom::With : ActivityCsv::Bom::Without;
    return writeOutput(m_format == Format::PlanJson ? PlanJson::write(plan)
                                                    : ActivityCsv::write(plan, bom));
}

int ExportCommand::exportResults(const Plan &plan, const PlanFile &file) const
{
    QString error;
    const std::optional<qsizetype> chosen = ScenarioChoice::pick(plan, m_scenario, &error);
    if (!chosen) {
        Console::error(file.message(error));
        return ExitBadInput;
    }
    const PlanResult result = ScenarioEngine(FactorLibraryJson::builtIn()).run(plan);
    const ScenarioResult &scenario = result.scenarios.at(size_t(*chosen));
    const QString &currency = plan.community.currency;
    if (m_format == Format::Workbook) {
        if (!ResultsXlsx::write(ResultTables::all(result, scenario, currency), *m_output, &error)) {
            Console::error(error);
            return ExitBadInput;
        }
        return ExitSuccess;
    }
    const ExportTable table = ResultTables::build(*tableKind(m_format), result, scenario, currency);
    return writeOutput(
        ResultsCsv::write(table, m_output ? ActivityCsv::Bom::With : ActivityCsv::Bom::Without));
}

int ExportCommand::writeOutput(const QByteArray &bytes) const
{
    if (!m_output) {
        Console::outBytes(bytes);
        return Console::finish(ExitSuccess);
    }
    QString error;
    if (!ExportFile::write(bytes, *m_output, &error)) {
        Console::error(error);
        return ExitBadInput;
    }
    return ExitSuccess;
}

} // namespace zeroplan
