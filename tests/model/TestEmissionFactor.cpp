// EmissionFactor: tCO2e per unit of activity, each gas weighed by the plan's GWP set
// (AR5 WG1 Table 8.A.1; AR6 WG1 Table 7.15), mass units converted to tonnes, and trajectories
// interpolated over years. Expected figures are worked out by hand from docs/factors.md.
#include "inventory/EmissionFactor.h"

#include <QTest>

#include <cmath>

using namespace zeroplan;

Q_DECLARE_METATYPE(zeroplan::Gas)
Q_DECLARE_METATYPE(zeroplan::GwpSet)
Q_DECLARE_METATYPE(zeroplan::EmissionFactor)

namespace {

EmissionFactor singleGas(Gas gas, double value, const QString &massUnit,
                         const QString &activityUnit, int year = 2023)
{
    EmissionFactor f;
    f.id = QStringLiteral("test");
    f.gases = {{gas, value}};
    f.massUnit = massUnit;
    f.activityUnit = activityUnit;
    f.year = year;
    return f;
}

// IPCC 2006 V5 Ch4 T4.1: CH4 4 g/kg and N2O 0.3 g/kg wet waste = 4 and 0.3 kg/t.
EmissionFactor composting()
{
    EmissionFactor f;
    f.id = QStringLiteral("composting");
    f.carrier = QStringLiteral("food_waste");
    f.gases = {{Gas::CH4Biogenic, 4.0}, {Gas::N2O, 0.3}};
    f.massUnit = QStringLiteral("kg");
    f.activityUnit = QStringLiteral("t");
    f.year = 2006;
    return f;
}

// China national grid 2023, 0.5306 kgCO2/kWh (MEE & NBS), with a made-up path for the test:
// 0.40 in 2030, 0.05 in 2060.
EmissionFactor decarbonisingGrid()
{
    EmissionFactor f = singleGas(Gas::CO2, 0.5306, QStringLiteral("kg"), QStringLiteral("kWh"));
    f.trajectory = {{2030, 0.40}, {2060, 0.05}};
    return f;
}

} // namespace

class TestEmissionFactor : public QObject
{
    Q_OBJECT

private slots:
    void gwp100_data();
    void gwp100();
    void tonnesCO2ePerUnit_data();
    void tonnesCO2ePerUnit();
    void noTrajectoryMeansTheSameEveryYear();
    void trajectory_data();
    void trajectory();
    void trajectoryWeighsItsGasByTheGwpSet();
    void multiGasFactorIgnoresTrajectory();
    void unitJoinsMassAndActivityUnits();
    void idsRoundTrip();
};

void TestEmissionFactor::gwp100_data()
{
    QTest::addColumn<Gas>("gas");
    QTest::addColumn<GwpSet>("set");
    QTest::addColumn<double>("gwp");

    QTest::newRow("CO2e AR6") << Gas::CO2e << GwpSet::AR6 << 1.0;
    QTest::newRow("CO2 AR5") << Gas::CO2 << GwpSet::AR5 << 1.0;
    QTest::newRow("CH4 AR5") << Gas::CH4 << GwpSet::AR5 << 28.0;
    QTest::newRow("CH4 AR6") << Gas::CH4 << GwpSet::AR6 << 27.9;
    QTest::newRow("fossil CH4 AR5") << Gas::CH4Fossil << GwpSet::AR5 << 30.0;
    QTest::newRow("fossil CH4 AR6") << Gas::CH4Fossil << GwpSet::AR6 << 29.8;
    QTest::newRow("biogenic CH4 AR5") << Gas::CH4Biogenic << GwpSet::AR5 << 28.0;
    QTest::newRow("biogenic CH4 AR6") << Gas::CH4Biogenic << GwpSet::AR6 << 27.0;
    QTest::newRow("N2O AR5") << Gas::N2O << GwpSet::AR5 << 265.0;
    QTest::newRow("N2O AR6") << Gas::N2O << GwpSet::AR6 << 273.0;
}

void TestEmissionFactor::gwp100()
{
    QFETCH(Gas, gas);
    QFETCH(GwpSet, set);
    QFETCH(double, gwp);
    QCOMPARE(zeroplan::gwp100(gas, set), gwp);
}

void TestEmissionFactor::tonnesCO2ePerUnit_data()
{
    QTest::addColumn<EmissionFactor>("factor");
    QTest::addColumn<GwpSet>("set");
    QTest::addColumn<double>("tonnes");    // tCO2e per activity unit
    QTest::addColumn<double>("tolerance"); // absolute, tCO2e per unit

    // CN-South 2023 0.4042 kgCO2/kWh = 0.0004042 t/kWh; CO2 weighs 1 in every set.
    const EmissionFactor south =
        singleGas(Gas::CO2, 0.4042, QStringLiteral("kg"), QStringLiteral("kWh"));
    QTest::newRow("CN-South 2023 kg/kWh, AR6") << south << GwpSet::AR6 << 4.042e-4 << 1e-12;
    QTest::newRow("CN-South 2023 kg/kWh, AR5") << south << GwpSet::AR5 << 4.042e-4 << 1e-12;

    // UK 2024 0.207 kgCO2e/kWh is published in CO2e: the plan's set does not weigh it again.
    EmissionFactor uk =
        singleGas(Gas::CO2e, 0.207, QStringLiteral("kg"), QStringLiteral("kWh"), 2024);
    uk.gwp = GwpSet::AR5;
    QTest::newRow("UK 2024 CO2e published AR5, plan AR6") << uk << GwpSet::AR6 << 2.07e-4 << 1e-12;

    // Mass units: EU new cars 106.6 g/km = 106.6e-6 t/km = 1.066e-4 t per vehicle-km.
    const EmissionFactor car =
        singleGas(Gas::CO2, 106.6, QStringLiteral("g"), QStringLiteral("vehicle-km"));
    QTest::newRow("EU new car g/vehicle-km -> t") << car << GwpSet::AR6 << 1.066e-4 << 1e-12;
    // Bituminous coal 2.44 t/t.
    const EmissionFactor coal = singleGas(Gas::CO2, 2.44, QStringLiteral("t"), QStringLiteral("t"));
    QTest::newRow("bituminous coal t/t") << coal << GwpSet::AR6 << 2.44 << 1e-12;
    // Petrol 2.272 kg/L = 0.002272 t/L.
    const EmissionFactor petrol =
        singleGas(Gas::CO2, 2.272, QStringLiteral("kg"), QStringLiteral("L"));
    QTest::newRow("petrol kg/L") << petrol << GwpSet::AR6 << 2.272e-3 << 1e-12;

    // Composting, AR6: 4 × 27.0 + 0.3 × 273 = 108 + 81.9 = 189.9 kg = 0.1899 t per t.
    QTest::newRow("composting CH4+N2O, AR6") << composting() << GwpSet::AR6 << 0.1899 << 1e-9;
    // Composting, AR5: 4 × 28 + 0.3 × 265 = 112 + 79.5 = 191.5 kg = 0.1915 t per t.
    QTest::newRow("composting CH4+N2O, AR5") << composting() << GwpSet::AR5 << 0.1915 << 1e-9;
    // The same in g/kg (4 g/kg, 0.3 g/kg): g per kg is kg per t, so also 0.1899 t/t —
    // but here the denominator is kg, so per kg it is 189.9 g = 0.0001899 t.
    EmissionFactor compostingGPerKg = composting();
    compostingGPerKg.massUnit = QStringLiteral("g");
    compostingGPerKg.activityUnit = QStringLiteral("kg");
    QTest::newRow("composting g/kg, AR6") << compostingGPerKg << GwpSet::AR6 << 1.899e-4 << 1e-12;

    // Landfilled food waste: 45 kg CH4 (biogenic) per t × 27.0 = 1,215 kg = 1.215 t/t (AR6);
    // × 28 = 1,260 kg = 1.26 t/t (AR5).
    const EmissionFactor landfill =
        singleGas(Gas::CH4Biogenic, 45.0, QStringLiteral("kg"), QStringLiteral("t"), 2006);
    QTest::newRow("landfill food waste, AR6") << landfill << GwpSet::AR6 << 1.215 << 1e-9;
    QTest::newRow("landfill food waste, AR5") << landfill << GwpSet::AR5 << 1.26 << 1e-9;

    // Fossil CH4, 1 kg per MWh: 29.8 kg CO2e = 0.0298 t per MWh (AR6), 30 kg (AR5).
    const EmissionFactor leak =
        singleGas(Gas::CH4Fossil, 1.0, QStringLiteral("kg"), QStringLiteral("MWh"));
    QTest::newRow("fossil CH4, AR6") << leak << GwpSet::AR6 << 0.0298 << 1e-12;
    QTest::newRow("fossil CH4, AR5") << leak << GwpSet::AR5 << 0.030 << 1e-12;
    // N2O alone, 10 g per t: 10e-6 t × 273 = 0.00273 t.
    const EmissionFactor n2o = singleGas(Gas::N2O, 10.0, QStringLiteral("g"), QStringLiteral("t"));
    QTest::newRow("N2O g/t, AR6") << n2o << GwpSet::AR6 << 2.73e-3 << 1e-12;

    // No gases: nothing emitted.
    EmissionFactor empty;
    empty.activityUnit = QStringLiteral("t");
    QTest::newRow("no gases") << empty << GwpSet::AR6 << 0.0 << 0.0;
}

void TestEmissionFactor::tonnesCO2ePerUnit()
{
    QFETCH(EmissionFactor, factor);
    QFETCH(GwpSet, set);
    QFETCH(double, tonnes);
    QFETCH(double, tolerance);

    const double actual = factor.tonnesCO2ePerUnit(set);
    QVERIFY2(
        std::abs(actual - tonnes) <= tolerance,
        qPrintable(
            QStringLiteral("%1 t, expected %2").arg(actual, 0, 'g', 12).arg(tonnes, 0, 'g', 12)));
    // Without a trajectory every year gives the base figure.
    QCOMPARE(factor.tonnesCO2ePerUnit(factor.year, set), actual);
}

void TestEmissionFactor::noTrajectoryMeansTheSameEveryYear()
{
    const EmissionFactor f =
        singleGas(Gas::CO2, 0.5306, QStringLiteral("kg"), QStringLiteral("kWh"));
    for (int year : {1990, 2023, 2030, 2060, 2100})
        QCOMPARE(f.tonnesCO2ePerUnit(year, GwpSet::AR6), 5.306e-4);
}

void TestEmissionFactor::trajectory_data()
{
    QTest::addColumn<EmissionFactor>("factor");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("kgPerKwh"); // expected, kg per kWh; compared in t with 1e-12 t

    // Points: (2023, 0.5306) from the factor itself, (2030, 0.40), (2060, 0.05).
    const EmissionFactor grid = decarbonisingGrid();
    QTest::newRow("before the factor's year: flat") << grid << 2015 << 0.5306;
    QTest::newRow("the factor's own year") << grid << 2023 << 0.5306;
    // 2026: 0.5306 + (3/7) × (0.40 − 0.5306) = 0.5306 − 0.055971 = 0.474629
    QTest::newRow("between own year and first point")
        << grid << 2026 << 0.5306 + 3.0 / 7.0 * (0.40 - 0.5306);
    QTest::newRow("on the first trajectory point") << grid << 2030 << 0.40;
    // 2045: 0.40 + (15/30) × (0.05 − 0.40) = 0.40 − 0.175 = 0.225
    QTest::newRow("midway between trajectory points") << grid << 2045 << 0.225;
    // 2059: 0.40 + (29/30) × (−0.35) = 0.40 − 0.338333 = 0.061667
    QTest::newRow("a year before the last point") << grid << 2059 << 0.40 - 29.0 / 30.0 * 0.35;
    QTest::newRow("on the last point") << grid << 2060 << 0.05;
    QTest::newRow("after the last point: flat") << grid << 2075 << 0.05;

    // The factor's year is the trajectory's first year: the trajectory's value wins.
    EmissionFactor sameYear = decarbonisingGrid();
    sameYear.year = 2030;
    QTest::newRow("own year = first point: point wins") << sameYear << 2030 << 0.40;
    QTest::newRow("own year = first point, before: flat") << sameYear << 2024 << 0.40;

    // The factor's year lies inside the trajectory: the trajectory alone decides.
    EmissionFactor inside = decarbonisingGrid();
    inside.year = 2040;
    QTest::newRow("own year inside trajectory: before first point") << inside << 2025 << 0.40;
    QTest::newRow("own year inside trajectory: at own year")
        << inside << 2040 << 0.40 - 10.0 / 30.0 * 0.35;

    // No year on the factor: the trajectory alone.
    EmissionFactor noYear = decarbonisingGrid();
    noYear.year = 0;
    QTest::newRow("no own year: before first point") << noYear << 2023 << 0.40;
    QTest::newRow("no own year: midway") << noYear << 2045 << 0.225;

    // A single trajectory point after the factor's year: a straight line between the two.
    EmissionFactor onePoint =
        singleGas(Gas::CO2, 0.5306, QStringLiteral("kg"), QStringLiteral("kWh"));
    onePoint.trajectory = {{2033, 0.3306}};
    // 2028: 0.5306 − 5/10 × 0.2 = 0.4306
    QTest::newRow("one point: halfway") << onePoint << 2028 << 0.4306;
    QTest::newRow("one point: after") << onePoint << 2050 << 0.3306;

    // A rising path is interpolated the same way (an energy mix that gets worse).
    EmissionFactor rising =
        singleGas(Gas::CO2, 0.2, QStringLiteral("kg"), QStringLiteral("kWh"), 2020);
    rising.trajectory = {{2030, 0.3}};
    QTest::newRow("rising path: 2025") << rising << 2025 << 0.25;
}

void TestEmissionFactor::trajectory()
{
    QFETCH(EmissionFactor, factor);
    QFETCH(int, year);
    QFETCH(double, kgPerKwh);

    const double expected = kgPerKwh / 1000.0;
    for (GwpSet set : {GwpSet::AR5, GwpSet::AR6}) { // CO2: the same in both sets
        const double actual = factor.tonnesCO2ePerUnit(year, set);
        QVERIFY2(std::abs(actual - expected) <= 1e-12,
                 qPrintable(QStringLiteral("%1: %2 t/kWh, expected %3")
                                .arg(year)
                                .arg(actual, 0, 'g', 12)
                                .arg(expected, 0, 'g', 12)));
    }
    // The base-year figure stays the gases' value whatever the trajectory says.
    QCOMPARE(factor.tonnesCO2ePerUnit(GwpSet::AR6), factor.gases.first().value / 1000.0);
}

void TestEmissionFactor::trajectoryWeighsItsGasByTheGwpSet()
{
    // Landfill food waste 45 kg CH4/t in 2024, falling to 15 kg/t by 2034 (as gas capture
    // would): 2029 is halfway, 30 kg CH4/t → × 27.0 = 0.81 t (AR6), × 28 = 0.84 t (AR5).
    EmissionFactor f =
        singleGas(Gas::CH4Biogenic, 45.0, QStringLiteral("kg"), QStringLiteral("t"), 2024);
    f.trajectory = {{2034, 15.0}};
    QVERIFY(std::abs(f.tonnesCO2ePerUnit(2029, GwpSet::AR6) - 0.81) < 1e-12);
    QVERIFY(std::abs(f.tonnesCO2ePerUnit(2029, GwpSet::AR5) - 0.84) < 1e-12);
    QVERIFY(std::abs(f.tonnesCO2ePerUnit(2024, GwpSet::AR6) - 1.215) < 1e-12);
    QVERIFY(std::abs(f.tonnesCO2ePerUnit(2040, GwpSet::AR6) - 0.405) < 1e-12);
}

void TestEmissionFactor::multiGasFactorIgnoresTrajectory()
{
    // A trajectory is defined for single-gas factors only; a multi-gas factor keeps its gases.
    EmissionFactor f = composting();
    f.trajectory = {{2030, 1.0}};
    QVERIFY(std::abs(f.tonnesCO2ePerUnit(2040, GwpSet::AR6) - 0.1899) < 1e-12);
    QVERIFY(std::abs(f.tonnesCO2ePerUnit(2040, GwpSet::AR5) - 0.1915) < 1e-12);
}

void TestEmissionFactor::unitJoinsMassAndActivityUnits()
{
    QCOMPARE(composting().unit(), QStringLiteral("kg/t"));
    QCOMPARE(singleGas(Gas::CO2, 106.6, QStringLiteral("g"), QStringLiteral("vehicle-km")).unit(),
             QStringLiteral("g/vehicle-km"));
    QCOMPARE(singleGas(Gas::CO2, 2.16, QStringLiteral("kg"), QStringLiteral("m³")).unit(),
             QStringLiteral("kg/m³"));
}

void TestEmissionFactor::idsRoundTrip()
{
    for (Gas g : {Gas::CO2e, Gas::CO2, Gas::CH4, Gas::CH4Fossil, Gas::CH4Biogenic, Gas::N2O})
        QVERIFY(gasFromId(gasId(g)) == g);
    QCOMPARE(gasId(Gas::CH4Biogenic), QStringLiteral("CH4_biogenic"));
    QCOMPARE(gasId(Gas::CH4Fossil), QStringLiteral("CH4_fossil"));
    QVERIFY(!gasFromId(QStringLiteral("ch4")).has_value());
    QVERIFY(!gasFromId(QStringLiteral("SF6")).has_value());

    for (GwpSet s : {GwpSet::AR5, GwpSet::AR6})
        QVERIFY(gwpSetFromId(gwpSetId(s)) == s);
    QVERIFY(!gwpSetFromId(QStringLiteral("AR4")).has_value());

    for (Confidence c : {Confidence::High, Confidence::Medium, Confidence::Low})
        QVERIFY(confidenceFromId(confidenceId(c)) == c);
    QCOMPARE(confidenceId(Confidence::Medium), QStringLiteral("medium"));
    QVERIFY(!confidenceFromId(QStringLiteral("med")).has_value());
}

QTEST_APPLESS_MAIN(TestEmissionFactor)
#include "TestEmissionFactor.moc"
