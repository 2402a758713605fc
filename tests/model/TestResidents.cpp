// Who pays and what households see (docs/residents.md): the payer split, the household card,
// payback and the funding plan, on a small case worked out by hand, and the invariant that the
// parties' money adds up to what the engine reports, on the Shenzhen sample.
#include "engine/ScenarioEngine.h"
#include "plan/Plan.h"
#include "residents/Payback.h"
#include "residents/PayerPresets.h"
#include "residents/ResidentsRun.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QtTest>

#include <cmath>

using namespace zeroplan;

namespace {

constexpr int kFirstYear = 2024;
constexpr double kRate = 0.05; // plan's discount rate in this case
constexpr double kTolerance = 1e-6;

// The hand case (made-up round figures, 5 years 2024–2028): a measure started in 2025 at once
// (ramp 0, lifetime 20) that costs 100 000 in 2025, runs at 2 000 a year from 2025 and saves
// 12 000 a year of bills from 2025. The engine's own figures are not needed: PayerTable works on
// a MeasureResult's series.
MeasureResult handResult()
{
    MeasureResult r;
    r.measureId = QStringLiteral("retrofit");
    r.name = QStringLiteral("Retrofit");
    r.capex = YearSeries(5);
    r.capex << 0, 100000, 0, 0, 0;
    r.opex = YearSeries(5);
    r.opex << 0, 2000, 2000, 2000, 2000;
    r.savings = YearSeries(5);
    r.savings << 0, 12000, 12000, 12000, 12000;
    return r;
}

Measure handMeasure()
{
    Measure m;
    m.id = QStringLiteral("retrofit");
    m.name = QStringLiteral("Retrofit");
    m.startYear = 2025;
    m.rampYears = 0;
    m.lifetimeYears = 20;
    return m;
}

// Capex: residents 30 %, government 50 %, property company 20 %; opex: property company;
// savings: residents; 100 households. Median income 50 000 (2024), threshold 0.3 %.
Residents handResidents()
{
    Residents r;
    PayerSplit s;
    s.measure = QStringLiteral("retrofit");
    s.capex = {{Party::Residents, 0.3}, {Party::Government, 0.5}, {Party::PropertyCompany, 0.2}};
    s.opex = {{Party::PropertyCompany, 1.0}};
    s.savings = {{Party::Residents, 1.0}};
    s.households = 100;
    r.splits = {s};
    r.medianIncome = {{2024, 50000}};
    r.affordabilityShare = 0.003;
    FundingSource subsidy;
    subsidy.name = QStringLiteral("District retrofit subsidy");
    subsidy.kind = FundingKind::Subsidy;
    subsidy.amounts = {{2025, 40000}};
    FundingSource sponsor;
    sponsor.name = QStringLiteral("Bank sponsor");
    sponsor.kind = FundingKind::Sponsor;
    sponsor.amounts = {{2026, 5000}};
    r.funding = {subsidy, sponsor};
    return r;
}

bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= kTolerance * std::max(1.0, std::abs(expected));
}

QByteArray compared(double actual, double expected)
{
    return QByteArray("actual ") + QByteArray::number(actual, 'f', 6) + " expected " +
           QByteArray::number(expected, 'f', 6);
}

#define COMPARE_NEAR(actual, expected)                                                             \
    QVERIFY2(near((actual), (expected)), compared((actual), (expected)).constData())

} // namespace

class TestResidents : public QObject
{
    Q_OBJECT

private slots:
    void payerSplitByHand();
    void fixedAmountsComeFirst();
    void unsplitMeasureIsUnassigned();
    void paybackRules();
    void householdCardByHand();
    void scenarioCardSumsMeasures();
    void fundingShortfallByHand();
    void medianIncomeByYear();
    void sampleSumsMatchEngine();
    void beijingHeatPumpPreset();
};

void TestResidents::payerSplitByHand()
{
    const Residents residents = handResidents();
    const PayerTable t = PayerTable::of(handResult(), residents.split(QStringLiteral("retrofit")),
                                        kFirstYear, kRate);
    // Parties in kAllParties order: residents, property company, government.
    QCOMPARE(int(t.parties.size()), 3);
    QCOMPARE(t.parties[0].party, Party::Residents);
    QCOMPARE(t.parties[1].party, Party::PropertyCompany);
    QCOMPARE(t.parties[2].party, Party::Government);
    const PartyMoney &res = t.parties[0];
    const PartyMoney &prop = t.parties[1];
    const PartyMoney &gov = t.parties[2];
    // Residents: capex 0.3 × 100 000 = 30 000 in 2025, savings 12 000 a year from 2025.
    COMPARE_NEAR(res.capex[1], 30000);
    COMPARE_NEAR(res.opex.sum(), 0);
    COMPARE_NEAR(res.savings.sum(), 48000);
    // NPV at 5 %: (−30 000 + 12 000)/1.05 + 12 000 × (1/1.05² + 1/1.05³ + 1/1.05⁴)
    //   = −17 142.857143 + 12 000 × (0.907029 + 0.863838 + 0.822702) = 13 979.977479.
    COMPARE_NEAR(res.npv, 13979.977478519751);
    // Cumulative net: 0, −18 000, −6 000, +6 000, +18 000 → paid back in 2027.
    QCOMPARE(res.paybackYear, std::optional<int>(2027));
    // Government: 0.5 × 100 000 = 50 000 in 2025; NPV −50 000/1.05 = −47 619.047619; never back.
    COMPARE_NEAR(gov.capex[1], 50000);
    COMPARE_NEAR(gov.npv, -47619.04761904762);
    QVERIFY(!gov.paybackYear);
    // Property company: 20 000 in 2025 and the whole opex, 2 000 a year 2025–2028:
    // −20 000/1.05 − 2 000 × (1/1.05 + 1/1.05² + 1/1.05³ + 1/1.05⁴) = −26 139.520056.
    COMPARE_NEAR(prop.capex[1], 20000);
    COMPARE_NEAR(prop.opex.sum(), 8000);
    COMPARE_NEAR(prop.npv, -26139.520055943765);
    // Σ over parties = the measure, year by year, and the NPVs add up to the measure's
    // (−90 000/1.05 + 10 000 × (1/1.05² + 1/1.05³ + 1/1.05⁴) = −59 778.590196).
    const MeasureResult m = handResult();
    QCOMPARE((res.capex + prop.capex + gov.capex - m.capex).abs().maxCoeff(), 0.0);
    QCOMPARE((res.opex + prop.opex + gov.opex - m.opex).abs().maxCoeff(), 0.0);
    QCOMPARE((res.savings + prop.savings + gov.savings - m.savings).abs().maxCoeff(), 0.0);
    COMPARE_NEAR(res.npv + prop.npv + gov.npv, -59778.59019647163);
}

// Fixed amounts per year come off the top, in the parties' order, each at most what is left;
// the shares split the rest (docs/residents.md, "Fixed amounts").
void TestResidents::fixedAmountsComeFirst()
{
    MeasureResult m = handResult();
    m.capex << 0, 100000, 50000, 0, 0; // a second purchase in 2026
    PayerSplit s;
    s.measure = QStringLiteral("retrofit");
    s.capex = {{Party::Residents, 0.5}, {Party::PropertyCompany, 0.5}};
    // Listed sponsors first: the order taken is still the parties' (government before sponsors).
    s.capexAmounts = {{Party::Sponsors, {{2025, 30000}}},
                      {Party::Government, {{2025, 60000}, {2026, 80000}, {2040, 5000}}}};
    s.opexAmounts = {{Party::Crowdfunding, {{2027, 500}}}};
    const PayerTable t = PayerTable::of(m, &s, kFirstYear, kRate);
    const auto capex = [&](Party p, int year) {
        const PartyMoney *money = t.find(p);
        return money ? money->capex[year - kFirstYear] : 0.0;
    };
    // 2025 (100 000): government 60 000; sponsors min(30 000, 40 000 left) = 30 000; the
    // 10 000 left split 50/50: residents 5 000, property company 5 000.
    COMPARE_NEAR(capex(Party::Government, 2025), 60000);
    COMPARE_NEAR(capex(Party::Sponsors, 2025), 30000);
    COMPARE_NEAR(capex(Party::Residents, 2025), 5000);
    COMPARE_NEAR(capex(Party::PropertyCompany, 2025), 5000);
    // 2026 (50 000): government's 80 000 capped at 50 000; nothing left for the shares.
    COMPARE_NEAR(capex(Party::Government, 2026), 50000);
    COMPARE_NEAR(capex(Party::Residents, 2026), 0);
    // 2040 is past the horizon (2024–2028): left out.
    COMPARE_NEAR(t.find(Party::Government)->capex.sum(), 110000);
    // Running cost 2 000 in 2027: crowdfunding 500, the rest (no opex shares) unassigned.
    COMPARE_NEAR(t.find(Party::Crowdfunding)->opex[2027 - kFirstYear], 500);
    COMPARE_NEAR(t.find(Party::Unassigned)->opex[2027 - kFirstYear], 1500);
    COMPARE_NEAR(t.find(Party::Unassigned)->opex[2026 - kFirstYear], 2000);
    // Σ over parties = the measure's series, year by year.
    YearSeries capexSum = YearSeries::Zero(5);
    YearSeries opexSum = YearSeries::Zero(5);
    for (const PartyMoney &p : t.parties) {
        capexSum += p.capex;
        opexSum += p.opex;
    }
    QVERIFY((capexSum - m.capex).abs().maxCoeff() < 1e-9);
    QVERIFY((opexSum - m.opex).abs().maxCoeff() < 1e-9);
}

void TestResidents::unsplitMeasureIsUnassigned()
{
    // No split: the whole measure is "unassigned", so the sums still hold and the gap shows.
    const PayerTable t = PayerTable::of(handResult(), nullptr, kFirstYear, kRate);
    QCOMPARE(int(t.parties.size()), 1);
    QCOMPARE(t.parties[0].party, Party::Unassigned);
    COMPARE_NEAR(t.parties[0].capex.sum(), 100000);
    COMPARE_NEAR(t.parties[0].npv, -59778.59019647163);
    // Shares of 0.25/0.25/0.5 written as 1/1/2 by mistake are normalised, not lost.
    const std::vector<PartyShare> n =
        PayerTable::normalised({{Party::Sponsors, 1}, {Party::Residents, 1}, {Party::Other, 2}});
    QCOMPARE(int(n.size()), 3);
    QCOMPARE(n[0].party, Party::Residents);
    COMPARE_NEAR(n[0].share, 0.25);
    COMPARE_NEAR(n[2].share, 0.5);
}

void TestResidents::paybackRules()
{
    YearSeries net(5), cost(5);
    // Back in year 2 (cumulative −10, −5, 0, 5, 10): 0 counts as paid back.
    net << -10, 5, 5, 5, 5;
    cost << 10, 0, 0, 0, 0;
    QCOMPARE(Payback::year(net, cost), std::optional<Eigen::Index>(2));
    // A renewal in the last year sends it below 0 again: not paid back within the horizon.
    net << -10, 5, 5, 5, -20;
    cost << 10, 0, 0, 0, 20;
    QVERIFY(!Payback::year(net, cost));
    // Nothing spent: nothing to pay back, even with savings.
    net << 0, 5, 5, 5, 5;
    cost << 0, 0, 0, 0, 0;
    QVERIFY(!Payback::year(net, cost));
    // Savings above the cost in the year of the purchase: back in that year.
    net << 0, 3, 5, 5, 5;
    cost << 0, 2, 0, 0, 0;
    QCOMPARE(Payback::year(net, cost), std::optional<Eigen::Index>(1));
    // Present value at 5 %: 105 in year 1 is worth 100 today.
    YearSeries x = YearSeries::Zero(3);
    x[1] = 105;
    COMPARE_NEAR(Payback::presentValue(x, 0.05), 100);
}

void TestResidents::householdCardByHand()
{
    const Residents residents = handResidents();
    const PayerTable t = PayerTable::of(handResult(), residents.split(QStringLiteral("retrofit")),
                                        kFirstYear, kRate);
    const HouseholdCard c =
        HouseholdCard::ofMeasure(t, handMeasure(), 1.0, 800, residents, kFirstYear);
    // 100 households (the split's number, not the community's 800).
    COMPARE_NEAR(c.households, 100);
    // Upfront: residents' 30 000 / 100 = 300; subsidy: government's 50 000 / 100 = 500.
    COMPARE_NEAR(c.upfront, 300);
    COMPARE_NEAR(c.subsidy, 500);
    // Bill change: residents pay no opex and get 12 000 / 100 = 120 a year off the bill, from
    // the year of full adoption, 2025 (start 2025, ramp 0).
    QCOMPARE(c.billYear, 2025);
    COMPARE_NEAR(c.yearlyBillChange, -120);
    // Outlay per household: 2025: 300 − 120 = 180; then −120 a year. Cumulative −180, −60,
    // +60 → paid back in 2027, 2 years after the first outlay (2025).
    COMPARE_NEAR(c.outlay[1], 180);
    COMPARE_NEAR(c.outlay[2], -120);
    QCOMPARE(c.paybackYear, std::optional<int>(2027));
    QCOMPARE(c.paybackYears, std::optional<int>(2));
    // Threshold 0.3 % × 50 000 = 150 a year: 2025's outlay of 180 is above it.
    QVERIFY(c.unaffordableYears);
    QCOMPARE(*c.unaffordableYears, QList<int>{2025});
    // At level 0.5 the measure reaches 50 households and costs half: per household the same.
    PayerTable half = t;
    for (PartyMoney &m : half.parties) {
        m.capex *= 0.5;
        m.opex *= 0.5;
        m.savings *= 0.5;
    }
    const HouseholdCard h =
        HouseholdCard::ofMeasure(half, handMeasure(), 0.5, 800, residents, kFirstYear);
    COMPARE_NEAR(h.households, 50);
    COMPARE_NEAR(h.upfront, 300);
    // Without a threshold, affordability is unknown rather than "fine".
    Residents noThreshold = residents;
    noThreshold.affordabilityShare.reset();
    QVERIFY(!HouseholdCard::ofMeasure(t, handMeasure(), 1.0, 800, noThreshold, kFirstYear)
                 .unaffordableYears);
    // A split with a share of households: 0.25 × 800 = 200 households, upfront 30 000 / 200.
    Residents byShare = residents;
    byShare.splits[0].households.reset();
    byShare.splits[0].householdShare = 0.25;
    COMPARE_NEAR(HouseholdCard::ofMeasure(t, handMeasure(), 1.0, 800, byShare, kFirstYear).upfront,
                 150);
}

void TestResidents::scenarioCardSumsMeasures()
{
    const Residents residents = handResidents();
    const PayerTable t = PayerTable::of(handResult(), residents.split(QStringLiteral("retrofit")),
                                        kFirstYear, kRate);
    const HouseholdCard a =
        HouseholdCard::ofMeasure(t, handMeasure(), 1.0, 800, residents, kFirstYear);
    Measure later = handMeasure();
    later.startYear = 2026;
    later.rampYears = 2; // full in 2027
    const HouseholdCard b = HouseholdCard::ofMeasure(t, later, 1.0, 800, residents, kFirstYear);
    const HouseholdCard s = HouseholdCard::ofScenario({a, b}, residents, kFirstYear, 5);
    // A household in both: upfront 300 + 300 (b's window 2026–2045 misses the 2025 purchase: 0).
    COMPARE_NEAR(b.upfront, 0);
    COMPARE_NEAR(s.upfront, 300);
    COMPARE_NEAR(s.subsidy, 500);
    QCOMPARE(s.billYear, 2027);
    // Bill change in 2027: −120 from each card.
    COMPARE_NEAR(s.yearlyBillChange, -240);
    // Outlay: 2025: 2 × 180 = 360 > 150 flagged; then −240 a year: −360, −120, +120 → 2027.
    QCOMPARE(s.paybackYear, std::optional<int>(2027));
    QCOMPARE(*s.unaffordableYears, QList<int>{2025});
}

void TestResidents::fundingShortfallByHand()
{
    const Residents residents = handResidents();
    const PayerTable t = PayerTable::of(handResult(), residents.split(QStringLiteral("retrofit")),
                                        kFirstYear, kRate);
    const FundingPlan f = FundingPlan::of(t, residents, kFirstYear, 5);
    // Lines: residents and property company (they spend; unchecked: own money), government
    // (spends 50 000 in 2025; subsidy 40 000 → gap 10 000), sponsors (5 000 in 2026, no
    // spending → no gap).
    QCOMPARE(int(f.lines.size()), 4);
    QCOMPARE(f.lines[0].party, Party::Residents);
    QVERIFY(!f.lines[0].checked);
    QCOMPARE(f.lines[1].party, Party::PropertyCompany);
    QVERIFY(!f.lines[1].checked);
    QCOMPARE(f.lines[2].party, Party::Government);
    QVERIFY(f.lines[2].checked);
    COMPARE_NEAR(f.lines[2].gap()[1], 10000);
    QCOMPARE(f.lines[3].party, Party::Sponsors);
    COMPARE_NEAR(f.lines[3].sources[2], 5000);
    COMPARE_NEAR(f.lines[3].gap().sum(), 0);
    COMPARE_NEAR(f.shortfall.sum(), 10000);
    QCOMPARE(f.shortfallYears, QList<int>{2025});
    // A second subsidy of 10 000 in 2025 closes the gap.
    Residents more = residents;
    FundingSource extra;
    extra.name = QStringLiteral("City top-up");
    extra.kind = FundingKind::Subsidy;
    extra.amounts = {{2025, 10000}};
    more.funding.append(extra);
    QVERIFY(FundingPlan::of(t, more, kFirstYear, 5).shortfallYears.isEmpty());
    // A committee budget named for the property company checks that party too: 20 000 capex +
    // 2 000 opex in 2025 against 15 000 → 7 000 short in 2025, 2 000 a year after.
    Residents committee = more;
    FundingSource budget;
    budget.name = QStringLiteral("Committee budget");
    budget.kind = FundingKind::CommitteeBudget;
    budget.party = Party::PropertyCompany;
    budget.amounts = {{2025, 15000}};
    committee.funding.append(budget);
    const FundingPlan c = FundingPlan::of(t, committee, kFirstYear, 5);
    COMPARE_NEAR(c.shortfall[1], 7000);
    COMPARE_NEAR(c.shortfall[4], 2000);
    QCOMPARE(c.shortfallYears, (QList<int>{2025, 2026, 2027, 2028}));
}

void TestResidents::medianIncomeByYear()
{
    Residents r;
    r.medianIncome = {{2030, 70000}, {2024, 50000}};
    QCOMPARE(r.incomeIn(2020), std::optional<double>(50000)); // before the first: the first
    QCOMPARE(r.incomeIn(2024), std::optional<double>(50000));
    QCOMPARE(r.incomeIn(2029), std::optional<double>(50000)); // the latest at or before
    QCOMPARE(r.incomeIn(2040), std::optional<double>(70000));
    QVERIFY(!Residents().incomeIn(2024));
}

void TestResidents::sampleSumsMatchEngine()
{
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
    QVERIFY(read.ok());
    const Plan &plan = *read.plan;
    const PlanResult result = ScenarioEngine(FactorLibraryJson::builtIn()).run(plan);
    QVERIFY(!result.scenarios.empty());
    for (const ScenarioResult &s : result.scenarios) {
        const ResidentsRun run = ResidentsRun::of(plan, s);
        QCOMPARE(run.measures.size(), s.measures.size());
        YearSeries capex = YearSeries::Zero(s.gross.size());
        YearSeries opex = capex, savings = capex;
        double npv = 0;
        for (size_t i = 0; i < s.measures.size(); ++i) {
            const MeasureResult &m = s.measures[i];
            YearSeries c = YearSeries::Zero(s.gross.size()), o = c, v = c;
            double n = 0;
            for (const PartyMoney &p : run.measures[i].parties) {
                c += p.capex;
                o += p.opex;
                v += p.savings;
                n += p.npv;
            }
            // Each measure: Σ over parties = the engine's series, to rounding of the shares.
            const double scale =
                1 + m.capex.abs().maxCoeff() + m.opex.abs().maxCoeff() + m.savings.abs().maxCoeff();
            QVERIFY2((c - m.capex).abs().maxCoeff() <= 1e-9 * scale, qPrintable(m.measureId));
            QVERIFY2((o - m.opex).abs().maxCoeff() <= 1e-9 * scale, qPrintable(m.measureId));
            QVERIFY2((v - m.savings).abs().maxCoeff() <= 1e-9 * scale, qPrintable(m.measureId));
            QVERIFY2(std::abs(n - m.npv) <= 1e-9 * (1 + std::abs(m.npv)) * s.gross.size(),
                     qPrintable(m.measureId));
            capex += m.capex;
            opex += m.opex;
            savings += m.savings;
            npv += m.npv;
        }
        // The scenario total: Σ over parties = Σ over measures.
        double totalNpv = 0;
        YearSeries totalCapex = YearSeries::Zero(s.gross.size());
        for (const PartyMoney &p : run.total.parties) {
            totalNpv += p.npv;
            totalCapex += p.capex;
        }
        QVERIFY((totalCapex - capex).abs().maxCoeff() <= 1e-9 * (1 + capex.abs().maxCoeff()));
        QVERIFY(std::abs(totalNpv - npv) <= 1e-9 * (1 + std::abs(npv)) * s.gross.size());
    }
}

void TestResidents::beijingHeatPumpPreset()
{
    // Beijing coal-to-electricity: up to 24 000 元 of equipment per household from the
    // government. A 30 000 元 heat pump: government 24 000 / 30 000 = 0.8, residents 0.2.
    const PayerSplit s = PayerPresets::beijingHeatPumpSplit(QStringLiteral("hp"), 30000, 120);
    QCOMPARE(s.capex.size(), 2);
    QCOMPARE(s.capex[0].party, Party::Government);
    COMPARE_NEAR(s.capex[0].share, 0.8);
    QCOMPARE(s.capex[1].party, Party::Residents);
    COMPARE_NEAR(s.capex[1].share, 0.2);
    QCOMPARE(s.households, std::optional<double>(120));
    QVERIFY(s.source.contains(QStringLiteral("24000")));
    // A 20 000 元 heat pump is paid in full (no residents' share listed).
    const PayerSplit cheap = PayerPresets::beijingHeatPumpSplit(QStringLiteral("hp"), 20000, 120);
    QCOMPARE(cheap.capex.size(), 1);
    COMPARE_NEAR(cheap.capex[0].share, 1.0);
    // The old-compound principle gives parties and no shares: the form asks.
    QVERIFY(!PayerPresets::oldCompoundRenovation().hasShares);
    QCOMPARE(PayerPresets::oldCompoundRenovation().capexParties.size(), 3);
}

QTEST_GUILESS_MAIN(TestResidents)
#include "TestResidents.moc"
