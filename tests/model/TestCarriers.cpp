// Carriers: which unit dimensions fit each carrier, and the energy one unit of a fuel holds
// (net calorific values, IPCC 2006 Guidelines Vol. 2 Ch. 1 Table 1.2 and GB/T 32151, with the
// densities of docs/factors.md), worked out by hand below.
#include "import/ImportVocabulary.h"
#include "inventory/Carrier.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace zeroplan;

class TestCarriers : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryCarrierOnce();
    void findsByIdOnly();
    void fits_data();
    void fits();
    void kwhPerUnit_data();
    void kwhPerUnit();
    void noEnergyWhereTheUnitDoesNotHoldAny_data();
    void noEnergyWhereTheUnitDoesNotHoldAny();
    void usualUnitFitsTheCarrier();
    void importReadsWastewaterInPersonYears();
    void fuelsNameTheirCalorificValueSource();
};

void TestCarriers::listsEveryCarrierOnce()
{
    // The ids plan files use; renaming one breaks every saved plan.
    const QStringList expected{QStringLiteral("electricity"),
                               QStringLiteral("natural_gas"),
                               QStringLiteral("lpg"),
                               QStringLiteral("petrol"),
                               QStringLiteral("diesel"),
                               QStringLiteral("coal"),
                               QStringLiteral("district_heat"),
                               QStringLiteral("car_travel"),
                               QStringLiteral("public_transport"),
                               QStringLiteral("landfill_waste"),
                               QStringLiteral("food_waste"),
                               QStringLiteral("incinerated_waste"),
                               QStringLiteral("wastewater"),
                               QStringLiteral("other")};
    QStringList ids;
    for (const Carrier &c : Carriers::all()) {
        ids << c.id;
        QVERIFY2(!c.displayName().isEmpty(), qPrintable(c.id));
        QVERIFY2(!c.dimensions.isEmpty(), qPrintable(c.id));
    }
    QCOMPARE(ids, expected);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
}

void TestCarriers::findsByIdOnly()
{
    const Carrier *gas = Carriers::find(QStringLiteral("natural_gas"));
    QVERIFY(gas);
    QCOMPARE(gas->id, QStringLiteral("natural_gas"));
    QVERIFY(!Carriers::find(QStringLiteral("Natural gas"))); // a name, not an id
    QVERIFY(!Carriers::find(QStringLiteral("gas")));
    QVERIFY(!Carriers::find(QString()));
}

void TestCarriers::fits_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("fits");

    QTest::newRow("electricity in 度")
        << QStringLiteral("electricity") << QStringLiteral("度") << true;
    QTest::newRow("electricity in MWh")
        << QStringLiteral("electricity") << QStringLiteral("MWh") << true;
    QTest::newRow("electricity not in m³")
        << QStringLiteral("electricity") << QStringLiteral("m³") << false;
    QTest::newRow("electricity not in t")
        << QStringLiteral("electricity") << QStringLiteral("t") << false;
    QTest::newRow("natural gas in 立方米")
        << QStringLiteral("natural_gas") << QStringLiteral("立方米") << true;
    QTest::newRow("natural gas in GJ")
        << QStringLiteral("natural_gas") << QStringLiteral("GJ") << true;
    QTest::newRow("natural gas not in kg")
        << QStringLiteral("natural_gas") << QStringLiteral("kg") << false;
    QTest::newRow("lpg in 公斤") << QStringLiteral("lpg") << QStringLiteral("公斤") << true;
    QTest::newRow("lpg in L") << QStringLiteral("lpg") << QStringLiteral("L") << true;
    QTest::newRow("lpg in kWh") << QStringLiteral("lpg") << QStringLiteral("kWh") << true;
    QTest::newRow("petrol in 升") << QStringLiteral("petrol") << QStringLiteral("升") << true;
    QTest::newRow("petrol in t") << QStringLiteral("petrol") << QStringLiteral("t") << true;
    QTest::newRow("petrol not in km") << QStringLiteral("petrol") << QStringLiteral("km") << false;
    QTest::newRow("diesel in L") << QStringLiteral("diesel") << QStringLiteral("L") << true;
    QTest::newRow("coal in 吨") << QStringLiteral("coal") << QStringLiteral("吨") << true;
    QTest::newRow("coal not in m³") << QStringLiteral("coal") << QStringLiteral("m³") << false;
    QTest::newRow("district heat in GJ")
        << QStringLiteral("district_heat") << QStringLiteral("GJ") << true;
    QTest::newRow("district heat not in t")
        << QStringLiteral("district_heat") << QStringLiteral("t") << false;
    QTest::newRow("car travel in 公里")
        << QStringLiteral("car_travel") << QStringLiteral("公里") << true;
    QTest::newRow("car travel in vehicle-km")
        << QStringLiteral("car_travel") << QStringLiteral("vehicle-km") << true;
    QTest::newRow("car travel not in passenger-km")
        << QStringLiteral("car_travel") << QStringLiteral("passenger-km") << false;
    QTest::newRow("car travel not in L")
        << QStringLiteral("car_travel") << QStringLiteral("L") << false;
    QTest::newRow("public transport in pkm")
        << QStringLiteral("public_transport") << QStringLiteral("pkm") << true;
    QTest::newRow("public transport in vkm")
        << QStringLiteral("public_transport") << QStringLiteral("vkm") << true;
    QTest::newRow("landfill waste in t")
        << QStringLiteral("landfill_waste") << QStringLiteral("t") << true;
    QTest::newRow("landfill waste not in m³")
        << QStringLiteral("landfill_waste") << QStringLiteral("m³") << false;
    QTest::newRow("food waste in kg")
        << QStringLiteral("food_waste") << QStringLiteral("kg") << true;
    QTest::newRow("food waste not in kWh")
        << QStringLiteral("food_waste") << QStringLiteral("kWh") << false;
    QTest::newRow("incinerated waste in 吨")
        << QStringLiteral("incinerated_waste") << QStringLiteral("吨") << true;
    QTest::newRow("wastewater in m³")
        << QStringLiteral("wastewater") << QStringLiteral("m³") << true;
    QTest::newRow("wastewater not in t")
        << QStringLiteral("wastewater") << QStringLiteral("t") << false;
    // Residents served for a year, as the IPCC per-person method counts wastewater.
    QTest::newRow("wastewater in person-year")
        << QStringLiteral("wastewater") << QStringLiteral("person-year") << true;
    QTest::newRow("wastewater in 人·年")
        << QStringLiteral("wastewater") << QString::fromUtf8("人·年") << true;
    QTest::newRow("electricity not in person-year")
        << QStringLiteral("electricity") << QStringLiteral("person-year") << false;
    QTest::newRow("other in person-year")
        << QStringLiteral("other") << QStringLiteral("person-year") << true;
    QTest::newRow("other in tCO2e") << QStringLiteral("other") << QStringLiteral("tCO2e") << true;
    QTest::newRow("other in kWh") << QStringLiteral("other") << QStringLiteral("kWh") << true;
    QTest::newRow("other in pkm") << QStringLiteral("other") << QStringLiteral("pkm") << true;
    QTest::newRow("electricity not in tCO2e")
        << QStringLiteral("electricity") << QStringLiteral("tCO2e") << false;
}

void TestCarriers::fits()
{
    QFETCH(QString, carrier);
    QFETCH(QString, unit);
    QFETCH(bool, fits);

    const Carrier *c = Carriers::find(carrier);
    QVERIFY(c);
    const auto u = Units::find(unit);
    QVERIFY2(u.has_value(), qPrintable(unit));
    QCOMPARE(c->fits(u->dimension), fits);
}

void TestCarriers::kwhPerUnit_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("kwh");
    QTest::addColumn<double>("tolerance"); // absolute, kWh

    // Energy units hold their own size for any carrier that is given in energy.
    QTest::newRow("electricity 1 kWh")
        << QStringLiteral("electricity") << QStringLiteral("kWh") << 1.0 << 1e-12;
    QTest::newRow("electricity 1 度")
        << QStringLiteral("electricity") << QStringLiteral("度") << 1.0 << 1e-12;
    QTest::newRow("electricity 1 MWh")
        << QStringLiteral("electricity") << QStringLiteral("MWh") << 1000.0 << 1e-9;
    // 1 GJ = 1000 MJ / 3.6 MJ/kWh = 277.78 kWh
    QTest::newRow("district heat 1 GJ")
        << QStringLiteral("district_heat") << QStringLiteral("GJ") << 277.778 << 0.001;
    QTest::newRow("natural gas 1 GJ")
        << QStringLiteral("natural_gas") << QStringLiteral("GJ") << 277.778 << 0.001;

    // Natural gas, GB/T 32151: 389.31 GJ per 10^4 Nm³ = 38.931 MJ/m³; / 3.6 = 10.814 kWh/m³.
    QTest::newRow("natural gas 1 m³")
        << QStringLiteral("natural_gas") << QStringLiteral("m³") << 10.814 << 0.001;
    QTest::newRow("natural gas 1 立方米")
        << QStringLiteral("natural_gas") << QStringLiteral("立方米") << 10.814 << 0.001;
    QTest::newRow("natural gas 1 Nm3")
        << QStringLiteral("natural_gas") << QStringLiteral("Nm3") << 10.814 << 0.001;
    // 1 L = 0.001 m³ -> 0.010814 kWh
    QTest::newRow("natural gas 1 L")
        << QStringLiteral("natural_gas") << QStringLiteral("L") << 0.010814 << 1e-6;

    // LPG, IPCC 47.3 TJ/Gg = 47.3 MJ/kg; / 3.6 = 13.139 kWh/kg; 13,139 kWh/t.
    QTest::newRow("lpg 1 kg") << QStringLiteral("lpg") << QStringLiteral("kg") << 13.139 << 0.001;
    QTest::newRow("lpg 1 公斤") << QStringLiteral("lpg") << QStringLiteral("公斤") << 13.139
                                << 0.001;
    QTest::newRow("lpg 1 t") << QStringLiteral("lpg") << QStringLiteral("t") << 13138.9 << 0.1;
    // Carrier.cpp density 0.54 kg/L: 13.139 × 0.54 = 7.095 kWh/L
    QTest::newRow("lpg 1 L") << QStringLiteral("lpg") << QStringLiteral("L") << 7.095 << 0.001;

    // Petrol, IPCC 44.3 MJ/kg × 0.74 kg/L = 32.782 MJ/L; / 3.6 = 9.106 kWh/L.
    QTest::newRow("petrol 1 L") << QStringLiteral("petrol") << QStringLiteral("L") << 9.106
                                << 0.001;
    QTest::newRow("petrol 1 升") << QStringLiteral("petrol") << QStringLiteral("升") << 9.106
                                 << 0.001;
    QTest::newRow("petrol 1 m³") << QStringLiteral("petrol") << QStringLiteral("m³") << 9106.1
                                 << 0.1;
    // 44.3 MJ/kg / 3.6 = 12.306 kWh/kg
    QTest::newRow("petrol 1 kg") << QStringLiteral("petrol") << QStringLiteral("kg") << 12.306
                                 << 0.001;

    // Diesel, IPCC 43.0 MJ/kg × 0.84 kg/L = 36.12 MJ/L; / 3.6 = 10.033 kWh/L.
    QTest::newRow("diesel 1 L") << QStringLiteral("diesel") << QStringLiteral("L") << 10.033
                                << 0.001;
    // 43.0 / 3.6 = 11.944 kWh/kg
    QTest::newRow("diesel 1 kg") << QStringLiteral("diesel") << QStringLiteral("kg") << 11.944
                                 << 0.001;

    // Coal, IPCC other bituminous 25.8 TJ/Gg = 25,800 MJ/t; / 3.6 = 7,166.7 kWh/t.
    QTest::newRow("coal 1 t") << QStringLiteral("coal") << QStringLiteral("t") << 7166.7 << 0.1;
    QTest::newRow("coal 1 吨") << QStringLiteral("coal") << QStringLiteral("吨") << 7166.7 << 0.1;
    QTest::newRow("coal 1 kg") << QStringLiteral("coal") << QStringLiteral("kg") << 7.1667
                               << 0.0001;
}

void TestCarriers::kwhPerUnit()
{
    QFETCH(QString, carrier);
    QFETCH(QString, unit);
    QFETCH(double, kwh);
    QFETCH(double, tolerance);

    const Carrier *c = Carriers::find(carrier);
    QVERIFY(c);
    const auto actual = c->kwhPerUnit(unit);
    QVERIFY2(actual.has_value(), qPrintable(carrier + QLatin1Char(' ') + unit));
    QVERIFY2(std::abs(*actual - kwh) <= tolerance,
             qPrintable(QStringLiteral("%1 kWh, expected %2 ± %3")
                            .arg(*actual, 0, 'g', 10)
                            .arg(kwh)
                            .arg(tolerance)));
}

void TestCarriers::noEnergyWhereTheUnitDoesNotHoldAny_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("unit");

    // Units that do not fit the carrier at all.
    QTest::newRow("electricity in m³") << QStringLiteral("electricity") << QStringLiteral("m³");
    QTest::newRow("natural gas in t") << QStringLiteral("natural_gas") << QStringLiteral("t");
    QTest::newRow("coal in L") << QStringLiteral("coal") << QStringLiteral("L");
    QTest::newRow("petrol in km") << QStringLiteral("petrol") << QStringLiteral("km");
    QTest::newRow("food waste in kWh") << QStringLiteral("food_waste") << QStringLiteral("kWh");
    // Units that fit but hold no energy the measures convert.
    QTest::newRow("car travel in km") << QStringLiteral("car_travel") << QStringLiteral("km");
    QTest::newRow("public transport in pkm")
        << QStringLiteral("public_transport") << QStringLiteral("pkm");
    QTest::newRow("food waste in t") << QStringLiteral("food_waste") << QStringLiteral("t");
    QTest::newRow("landfill waste in t") << QStringLiteral("landfill_waste") << QStringLiteral("t");
    QTest::newRow("wastewater in m³") << QStringLiteral("wastewater") << QStringLiteral("m³");
    QTest::newRow("wastewater in person-year")
        << QStringLiteral("wastewater") << QStringLiteral("person-year");
    QTest::newRow("other in m³") << QStringLiteral("other") << QStringLiteral("m³");
    QTest::newRow("other in tCO2e") << QStringLiteral("other") << QStringLiteral("tCO2e");
    // Units nobody knows.
    QTest::newRow("petrol in gallons") << QStringLiteral("petrol") << QStringLiteral("gallon");
    QTest::newRow("electricity in kW (power)")
        << QStringLiteral("electricity") << QStringLiteral("kW");
    QTest::newRow("electricity, empty unit") << QStringLiteral("electricity") << QString();
}

void TestCarriers::noEnergyWhereTheUnitDoesNotHoldAny()
{
    QFETCH(QString, carrier);
    QFETCH(QString, unit);
    const Carrier *c = Carriers::find(carrier);
    QVERIFY(c);
    QVERIFY(!c->kwhPerUnit(unit).has_value());
}

// The unit a new line of each carrier starts with is one the carrier fits; wastewater starts in
// person-year, the unit of the library's per-person IPCC factor (docs/factors.md).
void TestCarriers::usualUnitFitsTheCarrier()
{
    for (const Carrier &c : Carriers::all()) {
        const auto unit = Units::find(c.usualUnit);
        QVERIFY2(unit && c.fits(unit->dimension), qPrintable(c.id));
    }
    QCOMPARE(Carriers::find(QStringLiteral("wastewater"))->usualUnit,
             QStringLiteral("person-year"));
    QCOMPARE(Carriers::find(QStringLiteral("wastewater"))->dimensions.first(),
             Dimension::PersonTime);
}

// A committee's spreadsheet names the carrier and the unit its own way: the import reads
// 污水处理 / sewage treatment as wastewater and 人·年 / 人年 as person-year, which fits it.
void TestCarriers::importReadsWastewaterInPersonYears()
{
    for (const char *word : {"wastewater", "sewage treatment", "污水处理", "生活污水"})
        QCOMPARE(ImportVocabulary::carrier(QString::fromUtf8(word)), QStringLiteral("wastewater"));
    const Carrier *wastewater = Carriers::find(QStringLiteral("wastewater"));
    for (const char *unit : {"人·年", "人年", "person-years"}) {
        const auto u = Units::find(QString::fromUtf8(unit));
        QVERIFY2(u && u->symbol == QStringLiteral("person-year"), unit);
        QVERIFY(wastewater->fits(u->dimension));
    }
}

void TestCarriers::fuelsNameTheirCalorificValueSource()
{
    for (const Carrier &c : Carriers::all()) {
        const bool holdsEnergy = c.kwhPerVolumeBase > 0 || c.kwhPerMassBase > 0;
        QVERIFY2(!holdsEnergy || !c.ncvSource.isEmpty(), qPrintable(c.id));
        // A calorific value only means something for a dimension the carrier may be given in.
        QVERIFY2(c.kwhPerVolumeBase == 0 || c.fits(Dimension::Volume), qPrintable(c.id));
        QVERIFY2(c.kwhPerMassBase == 0 || c.fits(Dimension::Mass), qPrintable(c.id));
    }
    for (const char *fuel : {"natural_gas", "lpg", "petrol", "diesel", "coal"}) {
        const Carrier *c = Carriers::find(QString::fromLatin1(fuel));
        QVERIFY(c);
        QVERIFY2(c->kwhPerVolumeBase > 0 || c->kwhPerMassBase > 0, fuel);
    }
}

QTEST_APPLESS_MAIN(TestCarriers)
#include "TestCarriers.moc"
