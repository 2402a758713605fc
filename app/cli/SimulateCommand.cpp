#include "SimulateCommand.h"

#include "Console.h"
#include "PlanFile.h"
#include "ResultTable.h"
#include "engine/PlanRun.h"
#include "export/ResultsCsv.h"
#include "inventory/FactorLibrary.h"
#include "plan/Plan.h"
#include "storage/FactorLibraryJson.h"

#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <limits>
#include <new>

namespace zeroplan {
namespace {

const QString kScenarioOption = QStringLiteral("scenario");
const QString kFormatOption = QStringLiteral("format");

QString scenarioList(const Plan &plan)
{
    QStringList names;
    for (const Scenario &s : plan.scenarios)
        names.append(QLatin1Char('\'') + s.name + QLatin1Char('\''));
    return names.join(QStringLiteral(", "));
}

// "<file>: <first error> (n more; run zeroplan-cli validate <file>)"; without the hint when
// there is nothing more to see.
QString firstErrorLine(const PlanFile &file, const PlanReadResult &result, const QString &path)
{
    const PlanProblem *first = nullptr;
    int more = 0;
    for (const PlanProblem &p : result.problems) {
        if (p.severity != PlanProblem::Severity::Error)
            continue;
        if (first)
            ++more;
        else
            first = &p;
    }
    QString line = first ? first->toString()
                         : QCoreApplication::translate("zeroplan::SimulateCommand", "not a plan");
    if (more > 0)
        line += QLatin1Char(' ') + QCoreApplication::translate("zeroplan::SimulateCommand",
                                                               "(%n more; run %1 validate %2)",
                                                               nullptr, more)
                                       .arg(QCoreApplication::applicationName(), path);
    return file.message(line);
}

} // namespace

QString SimulateCommand::name() const
{
    return QStringLiteral("simulate");
}

QString SimulateCommand::summary() const
{
    return tr("Run the plan's scenarios and print emissions, wedges, costs and targets.");
}

void SimulateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {kScenarioOption, tr("Run only the scenario named NAME."), QStringLiteral("NAME")},
        {kFormatOption, tr("Print the results as json, csv or table (default: table)."),
         QStringLiteral("FORMAT"), QStringLiteral("table")},
    });
    parser.addOptions(SampleOptions::options(
        tr("Also run N Monte Carlo samples (at most %L1) and the sensitivity analysis.")));
}

int SimulateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    addOptions(parser);
    QString path;
    if (const std::optional<int> status = parse(parser, arguments, &path))
        return *status;
    if (const std::optional<int> status = readOptions(parser))
        return *status;

    PlanFile file(path);
    const std::optional<PlanReadResult> result = file.readOrReport();
    if (!result)
        return ExitBadInput;
    if (!result->ok()) {
        Console::error(firstErrorLine(file, *result, path));
        return ExitBadInput;
    }
    const qsizetype warnings = result->problems.size();
    if (warnings > 0)
        Console::error(file.message(tr("%n warning(s); run %1 validate %2", nullptr, int(warnings))
                                        .arg(QCoreApplication::applicationName(), path)));
    return simulate(*result->plan, file);
}

std::optional<int> SimulateCommand::readOptions(const QCommandLineParser &parser)
{
    if (const std::optional<int> status = readOutputFormat(parser.value(kFormatOption), &m_format))
        return status;
    m_oneScenario = parser.isSet(kScenarioOption);
    m_scenario = parser.value(kScenarioOption);
    if (const std::optional<QString> error = m_sampling.read(parser))
        return usageError(*error);
    return std::nullopt;
}

std::vector<const Scenario *> SimulateCommand::chosenScenarios(const Plan &plan) const
{
    std::vector<const Scenario *> out;
    for (const Scenario &s : plan.scenarios) {
        if (!m_oneScenario || s.name == m_scenario)
            out.push_back(&s);
    }
    return out;
}

int SimulateCommand::simulate(const Plan &plan, const PlanFile &file) const
{
    const std::vector<const Scenario *> scenarios = chosenScenarios(plan);
    if (m_oneScenario && scenarios.empty()) {
        Console::error(file.message(
            plan.scenarios.isEmpty()
                ? tr("no scenario named '%1': the plan has no scenarios").arg(m_scenario)
                : tr("no scenario named '%1'; the plan's scenarios are %2")
                      .arg(m_scenario, scenarioList(plan))));
        return ExitBadInput;
    }
    if (plan.yearCount() < 1) { // the validator refuses such a plan; never index an empty year
        Console::error(file.message(tr("the horizon ends before the base year")));
        return ExitBadInput;
    }
    PlanRun run;
    try {
        run = PlanRun::run(plan, FactorLibraryJson::builtIn(), scenarios);
    } catch (const std::bad_alloc &) {
        // Say what ran out: the run's size is measures × years (and lines × years).
        Console::error(file.message(tr("not enough memory to run %n measure(s) and %1 activity "
                                       "line(s) over %2 years",
                                       nullptr, int(plan.measures.size()))
                                        .arg(plan.activities.size())
                                        .arg(plan.yearCount())));
        return ExitBadInput;
    }
    const auto uncertainty = runUncertainty(run, file);
    if (!uncertainty)
        return ExitBadInput;
    Console::outBytes(render(plan, run.result, *uncertainty));
    return Console::finish(ExitSuccess);
}

// Each scenario's uncertainty, from the input the run compiled for it.
std::optional<std::vector<ScenarioUncertainty>>
SimulateCommand::runUncertainty(const PlanRun &run, const PlanFile &file) const
{
    std::vector<ScenarioUncertainty> out;
    if (m_sampling.samples <= 0)
        return out;
    PlanRunOptions options;
    options.samples = m_sampling.samples;
    options.seed = m_sampling.seed;
    for (size_t i = 0; i < run.inputs.size(); ++i) {
        const EngineInput &input = run.inputs[i];
        try {
            out.push_back(PlanRun::uncertaintyOf(input, options).value_or(ScenarioUncertainty{}));
        } catch (const std::bad_alloc &) {
            // Memory grows with measures × years and samples × years (docs/engine.md): name
            // both, so that the reader sees which one is large.
            Console::error(file.message(
                tr("not enough memory for the uncertainty analysis of scenario '%1': %L2 "
                   "measures × %L3 years, %L4 samples × %L3 years")
                    .arg(run.result.scenarios[i].name)
                    .arg(qlonglong(input.measures.size()))
                    .arg(input.years)
                    .arg(m_sampling.samples)));
            return std::nullopt;
        }
    }
    return out;
}

QByteArray SimulateCommand::render(const Plan &plan, const PlanResult &result,
                                   const std::vector<ScenarioUncertainty> &uncertainty) const
{
    switch (m_format) {
    case OutputFormat::Json:
        return QJsonDocument(ResultJson::toJson(plan, result, uncertainty))
            .toJson(QJsonDocument::Indented);
    case OutputFormat::Csv:
        return ResultsCsv::writeSimulation(result, uncertainty);
    case OutputFormat::Table:
        return ResultTable::format(plan, result, uncertainty).toUtf8();
    }
    return {};
}

} // namespace zeroplan
