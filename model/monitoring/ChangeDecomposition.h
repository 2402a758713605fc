#pragma once

#include "inventory/ActivityLine.h"

#include <QString>
#include <optional>
#include <vector>

namespace zeroplan {

// One inventory line as the decomposition sees it: what it is (lines of two years are matched
// by key), how much, at which emission factor, what drives it, and whether its use follows
// the winter (space heating).
struct DecompositionLine
{
    QString key;     // e.g. sector|subsector|carrier; matched between the two years
    double quantity; // activity in the line's unit
    double factor;   // tCO2e per unit
    Driver driver = Driver::Population;
    bool weatherSensitive = false;
};

// An inventory of one year, with the drivers the decomposition separates.
struct DecompositionYear
{
    int year = 0;
    double population = 0;
    double households = 0;
    std::optional<double> heatingDegreeDays; // of that year; the weather effect needs both years'
    std::vector<DecompositionLine> lines;
};

// Why emissions changed between two inventories, so a committee does not claim credit for a
// cleaner grid or a mild winter (ICLEI's "drivers of change" analysis; GHG Protocol Mitigation
// Goal Standard, WRI 2014, ch. 11: report why emissions changed). The change in gross
// emissions Eᵀ − E⁰, with Eᵢ = activityᵢ × factorᵢ summed over the lines, is split by additive
// LMDI-I (Lmdi) over four factors per line:
//
//   Eᵢ = Dᵢ × (Aᵢ / (Dᵢ · Wᵢ)) × Wᵢ × fᵢ
//
// Dᵢ the line's driver (population, households, or 1 for a fixed line), Wᵢ the heating degree
// days for a weather-sensitive line when both years have them (else 1), Aᵢ / (Dᵢ·Wᵢ) the
// intensity, fᵢ the emission factor (the grid's, for electricity). The intensity effect is then
// split into what the measures realised (their abatement in the last year, computed by the
// engine from actual adoption) and the residual (behaviour, economy, data): every part sums
// exactly to the change.
struct ChangeDecomposition
{
    int firstYear = 0;
    int lastYear = 0;
    double first = 0;          // gross emissions in the first year, tCO2e
    double last = 0;           // in the last year
    double drivers = 0;        // population and households
    double weather = 0;        // heating degree days (0 without them)
    double emissionFactor = 0; // cleaner or dirtier grid and fuels
    double measures = 0;       // −(the measures' realised abatement in the last year)
    double residual = 0;       // the rest of the intensity effect

    double change() const { return last - first; }
    double intensity() const { return measures + residual; }

    // `realisedAbatement` ≥ 0: the tonnes the measures cut in the last year.
    static ChangeDecomposition between(const DecompositionYear &first,
                                       const DecompositionYear &last, double realisedAbatement);
};

} // namespace zeroplan
