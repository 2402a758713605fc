#pragma once

#include "EigenTypes.h"
#include "inventory/Sector.h"
#include "measures/MeasureKind.h"

#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace zeroplan {

// What one measure did in a scenario, year by year (tCO2e and plan currency).
struct MeasureResult
{
    QString measureId;
    QString name;
    MeasureKind kind = MeasureKind::Custom;
    MeasureStage stage = MeasureStage::DemandReduction;
    QString ownerGroup;
    YearSeries wedge;  // drop in gross emissions it caused, after the measures before it
    YearSeries sink;   // tCO2 taken up (tree planting)
    YearSeries credit; // tCO2e of credits bought
    YearSeries capex;
    YearSeries opex;
    YearSeries savings;          // energy no longer bought, valued at the plan's prices
    double abatedTotal = 0;      // Σ over years of wedge + sink + credit
    double npv = 0;              // Σ (savings − capex − opex) discounted to the base year
    double presentCost = 0;      // −npv
    double presentAbatement = 0; // Σ abatement discounted like money (levelised cost)
    std::optional<double> costPerTonne; // presentCost / presentAbatement; none if it abates nothing

    YearSeries abatement() const { return wedge + sink + credit; }
};

// The emissions of one activity line (or of an activity a measure added) per year.
struct SourceResult
{
    QString id; // activity id, or "<measure id>/added" for activity a measure added
    QString label;
    Sector sector = Sector::StationaryEnergy;
    QString carrier;
    YearSeries emissions;
};

struct TargetOutcome
{
    enum class Kind
    {
        Neutrality,
        Interim,
        CarbonBudget
    };
    Kind kind = Kind::Neutrality;
    int year = 0;      // the target year (horizon end for the budget)
    double limit = 0;  // what the target allows (tCO2e; cumulative for the budget)
    double actual = 0; // what the scenario reaches
    bool met = false;
    double gap() const { return actual - limit; } // > 0: missed by this much
};

struct MaccPoint
{
    QString measureId;
    QString name;
    double width = 0;        // tCO2e abated over the horizon
    double costPerTonne = 0; // levelised, plan currency per tCO2e
};

struct ScenarioResult
{
    QString name;
    YearSeries gross;
    YearSeries sinks;
    YearSeries credits;
    YearSeries net; // gross − sinks − credits
    YearSeries cumulativeNet;
    YearSeries residual; // max(net, 0): what still needs offsets or more measures
    std::vector<SourceResult> sources;
    std::vector<MeasureResult> measures; // in the order the engine applied them
    std::optional<int> neutralityYear;   // first year with net ≤ 0
    QList<TargetOutcome> targets;
    double presentCost = 0; // Σ measures' present cost
    double presentAbatement = 0;
    std::optional<double> costPerTonne;

    YearSeries sectorEmissions(Sector sector) const;
    std::vector<MaccPoint> macc() const; // measures that abate, cheapest first
};

struct PlanResult
{
    std::vector<int> years;
    YearSeries bauGross;
    std::vector<SourceResult> bauSources;
    std::vector<ScenarioResult> scenarios;

    int yearIndex(int year) const { return year - years.front(); }
};

struct Percentiles
{
    YearSeries p5, p25, p50, p75, p95;
};

struct UncertaintyResult
{
    int samples = 0;
    quint64 seed = 0;
    Percentiles net;
    int targetYear = 0;
    double pNeutralByTarget = 0; // share of samples with net ≤ 0 in targetYear
};

struct SensitivityBar
{
    QString measureId;
    QString measureName;
    QString parameter;                    // catalogue key
    double low = 0, likely = 0, high = 0; // parameter values
    double netAtLow = 0, netAtHigh = 0;   // net emissions in the target year
    double swing() const
    {
        return netAtHigh > netAtLow ? netAtHigh - netAtLow : netAtLow - netAtHigh;
    }
};

struct SensitivityResult
{
    int targetYear = 0;
    double baseNet = 0;
    std::vector<SensitivityBar> bars; // largest swing first
};

} // namespace zeroplan
