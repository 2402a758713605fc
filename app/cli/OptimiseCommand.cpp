#include "OptimiseCommand.h"

#include "Console.h"
#include "OptimiseLimitOptions.h"
#include "OptimiseTable.h"
#include "PlanFile.h"
#include "PlanRewrite.h"
#include "optimise/Optimiser.h"
#include "optimise/RobustOptimiser.h"
#include "plan/Plan.h"
#include "storage/FactorLibraryJson.h"
#include "storage/OptimiseResultJson.h"

#include <QJsonDocument>

namespace zeroplan {
namespace {

const QString kTargetYear = QStringLiteral("target-year");
const QString kTarget = QStringLiteral("target");
const QString kBudget = QStringLiteral("budget");
const QString kLevels = QStringLiteral("levels");
const QString kMeasures = QStringLiteral("measures");
const QString kAlternatives = QStringLiteral("alternatives");
const QString kSaveAs = QStringLiteral("save-as");
const QString kRobust = QStringLiteral("robust");
const QString kSeed = QStringLiteral("seed");
const QString kContinuousCredits = QStringLiteral("continuous-credits");
constexpr int kMaxAlternatives = 10;
constexpr int kMaxDraws = 10000;

} // namespace

QString OptimiseCommand::name() const
{
    return QStringLiteral("optimise");
}

QString OptimiseCommand::summary() const
{
    return tr("Find the least-cost levels of the plan's measures that meet a target.");
}

std::optional<int> OptimiseCommand::readRequest(const QCommandLineParser &parser, const Plan &plan)
{
    OptimiseRequest &r = m_request;
    r.targetYear = plan.community.targets.neutralityYear.value_or(plan.community.horizonEnd);
    if (parser.isSet(kTargetYear)) {
        bool ok = false;
        r.targetYear = parser.value(kTargetYear).trimmed().toInt(&ok);
        if (!ok)
            return usageError(
                tr("--target-year needs a year, not '%1'").arg(parser.value(kTargetYear)));
    }
    const QString target = parser.value(kTarget).trimmed().toLower();
    if (target == QLatin1String("net-zero")) {
        r.target = OptimiseRequest::Target::NetZero;
    } else if (target.startsWith(QLatin1String("cut:"))) {
        bool ok = false;
        const double percent = target.mid(4).remove(u'%').trimmed().toDouble(&ok);
        if (!ok || !(percent > 0 && percent <= 100))
            return usageError(tr("--target cut:P needs a percentage above 0 and at most 100, "
                                 "not '%1'")
                                  .arg(parser.value(kTarget)));
        r.target = OptimiseRequest::Target::Cut;
        r.cut = percent / 100;
    } else {
        return usageError(tr("--target must be net-zero or cut:P (P in percent), not '%1'")
                              .arg(parser.value(kTarget)));
    }
    if (parser.isSet(kBudget)) {
        bool ok = false;
        const double budget = parser.value(kBudget).trimmed().toDouble(&ok);
        if (!ok || !(budget >= 0))
            return usageError(tr("--budget needs an amount of 0 or more in the plan's currency, "
                                 "not '%1'")
                                  .arg(parser.value(kBudget)));
        r.budget = budget;
    }
    QList<double> levels = OptimiseRequest::defaultLevels();
    if (parser.isSet(kLevels)) {
        levels.clear();
        for (const QString &part : parser.value(kLevels).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const double percent = part.trimmed().remove(u'%').toDouble(&ok);
            if (!ok || percent < 0 || percent > 100)
                return usageError(tr("--levels needs percentages from 0 to 100 separated by "
                                     "commas, not '%1'")
                                      .arg(parser.value(kLevels)));
            levels.append(percent / 100);
        }
        if (levels.isEmpty())
            return usageError(tr("--levels needs at least one percentage"));
    }
    QStringList measures;
    if (parser.isSet(kMeasures)) {
        for (const QString &id : parser.value(kMeasures).split(u',', Qt::SkipEmptyParts))
            measures.append(id.trimmed());
    } else {
        for (const Measure &m : plan.measures)
            measures.append(m.id);
    }
    for (const QString &id : std::as_const(measures))
        r.candidates.append({id, levels});
    r.continuousCredits = parser.isSet(kContinuousCredits);
    if (parser.isSet(kAlternatives)) {
        bool ok = false;
        r.alternatives = parser.value(kAlternatives).trimmed().toInt(&ok);
        if (!ok || r.alternatives < 0 || r.alternatives > kMaxAlternatives)
            return usageError(tr("--alternatives needs a whole number from 0 to %1, not '%2'")
                                  .arg(kMaxAlternatives)
                                  .arg(parser.value(kAlternatives)));
    }
    if (const std::optional<QString> error = OptimiseLimitOptions::read(parser, plan, r))
        return usageError(*error);
    if (parser.isSet(kRobust)) {
        bool ok = false;
        m_draws = parser.value(kRobust).trimmed().toInt(&ok);
        if (!ok || m_draws < 1 || m_draws > kMaxDraws)
            return usageError(tr("--robust needs a whole number of draws from 1 to %1, not '%2'")
                                  .arg(kMaxDraws)
                                  .arg(parser.value(kRobust)));
    }
    if (parser.isSet(kSeed)) {
        const QString text = parser.value(kSeed).trimmed();
        bool ok = !text.startsWith(u'-') && !text.startsWith(u'+');
        m_seed = ok ? text.toULongLong(&ok) : 0;
        if (!ok)
            return usageError(
                tr("--seed needs a whole number of 0 or more, not '%1'").arg(parser.value(kSeed)));
        if (!parser.isSet(kRobust))
            return usageError(tr("--seed is for --robust N; give that too"));
    }
    return std::nullopt;
}

int OptimiseCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    parser.addOptions({
        {kTargetYear,
         tr("The year the target is for (default: the plan's neutrality year, else its last "
            "year)."),
         QStringLiteral("YEAR")},
        {kTarget,
         tr("net-zero (net emissions at most 0) or cut:P (net at most P % below base-year "
            "gross emissions); default: net-zero."),
         QStringLiteral("TARGET"), QStringLiteral("net-zero")},
        {kBudget, tr("The most the measures may invest over the plan's years, in its currency."),
         QStringLiteral("AMOUNT")},
        {kLevels, tr("The levels each measure may take, in percent (default: 0,25,50,75,100)."),
         QStringLiteral("LIST")},
        {kMeasures, tr("The measures to choose from, by id (default: every measure)."),
         QStringLiteral("IDS")},
        {kAlternatives,
         tr("Also give N near-optimal choices within 10 % of the least cost (at most %1).")
             .arg(kMaxAlternatives),
         QStringLiteral("N")},
        {kRobust,
         tr("Also solve on N Monte Carlo draws of the measures' uncertain parameters and say "
            "how often each measure is chosen (at most %1).")
             .arg(kMaxDraws),
         QStringLiteral("N")},
        {kSeed, tr("Seed of the --robust draws (default: 1)."), QStringLiteral("S")},
        {kContinuousCredits,
         tr("Let carbon credits take any level between their lowest and highest, not only the "
            "levels: any quantity within the cap the highest level sets.")},
        {kSaveAs, tr("Add the least-cost choice to the plan as a scenario named NAME."),
         QStringLiteral("NAME")},
        jsonOrTableOption(),
    });
    parser.addOptions(OptimiseLimitOptions::options());
    QString path;
    if (const std::optional<int> status =
            parse(parser, OptimiseLimitOptions::withCarbonBudgetValue(arguments), &path))
        return *status;
    if (const std::optional<int> status = readJsonOrTable(parser, &m_format))
        return *status;

    const bool save = parser.isSet(kSaveAs);
    std::optional<PlanRewrite> rewrite;
    if (save) {
        rewrite.emplace(path);
        if (const std::optional<int> status = rewrite->begin())
            return *status;
    }
    PlanFile file(path);
    std::optional<Plan> plan =
        file.readValid(tr("the plan has errors; fix them first (run zeroplan-cli validate)"));
    if (!plan)
        return ExitBadInput;
    if (const std::optional<int> status = readRequest(parser, *plan))
        return *status;
    const QString scenarioName = parser.value(kSaveAs).trimmed();
    if (save && (scenarioName.isEmpty() || plan->findScenario(scenarioName)))
        return usageError(scenarioName.isEmpty()
                              ? tr("--save-as needs a name for the new scenario")
                              : tr("the plan already has a scenario named '%1'; choose another "
                                   "name for --save-as")
                                    .arg(scenarioName));

    const OptimiseResult result = Optimiser::run(*plan, m_request, FactorLibraryJson::builtIn());
    if (result.outcome == OptimiseResult::Outcome::Invalid) {
        Console::error(file.message(result.error));
        return ExitBadInput;
    }
    if (result.outcome == OptimiseResult::Outcome::Failed ||
        result.outcome == OptimiseResult::Outcome::Cancelled) { // no progress asked: not cancelled
        Console::error(file.message(tr("the solver stopped without an answer")));
        return ExitBadInput;
    }
    std::optional<RobustResult> robust;
    if (m_draws > 0)
        robust =
            RobustOptimiser::run(*plan, m_request, FactorLibraryJson::builtIn(), m_draws, m_seed);
    const RobustResult *robustness = robust ? &*robust : nullptr;
    if (m_format == OutputFormat::Json)
        Console::outBytes(
            QJsonDocument(OptimiseResultJson::toJson(*plan, m_request, result, robustness))
                .toJson(QJsonDocument::Indented));
    else
        Console::out(OptimiseTable::format(*plan, m_request, result, robustness));

    if (save && result.outcome == OptimiseResult::Outcome::Optimal) {
        plan->scenarios.append(result.best.scenario(
            scenarioName, tr("The least-cost choice found by zeroplan-cli optimise.")));
        if (const std::optional<int> status = rewrite->check())
            return *status;
        if (!file.write(*plan)) {
            Console::error(file.error());
            return ExitBadInput;
        }
        Console::error(tr("Added the scenario '%1' to %2.").arg(scenarioName, path));
    }
    return Console::finish(ExitSuccess);
}

} // namespace zeroplan
