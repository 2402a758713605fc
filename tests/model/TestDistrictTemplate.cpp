// DistrictTemplate (issue 17, docs/district.md "The template"): the keys of what a district
// pushes to its communities, apply (every value a community does not override), differences
// and reset, with a template price reaching a community worked out by hand through the engine;
// and the template's JSON as the district file stores it.
#include "PlanFixtures.h"
#include "engine/PlanRun.h"
#include "plan/DistrictTemplate.h"
#include "storage/DistrictTemplateJson.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

const QString kElectricity = QStringLiteral("price:electricity/kWh");
const QString kSolarCapex = QStringLiteral("cost:rooftop_solar/capex_per_kwp");

Price electricityAt(double price)
{
    return Price{QStringLiteral("electricity"), QStringLiteral("kWh"), price,
                 QStringLiteral("District tariff 2025")};
}

// grid at 0.5703 kg CO2e/kWh (MEE 2022 national grid average), the district's choice.
EmissionFactor nationalGrid()
{
    EmissionFactor f;
    f.id = QStringLiteral("grid");
    f.name = QStringLiteral("National grid 2022");
    f.carrier = QStringLiteral("electricity");
    f.gases = {{Gas::CO2e, 0.5703}};
    f.massUnit = QStringLiteral("kg");
    f.activityUnit = QStringLiteral("kWh");
    f.source = QStringLiteral("MEE 2024: national grid average 2022");
    return f;
}

TemplateCostRate solarCapex()
{
    return {MeasureKind::RooftopSolar, QStringLiteral("capex_per_kwp"),
            UncertainValue{4000, 3500, 4500, QStringLiteral("District tender 2025")}};
}

// Every kind of value: a factor, a price, the discount rate, targets, a cost rate.
DistrictTemplate fullTemplate()
{
    DistrictTemplate t;
    t.setFactor(nationalGrid());
    t.setPrice(electricityAt(0.6));
    t.setDiscountRate(0.04);
    t.setTargets(Targets{2050, {{2030, 0.4}}, std::nullopt});
    t.setCostRate(solarCapex());
    return t;
}

ScenarioResult run(const Plan &plan)
{
    return PlanRun::run(plan, noLibrary()).result.scenarios.at(0);
}

} // namespace

class TestDistrictTemplate : public QObject
{
    Q_OBJECT

private slots:
    void keysNamesAndValues()
    {
        const DistrictTemplate t = fullTemplate();
        QCOMPARE(t.keys(), (QStringList{QStringLiteral("factor:grid"), kElectricity,
                                        QStringLiteral("discount_rate"), QStringLiteral("targets"),
                                        kSolarCapex}));
        QCOMPARE(t.version, 5); // five changes
        QCOMPARE(t.keyName(kElectricity), QStringLiteral("Price of grid electricity (kWh)"));
        QCOMPARE(t.keyName(QStringLiteral("discount_rate")), QStringLiteral("Discount rate"));
        QCOMPARE(t.keyName(QStringLiteral("targets")), QStringLiteral("Targets"));
        QCOMPARE(t.keyName(QStringLiteral("factor:grid")),
                 QStringLiteral("Emission factor National grid 2022"));
        QCOMPARE(t.keyName(kSolarCapex),
                 QStringLiteral("Cost rate Investment per kWp of Rooftop solar PV"));
        QCOMPARE(t.valueText(kElectricity), QStringLiteral("0.6 per kWh"));
        QCOMPARE(t.valueText(QStringLiteral("discount_rate")), QStringLiteral("4 %"));
        QCOMPARE(t.valueText(QStringLiteral("targets")),
                 QStringLiteral("neutral by 2050; −40 % by 2030"));
        QCOMPARE(t.valueText(QStringLiteral("factor:grid")), QStringLiteral("0.5703 kg/kWh"));
        QCOMPARE(t.valueText(kSolarCapex), QStringLiteral("4,000 (3,500–4,500) currency/kWp"));
        QCOMPARE(t.valueText(QStringLiteral("price:petrol/L")), QString()); // not templated
        // The rates a kind's costs are given in, for the editor to offer.
        QCOMPARE(DistrictTemplate::costRateParameters(MeasureKind::RooftopSolar),
                 (QStringList{QStringLiteral("capex_per_kwp"), QStringLiteral("opex_per_kwp")}));
        QVERIFY(DistrictTemplate::costRateParameters(MeasureKind::HeatPump).isEmpty());
        QVERIFY(DistrictTemplate().keys().isEmpty());
        QVERIFY(DistrictTemplate().isEmpty());
    }

    void templatePriceReachesTheCommunity()
    {
        // gasHeatPumpPlan (tests/support/PlanFixtures, worked in TestMeasureTariff): heat pumps
        // replace 200,000 m³ of gas a year (3.0 CNY/m³) with 200,000 × 10.8141667 kWh/m³ ×
        // 0.9 / 2.5 = 778,620 kWh of electricity a year. At the plan's 0.5 CNY/kWh its yearly
        // energy savings are 600,000 − 778,620 × 0.5 = 210,690 CNY.
        const Plan plan = gasHeatPumpPlan();
        QCOMPARE(run(plan).measures.at(0).savings[0], 210690.0);
        // The district's 0.6 CNY/kWh reaches it: savings change by Δprice × kWh saved =
        // 0.1 × (−778,620) = −77,862, to 132,828 CNY a year (1e-6 relative: the engine's sums).
        DistrictTemplate t;
        t.setPrice(electricityAt(0.6));
        QCOMPARE(t.differences(plan), QStringList{kElectricity});
        const Plan applied = t.apply(plan);
        QCOMPARE(applied.priceOf(QStringLiteral("electricity"), QStringLiteral("kWh")), 0.6);
        QCOMPARE(applied.prices.size(), 2); // replaced in place, not added
        const YearSeries savings = run(applied).measures.at(0).savings;
        for (Eigen::Index y = 0; y < savings.size(); ++y)
            QVERIFY(std::abs(savings[y] - 132828.0) <= 1e-6 * 132828.0);
        QVERIFY(std::abs((savings[0] - 210690.0) - 0.1 * -778620.0) <= 1e-6 * 77862.0);
        // Nothing else of the plan moved, and now nothing differs.
        Plan back = applied;
        back.prices = plan.prices;
        QCOMPARE(back, plan);
        QVERIFY(t.differences(applied).isEmpty());
    }

    void overridingCommunityIsUntouched()
    {
        const Plan plan = gasHeatPumpPlan();
        const DistrictTemplate t = fullTemplate();
        // Overriding every key: the plan comes back as it was.
        QCOMPARE(t.apply(plan, t.keys()), plan);
        // Overriding the price only: its own 0.5 stays, the rest arrives.
        const Plan applied = t.apply(plan, {kElectricity});
        QCOMPARE(applied.priceOf(QStringLiteral("electricity"), QStringLiteral("kWh")), 0.5);
        QCOMPARE(applied.community.discountRate, 0.04);
        QCOMPARE(applied.community.targets.neutralityYear, std::optional<int>(2050));
        QCOMPARE(applied.factors.at(0), nationalGrid()); // "grid" replaced in its place
        QCOMPARE(applied.factors.size(), plan.factors.size());
        QCOMPARE(t.differences(applied), QStringList{kElectricity});
    }

    void differencesAndResetOneValue()
    {
        const Plan plan = gasHeatPumpPlan(); // discount 0.05, no targets, grid 0.4042 kg CO2
        const DistrictTemplate t = fullTemplate();
        // The plan has no solar measure: its cost rate cannot differ.
        QCOMPARE(t.differences(plan),
                 (QStringList{QStringLiteral("factor:grid"), kElectricity,
                              QStringLiteral("discount_rate"), QStringLiteral("targets")}));
        const Plan reset = t.reset(plan, QStringLiteral("discount_rate"));
        QCOMPARE(reset.community.discountRate, 0.04);
        QCOMPARE(t.differences(reset), (QStringList{QStringLiteral("factor:grid"), kElectricity,
                                                    QStringLiteral("targets")}));
        // Only that value: the rest as it was.
        Plan back = reset;
        back.community.discountRate = 0.05;
        QCOMPARE(back, plan);
        // A key the template does not hold changes nothing.
        QCOMPARE(t.reset(plan, QStringLiteral("price:petrol/L")), plan);
        QVERIFY(!t.differs(plan, QStringLiteral("price:petrol/L")));
    }

    void costRateReachesEveryMeasureOfItsKind()
    {
        Plan plan = gasHeatPumpPlan();
        plan.measures.append(measure(MeasureKind::RooftopSolar, QStringLiteral("pv-roofs"), 2025,
                                     {{"capacity_kwp", 300}, {"capex_per_kwp", 4500}}));
        plan.measures.append(measure(MeasureKind::RooftopSolar, QStringLiteral("pv-school"), 2026,
                                     {{"capacity_kwp", 80}, {"capex_per_kwp", 5200}}));
        DistrictTemplate t;
        t.setCostRate(solarCapex());
        QCOMPARE(t.differences(plan), QStringList{kSolarCapex});
        const Plan applied = t.apply(plan);
        QCOMPARE(applied.measures[1].parameters.value(QStringLiteral("capex_per_kwp")),
                 solarCapex().value);
        QCOMPARE(applied.measures[2].parameters.value(QStringLiteral("capex_per_kwp")),
                 solarCapex().value);
        QCOMPARE(applied.measures[2].parameters.value(QStringLiteral("capacity_kwp")).value, 80.0);
        QCOMPARE(applied.measures[0], plan.measures[0]); // the heat pumps: another kind
        QVERIFY(t.differences(applied).isEmpty());
        // A measure added or removed is no change of the value; a changed rate is.
        Plan added = applied;
        added.measures.append(measure(MeasureKind::RooftopSolar, QStringLiteral("pv-new"), 2027));
        QVERIFY(DistrictTemplate::sameValue(applied, added, kSolarCapex));
        Plan changed = applied;
        changed.measures[2].parameters[QStringLiteral("capex_per_kwp")].value = 3900;
        QVERIFY(!DistrictTemplate::sameValue(applied, changed, kSolarCapex));
        QVERIFY(DistrictTemplate::sameValue(applied, changed, kElectricity));
    }

    void priceInAnotherUnitIsTheOneReplaced()
    {
        // A plan that prices electricity per MWh: Plan::priceOf takes that price for kWh, so the
        // template's kWh price replaces it (else the plan would keep using its own).
        Plan plan = gasHeatPumpPlan();
        plan.prices[1] = Price{QStringLiteral("electricity"), QStringLiteral("MWh"), 480, {}};
        QCOMPARE(plan.priceOf(QStringLiteral("electricity"), QStringLiteral("kWh")), 0.48);
        DistrictTemplate t;
        t.setPrice(electricityAt(0.6));
        QVERIFY(t.differs(plan, kElectricity));
        const Plan applied = t.apply(plan);
        QCOMPARE(applied.prices.size(), 2);
        QCOMPARE(applied.prices[1], electricityAt(0.6));
        QCOMPARE(applied.priceOf(QStringLiteral("electricity"), QStringLiteral("kWh")), 0.6);
    }

    void settersAndClearBumpTheVersion()
    {
        DistrictTemplate t;
        t.setPrice(electricityAt(0.6));
        t.setPrice(electricityAt(0.65)); // the same key: replaced
        QCOMPARE(t.prices.size(), 1);
        QCOMPARE(t.prices[0].price, 0.65);
        QCOMPARE(t.version, 2);
        QVERIFY(t.clear(kElectricity));
        QCOMPARE(t.version, 3);
        QVERIFY(!t.clear(kElectricity)); // nothing to clear: no change
        QCOMPARE(t.version, 3);
        QVERIFY(t.isEmpty());
    }

    void jsonRoundTrip()
    {
        const DistrictTemplate t = fullTemplate();
        PlanProblems problems;
        const DistrictTemplate back =
            DistrictTemplateJson::read(DistrictTemplateJson::write(t), QString(), problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(back, t);
        // Not templated: absent, and read back as absent.
        DistrictTemplate empty;
        const QJsonObject json = DistrictTemplateJson::write(empty);
        QVERIFY(!json.contains(QStringLiteral("discount_rate")));
        QVERIFY(!json.contains(QStringLiteral("targets")));
        QCOMPARE(DistrictTemplateJson::read(json, QString(), problems), empty);
        // A price without its unit is reported at its path.
        const QJsonObject bad{
            {QStringLiteral("prices"),
             QJsonArray{QJsonObject{{QStringLiteral("carrier"), QStringLiteral("electricity")},
                                    {QStringLiteral("price"), 0.6}}}}};
        DistrictTemplateJson::read(bad, QString(), problems);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems[0].path, QStringLiteral("/prices/0/unit"));
    }
};

QTEST_GUILESS_MAIN(TestDistrictTemplate)
#include "TestDistrictTemplate.moc"
