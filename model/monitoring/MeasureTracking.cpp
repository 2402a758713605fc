#include "MeasureTracking.h"

#include "engine/EngineInput.h"
#include "engine/PlanRun.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"

#include <QHash>
#include <algorithm>

namespace zeroplan {
namespace {

// The newest report of `measure` up to `year`: adoption built stays built, so a measure
// reported in an earlier year stands where that report left it.
const MeasureProgress *entryOf(const QList<MeasureProgress> &progress, const QString &measure,
                               int year)
{
    const MeasureProgress *newest = nullptr;
    for (const MeasureProgress &p : progress) {
        if (p.measure == measure && p.year <= year && (!newest || p.year > newest->year))
            newest = &p;
    }
    return newest;
}

std::optional<QDate> lastUpdateOf(const QList<MeasureProgress> &progress, const QString &measure,
                                  int year)
{
    std::optional<QDate> last;
    for (const MeasureProgress &p : progress) {
        if (p.measure != measure || p.year > year)
            continue;
        for (const ProgressUpdate &u : p.updates) {
            if (u.date.isValid() && (!last || u.date > *last))
                last = u.date;
        }
    }
    return last;
}

double valueAt(const YearSeries &series, int index)
{
    return index >= 0 && index < series.size() ? series[index] : 0.0;
}

double sumTo(const YearSeries &series, int index)
{
    double sum = 0;
    for (int t = 0; t <= index && t < series.size(); ++t)
        sum += series[t];
    return sum;
}

const MeasureResult *resultOf(const ScenarioResult &result, const QString &measure)
{
    for (const MeasureResult &m : result.measures) {
        if (m.measureId == measure)
            return &m;
    }
    return nullptr;
}

TrackLight lightOf(const MeasureTrack &t)
{
    if (!t.actual && t.status == ProgressStatus::NotStarted && !t.lastUpdate)
        return TrackLight::NoData; // never heard of
    if (t.status == ProgressStatus::Completed || (t.completion && *t.completion >= 1.0))
        return TrackLight::Done;
    if (t.status == ProgressStatus::Paused || t.status == ProgressStatus::Cancelled || t.stale)
        return TrackLight::Stalled;
    if (!t.actual)
        return TrackLight::NoData;
    return t.late ? TrackLight::Late : TrackLight::OnTrack;
}

// `m` and its scenario entry as they stand at `actual` in `year`: fully ramped by then, at the
// actual value of its adoption parameter, or at the actual share of the measure.
void standAt(Measure &m, ScenarioMeasure &entry, const AdoptionRule &rule, int year, double actual)
{
    m.startYear = std::min(m.startYear, year);
    m.rampYears = 0;
    if (rule.parameter) {
        UncertainValue &v = m.parameters[QString::fromLatin1(rule.parameter)];
        v = UncertainValue{actual, std::nullopt, std::nullopt, v.source};
        entry.level = 1;
    } else {
        entry.level = std::clamp(actual, 0.0, 1.0);
    }
}

} // namespace

MeasureTracking MeasureTracking::of(const Plan &plan, const Scenario &scenario,
                                    const FactorLibrary &library, int year,
                                    const QList<MeasureProgress> &progress, QDate asOf)
{
    MeasureTracking out;
    out.year = year;
    const int baseYear = plan.community.baseYear;
    const int index = year - baseYear;
    const PlanRun adopted = PlanRun::run(plan, library, {&scenario});

    // The realised plan: every reported measure at its actual adoption, the others left out.
    Plan realised = plan;
    Scenario realisedScenario = scenario;
    for (ScenarioMeasure &entry : realisedScenario.measures) {
        const Measure *m = plan.findMeasure(entry.measure);
        const MeasureProgress *p = entryOf(progress, entry.measure, year);
        if (!m || !p || (!p->adoption && p->status != ProgressStatus::Cancelled)) {
            entry.level = 0;
            continue;
        }
        const AdoptionRule &rule = MeasureCatalogue::spec(m->kind).adoption;
        const double base = rule.before ? m->parameter(QString::fromLatin1(rule.before), 0) : 0;
        const double actual = p->adoption.value_or(base); // a cancelled measure stays at base
        for (Measure &own : realised.measures) {
            if (own.id == entry.measure)
                standAt(own, entry, rule, year, actual);
        }
    }
    const PlanRun realisedRun = PlanRun::run(realised, library, {&realisedScenario});
    for (const SourceResult &source : realisedRun.bau.sources)
        out.realisedBySector[size_t(source.sector)] += valueAt(source.emissions, index);
    for (const SourceResult &source : realisedRun.result.scenarios.front().sources)
        out.realisedBySector[size_t(source.sector)] -= valueAt(source.emissions, index);

    for (const ScenarioMeasure &entry : scenario.measures) {
        const Measure *m = plan.findMeasure(entry.measure);
        if (!m)
            continue;
        const AdoptionRule &rule = MeasureCatalogue::spec(m->kind).adoption;
        const double level = std::clamp(entry.level, 0.0, 1.0);
        MeasureTrack t;
        t.measure = m->id;
        t.base = rule.before ? m->parameter(QString::fromLatin1(rule.before), 0) : 0;
        const double full =
            rule.parameter ? m->parameter(QString::fromLatin1(rule.parameter), 0) : 1;
        t.goal = t.base + (full - t.base) * level;
        const YearSeries ramp =
            rampCurve(baseYear, plan.yearCount(), m->startYear, m->rampYears, m->rampShape);
        t.planned = t.base + (t.goal - t.base) * valueAt(ramp, index);
        if (const MeasureProgress *p = entryOf(progress, m->id, year)) {
            t.reported = p->year == year;
            t.status = p->status;
            t.actual = p->adoption;
            if (!t.actual && p->status == ProgressStatus::Cancelled)
                t.actual = t.base;
            t.capexToDate = p->capexToDate;
            t.opexToDate = p->opexToDate;
        }
        if (t.actual) {
            if (t.goal != t.base)
                t.completion = (*t.actual - t.base) / (t.goal - t.base);
            // Behind: short of the planned adoption in the direction the measure moves.
            const double ahead = t.goal >= t.base ? *t.actual - t.planned : t.planned - *t.actual;
            t.late = ahead < -MeasureTrack::kRoundingShare * std::max(1.0, std::abs(t.planned));
        }
        t.lastUpdate = lastUpdateOf(progress, m->id, year);
        // A completed or cancelled measure needs no news.
        const bool settled =
            t.status == ProgressStatus::Completed || t.status == ProgressStatus::Cancelled;
        t.stale =
            asOf.isValid() && !settled && (!t.lastUpdate || t.lastUpdate->addMonths(12) < asOf);
        if (const MeasureResult *r = resultOf(adopted.result.scenarios.front(), m->id)) {
            t.plannedAbatement = valueAt(r->abatement(), index);
            t.plannedCapexToDate = sumTo(r->capex, index);
            t.plannedOpexToDate = sumTo(r->opex, index);
        }
        if (t.actual) {
            const MeasureResult *r = resultOf(realisedRun.result.scenarios.front(), m->id);
            t.realisedAbatement = r ? valueAt(r->abatement(), index) : 0.0;
        }
        t.light = lightOf(t);
        out.measures.push_back(std::move(t));
    }
    return out;
}

} // namespace zeroplan
