// Units: every symbol and alias a user may type (度, 立方米, 吨, 公斤, 升, 公里, …) finds its
// canonical unit; conversions stay within one dimension; unknown units are refused.
#include "inventory/Units.h"

#include <QTest>

#include <cmath>

using namespace zeroplan;

Q_DECLARE_METATYPE(zeroplan::Dimension)

namespace {

// Relative comparison for conversion factors that span 1e-6 … 1e6.
bool closeTo(double actual, double expected, double relTol = 1e-12)
{
    return std::abs(actual - expected) <= relTol * std::max(std::abs(expected), 1e-300);
}

} // namespace

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void findsSymbolsAndAliases_data();
    void findsSymbolsAndAliases();
    void trimsWhitespace();
    void refusesUnknownUnits_data();
    void refusesUnknownUnits();
    void converts_data();
    void converts();
    void refusesCrossDimensionConversions_data();
    void refusesCrossDimensionConversions();
    void roundTrips_data();
    void roundTrips();
    void baseSymbolsAreOneBaseUnit_data();
    void baseSymbolsAreOneBaseUnit();
    void symbolsListCanonicalSymbolsOnly();
    void dimensionNamesAreNotEmpty();
};

void TestUnits::findsSymbolsAndAliases_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<Dimension>("dimension");
    QTest::addColumn<double>("toBase");

    // Energy, base kWh. 1 MJ = 1/3.6 kWh because 1 kWh = 3.6 MJ.
    QTest::newRow("kWh") << QStringLiteral("kWh") << QStringLiteral("kWh") << Dimension::Energy
                         << 1.0;
    QTest::newRow("度 = kWh") << QStringLiteral("度") << QStringLiteral("kWh") << Dimension::Energy
                              << 1.0;
    QTest::newRow("MWh") << QStringLiteral("MWh") << QStringLiteral("MWh") << Dimension::Energy
                         << 1000.0;
    QTest::newRow("GWh") << QStringLiteral("GWh") << QStringLiteral("GWh") << Dimension::Energy
                         << 1.0e6;
    QTest::newRow("MJ") << QStringLiteral("MJ") << QStringLiteral("MJ") << Dimension::Energy
                        << 1.0 / 3.6;
    // 1 GJ = 1000 MJ = 1000/3.6 = 277.78 kWh
    QTest::newRow("GJ") << QStringLiteral("GJ") << QStringLiteral("GJ") << Dimension::Energy
                        << 1000.0 / 3.6;
    // 1 TJ = 10^6 MJ = 277,777.8 kWh
    QTest::newRow("TJ") << QStringLiteral("TJ") << QStringLiteral("TJ") << Dimension::Energy
                        << 1.0e6 / 3.6;

    // Volume, base m³; gas is metered in normal cubic metres, which the app treats as m³.
    QTest::newRow("m³") << QStringLiteral("m³") << QStringLiteral("m³") << Dimension::Volume << 1.0;
    QTest::newRow("m3") << QStringLiteral("m3") << QStringLiteral("m³") << Dimension::Volume << 1.0;
    QTest::newRow("Nm³") << QStringLiteral("Nm³") << QStringLiteral("m³") << Dimension::Volume
                         << 1.0;
    QTest::newRow("Nm3") << QStringLiteral("Nm3") << QStringLiteral("m³") << Dimension::Volume
                         << 1.0;
    QTest::newRow("立方米 = m³") << QStringLiteral("立方米") << QStringLiteral("m³")
                                 << Dimension::Volume << 1.0;
    QTest::newRow("方 = m³") << QStringLiteral("方") << QStringLiteral("m³") << Dimension::Volume
                             << 1.0;
    QTest::newRow("L") << QStringLiteral("L") << QStringLiteral("L") << Dimension::Volume << 0.001;
    QTest::newRow("l = L") << QStringLiteral("l") << QStringLiteral("L") << Dimension::Volume
                           << 0.001;
    QTest::newRow("升 = L") << QStringLiteral("升") << QStringLiteral("L") << Dimension::Volume
                            << 0.001;

    // Mass, base t.
    QTest::newRow("t") << QStringLiteral("t") << QStringLiteral("t") << Dimension::Mass << 1.0;
    QTest::newRow("吨 = t") << QStringLiteral("吨") << QStringLiteral("t") << Dimension::Mass
                            << 1.0;
    QTest::newRow("kg") << QStringLiteral("kg") << QStringLiteral("kg") << Dimension::Mass << 0.001;
    QTest::newRow("公斤 = kg") << QStringLiteral("公斤") << QStringLiteral("kg") << Dimension::Mass
                               << 0.001;
    QTest::newRow("千克 = kg") << QStringLiteral("千克") << QStringLiteral("kg") << Dimension::Mass
                               << 0.001;
    QTest::newRow("g") << QStringLiteral("g") << QStringLiteral("g") << Dimension::Mass << 1.0e-6;
    QTest::newRow("克 = g") << QStringLiteral("克") << QStringLiteral("g") << Dimension::Mass
                            << 1.0e-6;

    // Travel: plain km is a km driven (vehicle-km).
    QTest::newRow("vehicle-km") << QStringLiteral("vehicle-km") << QStringLiteral("vehicle-km")
                                << Dimension::VehicleDistance << 1.0;
    QTest::newRow("vkm") << QStringLiteral("vkm") << QStringLiteral("vehicle-km")
                         << Dimension::VehicleDistance << 1.0;
    QTest::newRow("km") << QStringLiteral("km") << QStringLiteral("km")
                        << Dimension::VehicleDistance << 1.0;
    QTest::newRow("公里 = km") << QStringLiteral("公里") << QStringLiteral("km")
                               << Dimension::VehicleDistance << 1.0;
    QTest::newRow("passenger-km") << QStringLiteral("passenger-km")
                                  << QStringLiteral("passenger-km") << Dimension::PassengerDistance
                                  << 1.0;
    QTest::newRow("pkm") << QStringLiteral("pkm") << QStringLiteral("passenger-km")
                         << Dimension::PassengerDistance << 1.0;

    // Emissions, base tCO2e.
    QTest::newRow("tCO2e") << QStringLiteral("tCO2e") << QStringLiteral("tCO2e")
                           << Dimension::Emissions << 1.0;
    QTest::newRow("kgCO2e") << QStringLiteral("kgCO2e") << QStringLiteral("kgCO2e")
                            << Dimension::Emissions << 0.001;

    // Residents served × years (a wastewater line), base person-year; the Chinese forms a
    // treatment plant's report writes (人·年 with a middle dot, a katakana dot or a bullet).
    QTest::newRow("person-year") << QStringLiteral("person-year") << QStringLiteral("person-year")
                                 << Dimension::PersonTime << 1.0;
    QTest::newRow("person-years") << QStringLiteral("person-years") << QStringLiteral("person-year")
                                  << Dimension::PersonTime << 1.0;
    QTest::newRow("person-yr") << QStringLiteral("person-yr") << QStringLiteral("person-year")
                               << Dimension::PersonTime << 1.0;
    QTest::newRow("人·年") << QString::fromUtf8("人·年") << QStringLiteral("person-year")
                           << Dimension::PersonTime << 1.0;
    QTest::newRow("人・年") << QString::fromUtf8("人・年") << QStringLiteral("person-year")
                            << Dimension::PersonTime << 1.0;
    QTest::newRow("人•年") << QString::fromUtf8("人•年") << QStringLiteral("person-year")
                           << Dimension::PersonTime << 1.0;
    QTest::newRow("人年") << QString::fromUtf8("人年") << QStringLiteral("person-year")
                          << Dimension::PersonTime << 1.0;
}

void TestUnits::findsSymbolsAndAliases()
{
    QFETCH(QString, symbol);
    QFETCH(QString, canonical);
    QFETCH(Dimension, dimension);
    QFETCH(double, toBase);

    const auto unit = Units::find(symbol);
    QVERIFY2(unit.has_value(), qPrintable(symbol));
    QCOMPARE(unit->symbol, canonical);
    QCOMPARE(unit->dimension, dimension);
    QVERIFY2(closeTo(unit->toBase, toBase),
             qPrintable(QStringLiteral("toBase %1, expected %2").arg(unit->toBase).arg(toBase)));
    QVERIFY(Units::isKnown(symbol));
    // An alias and its canonical symbol are the same unit.
    const auto viaCanonical = Units::find(canonical);
    QVERIFY(viaCanonical.has_value());
    QCOMPARE(viaCanonical->symbol, canonical);
    QCOMPARE(viaCanonical->toBase, unit->toBase);
}

void TestUnits::trimsWhitespace()
{
    // Units pasted from a spreadsheet often carry spaces.
    const auto unit = Units::find(QStringLiteral("  kWh\t"));
    QVERIFY(unit.has_value());
    QCOMPARE(unit->symbol, QStringLiteral("kWh"));
    QCOMPARE(Units::convert(2.0, QStringLiteral(" 度 "), QStringLiteral("MWh ")).value(), 0.002);
}

void TestUnits::refusesUnknownUnits_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("furlong") << QStringLiteral("furlong");
    QTest::newRow("kW is power, not energy") << QStringLiteral("kW");
    QTest::newRow("MW is power, not energy") << QStringLiteral("MW");
    QTest::newRow("m² is area, not volume") << QStringLiteral("m²");
    QTest::newRow("compound kg/kWh is not an activity unit") << QStringLiteral("kg/kWh");
    QTest::newRow("kWh with a stray suffix") << QStringLiteral("kWhx");
}

void TestUnits::refusesUnknownUnits()
{
    QFETCH(QString, symbol);
    QVERIFY(!Units::find(symbol).has_value());
    QVERIFY(!Units::isKnown(symbol));
    QVERIFY(!Units::convert(1.0, symbol, QStringLiteral("kWh")).has_value());
    QVERIFY(!Units::convert(1.0, QStringLiteral("kWh"), symbol).has_value());
}

void TestUnits::converts_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<double>("expected");

    QTest::newRow("1200 度 = 1.2 MWh")
        << 1200.0 << QStringLiteral("度") << QStringLiteral("MWh") << 1.2;
    QTest::newRow("1 MWh = 1000 kWh")
        << 1.0 << QStringLiteral("MWh") << QStringLiteral("kWh") << 1000.0;
    QTest::newRow("1 GWh = 1000 MWh")
        << 1.0 << QStringLiteral("GWh") << QStringLiteral("MWh") << 1000.0;
    // 1 GJ = 1e9 J / 3.6e6 J/kWh = 277.777… kWh
    QTest::newRow("1 GJ = 277.78 kWh")
        << 1.0 << QStringLiteral("GJ") << QStringLiteral("kWh") << 1000.0 / 3.6;
    // 3.6 MJ is exactly 1 kWh
    QTest::newRow("3.6 MJ = 1 kWh") << 3.6 << QStringLiteral("MJ") << QStringLiteral("kWh") << 1.0;
    QTest::newRow("1 TJ = 1000 GJ")
        << 1.0 << QStringLiteral("TJ") << QStringLiteral("GJ") << 1000.0;
    QTest::newRow("1 MWh = 3.6 GJ") << 1.0 << QStringLiteral("MWh") << QStringLiteral("GJ") << 3.6;
    QTest::newRow("1 立方米 = 1000 升")
        << 1.0 << QStringLiteral("立方米") << QStringLiteral("升") << 1000.0;
    QTest::newRow("2500 L = 2.5 m³")
        << 2500.0 << QStringLiteral("L") << QStringLiteral("m³") << 2.5;
    QTest::newRow("Nm3 = m³") << 7.0 << QStringLiteral("Nm3") << QStringLiteral("m³") << 7.0;
    QTest::newRow("3 吨 = 3000 公斤")
        << 3.0 << QStringLiteral("吨") << QStringLiteral("公斤") << 3000.0;
    QTest::newRow("250 kg = 0.25 t")
        << 250.0 << QStringLiteral("kg") << QStringLiteral("t") << 0.25;
    QTest::newRow("1 t = 1e6 g") << 1.0 << QStringLiteral("t") << QStringLiteral("g") << 1.0e6;
    QTest::newRow("500 克 = 0.5 千克")
        << 500.0 << QStringLiteral("克") << QStringLiteral("千克") << 0.5;
    QTest::newRow("12 公里 = 12 vehicle-km")
        << 12.0 << QStringLiteral("公里") << QStringLiteral("vehicle-km") << 12.0;
    QTest::newRow("vkm = km") << 5.0 << QStringLiteral("vkm") << QStringLiteral("km") << 5.0;
    QTest::newRow("pkm = passenger-km")
        << 9.0 << QStringLiteral("pkm") << QStringLiteral("passenger-km") << 9.0;
    QTest::newRow("1500 kgCO2e = 1.5 tCO2e")
        << 1500.0 << QStringLiteral("kgCO2e") << QStringLiteral("tCO2e") << 1.5;
    QTest::newRow("zero stays zero") << 0.0 << QStringLiteral("GJ") << QStringLiteral("kWh") << 0.0;
    QTest::newRow("same unit") << 42.0 << QStringLiteral("kWh") << QStringLiteral("kWh") << 42.0;
}

void TestUnits::converts()
{
    QFETCH(double, amount);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(double, expected);

    const auto converted = Units::convert(amount, from, to);
    QVERIFY(converted.has_value());
    QVERIFY2(expected == 0 ? *converted == 0 : closeTo(*converted, expected, 1e-12),
             qPrintable(QStringLiteral("%1 %2 -> %3 %4, expected %5")
                            .arg(amount)
                            .arg(from)
                            .arg(*converted, 0, 'g', 17)
                            .arg(to)
                            .arg(expected, 0, 'g', 17)));
}

void TestUnits::refusesCrossDimensionConversions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");

    // No density or calorific value here: that is the carrier's business, not the unit's.
    QTest::newRow("energy -> volume (kWh -> m³)") << QStringLiteral("kWh") << QStringLiteral("m³");
    QTest::newRow("volume -> energy (立方米 -> 度)")
        << QStringLiteral("立方米") << QStringLiteral("度");
    QTest::newRow("mass -> volume (t -> L)") << QStringLiteral("t") << QStringLiteral("L");
    QTest::newRow("volume -> mass (升 -> 公斤)") << QStringLiteral("升") << QStringLiteral("公斤");
    QTest::newRow("mass -> energy (kg -> GJ)") << QStringLiteral("kg") << QStringLiteral("GJ");
    QTest::newRow("vehicle-km -> passenger-km")
        << QStringLiteral("km") << QStringLiteral("passenger-km");
    QTest::newRow("passenger-km -> vehicle-km") << QStringLiteral("pkm") << QStringLiteral("公里");
    QTest::newRow("energy -> emissions (kWh -> tCO2e)")
        << QStringLiteral("kWh") << QStringLiteral("tCO2e");
    QTest::newRow("mass -> emissions (t -> tCO2e)")
        << QStringLiteral("t") << QStringLiteral("tCO2e");
    // Residents served are no volume of wastewater: m³ per person is the plant's business.
    QTest::newRow("person-year -> m³ (wastewater)")
        << QStringLiteral("person-year") << QStringLiteral("m³");
    QTest::newRow("人·年 -> t") << QString::fromUtf8("人·年") << QStringLiteral("t");
}

void TestUnits::refusesCrossDimensionConversions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QVERIFY(Units::isKnown(from));
    QVERIFY(Units::isKnown(to));
    QVERIFY(!Units::convert(1.0, from, to).has_value());
    QVERIFY(!Units::convert(1.0, to, from).has_value());
}

void TestUnits::roundTrips_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");

    QTest::newRow("kWh <-> GJ") << 12345.678 << QStringLiteral("kWh") << QStringLiteral("GJ");
    QTest::newRow("MJ <-> TJ") << 0.125 << QStringLiteral("MJ") << QStringLiteral("TJ");
    QTest::newRow("度 <-> MWh") << 987654.0 << QStringLiteral("度") << QStringLiteral("MWh");
    QTest::newRow("L <-> m³") << 33.3 << QStringLiteral("L") << QStringLiteral("m³");
    QTest::newRow("g <-> t") << 106.6 << QStringLiteral("g") << QStringLiteral("t");
    QTest::newRow("公斤 <-> 吨") << 1.0e9 << QStringLiteral("公斤") << QStringLiteral("吨");
    QTest::newRow("kgCO2e <-> tCO2e") << 7.5 << QStringLiteral("kgCO2e") << QStringLiteral("tCO2e");
}

void TestUnits::roundTrips()
{
    QFETCH(double, amount);
    QFETCH(QString, from);
    QFETCH(QString, to);

    const auto there = Units::convert(amount, from, to);
    QVERIFY(there.has_value());
    const auto back = Units::convert(*there, to, from);
    QVERIFY(back.has_value());
    QVERIFY2(
        closeTo(*back, amount, 1e-12),
        qPrintable(
            QStringLiteral("%1 came back as %2").arg(amount, 0, 'g', 17).arg(*back, 0, 'g', 17)));
}

void TestUnits::baseSymbolsAreOneBaseUnit_data()
{
    QTest::addColumn<Dimension>("dimension");
    QTest::addColumn<QString>("base");
    QTest::newRow("energy") << Dimension::Energy << QStringLiteral("kWh");
    QTest::newRow("volume") << Dimension::Volume << QStringLiteral("m³");
    QTest::newRow("mass") << Dimension::Mass << QStringLiteral("t");
    QTest::newRow("vehicle distance") << Dimension::VehicleDistance << QStringLiteral("vehicle-km");
    QTest::newRow("passenger distance")
        << Dimension::PassengerDistance << QStringLiteral("passenger-km");
    QTest::newRow("emissions") << Dimension::Emissions << QStringLiteral("tCO2e");
    QTest::newRow("population served") << Dimension::PersonTime << QStringLiteral("person-year");
}

void TestUnits::baseSymbolsAreOneBaseUnit()
{
    QFETCH(Dimension, dimension);
    QFETCH(QString, base);
    QCOMPARE(Units::baseSymbol(dimension), base);
    const auto unit = Units::find(base);
    QVERIFY(unit.has_value());
    QCOMPARE(unit->symbol, base);
    QCOMPARE(unit->dimension, dimension);
    QCOMPARE(unit->toBase, 1.0);
    QVERIFY(Units::symbols(dimension).contains(base));
}

void TestUnits::symbolsListCanonicalSymbolsOnly()
{
    QCOMPARE(Units::symbols(Dimension::Energy),
             (QStringList{QStringLiteral("kWh"), QStringLiteral("万kWh"), QStringLiteral("MWh"),
                          QStringLiteral("GWh"), QStringLiteral("MJ"), QStringLiteral("GJ"),
                          QStringLiteral("TJ"), QStringLiteral("kgce"), QStringLiteral("tce")}));
    QCOMPARE(Units::symbols(Dimension::Volume),
             (QStringList{QStringLiteral("m³"), QStringLiteral("L")}));
    QCOMPARE(Units::symbols(Dimension::Mass),
             (QStringList{QStringLiteral("t"), QStringLiteral("kg"), QStringLiteral("g")}));
    // The aliases (人·年, person-yr, …) are not offered in pickers: one canonical symbol.
    QCOMPARE(Units::symbols(Dimension::PersonTime), QStringList{QStringLiteral("person-year")});

    // Every listed symbol is its own canonical symbol in its own dimension.
    for (Dimension d :
         {Dimension::Energy, Dimension::Volume, Dimension::Mass, Dimension::VehicleDistance,
          Dimension::PassengerDistance, Dimension::Emissions, Dimension::PersonTime}) {
        const QStringList symbols = Units::symbols(d);
        QVERIFY(!symbols.isEmpty());
        for (const QString &s : symbols) {
            const auto unit = Units::find(s);
            QVERIFY2(unit && unit->symbol == s && unit->dimension == d, qPrintable(s));
        }
    }
}

void TestUnits::dimensionNamesAreNotEmpty()
{
    for (Dimension d :
         {Dimension::Energy, Dimension::Volume, Dimension::Mass, Dimension::VehicleDistance,
          Dimension::PassengerDistance, Dimension::Emissions, Dimension::PersonTime})
        QVERIFY(!Units::dimensionName(d).isEmpty());
}

QTEST_APPLESS_MAIN(TestUnits)
#include "TestUnits.moc"
