// Why emissions changed between two inventories: the additive LMDI-I decomposition (Ang 2004,
// Energy Policy 32:1131; Ang 2015, Energy Policy 86:233) into drivers, weather, emission
// factors, measures and a residual, against figures worked out by hand, and its invariant:
// the parts add up exactly to the change.
#include "monitoring/ChangeDecomposition.h"
#include "monitoring/Lmdi.h"

#include <QTest>

#include <cmath>

using namespace zeroplan;

namespace {

// A community of 10,000 people in 4,000 households in 2023 (2,000 heating degree days):
//   electricity 10,000 MWh × 0.5 t/MWh = 5,000 t (driven by population)
//   gas heating 1,000,000 m³ × 0.002 t/m³ = 2,000 t (households, weather-sensitive)
// and in 2025, 11,000 people in 4,400 households, a milder winter (1,800 degree days):
//   electricity 10,450 MWh × 0.45 t/MWh = 4,702.5 t (a cleaner grid, 5 % less per person)
//   gas heating 990,000 m³ × 0.002 t/m³ = 1,980 t (the same per household and degree day)
// Change: 6,682.5 − 7,000 = −317.5 t.
DecompositionYear year2023(bool withWeather = true)
{
    DecompositionYear y;
    y.year = 2023;
    y.population = 10000;
    y.households = 4000;
    if (withWeather)
        y.heatingDegreeDays = 2000;
    y.lines = {{QStringLiteral("electricity"), 10000, 0.5, Driver::Population, false},
               {QStringLiteral("gas"), 1000000, 0.002, Driver::Households, true}};
    return y;
}

DecompositionYear year2025(bool withWeather = true)
{
    DecompositionYear y;
    y.year = 2025;
    y.population = 11000;
    y.households = 4400;
    if (withWeather)
        y.heatingDegreeDays = 1800;
    y.lines = {{QStringLiteral("electricity"), 10450, 0.45, Driver::Population, false},
               {QStringLiteral("gas"), 990000, 0.002, Driver::Households, true}};
    return y;
}

double sumOfParts(const ChangeDecomposition &d)
{
    return d.drivers + d.weather + d.emissionFactor + d.measures + d.residual;
}

} // namespace

class TestChangeDecomposition : public QObject
{
    Q_OBJECT

private slots:
    void logMeanIsTheLogarithmicMean();
    void lmdiEffectsAddUpToTheChange();
    void splitsTheChangeByHand();
    void withoutDegreeDaysTheWeatherStaysInTheIntensity();
    void aNewLineIsCountedWhole();
    void aLineThatEndsIsCountedWhole();
    void nothingChangedGivesNothing();
};

void TestChangeDecomposition::logMeanIsTheLogarithmicMean()
{
    // L(e², e) = (e² − e) / (2 − 1) = e² − e.
    const double e = std::exp(1.0);
    QVERIFY(std::abs(Lmdi::logMean(e * e, e) - (e * e - e)) < 1e-12);
    // Symmetric, and L(a, a) = a, also just beside a (where the quotient would lose its digits).
    QVERIFY(std::abs(Lmdi::logMean(3, 7) - Lmdi::logMean(7, 3)) < 1e-12);
    QCOMPARE(Lmdi::logMean(5, 5), 5.0);
    QVERIFY(std::abs(Lmdi::logMean(5, 5 * (1 + 1e-9)) - 5 * (1 + 0.5e-9)) < 1e-12);
}

void TestChangeDecomposition::lmdiEffectsAddUpToTheChange()
{
    // Three items of three factors, one appearing from nothing: the effects still add up to
    // Σ last − Σ first (2·3·4 + 1·1·1 + 0 = 25 before; 3·3·5 + 2·1·0.5 + 1·2·3 = 52 after).
    const std::vector<Lmdi::Item> items{
        {{2, 3, 4}, {3, 3, 5}}, {{1, 1, 1}, {2, 1, 0.5}}, {{1, 0, 3}, {1, 2, 3}}};
    const std::vector<double> effects = Lmdi::effects(items, 3);
    QCOMPARE(effects.size(), size_t(3));
    QVERIFY(std::abs(effects[0] + effects[1] + effects[2] - 27.0) < 1e-9);
    // The second factor of the first item did not change, yet the third item's second
    // factor went from 0 to 2: all of that item's 6 t is the second factor's.
    QVERIFY(effects[1] > 6.0 - 1e-9);
}

void TestChangeDecomposition::splitsTheChangeByHand()
{
    // L_e = (4,702.5 − 5,000) / ln(4,702.5 / 5,000) = 4,849.729 t
    // L_g = (1,980 − 2,000) / ln(1,980 / 2,000) = 1,989.983 t
    // drivers  = (L_e + L_g) · ln 1.1        =  651.894 t (population and households +10 %)
    // weather  = L_g · ln(1,800 / 2,000)     = −209.666 t (gas per household·degree day unchanged)
    // factor   = L_e · ln(0.45 / 0.5)        = −510.970 t
    // intensity= L_e · ln(0.95 / 1.0)        = −248.759 t (electricity per person −5 %)
    // With 200 t realised by the measures: measures −200 t, residual −48.759 t.
    const ChangeDecomposition d = ChangeDecomposition::between(year2023(), year2025(), 200);
    const double tolerance = 1e-3; // t
    QCOMPARE(d.firstYear, 2023);
    QCOMPARE(d.lastYear, 2025);
    QVERIFY(std::abs(d.first - 7000) < 1e-9);
    QVERIFY(std::abs(d.last - 6682.5) < 1e-9);
    QVERIFY(std::abs(d.drivers - 651.894) < tolerance);
    QVERIFY(std::abs(d.weather - -209.666) < tolerance);
    QVERIFY(std::abs(d.emissionFactor - -510.970) < tolerance);
    QVERIFY(std::abs(d.intensity() - -248.759) < tolerance);
    QCOMPARE(d.measures, -200.0);
    QVERIFY(std::abs(d.residual - -48.759) < tolerance);
    QVERIFY(std::abs(sumOfParts(d) - -317.5) < 1e-9);
}

void TestChangeDecomposition::withoutDegreeDaysTheWeatherStaysInTheIntensity()
{
    // Without degree days the milder winter is part of the gas line's intensity:
    // intensity = L_e · ln 0.95 + L_g · ln(990,000/4,400 ÷ 1,000,000/4,000) = −248.759 − 209.666.
    const ChangeDecomposition d = ChangeDecomposition::between(year2023(false), year2025(false), 0);
    QCOMPARE(d.weather, 0.0);
    QVERIFY(std::abs(d.intensity() - (-248.759 - 209.666)) < 1e-3);
    QVERIFY(std::abs(d.drivers - 651.894) < 1e-3);
    QVERIFY(std::abs(sumOfParts(d) - -317.5) < 1e-9);
}

void TestChangeDecomposition::aNewLineIsCountedWhole()
{
    // Heat pumps add 600 MWh of electricity at 0.45 t/MWh = 270 t in 2025: a line 2023 had not.
    // Its 270 t are intensity (use per person from nothing), none of it drivers or factor.
    DecompositionYear last = year2025();
    last.lines.push_back({QStringLiteral("heat pumps"), 600, 0.45, Driver::Population, false});
    const ChangeDecomposition base = ChangeDecomposition::between(year2023(), year2025(), 0);
    const ChangeDecomposition d = ChangeDecomposition::between(year2023(), last, 0);
    QVERIFY(std::abs(d.change() - (-317.5 + 270)) < 1e-9);
    QVERIFY(std::abs(sumOfParts(d) - d.change()) < 1e-9);
    QVERIFY(std::abs(d.intensity() - base.intensity() - 270) < 1e-6);
    QVERIFY(std::abs(d.drivers - base.drivers) < 1e-6);
    QVERIFY(std::abs(d.emissionFactor - base.emissionFactor) < 1e-6);
}

void TestChangeDecomposition::aLineThatEndsIsCountedWhole()
{
    // The gas line is gone in 2025 (all heating electrified elsewhere): its 2,000 t are intensity.
    DecompositionYear last = year2025();
    last.lines.pop_back();
    const ChangeDecomposition d = ChangeDecomposition::between(year2023(), last, 0);
    QVERIFY(std::abs(d.change() - (4702.5 - 7000)) < 1e-9);
    QVERIFY(std::abs(sumOfParts(d) - d.change()) < 1e-9);
    // Electricity alone: drivers L_e·ln 1.1 = 462.234, factor −510.970, intensity −248.759 − 2,000.
    QVERIFY(std::abs(d.drivers - 4849.7292845 * std::log(1.1)) < 1e-3);
    QVERIFY(std::abs(d.emissionFactor - -510.970) < 1e-3);
    QVERIFY(std::abs(d.intensity() - (-248.759 - 2000)) < 1e-3);
}

void TestChangeDecomposition::nothingChangedGivesNothing()
{
    const ChangeDecomposition d = ChangeDecomposition::between(year2023(), year2023(), 0);
    QCOMPARE(d.change(), 0.0);
    QVERIFY(std::abs(d.drivers) < 1e-12);
    QVERIFY(std::abs(d.weather) < 1e-12);
    QVERIFY(std::abs(d.emissionFactor) < 1e-12);
    QVERIFY(std::abs(d.residual) < 1e-12);
}

QTEST_APPLESS_MAIN(TestChangeDecomposition)
#include "TestChangeDecomposition.moc"
