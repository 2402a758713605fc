#include "TrackJson.h"

#include "ResultJson.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"

#include <QJsonArray>

namespace zeroplan {
namespace {

QJsonValue number(const std::optional<double> &v)
{
    return ResultJson::number(v);
}

QJsonValue year(const std::optional<int> &y)
{
    return y ? QJsonValue(*y) : QJsonValue(QJsonValue::Null);
}

QJsonObject measureJson(const Plan &plan, const MeasureTrack &t)
{
    const Measure *m = plan.findMeasure(t.measure);
    return {
        {QStringLiteral("id"), t.measure},
        {QStringLiteral("name"), m ? MeasureCatalogue::displayName(*m) : t.measure},
        {QStringLiteral("reported"), t.reported},
        {QStringLiteral("status"), progressStatusId(t.status)},
        {QStringLiteral("light"), TrackJson::lightId(t.light)},
        {QStringLiteral("base"), t.base},
        {QStringLiteral("goal"), t.goal},
        {QStringLiteral("planned"), t.planned},
        {QStringLiteral("actual"), number(t.actual)},
        {QStringLiteral("completion"), number(t.completion)},
        {QStringLiteral("late"), t.late},
        {QStringLiteral("stale"), t.stale},
        {QStringLiteral("last_update"),
         t.lastUpdate ? QJsonValue(t.lastUpdate->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("planned_t"), ResultJson::number(t.plannedAbatement)},
        {QStringLiteral("realised_t"), number(t.realisedAbatement)},
        {QStringLiteral("planned_capex_to_date"), ResultJson::number(t.plannedCapexToDate)},
        {QStringLiteral("planned_opex_to_date"), ResultJson::number(t.plannedOpexToDate)},
        {QStringLiteral("capex_to_date"), number(t.capexToDate)},
        {QStringLiteral("opex_to_date"), number(t.opexToDate)},
    };
}

QJsonObject decompositionJson(const ChangeDecomposition &d)
{
    return {{QStringLiteral("from_year"), d.firstYear},
            {QStringLiteral("to_year"), d.lastYear},
            {QStringLiteral("from_t"), ResultJson::number(d.first)},
            {QStringLiteral("to_t"), ResultJson::number(d.last)},
            {QStringLiteral("change_t"), ResultJson::number(d.change())},
            {QStringLiteral("drivers_t"), ResultJson::number(d.drivers)},
            {QStringLiteral("weather_t"), ResultJson::number(d.weather)},
            {QStringLiteral("emission_factors_t"), ResultJson::number(d.emissionFactor)},
            {QStringLiteral("measures_t"), ResultJson::number(d.measures)},
            {QStringLiteral("residual_t"), ResultJson::number(d.residual)}};
}

QJsonObject reforecastJson(const Reforecast &r)
{
    QJsonObject anchor;
    for (const Sector s : kAllSectors)
        anchor.insert(sectorId(s), r.anchor[size_t(s)]);
    QJsonArray paths;
    for (const ReforecastPath &p : r.paths) {
        QJsonObject o{{QStringLiteral("variant"), TrackJson::variantId(p.variant)},
                      {QStringLiteral("gross"), ResultJson::series(p.gross)},
                      {QStringLiteral("net"), ResultJson::series(p.net)},
                      {QStringLiteral("neutrality_year"), year(p.neutralityYear)},
                      {QStringLiteral("neutral_from"), year(p.neutralFrom)},
                      {QStringLiteral("target_year"), p.targetYear},
                      {QStringLiteral("remaining_gap_t"), ResultJson::number(p.remainingGap)},
                      {QStringLiteral("out_of_reach"), QJsonArray::fromStringList(p.unreachable)}};
        if (p.uncertainty)
            o.insert(QStringLiteral("uncertainty"), ResultJson::uncertainty(*p.uncertainty));
        paths.append(o);
    }
    return {{QStringLiteral("from_year"), r.fromYear},
            {QStringLiteral("anchor"), anchor},
            {QStringLiteral("bau_gross"), ResultJson::series(r.bau)},
            {QStringLiteral("paths"), paths}};
}

QJsonObject indicatorJson(const Indicator &indicator)
{
    QJsonArray values;
    for (const IndicatorValue &v : indicator.values) {
        values.append(QJsonObject{{QStringLiteral("year"), v.year},
                                  {QStringLiteral("plan"), number(v.plan)},
                                  {QStringLiteral("actual"), number(v.actual)},
                                  {QStringLiteral("source"), v.source}});
    }
    return {{QStringLiteral("id"), indicator.id},
            {QStringLiteral("name"), indicator.name},
            {QStringLiteral("unit"), indicator.unit},
            {QStringLiteral("source"), indicator.source},
            {QStringLiteral("values"), values}};
}

} // namespace

QString TrackJson::lightId(TrackLight light)
{
    switch (light) {
    case TrackLight::NoData:
        return QStringLiteral("no_data");
    case TrackLight::OnTrack:
        return QStringLiteral("on_track");
    case TrackLight::Late:
        return QStringLiteral("late");
    case TrackLight::Stalled:
        return QStringLiteral("stalled");
    case TrackLight::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString TrackJson::variantId(ReforecastVariant variant)
{
    switch (variant) {
    case ReforecastVariant::CatchUp:
        return QStringLiteral("catch_up");
    case ReforecastVariant::Slip:
        return QStringLiteral("slip");
    case ReforecastVariant::Scale:
        return QStringLiteral("scale");
    }
    return {};
}

QJsonObject TrackJson::toJson(const Plan &plan, const MonitoringRun &run)
{
    QJsonArray years;
    for (const MonitoredYear &y : run.years) {
        years.append(QJsonObject{{QStringLiteral("year"), y.year},
                                 {QStringLiteral("planned_t"), ResultJson::number(y.planned)},
                                 {QStringLiteral("actual_t"), ResultJson::number(y.actual)},
                                 {QStringLiteral("gap_t"), ResultJson::number(y.gap())},
                                 {QStringLiteral("gap_share"), number(y.gapShare())}});
    }
    QJsonArray measures;
    if (run.tracking) {
        for (const MeasureTrack &t : run.tracking->measures)
            measures.append(measureJson(plan, t));
    }
    QJsonArray indicators;
    for (const Indicator &i : plan.monitoring.indicators)
        indicators.append(indicatorJson(i));
    return {
        {QStringLiteral("format"), QStringLiteral("zeroplan-track")},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("community"), plan.community.name},
        {QStringLiteral("adopted"),
         QJsonObject{{QStringLiteral("label"), run.adoptedLabel},
                     {QStringLiteral("date"), run.adoptedOn.toString(Qt::ISODate)}}},
        {QStringLiteral("base_year"), run.baseYear},
        {QStringLiteral("base_year_gross_t"), ResultJson::number(run.baseYearGross)},
        {QStringLiteral("target_year"), run.targetYear},
        {QStringLiteral("target_gross_t"), ResultJson::number(run.targetGross)},
        {QStringLiteral("latest_year"), year(run.latestYear)},
        {QStringLiteral("reduced_since_base_t"), number(run.reducedSinceBase())},
        {QStringLiteral("still_to_reduce_t"), number(run.stillToReduce())},
        {QStringLiteral("years"), years},
        {QStringLiteral("measures"), measures},
        {QStringLiteral("decomposition"),
         run.decomposition ? QJsonValue(decompositionJson(*run.decomposition)) : QJsonValue()},
        {QStringLiteral("reforecast"),
         run.reforecast ? QJsonValue(reforecastJson(*run.reforecast)) : QJsonValue()},
        {QStringLiteral("indicators"), indicators},
    };
}

} // namespace zeroplan
