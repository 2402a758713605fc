// FactorLibrary: the shipped factor library (resources/factors/factors.json) loads, is
// consistent with the units and carriers, and every figure matches docs/factors.md;
// grid factors are picked by region and year. The shipped file itself and broken library files
// are in TestFactorLibraryFile.
#include "FactorLibraryFixtures.h"
#include "inventory/Carrier.h"
#include "inventory/FactorLibrary.h"
#include "inventory/Units.h"
#include "storage/FactorJson.h"
#include "storage/FactorLibraryJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// Every shipped factor with the figure docs/factors.md gives for it.
struct ReferenceFigure
{
    const char *id;
    const char *carrier;
    const char *gas; // the first (for composting: CH4) gas
    double value;
    const char *unit;
    const char *region;
    int year;
    const char *confidence;
};

const QList<ReferenceFigure> &referenceFigures()
{
    static const QList<ReferenceFigure> figures{
        // Grid electricity, kgCO2/kWh: MEE & NBS national averages, MEE regional averages.
        {"grid-cn-national-2021", "electricity", "CO2", 0.5568, "kg/kWh", "CN-National", 2021,
         "high"},
        {"grid-cn-national-2022", "electricity", "CO2", 0.5366, "kg/kWh", "CN-National", 2022,
         "high"},
        {"grid-cn-national-2023", "electricity", "CO2", 0.5306, "kg/kWh", "CN-National", 2023,
         "high"},
        {"grid-cn-north-2023", "electricity", "CO2", 0.6361, "kg/kWh", "CN-North", 2023, "high"},
        {"grid-cn-northeast-2023", "electricity", "CO2", 0.5122, "kg/kWh", "CN-Northeast", 2023,
         "high"},
        {"grid-cn-east-2021", "electricity", "CO2", 0.5992, "kg/kWh", "CN-East", 2021, "medium"},
        {"grid-cn-east-2022", "electricity", "CO2", 0.5617, "kg/kWh", "CN-East", 2022, "medium"},
        {"grid-cn-east-2023", "electricity", "CO2", 0.5500, "kg/kWh", "CN-East", 2023, "high"},
        {"grid-cn-central-2023", "electricity", "CO2", 0.5271, "kg/kWh", "CN-Central", 2023,
         "high"},
        {"grid-cn-northwest-2023", "electricity", "CO2", 0.5543, "kg/kWh", "CN-Northwest", 2023,
         "high"},
        {"grid-cn-south-2021", "electricity", "CO2", 0.4326, "kg/kWh", "CN-South", 2021, "medium"},
        {"grid-cn-south-2022", "electricity", "CO2", 0.3869, "kg/kWh", "CN-South", 2022, "medium"},
        {"grid-cn-south-2023", "electricity", "CO2", 0.4042, "kg/kWh", "CN-South", 2023, "high"},
        {"grid-cn-southwest-2023", "electricity", "CO2", 0.2472, "kg/kWh", "CN-Southwest", 2023,
         "high"},
        // EEA: 58 % below 1990's 510 g: 510 × 0.42 = 214.2 g/kWh, shipped as 0.214.
        {"grid-eu-2023", "electricity", "CO2", 0.214, "kg/kWh", "EU", 2023, "medium"},
        // eGRID2022 is "med-high" in the reference; the library has no such level.
        {"grid-us-2022", "electricity", "CO2", 0.373, "kg/kWh", "US", 2022, "medium"},
        {"grid-us-nwpp-2022", "electricity", "CO2", 0.273, "kg/kWh", "US-NWPP", 2022, "medium"},
        {"grid-uk-2024", "electricity", "CO2e", 0.207, "kg/kWh", "UK", 2024, "medium"},
        {"grid-se-2023", "electricity", "CO2e", 0.041, "kg/kWh", "SE", 2023, "medium"},

        // Natural gas: 56,100 kg/TJ × 3.6e-6 TJ/kWh = 0.20196 → 0.202 kg/kWh.
        {"natural-gas-ipcc-kwh", "natural_gas", "CO2", 0.202, "kg/kWh", "IPCC", 2006, "high"},
        {"natural-gas-cn-m3", "natural_gas", "CO2", 2.16, "kg/m³", "CN", 2015, "high"},
        {"natural-gas-uk-m3", "natural_gas", "CO2e", 2.030, "kg/m³", "UK", 2024, "medium"},
        // LPG: 63.1 t/TJ × 47.3 TJ/Gg = 2,984.6 kg/t = 2.985 kg/kg (reference: ~2.99).
        {"lpg-ipcc-kg", "lpg", "CO2", 2.985, "kg/kg", "IPCC", 2006, "high"},
        {"lpg-uk-l", "lpg", "CO2e", 1.555, "kg/L", "UK", 2024, "medium"},
        // Petrol: 69,300 kg/TJ × 44.3 TJ/Gg × 0.74 kg/L = 2.2718 → 2.272 kg/L (reference ~2.27).
        {"petrol-ipcc-l", "petrol", "CO2", 2.272, "kg/L", "IPCC", 2006, "medium"},
        // Diesel: 74,100 kg/TJ × 43.0 TJ/Gg × 0.84 kg/L = 2.6765 → 2.676 kg/L (reference ~2.68).
        {"diesel-ipcc-l", "diesel", "CO2", 2.676, "kg/L", "IPCC", 2006, "medium"},
        {"coal-bituminous-ipcc-t", "coal", "CO2", 2.44, "t/t", "IPCC", 2006, "medium"},
        {"coal-anthracite-ipcc-t", "coal", "CO2", 2.62, "t/t", "IPCC", 2006, "medium"},

        // Transport.
        {"car-eu-new-2023", "car_travel", "CO2", 106.6, "g/vehicle-km", "EU", 2023, "high"},
        {"car-uk-petrol", "car_travel", "CO2e", 0.174, "kg/vehicle-km", "UK", 2024, "low"},

        // Waste. Landfill mass balance: 0.15 × 0.5 × 1.0 × 0.5 × 16/12 × (1 − 0.1) = 0.045 t CH4/t.
        {"landfill-food-waste-ipcc", "food_waste", "CH4_biogenic", 45.0, "kg/t", "IPCC", 2006,
         "medium"},
        // Composting has two gases; CH4 (4 kg/t) is checked here, both in
        // compostingWeighsBothGases.
        {"composting-food-waste-ipcc", "food_waste", "CH4_biogenic", 4.0, "kg/t", "IPCC", 2006,
         "high"},
        // Mixed MSW to landfill, IPCC 2006 V5 T2.3 (Eastern Asia) and T2.4: DOC = 0.262 × 0.15
        // + 0.188 × 0.40 + 0.035 × 0.43 + 0.035 × 0.24 + 0.010 × 0.39 = 0.14185; CH4 = 0.14185
        // × 0.5 × 1.0 × 0.5 × 16/12 × 0.9 = 0.042555 t/t, shipped as 42.6 kg/t.
        {"landfill-msw-ipcc", "landfill_waste", "CH4_biogenic", 42.6, "kg/t", "IPCC", 2006, "low"},
        // Incineration, fossil CO2 (IPCC 2006 V5 Eq. 5.2, T2.3 and T2.4): C = 0.143 × 1.00 × 0.75
        // × 1.00 + 0.035 × 0.80 × 0.50 × 0.20 + 0.010 × 0.84 × 0.67 × 0.20 + 0.188 × 0.90 ×
        // 0.46 × 0.01 = 0.11195 t/t; × 44/12 = 0.4105 t CO2/t, shipped as 410 kg/t.
        {"incineration-msw-fossil-ipcc", "incinerated_waste", "CO2", 410.0, "kg/t", "IPCC", 2006,
         "low"},
        // District heat: NDRC enterprise guidelines 0.11 tCO2/GJ; DESNZ 2024 district heat.
        {"district-heat-cn-gj", "district_heat", "CO2", 0.11, "t/GJ", "CN", 2015, "medium"},
        {"district-heat-uk-2024", "district_heat", "CO2e", 0.1796, "kg/kWh", "UK", 2024, "medium"},
        // US EPA GHG Emission Factors Hub 2024, Table 7 Steam and Heat: 66.33 kg CO2 per mmBtu;
        // 1 mmBtu = 1.05506 GJ, so 66.33 / 1.05506 = 62.869 → 62.87 kg/GJ (CO2, first of three).
        {"district-steam-us-epa-2024", "district_heat", "CO2", 62.87, "kg/GJ", "US", 2024,
         "medium"},
        // Wastewater (IPCC 2006 V5 Ch6 Eq. 6.1/6.3, T6.2, T6.4; 2019 Refinement T6.3): 40 g BOD
        // × 365 × 1.25 × 0.6 × 0.03 = 0.3285 kg CH4 per resident served and year.
        {"wastewater-domestic-cn-aerobic-ipcc", "wastewater", "CH4_biogenic", 0.3285,
         "kg/person-year", "CN", 2019, "low"},
        // Public transport: DESNZ 2023 average local bus; TfL FOI-1978-1920 (2018-19).
        {"bus-uk-local-2023", "public_transport", "CO2e", 0.10312, "kg/passenger-km", "UK", 2023,
         "medium"},
        {"metro-uk-london-2019", "public_transport", "CO2", 33.0, "g/passenger-km", "UK", 2019,
         "medium"},
    };
    return figures;
}

} // namespace

class TestFactorLibrary : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoads();
    void idsAreUniqueAndStable();
    void everyFactorIsConsistent();
    void matchesReference_data();
    void matchesReference();
    void everyShippedFactorIsCheckedAgainstTheReference();
    void derivedWastewaterAndSteamFactors();
    void compostingWeighsBothGases();
    void fuelFactorsAgreeWithCalorificValues_data();
    void fuelFactorsAgreeWithCalorificValues();
    void findsById();
    void gridRegions();
    void gridFactor_data();
    void gridFactor();
    void gridFactorIsElectricityOnly();
};

void TestFactorLibrary::builtInLoads()
{
    const FactorLibrary &library = FactorLibraryJson::builtIn();
    QCOMPARE(library.version(), QStringLiteral("2024.1"));
    QVERIFY(!library.factors().isEmpty());
    QCOMPARE(&FactorLibraryJson::builtIn(), &library); // loaded once
}

void TestFactorLibrary::idsAreUniqueAndStable()
{
    static const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QSet<QString> seen;
    for (const EmissionFactor &f : FactorLibraryJson::builtIn().factors()) {
        QVERIFY2(kebab.match(f.id).hasMatch(), qPrintable(f.id));
        QVERIFY2(!seen.contains(f.id), qPrintable(QStringLiteral("duplicate id ") + f.id));
        seen.insert(f.id);
    }
}

void TestFactorLibrary::everyFactorIsConsistent()
{
    for (const EmissionFactor &f : FactorLibraryJson::builtIn().factors()) {
        const QByteArray id = f.id.toUtf8();
        QVERIFY2(!f.name.isEmpty(), id);
        QVERIFY2(!f.source.trimmed().isEmpty(), id);
        QVERIFY2(!f.region.isEmpty(), id);
        QVERIFY2(f.year >= 2006 && f.year <= 2024, id);

        // The unit parses: a mass over an activity unit that fits the carrier.
        const Carrier *carrier = Carriers::find(f.carrier);
        QVERIFY2(carrier, id);
        const auto mass = Units::find(f.massUnit);
        QVERIFY2(mass && mass->dimension == Dimension::Mass, id);
        const auto activity = Units::find(f.activityUnit);
        QVERIFY2(activity.has_value(), id);
        QVERIFY2(carrier->fits(activity->dimension), id);

        QVERIFY2(!f.gases.isEmpty(), id);
        for (const GasAmount &g : f.gases)
            QVERIFY2(g.value > 0, id);
        QVERIFY2(f.tonnesCO2ePerUnit(GwpSet::AR6) > 0, id);
        QVERIFY2(f.tonnesCO2ePerUnit(GwpSet::AR5) > 0, id);

        // A derived or low-confidence figure says so where it is shown.
        if (f.name.contains(QStringLiteral("derived")))
            QVERIFY2(f.source.startsWith(QStringLiteral("Derived")), id);
        if (f.confidence == Confidence::Low)
            QVERIFY2(f.source.contains(QStringLiteral("low confidence")), id);

        for (qsizetype i = 1; i < f.trajectory.size(); ++i)
            QVERIFY2(f.trajectory[i - 1].year < f.trajectory[i].year, id);
    }
}

void TestFactorLibrary::matchesReference_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("gas");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("confidence");

    for (const ReferenceFigure &r : referenceFigures()) {
        QTest::newRow(r.id) << QString::fromLatin1(r.id) << QString::fromLatin1(r.carrier)
                            << QString::fromLatin1(r.gas) << r.value << QString::fromUtf8(r.unit)
                            << QString::fromLatin1(r.region) << r.year
                            << QString::fromLatin1(r.confidence);
    }
}

void TestFactorLibrary::matchesReference()
{
    QFETCH(QString, id);
    QFETCH(QString, carrier);
    QFETCH(QString, gas);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, region);
    QFETCH(int, year);
    QFETCH(QString, confidence);

    const EmissionFactor *f = FactorLibraryJson::builtIn().find(id);
    QVERIFY2(f, qPrintable(id));
    QCOMPARE(f->carrier, carrier);
    QVERIFY(!f->gases.isEmpty());
    QCOMPARE(gasId(f->gases.first().gas), gas);
    // Shipped verbatim: equal to the last printed digit.
    QVERIFY2(std::abs(f->gases.first().value - value) <= 1e-9 * value,
             qPrintable(QStringLiteral("%1 shipped, %2 in the reference")
                            .arg(f->gases.first().value)
                            .arg(value)));
    QCOMPARE(f->unit(), unit);
    QCOMPARE(f->region, region);
    QCOMPARE(f->year, year);
    QCOMPARE(confidenceId(f->confidence), confidence);
    QVERIFY(f->trajectory.isEmpty()); // the reference gives no future paths
}

void TestFactorLibrary::everyShippedFactorIsCheckedAgainstTheReference()
{
    QStringList shipped;
    for (const EmissionFactor &f : FactorLibraryJson::builtIn().factors())
        shipped << f.id;
    shipped.sort();
    QStringList checked;
    for (const ReferenceFigure &r : referenceFigures())
        checked << QString::fromLatin1(r.id);
    checked.sort();
    QCOMPARE(shipped, checked);
}

// The wastewater factor is the IPCC per-person method worked out by hand, and the US steam
// factor the EPA's per-mmBtu figures per GJ; both weigh their gases by the plan's GWP set.
void TestFactorLibrary::derivedWastewaterAndSteamFactors()
{
    const FactorLibrary &library = FactorLibraryJson::builtIn();
    // BOD 40 g/person/day (IPCC 2006 V5 Ch6 T6.4, China) × 365 d = 14.6 kg BOD a year;
    // × I 1.25 (collected, Eq. 6.3) = 18.25 kg; × Bo 0.6 kg CH4/kg BOD (T6.2) = 10.95 kg;
    // × MCF 0.03 (centralised aerobic plant, 2019 Refinement T6.3) = 0.3285 kg CH4.
    const EmissionFactor *ww = library.find(QStringLiteral("wastewater-domestic-cn-aerobic-ipcc"));
    QVERIFY(ww);
    const double ch4 = 40.0 / 1000.0 * 365.0 * 1.25 * 0.6 * 0.03;
    QVERIFY(std::abs(ch4 - 0.3285) < 1e-12);
    QCOMPARE(ww->gases.size(), 1);
    QCOMPARE(ww->gases.first().gas, Gas::CH4Biogenic);
    QVERIFY(std::abs(ww->gases.first().value - ch4) < 1e-12);
    QCOMPARE(ww->activityUnit, QStringLiteral("person-year"));
    QCOMPARE(ww->confidence, Confidence::Low);
    // AR6 non-fossil CH4 27.0: 0.3285 × 27.0 = 8.8695 kg = 0.0088695 t CO2e per person-year;
    // AR5 28: 9.198 kg. Tolerance 1e-12 t (exact arithmetic in doubles).
    QVERIFY(std::abs(ww->tonnesCO2ePerUnit(GwpSet::AR6) - 0.0088695) < 1e-12);
    QVERIFY(std::abs(ww->tonnesCO2ePerUnit(GwpSet::AR5) - 0.009198) < 1e-12);

    // EPA Hub 2024 Table 7: 66.33 kg CO2, 1.25 g CH4, 0.125 g N2O per mmBtu; 1 mmBtu =
    // 1.05505585 GJ: 62.869 kg CO2, 0.0011848 kg CH4, 0.00011848 kg N2O per GJ, shipped
    // rounded to 62.87, 0.001185 and 0.0001185 (each within 0.01 % of the exact quotient).
    const EmissionFactor *steam = library.find(QStringLiteral("district-steam-us-epa-2024"));
    QVERIFY(steam);
    const double gj = 1.05505585262;
    QCOMPARE(steam->gases.size(), 3);
    QMap<Gas, double> perGj;
    for (const GasAmount &g : steam->gases)
        perGj.insert(g.gas, g.value);
    QVERIFY(std::abs(perGj.value(Gas::CO2) - 66.33 / gj) / (66.33 / gj) < 1e-4);
    QVERIFY(std::abs(perGj.value(Gas::CH4) - 1.25e-3 / gj) / (1.25e-3 / gj) < 1e-3);
    QVERIFY(std::abs(perGj.value(Gas::N2O) - 0.125e-3 / gj) / (0.125e-3 / gj) < 1e-3);
    // AR6 (CH4 of unstated origin 27.9, N2O 273): 62.87 + 0.001185 × 27.9 + 0.0001185 × 273
    // = 62.87 + 0.0330615 + 0.0323505 = 62.935412 kg = 0.062935412 t CO2e per GJ.
    QVERIFY(std::abs(steam->tonnesCO2ePerUnit(GwpSet::AR6) - 0.062935412) < 1e-12);
}

void TestFactorLibrary::compostingWeighsBothGases()
{
    // IPCC 2006 V5 Ch4 T4.1: CH4 4 g/kg, N2O 0.3 g/kg wet waste.
    const EmissionFactor *f =
        FactorLibraryJson::builtIn().find(QStringLiteral("composting-food-waste-ipcc"));
    QVERIFY(f);
    QCOMPARE(f->gases.size(), 2);
    double ch4 = 0;
    double n2o = 0;
    for (const GasAmount &g : f->gases) {
        if (g.gas == Gas::CH4Biogenic)
            ch4 = g.value;
        else if (g.gas == Gas::N2O)
            n2o = g.value;
    }
    QCOMPARE(ch4, 4.0);
    QCOMPARE(n2o, 0.3);
    // AR6: 4 × 27.0 + 0.3 × 273 = 189.9 kg = 0.1899 t/t; AR5: 4 × 28 + 0.3 × 265 = 0.1915 t/t.
    QVERIFY(std::abs(f->tonnesCO2ePerUnit(GwpSet::AR6) - 0.1899) < 1e-9);
    QVERIFY(std::abs(f->tonnesCO2ePerUnit(GwpSet::AR5) - 0.1915) < 1e-9);

    // Landfill: 45 kg CH4/t × 27.0 = 1.215 t/t, the reference's "~1.2 tCO2e/t (AR6)".
    const EmissionFactor *landfill =
        FactorLibraryJson::builtIn().find(QStringLiteral("landfill-food-waste-ipcc"));
    QVERIFY(landfill);
    QVERIFY(std::abs(landfill->tonnesCO2ePerUnit(GwpSet::AR6) - 1.215) < 1e-9);
}

void TestFactorLibrary::fuelFactorsAgreeWithCalorificValues_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("kgPerTj");   // IPCC 2006 V2 Ch1 T1.4 default CO2 factor
    QTest::addColumn<double>("tolerance"); // relative

    // A factor per litre or per tonne, divided by the energy the carrier says that unit
    // holds (Carrier.cpp), must give back the IPCC factor per unit of energy:
    // kg/kWh = kg/TJ × 3.6e-6. Petrol 69,300 × 3.6e-6 = 0.24948 kg/kWh.
    QTest::newRow("petrol per L") << QStringLiteral("petrol-ipcc-l") << 69300.0 << 0.001;
    // Diesel 74,100 × 3.6e-6 = 0.26676 kg/kWh.
    QTest::newRow("diesel per L") << QStringLiteral("diesel-ipcc-l") << 74100.0 << 0.001;
    // LPG 63,100 × 3.6e-6 = 0.22716 kg/kWh.
    QTest::newRow("LPG per kg") << QStringLiteral("lpg-ipcc-kg") << 63100.0 << 0.001;
    // Other bituminous coal 94,600 × 3.6e-6 = 0.34056 kg/kWh; 2.44 t / 7,166.7 kWh = 0.34046.
    QTest::newRow("bituminous coal per t")
        << QStringLiteral("coal-bituminous-ipcc-t") << 94600.0 << 0.001;
    // Natural gas 56,100 × 3.6e-6 = 0.20196; the kWh factor is that figure rounded.
    QTest::newRow("natural gas per kWh")
        << QStringLiteral("natural-gas-ipcc-kwh") << 56100.0 << 0.001;
    // China's default (carbon content 15.3 tC/TJ, 99 % oxidised: 55,539 kg/TJ) sits 1 % under
    // the IPCC figure: 2.16 kg / 10.814 kWh = 0.19974 kg/kWh.
    QTest::newRow("natural gas per m³ (China)")
        << QStringLiteral("natural-gas-cn-m3") << 56100.0 << 0.015;
}

void TestFactorLibrary::fuelFactorsAgreeWithCalorificValues()
{
    QFETCH(QString, id);
    QFETCH(double, kgPerTj);
    QFETCH(double, tolerance);

    const EmissionFactor *f = FactorLibraryJson::builtIn().find(id);
    QVERIFY(f);
    const Carrier *carrier = Carriers::find(f->carrier);
    QVERIFY(carrier);
    const auto kwh = carrier->kwhPerUnit(f->activityUnit);
    QVERIFY(kwh.has_value());
    const double kgPerKwh = f->tonnesCO2ePerUnit(GwpSet::AR6) * 1000.0 / *kwh;
    const double expected = kgPerTj * 3.6e-6;
    QVERIFY2(std::abs(kgPerKwh / expected - 1.0) <= tolerance,
             qPrintable(QStringLiteral("%1 kg/kWh, IPCC %2").arg(kgPerKwh).arg(expected)));
}

void TestFactorLibrary::findsById()
{
    const FactorLibrary &library = FactorLibraryJson::builtIn();
    const EmissionFactor *south = library.find(QStringLiteral("grid-cn-south-2023"));
    QVERIFY(south);
    QCOMPARE(south->id, QStringLiteral("grid-cn-south-2023"));
    QVERIFY(!library.find(QStringLiteral("grid-cn-south-2019")));
    QVERIFY(!library.find(QString()));
    // The unconfirmed 0.5703 enterprise-reporting series is deliberately not shipped.
    for (const EmissionFactor &f : library.factors())
        QVERIFY2(std::abs(f.gases.first().value - 0.5703) > 1e-9, qPrintable(f.id));
}

void TestFactorLibrary::gridRegions()
{
    QStringList regions = FactorLibraryJson::builtIn().gridRegions();
    regions.sort();
    QStringList expected{QStringLiteral("CN-National"),
                         QStringLiteral("CN-North"),
                         QStringLiteral("CN-Northeast"),
                         QStringLiteral("CN-East"),
                         QStringLiteral("CN-Central"),
                         QStringLiteral("CN-Northwest"),
                         QStringLiteral("CN-South"),
                         QStringLiteral("CN-Southwest"),
                         QStringLiteral("EU"),
                         QStringLiteral("US"),
                         QStringLiteral("US-NWPP"),
                         QStringLiteral("UK"),
                         QStringLiteral("SE")};
    expected.sort();
    QCOMPARE(regions, expected); // each once; fuel regions (CN, IPCC) are not grid regions
}

void TestFactorLibrary::gridFactor_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("expectedId"); // empty: none

    QTest::newRow("CN-South 2023: its own year")
        << QStringLiteral("CN-South") << 2023 << QStringLiteral("grid-cn-south-2023");
    QTest::newRow("CN-South 2022: its own year")
        << QStringLiteral("CN-South") << 2022 << QStringLiteral("grid-cn-south-2022");
    QTest::newRow("CN-South 2021: its own year")
        << QStringLiteral("CN-South") << 2021 << QStringLiteral("grid-cn-south-2021");
    QTest::newRow("CN-South 2030: latest before")
        << QStringLiteral("CN-South") << 2030 << QStringLiteral("grid-cn-south-2023");
    QTest::newRow("CN-South 2019: earliest, all later")
        << QStringLiteral("CN-South") << 2019 << QStringLiteral("grid-cn-south-2021");
    QTest::newRow("CN-East 2022") << QStringLiteral("CN-East") << 2022
                                  << QStringLiteral("grid-cn-east-2022");
    QTest::newRow("CN-National 2024: latest before")
        << QStringLiteral("CN-National") << 2024 << QStringLiteral("grid-cn-national-2023");
    QTest::newRow("CN-National 2021")
        << QStringLiteral("CN-National") << 2021 << QStringLiteral("grid-cn-national-2021");
    QTest::newRow("CN-North 2021: only 2023 exists")
        << QStringLiteral("CN-North") << 2021 << QStringLiteral("grid-cn-north-2023");
    QTest::newRow("CN-Southwest 2060")
        << QStringLiteral("CN-Southwest") << 2060 << QStringLiteral("grid-cn-southwest-2023");
    QTest::newRow("US-NWPP 2025") << QStringLiteral("US-NWPP") << 2025
                                  << QStringLiteral("grid-us-nwpp-2022");
    QTest::newRow("US 2022") << QStringLiteral("US") << 2022 << QStringLiteral("grid-us-2022");
    QTest::newRow("SE 2024") << QStringLiteral("SE") << 2024 << QStringLiteral("grid-se-2023");
    QTest::newRow("unknown region") << QStringLiteral("CN-Hainan") << 2023 << QString();
    QTest::newRow("empty region") << QString() << 2023 << QString();
    QTest::newRow("fuel region IPCC has no grid") << QStringLiteral("IPCC") << 2006 << QString();
    QTest::newRow("fuel region CN has no grid") << QStringLiteral("CN") << 2015 << QString();
}

void TestFactorLibrary::gridFactor()
{
    QFETCH(QString, region);
    QFETCH(int, year);
    QFETCH(QString, expectedId);

    const EmissionFactor *f = FactorLibraryJson::builtIn().gridFactor(region, year);
    if (expectedId.isEmpty()) {
        QVERIFY2(!f, f ? qPrintable(f->id) : "");
        return;
    }
    QVERIFY(f);
    QCOMPARE(f->id, expectedId);
    QCOMPARE(f->carrier, QStringLiteral("electricity"));
}

void TestFactorLibrary::gridFactorIsElectricityOnly()
{
    // EU and UK also have car and fuel factors; the grid factor is the electricity one.
    const FactorLibrary &library = FactorLibraryJson::builtIn();
    const EmissionFactor *eu = library.gridFactor(QStringLiteral("EU"), 2023);
    QVERIFY(eu);
    QCOMPARE(eu->id, QStringLiteral("grid-eu-2023"));
    QVERIFY(std::abs(eu->tonnesCO2ePerUnit(GwpSet::AR6) - 0.214e-3) < 1e-12);
    const EmissionFactor *uk = library.gridFactor(QStringLiteral("UK"), 2024);
    QVERIFY(uk);
    QCOMPARE(uk->id, QStringLiteral("grid-uk-2024"));
    // CN-National 2023, 0.5306 kg/kWh = 0.0005306 t/kWh.
    const EmissionFactor *cn = library.gridFactor(QStringLiteral("CN-National"), 2023);
    QVERIFY(cn);
    QVERIFY(std::abs(cn->tonnesCO2ePerUnit(2023, GwpSet::AR6) - 0.5306e-3) < 1e-12);
}

QTEST_GUILESS_MAIN(TestFactorLibrary)
#include "TestFactorLibrary.moc"
