// One place for each cost: the catalogue says per kind how its investment and running cost
// are given, the engine's CostModel reads that, and MeasureCostSummary gives the same
// figures at full adoption for the form, the report and the impact panel.
#include "PlanFixtures.h"
#include "engine/ScenarioEngine.h"
#include "measures/MeasureCatalogue.h"
#include "measures/MeasureCostSummary.h"
#include "measures/MeasureDefaults.h"

#include <QtTest>
#include <cstring>

using namespace zeroplan;
using namespace zeroplan::test;

class TestMeasureCosts : public QObject
{
    Q_OBJECT

private slots:
    // Every money parameter given per something (*_per_*, "currency/…") is the rate of one
    // of its kind's cost rules, and every rule names parameters the kind has.
    void everyRateParameterHasItsRule()
    {
        for (const MeasureKindSpec &spec : MeasureCatalogue::all()) {
            for (const CostRule *rule : {&spec.capexRule, &spec.opexRule}) {
                if (rule->rate)
                    QVERIFY2(spec.parameterIndex(rule->rate) >= 0, rule->rate);
                if (rule->quantity)
                    QVERIFY2(spec.parameterIndex(rule->quantity) >= 0, rule->quantity);
            }
            for (const ParameterSpec &p : spec.parameters) {
                // A yearly cap (the carbon accounts' budget_cap) limits a cost, it is no rate.
                if (std::strncmp(p.unit, "currency/", 9) != 0 ||
                    std::strcmp(p.unit, "currency/yr") == 0)
                    continue;
                const bool ruled =
                    (spec.capexRule.rate && std::strcmp(spec.capexRule.rate, p.key) == 0) ||
                    (spec.opexRule.rate && std::strcmp(spec.opexRule.rate, p.key) == 0);
                QVERIFY2(ruled, p.key);
            }
        }
        const MeasureKindSpec &solar = MeasureCatalogue::spec(MeasureKind::RooftopSolar);
        QVERIFY(solar.capexRule.isPerUnit());
        QVERIFY(solar.opexRule.isPerUnit());
        QVERIFY(MeasureCatalogue::spec(MeasureKind::TreePlanting).capexRule.isPerUnit());
        QVERIFY(MeasureCatalogue::spec(MeasureKind::TreePlanting).opexRule.isLumpSum());
        QVERIFY(MeasureCatalogue::spec(MeasureKind::GreenPower).opexRule.isPerEffect());
        QVERIFY(MeasureCatalogue::spec(MeasureKind::LedLighting).capexRule.isLumpSum());
    }

    // 500 kWp at 1,200 per kWp (a quote, as a test input) = 600,000 in the start year,
    // bought again after the 3-year lifetime; 500 × 20 per kWp and year = 10,000 a year.
    void solarInvestmentIsCapacityTimesPrice()
    {
        Plan p = basePlan(2024, 2030);
        Measure m = measure(MeasureKind::RooftopSolar, QStringLiteral("pv"), 2024,
                            {{"capacity_kwp", 500}, {"capex_per_kwp", 1200}, {"opex_per_kwp", 20}});
        m.lifetimeYears = 3;
        p.measures = {m};
        const MeasureCostSummary s = MeasureCostSummary::of(m);
        QCOMPARE(s.capex.total(), 600000.0);
        QCOMPARE(s.capex.perUnit(), 600000.0);
        QCOMPARE(s.capex.lumpSum, 0.0);
        QCOMPARE(s.opex.total(), 10000.0);
        QVERIFY(s.isEntered());
        const MeasureResult r =
            ScenarioEngine(noLibrary()).runScenario(p, allMeasures(p)).measures[0];
        const QList<double> capex{600000, 0, 0, 600000, 0, 0, 600000}; // 2024, 2027, 2030
        for (int t = 0; t < 7; ++t)
            QCOMPARE(r.capex[t], capex[t]);
        for (int t = 0; t < 7; ++t)
            QCOMPARE(r.opex[t], 10000.0);
        // The engine's start-year investment is the summary's figure.
        QCOMPARE(r.capex[0], s.capex.total());
    }

    // An old file's lump sum beside a per-unit kind is kept and counted on top (no data
    // lost): 600,000 + 5,000 = 605,000, in the summary and in the engine alike.
    void oldLumpSumIsKeptOnTop()
    {
        Plan p = basePlan(2024, 2030);
        Measure m = measure(MeasureKind::RooftopSolar, QStringLiteral("pv"), 2024,
                            {{"capacity_kwp", 500}, {"capex_per_kwp", 1200}});
        m.lifetimeYears = 30;
        m.costs.capex = 5000;
        p.measures = {m};
        const MeasureCostSummary s = MeasureCostSummary::of(m);
        QCOMPARE(s.capex.total(), 605000.0);
        const MeasureResult r =
            ScenarioEngine(noLibrary()).runScenario(p, allMeasures(p)).measures[0];
        QCOMPARE(r.capex[0], 605000.0);
        QCOMPARE(r.capex.sum(), 605000.0); // no renewal within 2024–2030
    }

    // Trees: 2.5 ha × 200,000 per ha = 500,000; their running cost is a lump sum.
    void treesInvestmentIsAreaTimesPrice()
    {
        Measure m = measure(MeasureKind::TreePlanting, QStringLiteral("trees"), 2024,
                            {{"canopy_ha", 2.5}, {"capex_per_ha", 200000}});
        m.costs.opexPerYear = 20000;
        const MeasureCostSummary s = MeasureCostSummary::of(m);
        QCOMPARE(s.capex.total(), 500000.0);
        QCOMPARE(s.opex.total(), 20000.0);
    }

    // Nothing entered: solar at the catalogue's price 0 and a lump-sum kind at 0 say so; a
    // price per unit of effect (credits at 97.49 per t) counts as entered.
    void costNotEnteredIsKnown()
    {
        const Measure solar =
            MeasureCatalogue::makeDefault(MeasureKind::RooftopSolar, QStringLiteral("pv"), 2024);
        QVERIFY(!MeasureCostSummary::of(solar).isEntered());
        const Measure led =
            MeasureCatalogue::makeDefault(MeasureKind::LedLighting, QStringLiteral("led"), 2024);
        QVERIFY(!MeasureCostSummary::of(led).isEntered());
        Measure paid = led;
        paid.costs.capex = 1;
        QVERIFY(MeasureCostSummary::of(paid).isEntered());
        const Measure credits =
            MeasureCatalogue::makeDefault(MeasureKind::CarbonCredits, QStringLiteral("cr"), 2024);
        QVERIFY(MeasureCostSummary::of(credits).isEntered());
    }

    // The catalogue's carbon price (97.49 CNY/t, MEE 2025) is a CNY figure: a CNY plan gets
    // it, a EUR plan gets 0 and no range, with a source asking for the quote.
    void cnyDefaultsOnlyForCnyPlans()
    {
        const Measure cny = MeasureDefaults::make(MeasureKind::CarbonCredits, QStringLiteral("cr"),
                                                  2024, QStringLiteral("CNY"));
        QCOMPARE(cny.parameters.value(QStringLiteral("price_per_t")).value, 97.49);
        const Measure eur = MeasureDefaults::make(MeasureKind::CarbonCredits, QStringLiteral("cr"),
                                                  2024, QStringLiteral("EUR"));
        const UncertainValue price = eur.parameters.value(QStringLiteral("price_per_t"));
        QCOMPARE(price.value, 0.0);
        QVERIFY(!price.isUncertain());
        QVERIFY2(price.source.startsWith(QStringLiteral("Enter your quote in EUR")),
                 qPrintable(price.source));
        QCOMPARE(eur.parameters.value(QStringLiteral("tonnes_per_year")).value, 50.0); // not money
        QVERIFY(!MeasureCostSummary::of(eur).isEntered());
        const Measure points = MeasureDefaults::make(
            MeasureKind::CarbonAccounts, QStringLiteral("ca"), 2024, QStringLiteral("EUR"));
        QCOMPARE(points.parameters.value(QStringLiteral("point_value")).value, 0.0);
        // Every money default that is not 0 is known to be in CNY.
        for (const MeasureKindSpec &spec : MeasureCatalogue::all()) {
            for (const ParameterSpec &p : spec.parameters) {
                if (std::strncmp(p.unit, "currency/", 9) == 0 && p.value != 0)
                    QVERIFY2(MeasureDefaults::hasCurrencyDefault(spec.kind, QLatin1String(p.key)),
                             p.key);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMeasureCosts)
#include "TestMeasureCosts.moc"
