#pragma once

#include "EigenTypes.h"
#include "EngineTariff.h"
#include "inventory/Sector.h"
#include "inventory/Units.h"
#include "measures/Measure.h"
#include "measures/MeasureCatalogue.h"

#include <QString>
#include <optional>
#include <vector>

namespace zeroplan {

struct Plan;
struct Scenario;
class FactorLibrary;

// One column of the engine's activity matrix: an activity line, or activity a measure adds
// (heat-pump electricity, composting). Activity is kept in the unit of the column's factor.
struct EngineColumn
{
    QString id;
    QString label;
    Sector sector = Sector::StationaryEnergy;
    QString subsector;
    QString carrier;
    QString unit;
    Dimension dimension = Dimension::Energy;
    YearSeries bau;         // activity per year without measures
    YearSeries ef;          // tCO2e per unit, per year
    double price = 0;       // plan currency per unit (0 where no price is given); a measure's
                            // own tariff may price what it adds or saves differently
    double kwhPerUnit = 0;  // energy in one unit (0 where not an energy carrier)
    double basePerUnit = 1; // one unit in the dimension's base unit (t, m³, km, …)
    int addedBy = -1;       // index of the measure that adds this activity, or -1
    // The column whose storage this one shares in a run that keeps only net emissions: the
    // first added column of the same sector, subsector, carrier and unit (so with the same
    // factor, price and weights), and itself for every other column. Every measure targets
    // either all columns of a pool or none, so the pool can be held as one sum.
    int pool = -1;
};

// A measure as the engine applies it: its adoption curve, resolved targets and the rows of
// the parameter matrix that hold its parameters (in the catalogue's order).
struct EngineMeasure
{
    int planIndex = 0;
    QString id;
    QString name;
    QString ownerGroup;
    const MeasureKindSpec *spec = nullptr;
    double level = 1;
    int lifetime = 25;
    MeasureCosts costs;
    YearSeries ramp;      // adoption at full level (the ramp curve), per year
    YearSeries adoption;  // level × ramp, per year
    YearSeries age;       // years since start (−1 before), per year
    YearSeries purchases; // share of the measure bought each year: rises and renewals
    std::vector<int> targets;
    std::vector<int> pooledTargets; // targets with each pool once, by its first column
    int addedColumn = -1;
    std::vector<int> parameterRows;
    std::vector<EngineTariff> tariffs; // the measure's own prices, one per carrier

    MeasureKind kind() const { return spec->kind; }
    MeasureStage stage() const { return spec->stage; }
    // Sets the level (0..1 of the measure as specified) and with it the adoption and the
    // purchases (the optimiser tries levels on one compiled scenario this way).
    void setLevel(double newLevel);
};

// An uncertain (or fixed) parameter of a measure: one row of the parameter matrix.
struct ParameterSlot
{
    int measure = 0; // index into EngineInput::measures
    const char *key = nullptr;
    double likely = 0;
    double low = 0;
    double high = 0;
    bool uncertain() const { return high > low; }
};

// A plan and one scenario compiled for the engine: everything as numbers, nothing to look up.
struct EngineInput
{
    int baseYear = 0;
    int years = 0;
    double discountRate = 0;
    std::optional<int> neutralityYear;
    YearSeries population;
    std::vector<EngineColumn> columns;
    std::vector<EngineMeasure> measures; // in the engine's fixed order
    std::vector<ParameterSlot> parameters;

    Eigen::ArrayXd likelyParameters() const;
    int lineCount = 0; // columns [0, lineCount) are the plan's lines

    // The same input for one year only (`year` counted from the base year): every series cut
    // to that year's value. No measure looks at another year than the one it works on, so the
    // net emissions of that year come out as from the whole horizon, at 1/years of the cost.
    EngineInput yearSlice(int year) const;

    // `scenario` null compiles BAU. Works on any plan: what does not resolve is left out
    // (validation reports it); it never throws or crashes.
    static EngineInput compile(const Plan &plan, const Scenario *scenario,
                               const FactorLibrary &library);
};

// The adoption of a measure in each year: 0 before its start, then rising over `rampYears`
// (linearly, or along the smooth S-curve x²(3 − 2x)) to 1.
YearSeries rampCurve(int baseYear, int years, int startYear, int rampYears, RampShape shape);

// What is bought each year for an adoption curve: each rise of adoption in the year it
// happens, bought again every `lifetime` years after.
YearSeries purchaseCurve(const YearSeries &adoption, int lifetime);

} // namespace zeroplan
