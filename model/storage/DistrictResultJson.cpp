#include "DistrictResultJson.h"

#include "ResultJson.h"
#include "district/DistrictRollup.h"

namespace zeroplan {

namespace {

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject DistrictResultJson::pathway(const DistrictRollup &rollup)
{
    QJsonArray years;
    for (int y = rollup.baseYear(); y <= rollup.horizonEnd(); ++y)
        years.append(y);
    QJsonObject byKind;
    for (const MeasureKind kind : kAllMeasureKinds) {
        const YearSeries w = rollup.wedgeOfKind(kind);
        if ((w != 0.0).any())
            byKind.insert(measureKindId(kind), ResultJson::series(w));
    }
    QJsonArray byCommunity;
    for (int i = 0; i < rollup.size(); ++i) {
        byCommunity.append(QJsonObject{
            {QStringLiteral("community"), rollup.community(i).name},
            {QStringLiteral("values"), ResultJson::series(rollup.wedgeOfCommunity(i))},
        });
    }
    return {
        {QStringLiteral("years"), years},
        {QStringLiteral("bau"), ResultJson::series(rollup.bau())},
        {QStringLiteral("gross"), ResultJson::series(rollup.gross())},
        {QStringLiteral("sinks"), ResultJson::series(rollup.sinks())},
        {QStringLiteral("credits"), ResultJson::series(rollup.credits())},
        {QStringLiteral("net"), ResultJson::series(rollup.net())},
        {QStringLiteral("wedges_by_kind"), byKind},
        {QStringLiteral("wedges_by_community"), byCommunity},
    };
}

QJsonObject DistrictResultJson::districtMeasures(const DistrictRollup &rollup)
{
    using R = DistrictRollup;
    QJsonObject byKind;
    for (int k = 0; k < R::kKinds; ++k) {
        const YearSeries w = rollup.ownContribution(R::Quantity(R::FirstKind + k));
        if ((w != 0.0).any())
            byKind.insert(measureKindId(kAllMeasureKinds[k]), ResultJson::series(w));
    }
    const CommunityRun *run = rollup.ownRun();
    return {
        {QStringLiteral("scenario"), run ? run->scenario : QString()},
        {QStringLiteral("bau"), ResultJson::series(rollup.ownContribution(R::Bau))},
        {QStringLiteral("gross"), ResultJson::series(rollup.ownContribution(R::Gross))},
        {QStringLiteral("sinks"), ResultJson::series(rollup.ownContribution(R::Sinks))},
        {QStringLiteral("credits"), ResultJson::series(rollup.ownContribution(R::Credits))},
        {QStringLiteral("net"), ResultJson::series(rollup.ownContribution(R::Net))},
        {QStringLiteral("wedge"), ResultJson::series(rollup.ownWedge())},
        {QStringLiteral("wedges_by_kind"), byKind},
    };
}

QJsonObject DistrictResultJson::row(const LeagueRow &r)
{
    using RJ = ResultJson;
    return {
        {QStringLiteral("community"), r.name},
        {QStringLiteral("index"), r.index},
        {QStringLiteral("type"), communityTypeId(r.type)},
        {QStringLiteral("scenario"), r.scenario},
        {QStringLiteral("currency"), r.currency},
        {QStringLiteral("population"), RJ::number(r.population)},
        {QStringLiteral("households"), RJ::number(r.households)},
        {QStringLiteral("base_year"), r.baseYear},
        {QStringLiteral("target_year"), r.targetYear},
        {QStringLiteral("base_gross_t"), RJ::number(r.baseGross)},
        {QStringLiteral("target_net_t"), RJ::number(r.targetNet)},
        {QStringLiteral("gross_per_resident_t"), RJ::number(r.grossPerResident)},
        {QStringLiteral("gross_per_household_t"), RJ::number(r.grossPerHousehold)},
        {QStringLiteral("net_per_resident_t"), RJ::number(r.netPerResident)},
        {QStringLiteral("net_per_household_t"), RJ::number(r.netPerHousehold)},
        {QStringLiteral("change_since_base"), RJ::number(r.changeSinceBase)},
        {QStringLiteral("planned_reduction"), RJ::number(r.plannedReduction)},
        {QStringLiteral("neutrality_year"), optionalInt(r.neutralityYear)},
        {QStringLiteral("cost_per_tonne"), RJ::number(r.costPerTonne)},
        {QStringLiteral("latest_data_year"), r.latestDataYear},
        {QStringLiteral("delivered_share"), RJ::number(r.deliveredShare)},
        {QStringLiteral("probability_neutral"), RJ::number(r.probabilityNeutral)},
    };
}

QJsonObject DistrictResultJson::flag(const DistrictFlag &f)
{
    return {
        {QStringLiteral("kind"), districtFlagKindId(f.kind)},
        {QStringLiteral("community"), f.name},
        {QStringLiteral("index"), f.community},
        {QStringLiteral("tonnes_at_stake"), ResultJson::number(f.tonnesAtStake)},
        {QStringLiteral("message"), f.message},
    };
}

QJsonObject DistrictResultJson::toJson(const DistrictRollup &rollup,
                                       const std::vector<LeagueRow> &rows,
                                       const std::vector<DistrictFlag> &flags)
{
    QJsonArray league, flagged;
    for (const LeagueRow &r : rows)
        league.append(row(r));
    for (const DistrictFlag &f : flags)
        flagged.append(flag(f));
    QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("zeroplan-district-result")},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("pathway"), pathway(rollup)},
        {QStringLiteral("league_table"), league},
        {QStringLiteral("flags"), flagged},
    };
    if (rollup.hasOwnPlan())
        json.insert(QStringLiteral("district_measures"), districtMeasures(rollup));
    return json;
}

} // namespace zeroplan
