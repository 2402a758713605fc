#include "MeasureEffects.h"

#include <cmath>

namespace zeroplan {
namespace {

using Weight = EngineState::Weight;

// Everything an effect needs: the measure, its parameters for every sample, the state.
class Effect
{
public:
    Effect(const EngineMeasure &measure, const Eigen::ArrayXXd &parameters, EngineState &s)
        : m(measure), P(parameters), state(s), targets(s.targetsOf(measure)), B(s.samples()),
          T(s.years())
    {
    }

    // A parameter's values, one per sample (a view into the parameter matrix, no copy). A key
    // the kind does not have is a programming error, stopped here: every kind's effect runs
    // in the tests (TestMeasureKinds), so a misspelt key never reaches a user.
    Eigen::Block<const Eigen::ArrayXXd, 1, Eigen::Dynamic> param(const char *key) const
    {
        const int index = m.spec->parameterIndex(key);
        if (index < 0)
            qFatal("engine: measure kind %s has no parameter \"%s\"", m.spec->name, key);
        return P.row(m.parameterRows[size_t(index)]);
    }
    // Outer product: a year profile times a per-sample size.
    template <typename Row>
    YearBySample grid(const YearSeries &years, const Eigen::ArrayBase<Row> &samples) const
    {
        return (years.matrix() * samples.matrix()).array();
    }
    template <typename Row> YearBySample adopted(const Eigen::ArrayBase<Row> &size) const
    {
        return grid(m.adoption, size);
    }
    // Every target keeps the share `keep` (clamped to [0, 1]).
    void scaleTargets(const YearBySample &keep)
    {
        const YearBySample clamped = keep.max(0.0).min(1.0);
        for (int c : targets)
            state.scale(c, clamped);
    }

    const EngineMeasure &m;
    const Eigen::ArrayXXd &P;
    EngineState &state;
    const std::vector<int> &targets;
    const int B;
    const int T;
    MeasureEffect out;
};

void ledLighting(Effect &e)
{
    e.scaleTargets(1.0 - e.adopted(e.param("lighting_share") * e.param("savings")));
}

void smartEnergy(Effect &e)
{
    e.scaleTargets(1.0 - e.adopted(e.param("savings_share")));
}

void buildingRetrofit(Effect &e)
{
    const SampleRow saved =
        e.param("floor_area_m2") * (e.param("demand_before") - e.param("demand_after")).max(0.0);
    e.state.removeProportionally(e.targets, e.adopted(saved), Weight::Energy);
}

// The adoption a carbon-account programme acts with in each year and sample: its adoption
// while it runs, and after it stops (`duration_years` after its start; 0 = never) the
// adoption of its last year decaying by `decay_rate` a year (Allcott & Rogers 2014).
// `running` is 1 in the years it runs, 0 after.
YearBySample programmeAdoption(const Effect &e, YearBySample &running)
{
    const SampleRow duration = e.param("duration_years");
    const SampleRow decay = e.param("decay_rate").max(0.0).min(1.0);
    YearBySample adoption = e.adopted(SampleRow::Ones(e.B));
    running = YearBySample::Ones(e.T, e.B);
    for (int b = 0; b < e.B; ++b) {
        if (!(duration[b] > 0))
            continue;
        for (int t = 0; t < e.T; ++t) { // each stopped year looks back to the last running one
            const double stopped = e.m.age[t] - std::floor(duration[b]) + 1.0;
            if (stopped < 1.0)
                continue;
            const int last = std::max(0, t - int(stopped));
            running(t, b) = 0.0;
            adoption(t, b) = e.m.adoption[last] * std::pow(1.0 - decay[b], stopped);
        }
    }
    return adoption;
}

// Resident carbon accounts (docs/measures.md): enrolled residents = adoption × population ×
// participation; the active ones (active_share) cut home_energy_cut of the home energy
// emissions (targets in stationary energy) left at this point of the engine's order, and
// reduction_t_per_person each (transport and the like). That is what the scheme credits; only the
// share `additionality` of it is a reduction, and only that is taken off the targets (the wedge).
// Points are paid per credited tonne and, Korea-style, per 5 % step of the home cut (at most three)
// per active participant; × point_value, capped at budget_cap (0 = no cap).
void carbonAccounts(Effect &e)
{
    YearBySample running;
    const YearBySample adoption = programmeAdoption(e, running);
    const SampleRow additionality = e.param("additionality").max(0.0).min(1.0);
    const SampleRow perPerson = e.param("participation") * e.param("active_share");
    const YearSeries &population = e.state.input().population;
    const YearBySample enrolled = adoption.colwise() * population; // × participation below

    std::vector<int> homes;
    for (int c : e.targets) {
        if (e.state.input().columns[size_t(c)].sector == Sector::StationaryEnergy)
            homes.push_back(c);
    }
    YearBySample credited = YearBySample::Zero(e.T, e.B);
    const SampleRow homeCut = e.param("home_energy_cut");
    if ((homeCut > 0).any() && !homes.empty()) {
        const YearBySample left = e.state.total(homes, Weight::Emissions);
        const YearBySample cut = (left * adoption).rowwise() * (perPerson * homeCut);
        credited += cut;
        e.state.removeProportionally(homes, cut.rowwise() * additionality, Weight::Emissions);
    }
    const YearBySample fixed = enrolled.rowwise() * (perPerson * e.param("reduction_t_per_person"));
    const YearBySample fixedDone =
        e.state.removeProportionally(e.targets, fixed.rowwise() * additionality, Weight::Emissions);
    // Credited: what was taken off ÷ additionality, so never more than the targets held; with
    // additionality 0 nothing is taken off and the request is what is credited.
    const YearBySample fixedCredited =
        (additionality > 0)
            .replicate(e.T, 1)
            .select(fixedDone.rowwise() / additionality.max(1e-300), fixed);
    credited = (credited + fixedCredited) * running;

    const double steps = std::min(3.0, std::floor(homeCut(0) / 0.05 + 1e-9));
    const YearSeries active = (enrolled.col(0) * running.col(0)) * perPerson(0);
    const YearSeries points = credited.col(0) * e.param("points_per_tonne")(0) +
                              active * (e.param("tier_points")(0) * steps);
    YearSeries budget = points * e.param("point_value")(0);
    const double cap = e.param("budget_cap")(0);
    if (cap > 0)
        budget = budget.min(cap);
    e.out.extraOpex = budget;
    e.out.credited = credited.col(0);
    e.out.pointsBudget = budget;
}

void custom(Effect &e)
{
    e.scaleTargets(1.0 - e.adopted(e.param("share")));
    const SampleRow amount = e.param("amount_t");
    if ((amount > 0).any())
        e.state.removeProportionally(e.targets, e.adopted(amount), Weight::Emissions);
}

// Kilometres a removed amount of a car line stands for: vehicle-km directly, litres of fuel
// through the car's fuel use.
YearBySample kilometres(const Effect &e, const EngineColumn &c, const YearBySample &removed)
{
    if (c.dimension == Dimension::VehicleDistance)
        return removed * c.basePerUnit;
    if (c.dimension == Dimension::Volume) {
        const SampleRow kmPerLitre = 100.0 / e.param("fuel_l_per_100km").max(1e-9);
        return (removed * (c.basePerUnit * 1000.0)).rowwise() * kmPerLitre;
    }
    return YearBySample::Zero(e.T, e.B);
}

void sharedTransport(Effect &e)
{
    const YearBySample keep = (1.0 - e.adopted(e.param("shift_share"))).max(0.0).min(1.0);
    YearBySample km = YearBySample::Zero(e.T, e.B);
    for (int c : e.targets)
        km += kilometres(e, e.state.input().columns[size_t(c)], e.state.scaleAndReport(c, keep));
    e.state.add(e.m.addedColumn, km.rowwise() * e.param("replacement_kwh_per_km"));
}

void heatPump(Effect &e)
{
    const YearBySample keep = (1.0 - e.adopted(e.param("share_replaced"))).max(0.0).min(1.0);
    YearBySample fuelKwh = YearBySample::Zero(e.T, e.B);
    for (int c : e.targets)
        fuelKwh += e.state.scaleAndReport(c, keep) * e.state.input().columns[size_t(c)].kwhPerUnit;
    const SampleRow electricityPerFuelKwh = e.param("boiler_efficiency") / e.param("cop").max(1e-9);
    e.state.add(e.m.addedColumn, fuelKwh.rowwise() * electricityPerFuelKwh);
}

void composting(Effect &e)
{
    const YearBySample diverted =
        e.state.removeProportionally(e.targets, e.adopted(e.param("capacity_t")), Weight::Base);
    e.state.add(e.m.addedColumn, diverted.rowwise() * e.param("compost_ef"));
}

void wasteSorting(Effect &e)
{
    const SampleRow before = e.param("recycling_before");
    const SampleRow after = e.param("recycling_after");
    // The recycled share of what used to be thrown away.
    const SampleRow diverted = ((after - before) / (1.0 - before).max(1e-9)).max(0.0).min(1.0);
    e.scaleTargets(1.0 - e.adopted(diverted));
}

void rooftopSolar(Effect &e)
{
    // Panels age from their start and are replaced at the end of their lifetime.
    const double lifetime = double(e.m.lifetime);
    const YearSeries age =
        (e.m.age < 0).select(0.0, e.m.age - lifetime * (e.m.age / lifetime).floor());
    const SampleRow logKeep = (1.0 - e.param("degradation")).max(1e-12).log();
    const YearBySample ageing = e.grid(age, logKeep).exp();
    const SampleRow size = e.param("capacity_kwp") * e.param("specific_yield");
    const SampleRow self = e.param("self_consumption");
    const SampleRow counted =
        self + (e.param("export_credit") >= 0.5).cast<double>() * (1.0 - self);
    const YearBySample displaced = e.adopted(size * counted) * ageing;
    e.state.removeProportionally(e.targets, displaced, Weight::Energy);
}

void greenPower(Effect &e)
{
    const YearBySample before = e.state.total(e.targets, Weight::Energy);
    e.scaleTargets(1.0 - e.adopted(e.param("share")));
    const YearBySample bought = before - e.state.total(e.targets, Weight::Energy);
    e.out.extraOpex = bought.col(0) * e.param("premium_per_kwh")(0);
}

void treePlanting(Effect &e)
{
    const YearSeries grown = e.m.age + 1.0;
    const YearBySample growth =
        e.grid(grown.max(0.0), 1.0 / e.param("maturity_years").max(1e-9)).min(1.0);
    e.out.sink = e.adopted(e.param("canopy_ha") * e.param("sequestration_t_per_ha")) * growth;
}

void carbonCredits(Effect &e)
{
    e.out.credit = e.adopted(e.param("tonnes_per_year"));
    e.out.extraOpex = e.out.credit.col(0) * e.param("price_per_t")(0);
}

} // namespace

MeasureEffect applyMeasure(int index, const Eigen::ArrayXXd &parameters, EngineState &state)
{
    const EngineMeasure &m = state.input().measures[size_t(index)];
    Effect e(m, parameters, state);
    state.beginMeasure(m.spec->traits.savesEnergyCosts, &m.tariffs);
    switch (m.kind()) {
    case MeasureKind::LedLighting:
        ledLighting(e);
        break;
    case MeasureKind::SmartEnergy:
        smartEnergy(e);
        break;
    case MeasureKind::BuildingRetrofit:
        buildingRetrofit(e);
        break;
    case MeasureKind::CarbonAccounts:
        carbonAccounts(e);
        break;
    case MeasureKind::Custom:
        custom(e);
        break;
    case MeasureKind::SharedTransport:
        sharedTransport(e);
        break;
    case MeasureKind::HeatPump:
        heatPump(e);
        break;
    case MeasureKind::Composting:
        composting(e);
        break;
    case MeasureKind::WasteSorting:
        wasteSorting(e);
        break;
    case MeasureKind::RooftopSolar:
        rooftopSolar(e);
        break;
    case MeasureKind::GreenPower:
        greenPower(e);
        break;
    case MeasureKind::TreePlanting:
        treePlanting(e);
        break;
    case MeasureKind::CarbonCredits:
        carbonCredits(e);
        break;
    }
    return std::move(e.out);
}

} // namespace zeroplan
