#pragma once

#include "plan/MeasureProgress.h"

#include <QDate>
#include <QList>
#include <array>
#include <optional>
#include <vector>

namespace zeroplan {

struct Plan;
struct Scenario;
class FactorLibrary;

// The traffic light of a measure in a monitoring year.
enum class TrackLight
{
    NoData,  // nothing reported for the year
    OnTrack, // at or ahead of the plan
    Late,    // behind the plan interpolated at the year
    Stalled, // paused, cancelled, or no update in 12 months
    Done,    // completed, or its goal reached
};

// One measure of the adopted plan in one year: planned against actual, in the measure's own
// unit (MeasureKindSpec::adoption) and in tonnes.
struct MeasureTrack
{
    // A report short of the plan by no more than this share of it is not behind: figures are
    // reported rounded (444.44 kWp against 444.444… planned).
    static constexpr double kRoundingShare = 1e-4;

    QString measure;       // measure id
    bool reported = false; // progress was reported for the year
    double base = 0;       // adoption before the measure (0, or e.g. the recycling rate)
    double goal = 0;       // adoption at the end of its ramp, at the scenario's level
    double planned = 0;    // adoption the plan expects by the end of the year (its ramp)
    // As the newest report up to the year says (an earlier year's stands until a new one).
    std::optional<double> actual;
    // (actual − base) / (goal − base), the share of the way done (Kausal Watch's completion);
    // none without an actual or where goal = base.
    std::optional<double> completion;
    bool late = false;  // actual behind `planned` (by more than kRoundingShare of it)
    bool stale = false; // not completed or cancelled, and no update within 12 months of the
                        // day of the assessment
    std::optional<QDate> lastUpdate;
    ProgressStatus status = ProgressStatus::NotStarted;
    double plannedAbatement = 0; // tCO2e the adopted plan expects of it in the year
    // What its actual adoption cut, through the same sequential engine; none without an actual.
    std::optional<double> realisedAbatement;
    double plannedCapexToDate = 0; // the adopted plan's investment from the base year to the year
    double plannedOpexToDate = 0;
    std::optional<double> capexToDate; // as reported
    std::optional<double> opexToDate;
    TrackLight light = TrackLight::NoData;
};

// How the measures of an adopted plan stand in a year, from the progress the working groups
// reported. The realised abatement is computed by the scenario engine on a copy of the plan in
// which each reported measure stands at its actual adoption (a parameter measure at that
// value, fully ramped; a share measure at that share), and every measure without a report is
// left out, so interactions between measures count as they do in the plan.
struct MeasureTracking
{
    int year = 0;
    std::vector<MeasureTrack> measures; // in the order of the scenario's measures
    // What the reported measures together cut from each sector's gross emissions in the year
    // (BAU minus the realised run), indexed by Sector: an actual inventory plus this is what
    // the sector would have emitted without them.
    std::array<double, 5> realisedBySector{};

    // `plan` and `scenario` as adopted; `progress` may hold any years and measures (each
    // measure's newest report up to `year` counts; updates of every year up to it say how
    // fresh the news is). `asOf` is
    // the day of the assessment.
    static MeasureTracking of(const Plan &plan, const Scenario &scenario,
                              const FactorLibrary &library, int year,
                              const QList<MeasureProgress> &progress, QDate asOf);
};

} // namespace zeroplan
