// The optimiser's further limits (issue 18, docs/optimiser.md "Further limits"): the plan's
// interim cuts, the cumulative carbon budget, a budget per year and a budget per payer. On the
// European eco-district sample with five candidates at 0, 50 and 100 % (3^5 = 243 choices),
// each choice is run by the full engine in the test, its per-payer investment split as the
// Costs page splits it (ResidentsRun); the optimiser's choice must cost what the cheapest
// choice meeting the same limits costs, and each limit is set so that it binds (the optimum
// without it breaks it). Infeasible limits give Infeasible and name the limit that stands in
// the way.
#include "engine/ScenarioEngine.h"
#include "optimise/Optimiser.h"
#include "residents/ResidentsRun.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include "OptimiserBruteForce.h"

#include <QtTest>
#include <functional>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

constexpr int kTargetYear = 2040;
constexpr int kInterimYear = 2030;

// Who pays: LED half residents, half the property company; heat pumps the residents; solar
// 24,000 of the government in 2026 (a fixed amount, taken first), the rest 60 % residents and
// 40 % government. Composting and trees have no split (Unassigned).
void addSplits(Plan &plan)
{
    PayerSplit led;
    led.measure = QStringLiteral("led");
    led.capex = {{Party::Residents, 0.5}, {Party::PropertyCompany, 0.5}};
    PayerSplit heatPumps;
    heatPumps.measure = QStringLiteral("heat-pumps");
    heatPumps.capex = {{Party::Residents, 1.0}};
    PayerSplit solar;
    solar.measure = QStringLiteral("solar");
    solar.capex = {{Party::Residents, 0.6}, {Party::Government, 0.4}};
    solar.capexAmounts = {{Party::Government, {{2026, 24000}}}};
    plan.residents.splits = {led, heatPumps, solar};
}

// What the full engine gives for one choice of levels, run as a scenario of its own.
struct Run
{
    QList<double> levels;
    YearSeries net;
    YearSeries gross;
    double presentCost = 0;
    double capex = 0;
    YearSeries capexPerYear;
    double residents = 0; // the residents' investment over the years
    double property = 0;  // the property company's
};

Run runChoice(const Plan &plan, const QList<double> &levels)
{
    Scenario s;
    s.name = QStringLiteral("choice");
    for (qsizetype i = 0; i < kFiveCandidates.size(); ++i)
        if (levels[i] > 0)
            s.measures.append({kFiveCandidates[i], levels[i]});
    const ScenarioResult r = ScenarioEngine(FactorLibraryJson::builtIn()).runScenario(plan, s);
    Run run{levels, r.net, r.gross, r.presentCost, 0, YearSeries::Zero(r.net.size()), 0, 0};
    for (const MeasureResult &m : r.measures) {
        run.capex += m.capex.sum();
        run.capexPerYear += m.capex;
    }
    const ResidentsRun payers = ResidentsRun::of(plan, r);
    if (const PartyMoney *paid = payers.total.find(Party::Residents))
        run.residents = paid->capex.sum();
    if (const PartyMoney *paid = payers.total.find(Party::PropertyCompany))
        run.property = paid->capex.sum();
    return run;
}

std::vector<Run> everyChoice(const Plan &plan)
{
    std::vector<Run> runs;
    forEveryChoice(kFiveCandidates.size(), kThreeLevels,
                   [&](const QList<double> &choice) { runs.push_back(runChoice(plan, choice)); });
    return runs;
}

} // namespace

class TestOptimiserConstraints : public QObject
{
    Q_OBJECT

    Plan m_plan = optimiserSample();
    std::vector<Run> m_runs;
    double m_baseGross = 0;
    int m_row = 0;
    double m_limit = 0;          // net in 2040: 40 % of the way to the most the five take off
    const Run *m_free = nullptr; // the cheapest choice meeting it, no further limit

    OptimiseRequest request() const
    {
        OptimiseRequest r;
        for (const QString &id : kFiveCandidates)
            r.candidates.append({id, kThreeLevels});
        r.targetYear = kTargetYear;
        r.target = OptimiseRequest::Target::Cut;
        r.cut = 1 - m_limit / m_baseGross;
        return r;
    }
    bool meetsTarget(const Run &r) const { return r.net[m_row] <= m_limit; }

    // The optimiser's answer is the brute force's `expected` (or Infeasible when none), and
    // the chosen levels re-run by the engine give the optimiser's net in every year.
    void checkAgainst(const OptimiseResult &result, const Run *expected)
    {
        if (!expected) {
            QCOMPARE(result.outcome, OptimiseResult::Outcome::Infeasible);
            return;
        }
        QCOMPARE(result.outcome, OptimiseResult::Outcome::Optimal);
        QVERIFY(result.exact());
        QVERIFY2(nearlyEqual(result.best.presentCost, expected->presentCost),
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(result.best.presentCost, 0, 'f', 2)
                                .arg(expected->presentCost, 0, 'f', 2)));
        QList<double> chosen;
        for (const QString &id : kFiveCandidates)
            chosen.append(levelIn(result.best, id));
        const Run rerun = runChoice(m_plan, chosen);
        for (Eigen::Index t = 0; t < rerun.net.size(); ++t)
            QVERIFY(std::abs(rerun.net[t] - result.best.net[t]) < 1e-9 * m_baseGross);
    }

private slots:
    void initTestCase()
    {
        addSplits(m_plan);
        m_runs = everyChoice(m_plan);
        QCOMPARE(m_runs.size(), size_t(243));
        const Run &none = m_runs.front();
        m_baseGross = none.gross[0];
        m_row = kTargetYear - m_plan.community.baseYear;
        double most = none.net[m_row];
        for (const Run &r : m_runs)
            most = std::min(most, r.net[m_row]);
        m_limit = none.net[m_row] - 0.4 * (none.net[m_row] - most);
        m_free = cheapest(m_runs, [&](const Run &r) { return meetsTarget(r); });
        QVERIFY(m_free);
        const OptimiseResult free = Optimiser::run(m_plan, request(), FactorLibraryJson::builtIn());
        checkAgainst(free, m_free);
    }

    // An interim cut in 2030 halfway between the free optimum's gross and the least gross any
    // choice reaches then: the optimum is the cheapest choice that also meets it, and the
    // engine's own verdict on that choice says the interim target is met.
    void interimTargetBinds()
    {
        const int row = kInterimYear - m_plan.community.baseYear;
        double least = m_free->gross[row];
        for (const Run &r : m_runs)
            if (meetsTarget(r))
                least = std::min(least, r.gross[row]);
        QVERIFY(least < m_free->gross[row]);
        const double limit = least + 0.5 * (m_free->gross[row] - least);
        Plan plan = m_plan;
        plan.community.targets.interim = {{kInterimYear, 1 - limit / m_baseGross}};
        OptimiseRequest r = request();
        r.interimTargets = true;
        const OptimiseResult result = Optimiser::run(plan, r, FactorLibraryJson::builtIn());
        const Run *expected = cheapest(
            m_runs, [&](const Run &run) { return meetsTarget(run) && run.gross[row] <= limit; });
        QVERIFY(expected && expected != m_free);
        checkAgainst(result, expected);

        const ScenarioResult verdict = ScenarioEngine(FactorLibraryJson::builtIn())
                                           .runScenario(plan, result.best.scenario(QString()));
        bool interimMet = false;
        for (const TargetOutcome &t : verdict.targets)
            if (t.kind == TargetOutcome::Kind::Interim)
                interimMet = t.met;
        QVERIFY(interimMet);
    }

    // A carbon budget halfway between the free optimum's cumulative net and the least any
    // choice reaches: Σ net over 2023–2060 of the choice is within it.
    void carbonBudgetBinds()
    {
        double least = m_free->net.sum();
        for (const Run &r : m_runs)
            if (meetsTarget(r))
                least = std::min(least, r.net.sum());
        QVERIFY(least < m_free->net.sum());
        OptimiseRequest r = request();
        r.carbonBudget = least + 0.5 * (m_free->net.sum() - least);
        const OptimiseResult result = Optimiser::run(m_plan, r, FactorLibraryJson::builtIn());
        const Run *expected = cheapest(m_runs, [&](const Run &run) {
            return meetsTarget(run) && run.net.sum() <= *r.carbonBudget;
        });
        QVERIFY(expected && expected != m_free);
        checkAgainst(result, expected);
        QVERIFY(result.best.net.sum() <= *r.carbonBudget + 1e-9 * m_baseGross);
    }

    // Investment in every year at most halfway between the least peak year any choice meeting
    // the target needs and the free optimum's peak year.
    void budgetPerYearBinds()
    {
        double least = m_free->capexPerYear.maxCoeff();
        for (const Run &r : m_runs)
            if (meetsTarget(r))
                least = std::min(least, r.capexPerYear.maxCoeff());
        QVERIFY(least < m_free->capexPerYear.maxCoeff());
        OptimiseRequest r = request();
        r.budgetPerYear = least + 0.5 * (m_free->capexPerYear.maxCoeff() - least);
        const OptimiseResult result = Optimiser::run(m_plan, r, FactorLibraryJson::builtIn());
        const Run *expected = cheapest(m_runs, [&](const Run &run) {
            return meetsTarget(run) && run.capexPerYear.maxCoeff() <= *r.budgetPerYear;
        });
        QVERIFY(expected && expected != m_free);
        checkAgainst(result, expected);
    }

    // The residents' share of the investment (LED half, heat pumps all, solar 60 % of what the
    // government's fixed 24,000 leaves) at most halfway between the least and the free
    // optimum's.
    void payerBudgetBinds()
    {
        double least = m_free->residents;
        for (const Run &r : m_runs)
            if (meetsTarget(r))
                least = std::min(least, r.residents);
        QVERIFY(least < m_free->residents);
        OptimiseRequest r = request();
        r.payerBudgets = {{Party::Residents, least + 0.5 * (m_free->residents - least)}};
        const OptimiseResult result = Optimiser::run(m_plan, r, FactorLibraryJson::builtIn());
        const Run *expected = cheapest(m_runs, [&](const Run &run) {
            return meetsTarget(run) && run.residents <= r.payerBudgets[0].amount;
        });
        QVERIFY(expected && expected != m_free);
        checkAgainst(result, expected);
    }

    // All four at once, each at the level of the tests above: still the brute force's choice
    // (or Infeasible exactly when the brute force finds none).
    void allLimitsTogether()
    {
        const int row = kInterimYear - m_plan.community.baseYear;
        Plan plan = m_plan;
        const double interim = 0.98 * m_free->gross[row] + 0.02 * m_runs.front().gross[row];
        plan.community.targets.interim = {{kInterimYear, 1 - interim / m_baseGross}};
        OptimiseRequest r = request();
        r.interimTargets = true;
        r.carbonBudget = m_free->net.sum() * 1.001;
        r.budgetPerYear = m_free->capexPerYear.maxCoeff() * 0.9;
        r.payerBudgets = {{Party::Residents, m_free->residents * 0.95}};
        const OptimiseResult result = Optimiser::run(plan, r, FactorLibraryJson::builtIn());
        const Run *expected = cheapest(m_runs, [&](const Run &run) {
            return meetsTarget(run) && run.gross[row] <= interim &&
                   run.net.sum() <= *r.carbonBudget &&
                   run.capexPerYear.maxCoeff() <= *r.budgetPerYear &&
                   run.residents <= r.payerBudgets[0].amount;
        });
        checkAgainst(result, expected);
    }

    // Too small a budget per year, or a carbon budget below what any choice reaches:
    // Infeasible (as the brute force finds), and the answer names the limit without which it
    // is feasible. The smallest total budget is not offered when no total budget was given.
    void infeasibleLimitsAreNamed()
    {
        double leastPeak = std::numeric_limits<double>::infinity();
        double leastCumulative = std::numeric_limits<double>::infinity();
        double leastCapex = std::numeric_limits<double>::infinity();
        for (const Run &r : m_runs) {
            if (!meetsTarget(r))
                continue;
            leastPeak = std::min(leastPeak, r.capexPerYear.maxCoeff());
            leastCumulative = std::min(leastCumulative, r.net.sum());
            leastCapex = std::min(leastCapex, r.capex);
        }
        QVERIFY(leastPeak > 0 && leastCapex > 0);
        OptimiseRequest r = request();
        r.budgetPerYear = 0.5 * leastPeak;
        OptimiseResult result = Optimiser::run(m_plan, r, FactorLibraryJson::builtIn());
        QCOMPARE(result.outcome, OptimiseResult::Outcome::Infeasible);
        QCOMPARE(result.feasibleWithout, QStringList{QStringLiteral("budget_per_year")});
        QVERIFY(!result.smallestBudget);
        // The smallest budget per year that would do is the least peak year of any choice
        // meeting the target, as the brute force finds it.
        QVERIFY(result.smallestBudgetPerYear);
        QVERIFY2(std::abs(*result.smallestBudgetPerYear - leastPeak) <= 1e-6 * leastPeak,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(*result.smallestBudgetPerYear, 0, 'f', 2)
                                .arg(leastPeak, 0, 'f', 2)));
        QVERIFY(result.smallestPayerBudgets.isEmpty());

        // Likewise the residents' smallest budget, the property company's limit kept (and not
        // in the way: it is given what the free optimum makes it pay).
        double leastResidents = std::numeric_limits<double>::infinity();
        for (const Run &run : m_runs)
            if (meetsTarget(run) && run.property <= m_free->property)
                leastResidents = std::min(leastResidents, run.residents);
        QVERIFY(leastResidents > 0);
        r = request();
        r.payerBudgets = {{Party::PropertyCompany, m_free->property},
                          {Party::Residents, 0.5 * leastResidents}};
        result = Optimiser::run(m_plan, r, FactorLibraryJson::builtIn());
        QCOMPARE(result.outcome, OptimiseResult::Outcome::Infeasible);
        QCOMPARE(result.smallestPayerBudgets.size(), 1);
        QCOMPARE(result.smallestPayerBudgets[0].payer, Party::Residents);
        QVERIFY2(std::abs(result.smallestPayerBudgets[0].amount - leastResidents) <=
                     1e-6 * leastResidents,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(result.smallestPayerBudgets[0].amount, 0, 'f', 2)
                                .arg(leastResidents, 0, 'f', 2)));
        QVERIFY(!result.smallestBudgetPerYear);

        r = request();
        r.carbonBudget = leastCumulative - 0.01 * m_baseGross;
        r.budget = 0.5 * leastCapex; // too small as well: neither alone makes it feasible
        result = Optimiser::run(m_plan, r, FactorLibraryJson::builtIn());
        QCOMPARE(result.outcome, OptimiseResult::Outcome::Infeasible);
        QVERIFY(result.feasibleWithout.isEmpty());

        r.budget.reset();
        result = Optimiser::run(m_plan, r, FactorLibraryJson::builtIn());
        QCOMPARE(result.outcome, OptimiseResult::Outcome::Infeasible);
        QCOMPARE(result.feasibleWithout, QStringList{QStringLiteral("carbon_budget")});
    }

    // A wrong limit names its field.
    void wrongLimitsNameTheField()
    {
        OptimiseRequest r = request();
        r.budgetPerYear = -1;
        QCOMPARE(Optimiser::run(m_plan, r, FactorLibraryJson::builtIn()).error,
                 QStringLiteral("budget per year: it must be 0 or more"));
        r = request();
        r.payerBudgets = {{Party::Residents, 10}, {Party::Residents, 20}};
        QCOMPARE(Optimiser::run(m_plan, r, FactorLibraryJson::builtIn()).error,
                 QStringLiteral("budget of residents: given twice"));
        Plan plan = m_plan;
        plan.community.targets.interim.clear();
        r = request();
        r.interimTargets = true;
        QCOMPARE(Optimiser::run(plan, r, FactorLibraryJson::builtIn()).error,
                 QStringLiteral("interim targets: the plan has none"));
    }
};

QTEST_GUILESS_MAIN(TestOptimiserConstraints)
#include "TestOptimiserConstraints.moc"
