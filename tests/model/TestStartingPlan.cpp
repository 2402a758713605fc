// StartingPlan and PriceLibrary: the plan File → New and `zeroplan-cli new` start from takes
// its grid region's electricity factor, currency and sourced energy prices; the shipped price
// library is consistent; a region chosen later brings its defaults only where the user has
// not changed them; and the prices reach the costs (hand arithmetic below).
#include "PlanFixtures.h"
#include "engine/ScenarioEngine.h"
#include "inventory/FactorLibrary.h"
#include "plan/PriceLibrary.h"
#include "plan/StartingPlan.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "storage/PlanValidator.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

Plan start(const QString &gridRegion)
{
    return StartingPlan::make(QStringLiteral("新桥世居"), gridRegion, 2024,
                              FactorLibraryJson::builtIn(), PriceLibrary::builtIn());
}

} // namespace

class TestStartingPlan : public QObject
{
    Q_OBJECT

private slots:
    void shippedPricesAreConsistent()
    {
        const PriceLibrary &library = PriceLibrary::builtIn();
        QVERIFY(!library.version().isEmpty());
        QVERIFY(library.prices().size() >= 8);
        for (const PriceDefault &p : library.prices()) {
            // Each price is in its country's currency and says where it comes from.
            QCOMPARE(p.currency, library.currencyFor(p.region));
            QVERIFY2(p.source.size() > 30, qPrintable(p.id));
            QVERIFY2(!p.sourceZh.isEmpty(), qPrintable(p.id)); // for plans made in Chinese
            if (p.confidence == QLatin1String("low"))
                QVERIFY2(p.source.contains(QStringLiteral("replace")), qPrintable(p.id));
        }
    }

    void brokenPriceLibrariesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        const QByteArray head = R"({"format":"zeroplan-prices","version":"t","prices":[)";
        const QByteArray good = R"("carrier":"electricity","unit":"kWh","price":0.5,)"
                                R"("currency":"CNY","region":"CN","year":2023,"source":"bill",)"
                                R"("confidence":"high"})";
        QTest::newRow("not json") << QByteArray("{") << "not a ZeroPlan price library";
        QTest::newRow("unknown carrier")
            << head + R"({"id":"a","carrier":"steam","unit":"kWh","price":1,"currency":"CNY",)"
                      R"("region":"CN","year":2023,"source":"s","confidence":"high"}]})"
            << "price a: unknown carrier \"steam\"";
        QTest::newRow("unit does not fit")
            << head +
                   R"({"id":"a","carrier":"electricity","unit":"L","price":1,)"
                   R"("currency":"CNY","region":"CN","year":2023,"source":"s","confidence":"high"}]})"
            << "price a: unit \"L\" does not fit electricity";
        QTest::newRow("zero price")
            << head +
                   R"({"id":"a","carrier":"electricity","unit":"kWh","price":0,)"
                   R"("currency":"CNY","region":"CN","year":2023,"source":"s","confidence":"high"}]})"
            << "price a: the price must be a number above 0";
        QTest::newRow("twice") << head + R"({"id":"a",)" + good + R"(,{"id":"a",)" + good + "]}"
                               << "price a is listed twice";
    }

    void brokenPriceLibrariesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!PriceLibrary::fromJson(json, &error));
        QCOMPARE(error, reason);
    }

    void regionalDefaults()
    {
        const PriceLibrary &library = PriceLibrary::builtIn();
        // South China: Guangdong's first-tier tariff, and the national petrol assumption.
        const QList<Price> south =
            library.defaultsFor(QStringLiteral("CN-South"), QStringLiteral("CNY"));
        QCOMPARE(south.size(), 2);
        QCOMPARE(south[0].carrier, QStringLiteral("electricity"));
        QCOMPARE(south[0].price, 0.68);
        QCOMPARE(south[1].carrier, QStringLiteral("petrol"));
        QCOMPARE(south[1].unit, QStringLiteral("L"));
        QCOMPARE(south[1].price, 8.0);
        // Southwest China has no sourced tariff: only petrol; the user enters the rest.
        QCOMPARE(library.defaultsFor(QStringLiteral("CN-Southwest"), QStringLiteral("CNY")).size(),
                 1);
        // EU: Eurostat household prices, gas per kWh.
        const QList<Price> eu = library.defaultsFor(QStringLiteral("EU"), QStringLiteral("EUR"));
        QCOMPARE(eu.size(), 2);
        QCOMPARE(eu[1].carrier, QStringLiteral("natural_gas"));
        QCOMPARE(eu[1].unit, QStringLiteral("kWh"));
        QCOMPARE(eu[1].price, 0.113);
        // US-NWPP takes the national EIA average; a price in another currency never applies.
        QCOMPARE(library.defaultsFor(QStringLiteral("US-NWPP"), QStringLiteral("USD")).size(), 1);
        QVERIFY(library.defaultsFor(QStringLiteral("UK"), QStringLiteral("CNY")).isEmpty());
        QCOMPARE(library.currencyFor(QStringLiteral("CN-East")), QStringLiteral("CNY"));
        QCOMPARE(library.currencyFor(QStringLiteral("UK")), QStringLiteral("GBP"));
    }

    void newPlanTakesItsRegionsDefaults()
    {
        const Plan plan = start(QStringLiteral("CN-South"));
        QCOMPARE(plan.community.name, QStringLiteral("新桥世居"));
        QCOMPARE(plan.community.gridRegion, QStringLiteral("CN-South"));
        QCOMPARE(plan.community.electricityFactor, QStringLiteral("grid-cn-south-2023"));
        QCOMPARE(plan.community.currency, QStringLiteral("CNY"));
        QCOMPARE(plan.community.baseYear, 2024);
        QCOMPARE(plan.community.horizonEnd, 2060);
        QCOMPARE(plan.community.targets.neutralityYear, std::optional<int>(2060));
        QCOMPARE(plan.scenarios.size(), 1);
        QCOMPARE(plan.prices.size(), 2);
        QCOMPARE(plan.factorSet, FactorLibraryJson::builtIn().version());
        // The validator finds no error in it; it only asks for the community's people.
        const PlanProblems problems = PlanValidator::validate(plan, FactorLibraryJson::builtIn());
        QVERIFY(!hasErrors(problems));
        for (const PlanProblem &p : problems) {
            QVERIFY2(p.path == QLatin1String("/community/population") ||
                         p.path == QLatin1String("/community/households"),
                     qPrintable(p.toString()));
        }
        // A UK plan is in pounds with Ofgem's cap rates.
        const Plan uk = start(QStringLiteral("UK"));
        QCOMPARE(uk.community.currency, QStringLiteral("GBP"));
        QCOMPARE(priceOf(uk, "natural_gas")->price, 0.0624);
        // Without a region: no factor, no prices, the default currency.
        const Plan none = start(QString());
        QVERIFY(none.community.electricityFactor.isEmpty());
        QVERIFY(none.prices.isEmpty());
    }

    void laterRegionBringsDefaultsOnlyWhereUntouched()
    {
        const FactorLibrary &factors = FactorLibraryJson::builtIn();
        const PriceLibrary &prices = PriceLibrary::builtIn();
        // An untouched plan without a region: the first region sets currency and prices.
        Plan plan = start(QString());
        StartingPlan::apply(plan,
                            StartingPlan::forRegion(plan, QStringLiteral("EU"), factors, prices));
        QCOMPARE(plan.community.currency, QStringLiteral("EUR"));
        QCOMPARE(plan.prices, prices.defaultsFor(QStringLiteral("EU"), QStringLiteral("EUR")));
        QCOMPARE(plan.community.electricityFactor, QStringLiteral("grid-eu-2023"));
        // Moving on within China: untouched prices follow the region.
        plan = start(QStringLiteral("CN-South"));
        StartingPlan::apply(
            plan, StartingPlan::forRegion(plan, QStringLiteral("CN-East"), factors, prices));
        QCOMPARE(priceOf(plan, "electricity")->price, 0.538);
        // A price the user typed stays, whatever region is chosen after.
        plan.prices[0].price = 0.61;
        const QList<Price> typed = plan.prices;
        StartingPlan::apply(
            plan, StartingPlan::forRegion(plan, QStringLiteral("CN-North"), factors, prices));
        QCOMPARE(plan.prices, typed);
        QCOMPARE(plan.community.electricityFactor, QStringLiteral("grid-cn-north-2023"));
        // A currency the user chose stays too.
        plan.community.currency = QStringLiteral("HKD");
        StartingPlan::apply(plan,
                            StartingPlan::forRegion(plan, QStringLiteral("UK"), factors, prices));
        QCOMPARE(plan.community.currency, QStringLiteral("HKD"));
    }

    void startingPricesValueTheSavings()
    {
        // A new South China plan with 1,000,000 kWh of electricity and LED lighting:
        // 1,000,000 × 15 % lighting × 75 % saved = 112,500 kWh a year, valued at Guangdong's
        // 0.68 yuan/kWh = 76,500 yuan a year (0 before plans had prices).
        Plan plan = start(QStringLiteral("CN-South"));
        plan.activities = {line(QStringLiteral("homes"), Sector::StationaryEnergy,
                                QStringLiteral("residential"), QStringLiteral("electricity"), 1.0e6,
                                QStringLiteral("kWh"), QStringLiteral("grid-cn-south-2023"))};
        plan.measures = {measure(MeasureKind::LedLighting, QStringLiteral("led"), 2024,
                                 {{"lighting_share", 0.15}, {"savings", 0.75}})};
        plan.scenarios[0].measures = {{QStringLiteral("led"), 1.0}};
        const ScenarioResult r =
            ScenarioEngine(FactorLibraryJson::builtIn()).runScenario(plan, plan.scenarios[0]);
        QCOMPARE(r.measures.size(), size_t(1));
        QVERIFY(std::abs(r.measures[0].savings[0] - 76500.0) < 1e-6);
    }

    void measuresWithoutAPriceAreFlagged()
    {
        // The same plan in Southwest China, where no tariff is shipped: the validator says the
        // savings on electricity are valued at 0.
        Plan plan = start(QStringLiteral("CN-Southwest"));
        plan.activities = {line(QStringLiteral("homes"), Sector::StationaryEnergy,
                                QStringLiteral("residential"), QStringLiteral("electricity"), 1.0e6,
                                QStringLiteral("kWh"), QStringLiteral("grid-cn-southwest-2023"))};
        plan.measures = {measure(MeasureKind::LedLighting, QStringLiteral("led"), 2024, {})};
        plan.community.population = 1000;
        plan.community.households = 400;
        const PlanProblems problems = PlanValidator::validate(plan, FactorLibraryJson::builtIn());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().path, QStringLiteral("/prices"));
        QCOMPARE(problems.first().severity, PlanProblem::Severity::Warning);
        QVERIFY(
            problems.first().message.startsWith(QStringLiteral("no price for Grid electricity")));
        // With the tariff entered, the warning is gone.
        plan.prices = {Price{QStringLiteral("electricity"), QStringLiteral("kWh"), 0.52,
                             QStringLiteral("the community's bill")}};
        QVERIFY(PlanValidator::validate(plan, FactorLibraryJson::builtIn()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStartingPlan)
#include "TestStartingPlan.moc"
