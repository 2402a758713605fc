#pragma once

#include "EigenTypes.h"
#include "engine/Results.h"
#include "plan/MeasureProgress.h"

#include <QList>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace zeroplan {

struct AdoptedPlan;
struct ActualInventory;
struct MeasureTracking;
class FactorLibrary;

// How the measures behind plan are carried forward.
enum class ReforecastVariant
{
    CatchUp, // keep each measure's end goal: what is missing is done by the ramp's end
    Slip,    // the ramp shifted by the delay: the same pace, later
    Scale,   // future adoption times the realisation ratio (actual / planned)
};

// One re-forecast pathway.
struct ReforecastPath
{
    ReforecastVariant variant = ReforecastVariant::CatchUp;
    YearSeries gross; // base year to horizon end
    YearSeries net;
    std::optional<int> neutralityYear; // first year with net ≤ 0
    std::optional<int> neutralFrom;    // net ≤ 0 from then to the horizon end
    int targetYear = 0;                // the neutrality target, or the horizon end
    double remainingGap = 0;           // max(net in targetYear, 0), tCO2e
    // Catch up only: measures whose yearly rise needed to catch up exceeds the best yearly rise
    // reported so far (measure ids).
    QStringList unreachable;
    std::optional<UncertaintyResult> uncertainty; // Monte Carlo on this path, if asked
};

// The path re-forecast from the latest actual inventory (docs/monitoring.md): business as usual
// re-anchored on the actual emissions of each sector that year (every line of the sector scaled
// by actual ÷ BAU), then the measures at their actual adoption that year and carried forward
// three ways where they are behind plan. Measures on track keep the plan (or their actual, if
// ahead); a cancelled measure stays where it got; a measure without a report keeps the plan.
struct Reforecast
{
    static constexpr int kSectors = 5;

    int fromYear = 0;
    std::array<double, kSectors> anchor{}; // scale of each sector's lines (1 where not re-anchored)
    YearSeries bau;                        // re-anchored BAU gross emissions
    std::vector<ReforecastPath> paths;     // catch up, slip, scale

    // `samples` > 0 runs Monte Carlo on each path (seeded by `seed`).
    static Reforecast of(const AdoptedPlan &adopted, const ActualInventory &latest,
                         const QList<MeasureProgress> &progress, const FactorLibrary &library,
                         int samples = 0, quint64 seed = 1);
    // The same with the tracking of the latest year already computed (MonitoringRun has it).
    static Reforecast of(const AdoptedPlan &adopted, const ActualInventory &latest,
                         const QList<MeasureProgress> &progress, const FactorLibrary &library,
                         const MeasureTracking &tracking, int samples = 0, quint64 seed = 1);
};

} // namespace zeroplan
