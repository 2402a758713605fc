#pragma once

#include "ChangeDecomposition.h"
#include "MeasureTracking.h"
#include "Reforecast.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace zeroplan {

struct Plan;
class FactorLibrary;

// One year with an actual inventory, against the adopted plan.
struct MonitoredYear
{
    int year = 0;
    double planned = 0;                             // the adopted pathway's gross emissions, tCO2e
    double actual = 0;                              // the actual inventory's gross emissions
    double gap() const { return actual - planned; } // > 0: above plan
    std::optional<double> gapShare() const          // gap ÷ planned
    {
        return planned > 0 ? std::optional<double>(gap() / planned) : std::nullopt;
    }
};

// Everything monitoring says about a plan (docs/monitoring.md): the years with actuals against
// the adopted pathway, how the measures stand in the latest year, why emissions changed since
// the base year, and the re-forecast. What the CLI's `track`, the Monitoring page and the
// monitoring report show.
struct MonitoringRun
{
    QString adoptedLabel;
    QDate adoptedOn;
    int baseYear = 0;
    double baseYearGross = 0;
    int targetYear = 0;               // the neutrality target, or the horizon end
    double targetGross = 0;           // what the adopted plan aims at in the target year (gross)
    std::vector<MonitoredYear> years; // in year order
    std::optional<int> latestYear;    // of the latest actual inventory, or of progress
    std::optional<MeasureTracking> tracking;
    std::optional<ChangeDecomposition> decomposition; // base year → latest actual
    std::optional<Reforecast> reforecast;

    // Reduced since the base year (base − latest actual gross) and still to reduce by the
    // target year (latest actual − the adopted plan's target gross); none without an actual.
    std::optional<double> reducedSinceBase() const;
    std::optional<double> stillToReduce() const;

    // Runs on the newest adoption, its actual inventories resolved with the plan's factors as
    // they are now (and the adopted plan's where the plan has none of that id).
    // Nothing without an adoption (error says so). `asOf` is the day of the assessment (for
    // stale measures); `samples` > 0 runs Monte Carlo on the re-forecast.
    static std::optional<MonitoringRun> of(const Plan &plan, const FactorLibrary &library,
                                           const QDate &asOf, int samples = 0,
                                           QString *error = nullptr);
};

} // namespace zeroplan
