#include "ResultJson.h"

#include "CoBenefitResultJson.h"
#include "ResidentsResultJson.h"
#include "plan/Plan.h"

#include <cmath>

namespace zeroplan {
namespace {

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// A wedge, sink or credit series of one measure.
QJsonObject measureSeries(const MeasureResult &m, const YearSeries &values)
{
    return {
        {QStringLiteral("measure"), m.name},
        {QStringLiteral("measure_id"), m.measureId},
        {QStringLiteral("kind"), measureKindId(m.kind)},
        {QStringLiteral("values"), ResultJson::series(values)},
    };
}

} // namespace

QJsonValue ResultJson::number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue ResultJson::number(const std::optional<double> &value)
{
    return value ? number(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray ResultJson::series(const YearSeries &values)
{
    QJsonArray out;
    for (Eigen::Index t = 0; t < values.size(); ++t)
        out.append(number(values[t]));
    return out;
}

QString ResultJson::targetKindId(TargetOutcome::Kind kind)
{
    switch (kind) {
    case TargetOutcome::Kind::Neutrality:
        return QStringLiteral("neutrality");
    case TargetOutcome::Kind::Interim:
        return QStringLiteral("interim");
    case TargetOutcome::Kind::CarbonBudget:
        return QStringLiteral("carbon_budget");
    }
    return {};
}

QString ResultJson::stageId(MeasureStage stage)
{
    switch (stage) {
    case MeasureStage::DemandReduction:
        return QStringLiteral("demand_reduction");
    case MeasureStage::Switching:
        return QStringLiteral("switching");
    case MeasureStage::Supply:
        return QStringLiteral("supply");
    case MeasureStage::SinksAndCredits:
        return QStringLiteral("sinks_and_credits");
    }
    return {};
}

bool ResultJson::isReduction(const MeasureResult &measure)
{
    return measure.stage != MeasureStage::SinksAndCredits;
}

QJsonObject ResultJson::toJson(const Plan &plan, const PlanResult &result,
                               const std::vector<ScenarioUncertainty> &uncertainty)
{
    QJsonArray years;
    for (int y : result.years)
        years.append(y);
    const auto yearCount = Eigen::Index(result.years.size());
    QJsonArray scenarios;
    for (size_t i = 0; i < result.scenarios.size(); ++i) {
        const ScenarioUncertainty *u = i < uncertainty.size() ? &uncertainty[i] : nullptr;
        QJsonObject o = scenario(result.scenarios[i], u);
        ResidentsResultJson::insert(o, plan, result.scenarios[i]);
        CoBenefitResultJson::insert(o, plan);
        scenarios.append(o);
    }
    return {
        {QStringLiteral("format"), QStringLiteral("zeroplan-results")},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("plan"), planInfo(plan)},
        {QStringLiteral("years"), years},
        {QStringLiteral("bau"),
         QJsonObject{{QStringLiteral("gross"), series(result.bauGross)},
                     {QStringLiteral("by_sector"), bySector(result.bauSources, yearCount)}}},
        {QStringLiteral("scenarios"), scenarios},
    };
}

QJsonObject ResultJson::planInfo(const Plan &plan)
{
    return {
        {QStringLiteral("title"), plan.title},
        {QStringLiteral("community"), plan.community.name},
        {QStringLiteral("base_year"), plan.community.baseYear},
        {QStringLiteral("horizon_end"), plan.community.horizonEnd},
        {QStringLiteral("currency"), plan.community.currency},
        {QStringLiteral("discount_rate"), number(plan.community.discountRate)},
        {QStringLiteral("factor_set"), plan.factorSet},
        {QStringLiteral("gwp"), gwpSetId(plan.gwp)},
    };
}

QJsonObject ResultJson::bySector(const std::vector<SourceResult> &sources, Eigen::Index years)
{
    QJsonObject out;
    for (Sector sector : kAllSectors) {
        YearSeries sum = YearSeries::Zero(years);
        for (const SourceResult &s : sources) {
            if (s.sector == sector && s.emissions.size() == years)
                sum += s.emissions;
        }
        out.insert(sectorId(sector), series(sum));
    }
    return out;
}

QJsonArray ResultJson::offsets(const ScenarioResult &r)
{
    QJsonArray out;
    for (const MeasureResult &m : r.measures) {
        if (isReduction(m))
            continue;
        QJsonObject o = measureSeries(m, m.sink + m.credit);
        o.insert(QStringLiteral("ledger"),
                 m.isCredit() ? QStringLiteral("credits") : QStringLiteral("sinks"));
        out.append(o);
    }
    return out;
}

QJsonObject ResultJson::scenario(const ScenarioResult &r, const ScenarioUncertainty *u)
{
    QJsonObject o{
        {QStringLiteral("name"), r.name},
        {QStringLiteral("gross"), series(r.gross)},
        {QStringLiteral("sinks"), series(r.sinks)},
        {QStringLiteral("credits"), series(r.credits)},
        {QStringLiteral("net"), series(r.net)},
        {QStringLiteral("cumulative_net"), series(r.cumulativeNet)},
        {QStringLiteral("residual"), series(r.residual)},
        {QStringLiteral("by_sector"), bySector(r.sources, r.gross.size())},
        {QStringLiteral("wedges"), wedges(r)},
        {QStringLiteral("offsets"), offsets(r)},
        {QStringLiteral("neutrality_year"), optionalInt(r.neutralityYear)},
        {QStringLiteral("neutral_from"), optionalInt(r.neutralFrom)},
        {QStringLiteral("baseline_empty"), r.baselineEmpty},
        {QStringLiteral("targets"), targets(r)},
        {QStringLiteral("measures"), measures(r)},
        {QStringLiteral("present_cost"), number(r.presentCost)},
        {QStringLiteral("present_abatement_cost"), number(r.presentAbatementCost)},
        {QStringLiteral("present_abatement"), number(r.presentAbatement)},
        {QStringLiteral("cost_per_tonne"), number(r.costPerTonne)},
        {QStringLiteral("credited_total"), number(r.creditedTotal)},
        {QStringLiteral("present_credits"), number(r.presentCredits)},
        {QStringLiteral("present_credit_cost"), number(r.presentCreditCost)},
        {QStringLiteral("cost_per_credit"), number(r.costPerCredit)},
    };
    if (u) {
        o.insert(QStringLiteral("uncertainty"), uncertainty(u->monteCarlo));
        o.insert(QStringLiteral("sensitivity"), sensitivity(u->sensitivity));
    }
    return o;
}

QJsonArray ResultJson::wedges(const ScenarioResult &r)
{
    QJsonArray out;
    for (const MeasureResult &m : r.measures) {
        if (isReduction(m))
            out.append(measureSeries(m, m.wedge));
    }
    return out;
}

QJsonArray ResultJson::measures(const ScenarioResult &r)
{
    QJsonArray out;
    for (const MeasureResult &m : r.measures) {
        QJsonObject o{
            {QStringLiteral("measure"), m.name},
            {QStringLiteral("measure_id"), m.measureId},
            {QStringLiteral("kind"), measureKindId(m.kind)},
            {QStringLiteral("stage"), stageId(m.stage)},
            {QStringLiteral("owner_group"), m.ownerGroup},
            {QStringLiteral("abated_total"), number(m.abatedTotal)},
            {QStringLiteral("credited_total"), number(m.creditedTotal)},
            {QStringLiteral("npv"), number(m.npv)},
            {QStringLiteral("present_cost"), number(m.presentCost)},
            {QStringLiteral("cost_per_tonne"), number(m.costPerTonne)},
            {QStringLiteral("cost_per_credit"), number(m.costPerCredit)},
        };
        // Resident carbon accounts: what the scheme credits beside what it cuts, and what
        // its points cost (docs/cli.md).
        if (m.accountsCredited.size()) {
            o.insert(QStringLiteral("credited_t"), series(m.accountsCredited));
            o.insert(QStringLiteral("additional_t"), series(m.accountsAdditional));
            o.insert(QStringLiteral("points_budget"), series(m.pointsBudget));
            o.insert(QStringLiteral("cost_per_credited_t"), number(m.costPerCreditedTonne));
            o.insert(QStringLiteral("cost_per_additional_t"), number(m.costPerTonne));
        }
        out.append(o);
    }
    return out;
}

QJsonArray ResultJson::targets(const ScenarioResult &r)
{
    QJsonArray out;
    for (const TargetOutcome &t : r.targets) {
        out.append(QJsonObject{
            {QStringLiteral("kind"), targetKindId(t.kind)},
            {QStringLiteral("year"), t.year},
            {QStringLiteral("limit"), number(t.limit)},
            {QStringLiteral("actual"), number(t.actual)},
            {QStringLiteral("gap"), number(t.gap())},
            {QStringLiteral("met"), t.met},
        });
    }
    return out;
}

QJsonObject ResultJson::uncertainty(const UncertaintyResult &u)
{
    return {
        {QStringLiteral("p5"), series(u.net.p5)},
        {QStringLiteral("p25"), series(u.net.p25)},
        {QStringLiteral("p50"), series(u.net.p50)},
        {QStringLiteral("p75"), series(u.net.p75)},
        {QStringLiteral("p95"), series(u.net.p95)},
        {QStringLiteral("p_neutral_by_target"), number(u.pNeutralByTarget)},
        {QStringLiteral("target_year"), u.targetYear},
        {QStringLiteral("samples"), u.samples},
        // A seed may exceed 2^53, which a JSON number cannot hold exactly: keep it a string
        // when it does, so that a run can always be repeated.
        {QStringLiteral("seed"), u.seed <= (quint64(1) << 53)
                                     ? QJsonValue(qint64(u.seed))
                                     : QJsonValue(QString::number(u.seed))},
    };
}

QJsonArray ResultJson::sensitivity(const SensitivityResult &s)
{
    QJsonArray out;
    for (const SensitivityBar &b : s.bars) {
        out.append(QJsonObject{
            {QStringLiteral("measure"), b.measureName},
            {QStringLiteral("measure_id"), b.measureId},
            {QStringLiteral("parameter"), b.parameter},
            {QStringLiteral("low"), number(b.low)},
            {QStringLiteral("likely"), number(b.likely)},
            {QStringLiteral("high"), number(b.high)},
            {QStringLiteral("net_at_low"), number(b.netAtLow)},
            {QStringLiteral("net_at_high"), number(b.netAtHigh)},
            {QStringLiteral("target_year"), s.targetYear},
        });
    }
    return out;
}

} // namespace zeroplan
