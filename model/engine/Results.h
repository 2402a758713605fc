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
    YearSeries savings; // energy no longer bought, at the plan's prices or the measure's own
    // Resident carbon accounts only (empty for every other kind): the tCO2e the scheme
    // credits, the part of it that is a reduction (= wedge), and the points paid (plan
    // currency) per year.
    YearSeries accountsCredited;
    YearSeries accountsAdditional;
    YearSeries pointsBudget;
    double abatedTotal = 0;      // Σ over years of wedge + sink: credits are never abatement
    double creditedTotal = 0;    // Σ over years of credit (tCO2e of credits bought)
    double npv = 0;              // Σ (savings − capex − opex) discounted to the base year
    double presentCost = 0;      // −npv
    double presentAbatement = 0; // Σ (wedge + sink) discounted like money (levelised cost)
    double presentCredits = 0;   // Σ credit discounted the same way
    std::optional<double> costPerTonne; // presentCost / presentAbatement; none if it abates nothing
    std::optional<double> costPerCredit; // presentCost / presentCredits; only for credit purchases
    // Carbon accounts: presentCost over the discounted credited tonnes; the cost per
    // additional tonne is costPerTonne.
    std::optional<double> costPerCreditedTonne;

    // Purchased carbon credits: offset on paper, never abated; kept out of the MACC and out
    // of every cost per tonne abated.
    bool isCredit() const; // the kind's MeasureTraits::credit
    // What it takes off net emissions each year: wedge + sink + credit (the wedge chart's
    // band, the wedges export's column). For credits that is an offset, not abatement: the
    // totals and costs per tonne above leave credits out.
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
    double actual = 0; // what the scenario reaches (neutrality: net in the target year)
    // Neutrality: net ≤ 0 from the target year to the horizon end (ScenarioResult::neutralFrom
    // ≤ year); interim and budget: actual ≤ limit.
    bool met = false;
    double cut = 0;     // interim: the cut asked for, from base-year gross (0.4 for −40 %)
    double reached = 0; // interim: the cut of gross reached in the target year
    double gap() const { return actual - limit; } // > 0: missed by this much
};

struct MaccPoint
{
    QString measureId;
    QString name;
    double width = 0;        // tCO2e abated (credits: bought) over the horizon
    double costPerTonne = 0; // levelised, plan currency per tCO2e
};

struct ScenarioResult
{
    QString name;
    int firstYear = 0; // the base year: every series' t = 0
    YearSeries gross;
    YearSeries sinks;
    YearSeries credits;
    YearSeries net; // gross − sinks − credits
    YearSeries cumulativeNet;
    YearSeries residual; // max(net, 0): what still needs offsets or more measures
    std::vector<SourceResult> sources;
    std::vector<MeasureResult> measures; // in the order the engine applied them
    // Neutrality, in two readings that differ when net dips to zero and rises again:
    // neutralityYear is the first year with net ≤ 0 ("first reached"); neutralFrom the first
    // year from which net stays ≤ 0 to the horizon end ("held from"), the one targets and
    // verdicts use. Both are empty when the plan has no baseline (baselineEmpty).
    std::optional<int> neutralityYear;
    std::optional<int> neutralFrom;
    bool baselineEmpty = false; // BAU emits nothing in the base year: no verdict means anything
    QList<TargetOutcome> targets;
    double presentCost = 0;              // Σ every measure's present cost, credits included
    double presentAbatementCost = 0;     // Σ present cost of the measures that are not credits
    double presentAbatement = 0;         // Σ present (wedge + sink) tonnes; credits excluded
    std::optional<double> costPerTonne;  // presentAbatementCost / presentAbatement
    double presentCreditCost = 0;        // Σ present cost of credit purchases
    double presentCredits = 0;           // Σ present tonnes of credits bought
    double creditedTotal = 0;            // Σ tonnes of credits bought over the horizon
    std::optional<double> costPerCredit; // presentCreditCost / presentCredits

    YearSeries sectorEmissions(Sector sector) const;
    std::vector<MaccPoint> macc() const;         // measures that abate, cheapest first; no credits
    std::vector<MaccPoint> creditPoints() const; // credit purchases, cheapest first, apart
    // Whether neutrality, once reached, is lost again before the horizon end.
    bool neutralityLost() const { return neutralityYear && neutralityYear != neutralFrom; }
    // The first year after `from` in which net is above zero again; none if it stays ≤ 0.
    std::optional<int> reboundAfter(int from) const;
};

struct PlanResult
{
    std::vector<int> years;
    YearSeries bauGross;
    std::vector<SourceResult> bauSources;
    std::vector<ScenarioResult> scenarios;

    int yearIndex(int year) const { return year - years.front(); }
    // No activity, or none that emits in the base year: a new plan, not a neutral one.
    bool baselineEmpty() const { return bauGross.size() == 0 || bauGross[0] <= 0; }
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
