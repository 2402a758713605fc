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
const QString kSamplesOption = QStringLiteral("samples");
const QString kSeedOption = QStringLiteral("seed");

// The digits of a whole number with an optional sign; empty if `text` is not one. ASCII
// digits only: QChar::isDigit() also takes digits that toULongLong() does not.
QString unsignedDigits(const QString &text, bool *negative)
{
    QString digits = text.trimmed();
    *negative = digits.startsWith(QLatin1Char('-'));
    if (*negative || digits.startsWith(QLatin1Char('+')))
        digits.remove(0, 1);
    const bool allDigits = std::all_of(digits.cbegin(), digits.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    return allDigits ? digits : QString();
}

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
        {kSamplesOption,
         tr("Also run N Monte Carlo samples (at most %L1) and the sensitivity analysis.")
             .arg(kMaxSamples),
         QStringLiteral("N")},
        {kSeedOption, tr("Seed of the Monte Carlo draws (default: %1).").arg(kDefaultSeed),
         QStringLiteral("S")},
    });
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
    const QString format = parser.value(kFormatOption).trimmed().toLower();
    if (format == QStringLiteral("json"))
        m_format = Format::Json;
    else if (format == QStringLiteral("csv"))
        m_format = Format::Csv;
    else if (format == QStringLiteral("table"))
        m_format = Format::Table;
    else
        return usageError(
            tr("unknown format '%1'; use json, csv or table").arg(parser.value(kFormatOption)));
    m_oneScenario = parser.isSet(kScenarioOption);
    m_scenario = parser.value(kScenarioOption);
    if (parser.isSet(kSamplesOption)) {
        if (const std::optional<int> status = readSamples(parser.value(kSamplesOption)))
            return status;
    }
    if (parser.isSet(kSeedOption))
        return readSeed(parser.value(kSeedOption));
    return std::nullopt;
}

std::optional<int> SimulateCommand::readSamples(const QString &text)
{
    bool negative = false;
    const QString digits = unsignedDigits(text, &negative);
    if (digits.isEmpty())
        return usageError(tr("--samples needs a whole number of samples, not '%1'").arg(text));
    bool fits = false;
    const qulonglong n = digits.toULongLong(&fits); // too many digits: more than the limit
    if (negative || (fits && n == 0))
        return usageError(tr("--samples must be at least 1, not %1").arg(text.trimmed()));
    if (!fits || n > qulonglong(kMaxSamples)) {
        Console::error(QCoreApplication::applicationName() + QStringLiteral(": ") +
                       tr("--samples %1 is more than the limit; using %L2 samples")
                           .arg(text.trimmed())
                           .arg(kMaxSamples));
        m_samples = kMaxSamples;
        return std::nullopt;
    }
    m_samples = int(n);
    return std::nullopt;
}

std::optional<int> SimulateCommand::readSeed(const QString &text)
{
    bool negative = false;
    const QString digits = unsignedDigits(text, &negative);
    bool fits = false;
    const qulonglong seed = digits.toULongLong(&fits);
    if (digits.isEmpty() || negative || !fits)
        return usageError(tr("--seed needs a whole number from 0 to %1, not '%2'")
                              .arg(QString::number(std::numeric_limits<quint64>::max()), text));
    m_seed = seed;
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
    if (m_samples <= 0)
        return out;
    PlanRunOptions options;
    options.samples = m_samples;
    options.seed = m_seed;
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
                    .arg(m_samples)));
            return std::nullopt;
        }
    }
    return out;
}

QByteArray SimulateCommand::render(const Plan &plan, const PlanResult &result,
                                   const std::vector<ScenarioUncertainty> &uncertainty) const
{
    switch (m_format) {
    case Format::Json:
        return QJsonDocument(ResultJson::toJson(plan, result, uncertainty))
            .toJson(QJsonDocument::Indented);
    case Format::Csv:
        return ResultsCsv::writeSimulation(result, uncertainty);
    case Format::Table:
        return ResultTable::format(plan, result, uncertainty).toUtf8();
    }
    return {};
}

} // namespace zeroplan
