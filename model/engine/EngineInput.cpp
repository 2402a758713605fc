#include "EngineInput.h"

#include "inventory/Carrier.h"
#include "inventory/FactorLibrary.h"
#include "measures/MeasureCatalogue.h"
#include "plan/FactorResolver.h"
#include "plan/Plan.h"
#include "plan/ScenarioValues.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <map>

namespace zeroplan {
namespace {

// Years counted from the base year: 0, 1, …, T−1.
YearSeries yearOffsets(int years)
{
    return YearSeries::LinSpaced(years, 0.0, double(years - 1));
}

YearSeries compound(double rate, int years)
{
    return (yearOffsets(years) * std::log1p(rate)).exp();
}

YearSeries factorSeries(const EmissionFactor &f, int baseYear, int years, GwpSet gwp)
{
    if (f.trajectory.isEmpty())
        return YearSeries::Constant(years, f.tonnesCO2ePerUnit(gwp));
    YearSeries ef(years);
    for (int t = 0; t < years; ++t)
        ef[t] = f.tonnesCO2ePerUnit(baseYear + t, gwp);
    return ef;
}

double growthRate(const Plan &plan, Driver driver)
{
    switch (driver) {
    case Driver::Population:
        return plan.drivers.populationGrowth;
    case Driver::Households:
        return plan.drivers.householdGrowth;
    case Driver::Fixed:
        return 0;
    }
    return 0;
}

double sectorTrend(const Plan &plan, Sector sector)
{
    for (const SectorTrend &trend : plan.drivers.sectorTrends) {
        if (trend.sector == sector)
            return trend.rate;
    }
    return 0;
}

// BAU growth per (driver, sector), computed once per compile: few combinations, many lines.
class GrowthTable
{
public:
    GrowthTable(const Plan &plan) : m_plan(plan) {}
    const YearSeries &growth(Driver driver, Sector sector)
    {
        const int key = int(driver) * 16 + int(sector);
        auto it = m_series.find(key);
        if (it == m_series.end()) {
            const int T = m_plan.yearCount();
            const double yearly =
                (1.0 + growthRate(m_plan, driver)) * (1.0 + sectorTrend(m_plan, sector)) - 1.0;
            it = m_series.emplace(key, compound(yearly, T)).first;
        }
        return it->second;
    }

private:
    const Plan &m_plan;
    std::map<int, YearSeries> m_series;
};

std::optional<EngineColumn> lineColumn(const Plan &plan, const ActivityLine &line,
                                       const FactorResolver &factors, GrowthTable &growth)
{
    const EmissionFactor *f = factors.find(line.factor);
    const Carrier *carrier = Carriers::find(line.carrier);
    if (!f)
        return std::nullopt;
    const auto ratio = carrierUnitRatio(carrier, line.unit, f->activityUnit);
    const auto unit = Units::find(f->activityUnit);
    if (!ratio || !unit || !std::isfinite(line.amount))
        return std::nullopt;
    const int T = plan.yearCount();
    const double amount = line.notationKey == NotationKey::None ? line.amount * *ratio : 0.0;
    EngineColumn c;
    c.id = line.id;
    c.label = line.id;
    c.sector = line.sector;
    c.subsector = line.subsector;
    c.carrier = line.carrier;
    c.unit = unit->symbol;
    c.dimension = unit->dimension;
    c.bau = amount * growth.growth(line.driver, line.sector);
    c.ef = factorSeries(*f, plan.community.baseYear, T, plan.gwp);
    c.price = plan.priceOf(line.carrier, c.unit);
    c.kwhPerUnit = carrier ? carrier->kwhPerUnit(c.unit).value_or(0.0) : 0.0;
    c.basePerUnit = unit->toBase;
    return c;
}

// Activity a measure adds: electricity (heat pumps, shared transport) or emissions
// already in tCO2e (composting).
EngineColumn addedColumn(const Plan &plan, const EngineMeasure &m, int measureIndex,
                         const FactorResolver &factors)
{
    const int T = plan.yearCount();
    EngineColumn c;
    c.id = m.id + QStringLiteral("/added");
    c.addedBy = measureIndex;
    c.bau = YearSeries::Zero(T);
    if (m.spec->traits.adds == AddedActivity::CompostEmissions) {
        c.label = QCoreApplication::translate("zeroplan::Engine", "%1: composting").arg(m.name);
        c.sector = m.spec->traits.addedSector;
        c.carrier = QStringLiteral("other");
        c.unit = QStringLiteral("tCO2e");
        c.dimension = Dimension::Emissions;
        c.ef = YearSeries::Ones(T);
        return c;
    }
    c.label = QCoreApplication::translate("zeroplan::Engine", "%1: electricity").arg(m.name);
    c.sector = m.spec->traits.addedSector;
    c.subsector = QStringLiteral("added");
    c.carrier = QStringLiteral("electricity");
    c.unit = QStringLiteral("kWh");
    c.dimension = Dimension::Energy;
    c.kwhPerUnit = 1;
    const EmissionFactor *f = factors.electricity();
    c.ef = YearSeries::Zero(T);
    if (f) {
        const double kwhPerFactorUnit =
            Units::convert(1.0, f->activityUnit, QStringLiteral("kWh")).value_or(0.0);
        if (kwhPerFactorUnit > 0)
            c.ef = factorSeries(*f, plan.community.baseYear, T, plan.gwp) / kwhPerFactorUnit;
    }
    c.price = plan.priceOf(c.carrier, c.unit);
    return c;
}

std::vector<int> resolveTargets(const Measure &measure, const MeasureKindSpec &spec,
                                const std::vector<EngineColumn> &columns)
{
    std::vector<int> targets;
    if (spec.targets.none)
        return targets;
    for (int i = 0; i < int(columns.size()); ++i) {
        const EngineColumn &c = columns[size_t(i)];
        const bool wanted = measure.targets.isEmpty()
                                ? spec.targets.matchesByDefault(c.carrier, c.sector, c.subsector)
                                : c.addedBy < 0 && measure.targets.contains(c.id) &&
                                      spec.targets.acceptsCarrier(c.carrier);
        if (wanted)
            targets.push_back(i);
    }
    return targets;
}

// Each pool's first column once, in the order of `targets`.
std::vector<int> pooled(const std::vector<int> &targets, const std::vector<EngineColumn> &columns)
{
    std::vector<int> out;
    out.reserve(targets.size());
    for (int c : targets) {
        const int pool = columns[size_t(c)].pool;
        if (pool == c)
            out.push_back(c);
    }
    return out;
}

struct Ordered
{
    const Measure *measure;
    int planIndex;
    double level;
};

// The scenario's measures in the order the engine applies them, pointing into `measures` (the
// plan's, or the scenario's own values of them: ScenarioValues::measures).
std::vector<Ordered> scenarioMeasures(const QList<Measure> &measures, const Scenario *scenario)
{
    std::vector<Ordered> out;
    if (!scenario)
        return out;
    QHash<QString, double> levels;
    levels.reserve(scenario->measures.size());
    for (const ScenarioMeasure &sm : scenario->measures) {
        if (sm.level > 0 && std::isfinite(sm.level))
            levels.insert(sm.measure, std::min(sm.level, 1.0));
    }
    for (int i = 0; i < int(measures.size()); ++i) {
        const Measure &m = measures[i];
        const auto it = levels.constFind(m.id);
        if (it != levels.cend())
            out.push_back({&m, i, *it});
    }
    std::stable_sort(out.begin(), out.end(), [](const Ordered &a, const Ordered &b) {
        return MeasureCatalogue::spec(a.measure->kind).stage <
               MeasureCatalogue::spec(b.measure->kind).stage;
    });
    return out;
}

void addParameters(EngineInput &in, const Measure &measure, int measureIndex)
{
    EngineMeasure &em = in.measures[size_t(measureIndex)];
    for (const ParameterSpec &p : em.spec->parameters) {
        const auto it = measure.parameters.constFind(QLatin1String(p.key));
        ParameterSlot slot{measureIndex, p.key, p.value, p.value, p.value};
        if (it == measure.parameters.cend()) {
            slot.low = p.low;
            slot.high = p.high;
        } else {
            slot.likely = it->value;
            slot.low = it->low.value_or(it->value);
            slot.high = it->high.value_or(it->value);
        }
        em.parameterRows.push_back(int(in.parameters.size()));
        in.parameters.push_back(slot);
    }
}

} // namespace

Eigen::ArrayXd EngineInput::likelyParameters() const
{
    Eigen::ArrayXd p(Eigen::Index(parameters.size()));
    for (size_t i = 0; i < parameters.size(); ++i)
        p[Eigen::Index(i)] = parameters[i].likely;
    return p;
}

EngineInput EngineInput::yearSlice(int year) const
{
    const auto cut = [year](const YearSeries &series) {
        return series.size() > year ? YearSeries(series.segment(year, 1)) : series;
    };
    EngineInput in = *this;
    in.baseYear = baseYear + year;
    in.years = 1;
    in.population = cut(population);
    for (EngineColumn &c : in.columns) {
        c.bau = cut(c.bau);
        c.ef = cut(c.ef);
    }
    for (EngineMeasure &m : in.measures) {
        m.ramp = cut(m.ramp);
        m.adoption = cut(m.adoption);
        m.age = cut(m.age);
        m.purchases = cut(m.purchases);
        for (EngineTariff &t : m.tariffs)
            t.cap = cut(t.cap);
    }
    return in;
}

YearSeries rampCurve(int baseYear, int years, int startYear, int rampYears, RampShape shape)
{
    const YearSeries done = yearOffsets(years) + double(baseYear - startYear + 1);
    YearSeries x = done / double(std::max(rampYears, 1));
    x = x.max(0.0).min(1.0);
    if (shape == RampShape::SCurve)
        x = x * x * (3.0 - 2.0 * x);
    return x;
}

YearSeries purchaseCurve(const YearSeries &adoption, int lifetime)
{
    const auto T = adoption.size();
    YearSeries bought(T);
    for (Eigen::Index t = 0; t < T; ++t) // a recurrence over years
        bought[t] = std::max(0.0, adoption[t] - (t > 0 ? adoption[t - 1] : 0.0));
    YearSeries total = bought;
    for (Eigen::Index shift = std::max(1, lifetime); shift < T; shift += std::max(1, lifetime))
        total.tail(T - shift) += bought.head(T - shift);
    return total;
}

void EngineMeasure::setLevel(double newLevel)
{
    level = newLevel;
    adoption = newLevel * ramp;
    purchases = purchaseCurve(adoption, lifetime);
    for (EngineTariff &t : tariffs)
        t.setAdoption(adoption);
}

EngineInput EngineInput::compile(const Plan &plan, const Scenario *scenario,
                                 const FactorLibrary &library)
{
    EngineInput in;
    const Community &c = plan.community;
    in.baseYear = c.baseYear;
    in.years = std::max(1, plan.yearCount());
    in.discountRate = c.discountRate;
    in.neutralityYear = c.targets.neutralityYear;
    in.population = c.population * compound(plan.drivers.populationGrowth, in.years);
    if (plan.yearCount() < 1)
        return in;

    const FactorResolver factors(plan, library);
    GrowthTable growth(plan);
    for (const ActivityLine &line : plan.activities) {
        if (auto column = lineColumn(plan, line, factors, growth)) {
            column->pool = int(in.columns.size());
            in.columns.push_back(std::move(*column));
        }
    }
    in.lineCount = int(in.columns.size());
    QHash<QString, int> pools; // sector/subsector/carrier/unit → the pool's first column

    // A scenario with values of its own (or of the scenario it is based on) runs its measures
    // with them (docs/measures.md, "Values that differ by scenario").
    QList<Measure> scenarioValues;
    const bool ownValues = scenario && ScenarioValues::hasValues(plan, *scenario);
    if (ownValues)
        scenarioValues = ScenarioValues::measures(plan, *scenario);
    for (const Ordered &o :
         scenarioMeasures(ownValues ? scenarioValues : plan.measures, scenario)) {
        const int index = int(in.measures.size());
        EngineMeasure em;
        em.planIndex = o.planIndex;
        em.id = o.measure->id;
        em.name = MeasureCatalogue::displayName(*o.measure); // in the language of the moment
        em.ownerGroup = o.measure->ownerGroup;
        em.spec = &MeasureCatalogue::spec(o.measure->kind);
        em.lifetime = std::max(1, o.measure->lifetimeYears);
        em.costs = o.measure->costs;
        em.ramp = rampCurve(in.baseYear, in.years, o.measure->startYear, o.measure->rampYears,
                            o.measure->rampShape);
        em.setLevel(o.level);
        em.age = yearOffsets(in.years) + double(in.baseYear - o.measure->startYear);
        em.age = (em.age < 0).select(-1.0, em.age);
        em.targets = resolveTargets(*o.measure, *em.spec, in.columns);
        em.pooledTargets = pooled(em.targets, in.columns);
        in.measures.push_back(std::move(em));
        addParameters(in, *o.measure, index);
        if (in.measures.back().spec->traits.adds != AddedActivity::None) {
            const int column = int(in.columns.size());
            EngineColumn added = addedColumn(plan, in.measures.back(), index, factors);
            const QString key = QString::number(int(added.sector)) + u'/' + added.subsector + u'/' +
                                added.carrier + u'/' + added.unit;
            added.pool = pools.value(key, column);
            if (added.pool == column)
                pools.insert(key, column);
            in.measures.back().addedColumn = column;
            in.columns.push_back(std::move(added));
        }
        EngineMeasure &compiled = in.measures.back();
        const double households = plan.residents.householdsReached(compiled.id, c.households);
        for (const MeasureTariff &t : o.measure->tariffs)
            compiled.tariffs.push_back(
                EngineTariff::compile(t, in.columns, compiled.adoption, households));
    }
    return in;
}

} // namespace zeroplan
