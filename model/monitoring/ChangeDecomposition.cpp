#include "ChangeDecomposition.h"

#include "Lmdi.h"

#include <QHash>

namespace zeroplan {
namespace {

enum Factor
{
    DriverFactor,
    IntensityFactor,
    WeatherFactor,
    EmissionFactorFactor,
    FactorCount
};

double driverOf(const DecompositionYear &year, Driver driver)
{
    switch (driver) {
    case Driver::Population:
        return year.population;
    case Driver::Households:
        return year.households;
    case Driver::Fixed:
        break;
    }
    return 1;
}

// The line's four factor values in `year`; intensity zero for a line the year does not have.
std::vector<double> factorsOf(const DecompositionYear &year, const DecompositionLine *line,
                              const DecompositionLine &either, bool weather)
{
    std::vector<double> x(FactorCount, 0.0);
    const double driver = driverOf(year, either.driver);
    const double w = weather && either.weatherSensitive ? *year.heatingDegreeDays : 1.0;
    x[DriverFactor] = driver;
    x[WeatherFactor] = w;
    // A line the year does not have keeps the other year's factor: what goes is its activity.
    x[EmissionFactorFactor] = line ? line->factor : either.factor;
    if (line)
        x[IntensityFactor] = driver > 0 && w > 0 ? line->quantity / (driver * w) : 0.0;
    return x;
}

double total(const DecompositionYear &year)
{
    double e = 0;
    for (const DecompositionLine &line : year.lines)
        e += line.quantity * line.factor;
    return e;
}

} // namespace

ChangeDecomposition ChangeDecomposition::between(const DecompositionYear &first,
                                                 const DecompositionYear &last,
                                                 double realisedAbatement)
{
    const bool weather = first.heatingDegreeDays && last.heatingDegreeDays &&
                         *first.heatingDegreeDays > 0 && *last.heatingDegreeDays > 0;
    QHash<QString, const DecompositionLine *> before;
    for (const DecompositionLine &line : first.lines)
        before.insert(line.key, &line);
    QHash<QString, const DecompositionLine *> after;
    for (const DecompositionLine &line : last.lines)
        after.insert(line.key, &line);

    std::vector<Lmdi::Item> items;
    for (const DecompositionLine &line : first.lines) {
        const DecompositionLine *then = after.value(line.key);
        items.push_back({factorsOf(first, &line, line, weather),
                         factorsOf(last, then, then ? *then : line, weather)});
    }
    for (const DecompositionLine &line : last.lines) {
        if (!before.contains(line.key)) // a line the first year did not have
            items.push_back(
                {factorsOf(first, nullptr, line, weather), factorsOf(last, &line, line, weather)});
    }
    const std::vector<double> effects = Lmdi::effects(items, FactorCount);

    ChangeDecomposition d;
    d.firstYear = first.year;
    d.lastYear = last.year;
    d.first = total(first);
    d.last = total(last);
    d.drivers = effects[DriverFactor];
    d.weather = effects[WeatherFactor];
    d.emissionFactor = effects[EmissionFactorFactor];
    d.measures = -realisedAbatement;
    // The residual is what is left of the intensity effect: with it the parts add up to the
    // change (to rounding; the LMDI effects themselves add up exactly).
    d.residual = d.change() - d.drivers - d.weather - d.emissionFactor - d.measures;
    return d;
}

} // namespace zeroplan
