#include "ScenarioValues.h"

#include "measures/MeasureCatalogue.h"

#include <QSet>
#include <cmath>

namespace zeroplan {

namespace {

constexpr int kMaxYears = 100; // longest ramp or lifetime, as the measure validator has it

const ParameterSpec *parameterSpec(const Measure &measure, const QString &field)
{
    for (const ParameterSpec &spec : MeasureCatalogue::spec(measure.kind).parameters)
        if (field == QLatin1String(spec.key))
            return &spec;
    return nullptr;
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

QList<const Scenario *> ScenarioValues::ancestors(const Plan &plan, const Scenario &scenario)
{
    QList<const Scenario *> out;
    QSet<QString> seen{scenario.name};
    QString next = scenario.basedOn;
    while (!next.isEmpty() && !seen.contains(next)) {
        const Scenario *parent = plan.findScenario(next);
        if (!parent)
            break;
        seen.insert(next);
        out.append(parent);
        next = parent->basedOn;
    }
    return out;
}

QList<ScenarioOverride> ScenarioValues::effective(const Plan &plan, const Scenario &scenario,
                                                  QStringList *origin)
{
    QList<const Scenario *> chain{&scenario};
    chain += ancestors(plan, scenario);
    QList<ScenarioOverride> out;
    QSet<std::pair<QString, QString>> taken;
    for (const Scenario *s : std::as_const(chain)) {
        for (const ScenarioOverride &o : s->overrides) {
            if (taken.contains({o.measure, o.field}))
                continue; // a nearer scenario set it
            taken.insert({o.measure, o.field});
            out.append(o);
            if (origin)
                origin->append(s->name);
        }
    }
    return out;
}

std::optional<double> ScenarioValues::valueIn(const Plan &plan, const Scenario &scenario,
                                              const QString &measure, const QString &field,
                                              QString *origin)
{
    QStringList origins;
    const QList<ScenarioOverride> all = effective(plan, scenario, &origins);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].measure == measure && all[i].field == field) {
            if (origin)
                *origin = origins[i];
            return all[i].value;
        }
    }
    if (origin)
        origin->clear();
    const Measure *m = plan.findMeasure(measure);
    return m ? value(*m, field) : std::nullopt;
}

QList<Measure> ScenarioValues::measures(const Plan &plan, const Scenario &scenario)
{
    QList<Measure> out = plan.measures;
    const QList<ScenarioOverride> all = effective(plan, scenario);
    if (all.isEmpty())
        return out;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < out.size(); ++i)
        index.insert(out[i].id, i);
    for (const ScenarioOverride &o : all) {
        const auto it = index.constFind(o.measure);
        if (it != index.cend())
            apply(out[*it], o.field, o.value);
    }
    return out;
}

bool ScenarioValues::hasValues(const Plan &plan, const Scenario &scenario)
{
    if (!scenario.overrides.isEmpty())
        return true;
    for (const Scenario *s : ancestors(plan, scenario))
        if (!s->overrides.isEmpty())
            return true;
    return false;
}

QStringList ScenarioValues::fields(const Measure &measure)
{
    QStringList out{kStartYear, kRampYears, kLifetimeYears, kCapex, kOpexPerYear};
    for (const ParameterSpec &spec : MeasureCatalogue::spec(measure.kind).parameters)
        out.append(QLatin1String(spec.key));
    return out;
}

std::optional<double> ScenarioValues::value(const Measure &measure, const QString &field)
{
    if (field == kStartYear)
        return measure.startYear;
    if (field == kRampYears)
        return measure.rampYears;
    if (field == kLifetimeYears)
        return measure.lifetimeYears;
    if (field == kCapex)
        return measure.costs.capex;
    if (field == kOpexPerYear)
        return measure.costs.opexPerYear;
    if (const ParameterSpec *spec = parameterSpec(measure, field))
        return measure.parameter(field, spec->value);
    return std::nullopt;
}

void ScenarioValues::apply(Measure &measure, const QString &field, double value)
{
    if (field == kStartYear) {
        measure.startYear = int(std::lround(value));
    } else if (field == kRampYears) {
        measure.rampYears = int(std::lround(value));
    } else if (field == kLifetimeYears) {
        measure.lifetimeYears = int(std::lround(value));
    } else if (field == kCapex) {
        measure.costs.capex = value;
    } else if (field == kOpexPerYear) {
        measure.costs.opexPerYear = value;
    } else if (const ParameterSpec *spec = parameterSpec(measure, field)) {
        UncertainValue v = measure.parameters.value(
            field, UncertainValue{spec->value, spec->low, spec->high, QString()});
        v.value = value;
        // The range stays while it still holds the value; else the value is a point.
        if (v.low && v.high && !(*v.low <= value && value <= *v.high)) {
            v.low.reset();
            v.high.reset();
        }
        measure.parameters.insert(field, v);
    }
}

QString ScenarioValues::fieldName(const Measure &measure, const QString &field)
{
    if (field == kStartYear)
        return tr("Start year");
    if (field == kRampYears)
        return tr("Years to full adoption");
    if (field == kLifetimeYears)
        return tr("Lifetime (years)");
    if (field == kCapex)
        return tr("Investment");
    if (field == kOpexPerYear)
        return tr("Running cost per year");
    if (const ParameterSpec *spec = parameterSpec(measure, field))
        return spec->displayName();
    return field;
}

QString ScenarioValues::problem(const Measure &measure, const QString &field, double value,
                                int baseYear, int horizonEnd)
{
    if (!std::isfinite(value))
        return tr("%1 must be a number").arg(field);
    const bool whole = field == kStartYear || field == kRampYears || field == kLifetimeYears;
    if (whole && value != std::round(value))
        return tr("%1 %2 must be a whole number of years").arg(field, number(value));
    if (field == kStartYear && (value < baseYear || value > horizonEnd))
        return tr("start_year %1 is outside the plan's horizon %2–%3")
            .arg(number(value))
            .arg(baseYear)
            .arg(horizonEnd);
    if (field == kRampYears && (value < 0 || value > kMaxYears))
        return tr("ramp_years %1 is outside 0–%2").arg(number(value)).arg(kMaxYears);
    if (field == kLifetimeYears && (value < 1 || value > kMaxYears))
        return tr("lifetime_years %1 is outside 1–%2").arg(number(value)).arg(kMaxYears);
    if ((field == kCapex || field == kOpexPerYear) && value < 0)
        return tr("%1 %2 must be at least 0").arg(field, number(value));
    if (whole || field == kCapex || field == kOpexPerYear)
        return QString();
    const ParameterSpec *spec = parameterSpec(measure, field);
    if (!spec)
        return tr("%1 is not a value of %2 (%3)")
            .arg(field, MeasureCatalogue::displayName(measure),
                 MeasureCatalogue::spec(measure.kind).displayName());
    if (value < spec->minimum || value > spec->maximum)
        return tr("%1 %2 is outside the allowed range %3–%4 %5")
            .arg(field, number(value), number(spec->minimum), number(spec->maximum),
                 spec->displayUnit());
    return QString();
}

} // namespace zeroplan
