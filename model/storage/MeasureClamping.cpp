#include "MeasureClamping.h"

#include "JsonObjectReader.h"
#include "PlanJson.h"
#include "ProblemReport.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"

#include <cmath>

namespace zeroplan {
namespace {

// A computed tonnage as a message shows it: four significant digits are plenty.
QString tonnes(double value)
{
    if (value == 0 || !std::isfinite(value))
        return ProblemReport::number(value);
    const double digits = std::pow(10.0, 3 - std::floor(std::log10(std::abs(value))));
    return ProblemReport::number(std::round(value * digits) / digits);
}

QString parameterPath(qsizetype index, const char *key)
{
    return jsonPointer(
        jsonPointer(jsonPointer(QStringLiteral("/measures"), index), QStringLiteral("parameters")),
        QString::fromLatin1(key));
}

// The first year in which `asked` is more than `available` (beyond rounding), or -1.
Eigen::Index firstShortfall(const YearSeries &asked, const YearSeries &available)
{
    for (Eigen::Index t = 0; t < asked.size(); ++t) {
        if (asked[t] > available[t] * (1 + 1e-9) + 1e-9)
            return t;
    }
    return -1;
}

} // namespace

MeasureClamping::MeasureClamping(const Plan &plan, const FactorLibrary &library)
    : m_plan(plan), m_library(library)
{
}

const EngineInput &MeasureClamping::bau() const
{
    if (!m_bau)
        m_bau = EngineInput::compile(m_plan, nullptr, m_library);
    return *m_bau;
}

// The lines the engine resolves as the measure's targets (EngineInput's resolveTargets).
std::vector<int> MeasureClamping::targets(const Measure &measure) const
{
    const TargetRule &rule = MeasureCatalogue::spec(measure.kind).targets;
    std::vector<int> out;
    const std::vector<EngineColumn> &columns = bau().columns;
    for (int i = 0; i < int(columns.size()); ++i) {
        const EngineColumn &c = columns[size_t(i)];
        const bool wanted = measure.targets.isEmpty()
                                ? rule.matchesByDefault(c.carrier, c.sector, c.subsector)
                                : measure.targets.contains(c.id) && rule.acceptsCarrier(c.carrier);
        if (wanted)
            out.push_back(i);
    }
    return out;
}

YearSeries MeasureClamping::adoption(const Measure &measure) const
{
    return rampCurve(m_plan.community.baseYear, bau().years, measure.startYear, measure.rampYears,
                     measure.rampShape);
}

void MeasureClamping::check(qsizetype index, PlanProblems &problems) const
{
    if (m_plan.yearCount() < 1)
        return;
    switch (m_plan.measures[index].kind) {
    case MeasureKind::Composting:
        checkComposting(index, problems);
        break;
    case MeasureKind::Custom:
        checkCustom(index, problems);
        break;
    default:
        break;
    }
}

// MeasureEffects' composting(): removes adoption × capacity_t tonnes from the target lines,
// never more than they hold.
void MeasureClamping::checkComposting(qsizetype index, PlanProblems &problems) const
{
    const Measure &m = m_plan.measures[index];
    const double capacity = m.parameter(QStringLiteral("capacity_t"), 0);
    if (!(capacity > 0) || !std::isfinite(capacity))
        return;
    const std::vector<int> lines = targets(m);
    if (lines.empty())
        return; // MeasureValidator says the measure has nothing to act on
    const EngineInput &in = bau();
    YearSeries held = YearSeries::Zero(in.years);
    for (int c : lines)
        held += in.columns[size_t(c)].bau * in.columns[size_t(c)].basePerUnit;
    const Eigen::Index t = firstShortfall(adoption(m) * capacity, held);
    if (t < 0)
        return;
    ProblemReport(problems).warning(
        parameterPath(index, "capacity_t"),
        PlanJson::tr("capacity_t %1 t/yr is more than the %2 t its target lines hold in %3; "
                     "only %2 t is composted that year")
            .arg(ProblemReport::number(capacity), tonnes(held[t]),
                 QString::number(in.baseYear + int(t))));
}

// MeasureEffects' custom(): keeps 1 − adoption × share of the target lines, then removes
// adoption × amount_t tonnes of CO2e from what is left, never more than that.
void MeasureClamping::checkCustom(qsizetype index, PlanProblems &problems) const
{
    const Measure &m = m_plan.measures[index];
    const ParameterSpec *shareSpec =
        MeasureCatalogue::spec(m.kind).parameter(QStringLiteral("share"));
    const double fallback = shareSpec ? shareSpec->value : 0;
    const double share = m.parameter(QStringLiteral("share"), fallback);
    const double amount = m.parameter(QStringLiteral("amount_t"), 0);
    if (!(amount > 0) || !std::isfinite(amount) || !std::isfinite(share))
        return;
    ProblemReport report(problems);
    if (share == fallback && share > 0) {
        report.warning(parameterPath(index, "share"),
                       PlanJson::tr("share is left at its default %1 while amount_t is given: "
                                    "the measure cuts %2 of its lines' activity as well as %3 "
                                    "t/yr; set share to 0 if amount_t alone is meant")
                           .arg(ProblemReport::number(share),
                                ProblemReport::number(share * 100) + QStringLiteral(" %"),
                                ProblemReport::number(amount)));
    }
    const std::vector<int> lines = targets(m);
    if (lines.empty())
        return; // MeasureValidator reports targets that name no line
    const EngineInput &in = bau();
    YearSeries emitted = YearSeries::Zero(in.years);
    for (int c : lines)
        emitted += in.columns[size_t(c)].bau * in.columns[size_t(c)].ef;
    const YearSeries adopted = adoption(m);
    const YearSeries left = emitted * (1.0 - (adopted * share).max(0.0).min(1.0));
    const Eigen::Index t = firstShortfall(adopted * amount, left);
    if (t < 0)
        return;
    report.warning(parameterPath(index, "amount_t"),
                   PlanJson::tr("amount_t %1 t/yr is more than the %2 tCO2e its target lines "
                                "still emit in %3 after the share cut; only %2 t is cut that "
                                "year")
                       .arg(ProblemReport::number(amount), tonnes(left[t]),
                            QString::number(in.baseYear + int(t))));
}

} // namespace zeroplan
