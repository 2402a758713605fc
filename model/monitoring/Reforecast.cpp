#include "Reforecast.h"

#include "InventoryEmissions.h"
#include "MeasureTracking.h"
#include "engine/EngineInput.h"
#include "engine/MonteCarlo.h"
#include "engine/ScenarioEngine.h"
#include "plan/ActualInventory.h"
#include "plan/AdoptedPlan.h"
#include "plan/Plan.h"

#include <QHash>
#include <algorithm>

namespace zeroplan {
namespace {

constexpr double kTolerance = 1e-9;

// Where a reported measure stood, in the engine's adoption (level × ramp, 0 to 1).
struct Standing
{
    double alpha = 0;    // adoption reached by the end of the year
    double bestRise = 0; // the largest yearly rise of adoption reported so far
    bool cancelled = false;
};

// The adoption `actual` stands for: (actual − base) / (full − base), `full` the adoption
// parameter's value (1 for a share measure).
std::optional<double> alphaOf(const Measure &m, double actual)
{
    const AdoptionRule &rule = MeasureCatalogue::spec(m.kind).adoption;
    const double base = rule.before ? m.parameter(QString::fromLatin1(rule.before), 0) : 0;
    const double full = rule.parameter ? m.parameter(QString::fromLatin1(rule.parameter), 0) : 1;
    if (std::abs(full - base) < kTolerance)
        return std::nullopt;
    return (actual - base) / (full - base);
}

QHash<QString, Standing> standings(const Plan &plan, const QList<MeasureProgress> &progress,
                                   int year)
{
    QHash<QString, Standing> out;
    for (const Measure &m : plan.measures) {
        // The measure's reports up to `year`, in year order, as engine adoption.
        QList<std::pair<int, double>> points{{m.startYear - 1, 0.0}};
        const MeasureProgress *latest = nullptr;
        QList<const MeasureProgress *> own;
        for (const MeasureProgress &p : progress) {
            if (p.measure == m.id && p.year <= year)
                own.append(&p);
        }
        std::sort(own.begin(), own.end(), [](const MeasureProgress *a, const MeasureProgress *b) {
            return a->year < b->year;
        });
        for (const MeasureProgress *p : own) {
            latest = p; // the newest report up to `year` (own is in year order)
            if (p->adoption) {
                if (const std::optional<double> a = alphaOf(m, *p->adoption))
                    points.append({p->year, *a});
            }
        }
        if (!latest || (!latest->adoption && latest->status != ProgressStatus::Cancelled))
            continue;
        Standing s;
        s.cancelled = latest->status == ProgressStatus::Cancelled;
        s.alpha = latest->adoption ? alphaOf(m, *latest->adoption).value_or(0.0) : 0.0;
        for (qsizetype i = 1; i < points.size(); ++i) {
            const int years = points[i].first - points[i - 1].first;
            if (years > 0)
                s.bestRise =
                    std::max(s.bestRise, (points[i].second - points[i - 1].second) / years);
        }
        out.insert(m.id, s);
    }
    return out;
}

// The plan with each sector's lines scaled so that BAU meets what the sector would have
// emitted in the actual year without the measures: its actual emissions plus what the
// reported measures realised in it (else the measures would be counted twice).
Plan reanchored(const Plan &plan, const ActualInventory &latest, const FactorLibrary &library,
                const std::array<double, 5> &realised,
                std::array<double, Reforecast::kSectors> &anchor, YearSeries &bau)
{
    const InventoryEmissions actual = InventoryEmissions::actual(plan, latest, library);
    const EngineInput in = EngineInput::compile(plan, nullptr, library);
    const int t = std::clamp(latest.year - in.baseYear, 0, in.years - 1);
    std::array<double, Reforecast::kSectors> modelled{};
    for (int c = 0; c < in.lineCount; ++c) {
        const EngineColumn &column = in.columns[size_t(c)];
        modelled[size_t(column.sector)] += column.bau[t] * column.ef[t];
    }
    anchor.fill(1.0);
    for (size_t k = 0; k < anchor.size(); ++k) {
        // A sector the actual inventory does not report keeps the plan's figures.
        if (modelled[k] > 0 && actual.bySector[k] > 0)
            anchor[k] = (actual.bySector[k] + realised[k]) / modelled[k];
    }
    Plan out = plan;
    for (ActivityLine &line : out.activities)
        line.amount *= anchor[size_t(line.sector)];
    const ScenarioResult bauResult =
        ScenarioEngine::evaluate(EngineInput::compile(out, nullptr, library));
    bau = bauResult.gross;
    return out;
}

// The year index at which `planned` first reaches its final value (the ramp's end).
int rampEnd(const YearSeries &planned)
{
    const double final = planned[planned.size() - 1];
    for (int t = 0; t < planned.size(); ++t) {
        if (planned[t] >= final - kTolerance)
            return t;
    }
    return int(planned.size()) - 1;
}

// The adoption curve of a measure behind plan carried forward by `variant`; sets `needed` to
// the yearly rise catching up requires.
YearSeries carriedForward(const YearSeries &planned, int now, double alpha,
                          ReforecastVariant variant, double *needed)
{
    const int T = int(planned.size());
    YearSeries a = planned;
    for (int t = 0; t < std::min(now, T); ++t)
        a[t] = std::min(planned[t], alpha); // the past: no more than what was reached
    if (now >= T)
        return a;
    a[now] = alpha;
    switch (variant) {
    case ReforecastVariant::CatchUp: {
        const double goal = planned[T - 1];
        const int end = std::min(std::max(rampEnd(planned), now + 1), T - 1);
        *needed = end > now ? (goal - alpha) / double(end - now) : 0.0;
        for (int t = now + 1; t < T; ++t)
            a[t] = t >= end ? goal : alpha + (goal - alpha) * double(t - now) / double(end - now);
        break;
    }
    case ReforecastVariant::Slip: {
        int delay = 0; // the years since the plan was where the measure is now
        while (delay < now && planned[now - delay] > alpha + kTolerance)
            ++delay;
        for (int t = now + 1; t < T; ++t)
            a[t] = std::max(alpha, t - delay >= 0 ? planned[t - delay] : 0.0);
        break;
    }
    case ReforecastVariant::Scale: {
        const double ratio = planned[now] > 0 ? alpha / planned[now] : 0.0;
        for (int t = now + 1; t < T; ++t)
            a[t] = ratio * planned[t];
        break;
    }
    }
    return a;
}

} // namespace

Reforecast Reforecast::of(const AdoptedPlan &adopted, const ActualInventory &latest,
                          const QList<MeasureProgress> &progress, const FactorLibrary &library,
                          int samples, quint64 seed)
{
    const MeasureTracking tracking = MeasureTracking::of(*adopted.plan, adopted.scenario(), library,
                                                         latest.year, progress, QDate());
    return of(adopted, latest, progress, library, tracking, samples, seed);
}

Reforecast Reforecast::of(const AdoptedPlan &adopted, const ActualInventory &latest,
                          const QList<MeasureProgress> &progress, const FactorLibrary &library,
                          const MeasureTracking &tracking, int samples, quint64 seed)
{
    const Plan &plan = *adopted.plan;
    const Scenario &scenario = adopted.scenario();
    Reforecast out;
    out.fromYear = latest.year;
    const Plan anchored =
        reanchored(plan, latest, library, tracking.realisedBySector, out.anchor, out.bau);
    const double baseYearGross = out.bau.size() > 0 ? out.bau[0] : 0.0;
    const QHash<QString, Standing> standing = standings(plan, progress, latest.year);
    const int targetYear =
        plan.community.targets.neutralityYear.value_or(plan.community.horizonEnd);

    for (const ReforecastVariant variant :
         {ReforecastVariant::CatchUp, ReforecastVariant::Slip, ReforecastVariant::Scale}) {
        EngineInput in = EngineInput::compile(anchored, &scenario, library);
        const int now = latest.year - in.baseYear;
        ReforecastPath path;
        path.variant = variant;
        for (EngineMeasure &em : in.measures) {
            const auto s = standing.constFind(em.id);
            if (s == standing.cend() || now < 0 || now >= in.years)
                continue; // no report: the plan
            const YearSeries planned = em.adoption;
            if (s->cancelled) {
                for (int t = now; t < in.years; ++t)
                    em.adoption[t] = std::min(planned[t], s->alpha);
            } else if (s->alpha >= planned[now] * (1 - MeasureTrack::kRoundingShare) - kTolerance) {
                for (int t = now; t < in.years; ++t) // on track or ahead: at least the plan
                    em.adoption[t] =
                        std::max(planned[t], std::min(s->alpha, planned[in.years - 1]));
                em.adoption[now] = s->alpha;
            } else {
                double needed = 0;
                em.adoption = carriedForward(planned, now, s->alpha, variant, &needed);
                if (variant == ReforecastVariant::CatchUp && needed > s->bestRise + kTolerance)
                    path.unreachable.append(em.id);
            }
            em.purchases = purchaseCurve(em.adoption, em.lifetime);
        }
        ScenarioResult r = ScenarioEngine::evaluate(in);
        ScenarioEngine::assessTargets(r, anchored, baseYearGross);
        path.gross = r.gross;
        path.net = r.net;
        path.neutralityYear = r.neutralityYear;
        path.neutralFrom = r.neutralFrom;
        path.targetYear = targetYear;
        const int target = std::clamp(targetYear - in.baseYear, 0, in.years - 1);
        path.remainingGap = std::max(0.0, r.net[target]);
        if (samples > 0) {
            MonteCarloOptions options;
            options.samples = samples;
            options.seed = seed;
            path.uncertainty = MonteCarlo::run(in, options);
        }
        out.paths.push_back(std::move(path));
    }
    return out;
}

} // namespace zeroplan
