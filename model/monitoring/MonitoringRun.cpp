#include "MonitoringRun.h"

#include "InventoryEmissions.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <algorithm>

namespace zeroplan {

std::optional<double> MonitoringRun::reducedSinceBase() const
{
    if (years.empty())
        return std::nullopt;
    return baseYearGross - years.back().actual;
}

std::optional<double> MonitoringRun::stillToReduce() const
{
    if (years.empty())
        return std::nullopt;
    return std::max(0.0, years.back().actual - targetGross);
}

std::optional<MonitoringRun> MonitoringRun::of(const Plan &plan, const FactorLibrary &library,
                                               const QDate &asOf, int samples, QString *error)
{
    const AdoptedPlan *adopted = plan.monitoring.adopted();
    if (!adopted || !adopted->plan) {
        if (error)
            *error = QCoreApplication::translate(
                "zeroplan::MonitoringRun",
                "the plan has not been adopted yet: adopt a scenario first, then monitoring "
                "compares what happens with it");
        return std::nullopt;
    }
    // The adopted plan, with the factors of the plan as it is now: an actual inventory names the
    // factors of its own year (a grid factor added after adoption), which the validator checks
    // against the plan's factors; where both have an id, the plan's own wins.
    AdoptedPlan measured = *adopted;
    auto withFactors = std::make_shared<Plan>(*adopted->plan);
    QList<EmissionFactor> factors = plan.factors;
    for (const EmissionFactor &f : adopted->plan->factors) {
        if (!std::any_of(factors.cbegin(), factors.cend(),
                         [&](const EmissionFactor &own) { return own.id == f.id; }))
            factors.append(f);
    }
    withFactors->factors = factors;
    measured.plan = withFactors;
    adopted = &measured;
    const Plan &frozen = *measured.plan;
    MonitoringRun run;
    run.adoptedLabel = adopted->label;
    run.adoptedOn = adopted->date;
    run.baseYear = frozen.community.baseYear;
    run.baseYearGross = adopted->grossIn(run.baseYear);
    run.targetYear = frozen.community.targets.neutralityYear.value_or(frozen.community.horizonEnd);
    run.targetGross = adopted->grossIn(run.targetYear);

    QList<ActualInventory> actuals = plan.monitoring.actuals;
    std::sort(actuals.begin(), actuals.end(),
              [](const ActualInventory &a, const ActualInventory &b) { return a.year < b.year; });
    for (const ActualInventory &a : actuals) {
        if (a.year <= run.baseYear)
            continue; // the base year is the baseline itself
        const InventoryEmissions e = InventoryEmissions::actual(frozen, a, library);
        run.years.push_back({a.year, adopted->grossIn(a.year), e.gross});
    }
    // The latest year anything was reported for: an actual inventory, else measure progress.
    for (const MeasureProgress &p : plan.monitoring.progress) {
        if (!run.latestYear || p.year > *run.latestYear)
            run.latestYear = p.year;
    }
    if (!run.years.empty())
        run.latestYear = std::max(run.latestYear.value_or(0), run.years.back().year);
    if (run.latestYear)
        run.tracking = MeasureTracking::of(frozen, adopted->scenario(), library, *run.latestYear,
                                           plan.monitoring.progress, asOf);
    if (!run.years.empty()) {
        const ActualInventory &latest = actuals.back();
        const MeasureTracking atLatest =
            run.tracking && run.tracking->year == latest.year
                ? *run.tracking
                : MeasureTracking::of(frozen, adopted->scenario(), library, latest.year,
                                      plan.monitoring.progress, asOf);
        double realised = 0;
        for (const double t : atLatest.realisedBySector)
            realised += t;
        run.decomposition = ChangeDecomposition::between(
            InventoryEmissions::baseline(frozen, library, plan.monitoring.baseHeatingDegreeDays)
                .lines,
            InventoryEmissions::actual(frozen, latest, library).lines, realised);
        run.reforecast =
            Reforecast::of(*adopted, latest, plan.monitoring.progress, library, atLatest, samples);
    }
    return run;
}

} // namespace zeroplan
