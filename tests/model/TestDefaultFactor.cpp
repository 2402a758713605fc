// DefaultFactor: the factor a new or changed activity line starts with. Every carrier the app
// offers gets a library factor for a Chinese plan, or is left without one (and so listed as a
// problem) when the library has none for the plan's country; a factor of another country is
// offered as a candidate but never chosen on its own.
#include "PlanFixtures.h"
#include "inventory/FactorLibrary.h"
#include "plan/DefaultFactor.h"
#include "storage/FactorLibraryJson.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

Plan planIn(const QString &gridRegion)
{
    Plan p = basePlan(2024, 2060);
    p.factors.clear();
    p.community.electricityFactor.clear();
    p.community.gridRegion = gridRegion;
    return p;
}

} // namespace

class TestDefaultFactor : public QObject
{
    Q_OBJECT

private slots:
    void choosesTheLibrarysFactorForThePlansCountry_data()
    {
        QTest::addColumn<QString>("gridRegion");
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("factor");
        const QString cn = QStringLiteral("CN-South");
        const QString uk = QStringLiteral("UK");
        auto row = [](const char *name, const QString &region, const char *carrier,
                      const char *unit, const char *factor) {
            QTest::newRow(name) << region << QString::fromLatin1(carrier) << QString::fromUtf8(unit)
                                << QString::fromLatin1(factor);
        };
        row("cn electricity", cn, "electricity", "kWh", "grid-cn-south-2023");
        row("cn gas from the bill", cn, "natural_gas", "m³", "natural-gas-cn-m3");
        row("cn gas in kWh", cn, "natural_gas", "kWh", "natural-gas-ipcc-kwh");
        row("cn petrol", cn, "petrol", "L", "petrol-ipcc-l");
        row("cn district heat in GJ", cn, "district_heat", "GJ", "district-heat-cn-gj");
        row("cn district heat in kWh", cn, "district_heat", "kWh", "district-heat-cn-gj");
        row("cn mixed waste to landfill", cn, "landfill_waste", "t", "landfill-msw-ipcc");
        row("cn waste to incineration", cn, "incinerated_waste", "t",
            "incineration-msw-fossil-ipcc");
        // The landfill factor: composting is a measure's, never a baseline line's.
        row("cn food waste", cn, "food_waste", "t", "landfill-food-waste-ipcc");
        row("cn bus", cn, "public_transport", "passenger-km", ""); // only UK figures
        row("cn wastewater in m³", cn, "wastewater", "m³", "");    // none per m³ shipped
        // The IPCC per-person factor with China's BOD (docs/factors.md), in its own unit and in
        // the Chinese one a treatment plant's report writes.
        row("cn wastewater", cn, "wastewater", "person-year",
            "wastewater-domestic-cn-aerobic-ipcc");
        row("cn wastewater in 人·年", cn, "wastewater", "人·年",
            "wastewater-domestic-cn-aerobic-ipcc");
        row("uk gas from the bill", uk, "natural_gas", "m³", "natural-gas-uk-m3");
        row("uk district heat", uk, "district_heat", "kWh", "district-heat-uk-2024");
        row("uk car travel", uk, "car_travel", "vehicle-km", "car-uk-petrol");
        row("uk public transport", uk, "public_transport", "passenger-km", ""); // bus or metro
        row("us gas from the bill", QStringLiteral("US"), "natural_gas", "m³", "");
        row("us mixed waste", QStringLiteral("US"), "landfill_waste", "t", "landfill-msw-ipcc");
        // EPA Hub 2024 steam and heat, for the US average and a US subregion alike.
        row("us district heat in GJ", QStringLiteral("US"), "district_heat", "GJ",
            "district-steam-us-epa-2024");
        row("us-nwpp district heat in kWh", QStringLiteral("US-NWPP"), "district_heat", "kWh",
            "district-steam-us-epa-2024");
        // No bus factor with a US source is shipped (docs/factors.md, gaps).
        row("us bus", QStringLiteral("US"), "public_transport", "passenger-km", "");
        row("eu district heat", QStringLiteral("EU"), "district_heat", "kWh", "");
    }

    void choosesTheLibrarysFactorForThePlansCountry()
    {
        QFETCH(QString, gridRegion);
        QFETCH(QString, carrier);
        QFETCH(QString, unit);
        QFETCH(QString, factor);
        const DefaultFactor::Choice choice =
            DefaultFactor::choose(planIn(gridRegion), FactorLibraryJson::builtIn(), carrier, unit);
        QCOMPARE(choice.factor, factor);
        if (factor.isEmpty())
            QVERIFY(choice.candidates.size() != 1); // several to pick from, or none at all
    }

    void anotherCountrysFactorIsOfferedNotChosen()
    {
        const DefaultFactor::Choice choice = DefaultFactor::choose(
            planIn(QStringLiteral("CN-East")), FactorLibraryJson::builtIn(),
            QStringLiteral("public_transport"), QStringLiteral("passenger-km"));
        QVERIFY(choice.factor.isEmpty());
        QCOMPARE(choice.candidates, (QStringList{QStringLiteral("bus-uk-local-2023"),
                                                 QStringLiteral("metro-uk-london-2019")}));
    }

    // The wastewater factor uses China's BOD per person (IPCC 2006 V5 Ch6 T6.4: 40 g/day); a
    // US plan is offered it but does not get it (its BOD per person differs by country).
    void chinasWastewaterFactorIsOfferedNotChosenAbroad()
    {
        const DefaultFactor::Choice choice =
            DefaultFactor::choose(planIn(QStringLiteral("US")), FactorLibraryJson::builtIn(),
                                  QStringLiteral("wastewater"), QStringLiteral("person-year"));
        QVERIFY(choice.factor.isEmpty());
        QCOMPARE(choice.candidates,
                 QStringList{QStringLiteral("wastewater-domestic-cn-aerobic-ipcc")});
    }

    void thePlansOwnFactorComesFirst()
    {
        Plan p = planIn(QStringLiteral("CN-South"));
        EmissionFactor bus;
        bus.id = QStringLiteral("bus-shenzhen");
        bus.carrier = QStringLiteral("public_transport");
        bus.gases = {{Gas::CO2, 0.05}};
        bus.activityUnit = QStringLiteral("passenger-km");
        p.factors = {bus};
        const DefaultFactor::Choice choice = DefaultFactor::choose(
            p, FactorLibraryJson::builtIn(), QStringLiteral("public_transport"),
            QStringLiteral("passenger-km"));
        QCOMPARE(choice.factor, QStringLiteral("bus-shenzhen"));
    }
};

QTEST_APPLESS_MAIN(TestDefaultFactor)
#include "TestDefaultFactor.moc"
