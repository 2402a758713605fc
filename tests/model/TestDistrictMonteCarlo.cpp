#include "PlanFixtures.h"
#include "district/DistrictMonteCarlo.h"
#include "engine/EngineInput.h"
#include "engine/MonteCarlo.h"
#include "engine/ScenarioEngine.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QtTest>

#include <cmath>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

Plan samplePlan(const char *file)
{
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/") + QLatin1String(file));
    if (!read.plan)
        qFatal("cannot read sample %s", file);
    return *read.plan;
}

DistrictMember member(const Plan &plan, const QString &name = {})
{
    return {name.isEmpty() ? plan.community.name : name, plan, {}, CommunityType::Existing};
}

// 2024–2030: 2,000,000 kWh of home electricity (808.4 t at 0.4042 kg/kWh, PlanFixtures'
// South China grid) and 100,000 L of petrol (227 t at 2.27 kg/L), and resident carbon accounts
// from 2025 whose only uncertain parameter is the participation, a symmetric triangle
// 0.1 / 0.3 / 0.5 (catalogue likely 0.30). The cut is 1,000 residents × participation × 0.10 t
// (the catalogue's reduction_t_per_person), linear in the participation: 30 t at 0.3.
Plan carbonAccountsPlan()
{
    Plan p = basePlan(2024, 2030);
    p.community.targets.neutralityYear = 2030;
    p.activities = {
        line(QStringLiteral("home"), Sector::StationaryEnergy, QStringLiteral("residential"),
             QStringLiteral("electricity"), 2e6, QStringLiteral("kWh"), QStringLiteral("grid")),
        line(QStringLiteral("cars"), Sector::Transport, QStringLiteral("private_cars"),
             QStringLiteral("petrol"), 1e5, QStringLiteral("L"), QStringLiteral("petrol"))};
    Measure m =
        measure(MeasureKind::CarbonAccounts, QStringLiteral("ca"), 2025, {{"participation", 0.3}});
    m.parameters[QStringLiteral("participation")].low = 0.1;
    m.parameters[QStringLiteral("participation")].high = 0.5;
    p.measures = {m};
    p.scenarios = {allMeasures(p)};
    return p;
}

DistrictMonteCarloOptions optionsFor(const Plan &plan, int samples, quint64 seed,
                                     DrawSharing sharing)
{
    DistrictMonteCarloOptions o;
    o.samples = samples;
    o.seed = seed;
    o.sharing = sharing;
    o.baseYear = plan.community.baseYear;
    o.horizonEnd = plan.community.horizonEnd;
    o.targetYear = plan.community.targets.neutralityYear;
    return o;
}

double width(const Percentiles &p, int row)
{
    return p.p95[row] - p.p5[row];
}

} // namespace

class TestDistrictMonteCarlo : public QObject
{
    Q_OBJECT

private slots:
    void sharedKeysFollowTheRule()
    {
        QVERIFY(DistrictMonteCarlo::isShared(MeasureKind::CarbonAccounts, "participation"));
        QVERIFY(
            DistrictMonteCarlo::isShared(MeasureKind::CarbonAccounts, "reduction_t_per_person"));
        QVERIFY(DistrictMonteCarlo::isShared(MeasureKind::SharedTransport, "shift_share"));
        QVERIFY(DistrictMonteCarlo::isShared(MeasureKind::CarbonCredits, "price_per_t"));
        // Sizes and technology stay the community's own.
        QVERIFY(
            !DistrictMonteCarlo::isShared(MeasureKind::SharedTransport, "replacement_kwh_per_km"));
        QVERIFY(!DistrictMonteCarlo::isShared(MeasureKind::WasteSorting, "recycling_before"));
        QVERIFY(!DistrictMonteCarlo::isShared(MeasureKind::HeatPump, "cop"));
        QVERIFY(!DistrictMonteCarlo::isShared(MeasureKind::RooftopSolar, "specific_yield"));
    }

    // (a) A district of one community draws what the plan's own Monte Carlo draws: its first
    // community's streams start at the same seed, in the same layout, and a shared key takes
    // its uniforms from its first parameter's own stream. Exact (0 + x = x) in Independent
    // mode for any plan, and in Shared mode for a plan in which no shared key appears twice
    // (two measures of one shared key take one quantile, where the plan draws two).
    void oneCommunityIsThePlansOwnMonteCarlo()
    {
        Plan eco = samplePlan("european-ecodistrict.json");
        const auto &library = FactorLibraryJson::builtIn();
        // The sample has two shared-transport measures (shift_share twice): drop the second.
        int transports = 0;
        for (qsizetype i = 0; i < eco.measures.size(); ++i) {
            if (eco.measures[i].kind == MeasureKind::SharedTransport && ++transports == 2) {
                eco.measures.removeAt(i);
                break;
            }
        }
        QCOMPARE(transports, 2);
        DistrictMember one = member(eco);
        one.scenario = QStringLiteral("Net zero 2040"); // the sample's most ambitious
        const Scenario *scenario = one.scenarioToRun();
        QVERIFY(scenario && scenario->name == one.scenario);
        const EngineInput input = EngineInput::compile(eco, scenario, library);
        int shared = 0;
        for (const ParameterSlot &slot : input.parameters)
            shared +=
                slot.uncertain() &&
                DistrictMonteCarlo::isShared(input.measures[size_t(slot.measure)].kind(), slot.key);
        QVERIFY(shared >= 3); // shift_share, savings_share, premium_per_kwh, price_per_t
        const auto own = MonteCarlo::run(input, MonteCarloOptions{1500, 42, 0, 128, {}});
        QVERIFY(own);
        for (DrawSharing sharing : {DrawSharing::Shared, DrawSharing::Independent}) {
            const auto d =
                DistrictMonteCarlo::run({one}, library, optionsFor(eco, 1500, 42, sharing));
            QVERIFY(d);
            QVERIFY((d->district.net.p5 == own->net.p5).all());
            QVERIFY((d->district.net.p50 == own->net.p50).all());
            QVERIFY((d->district.net.p95 == own->net.p95).all());
            QCOMPARE(d->district.targetYear, own->targetYear);
            QCOMPARE(d->district.pNeutralByTarget, own->pNeutralByTarget);
            QCOMPARE(d->communities.size(), size_t(1));
            QCOMPARE(d->communities[0].pNeutralByTarget, own->pNeutralByTarget);
        }
    }

    // (b) K identical communities whose only uncertain parameter (participation) is shared.
    // Shared: every community has the same net in every sample, so the district's band is
    // exactly K times one community's (tolerance: rounding only, 1e-9 relative).
    // Independent: the sum of K = 16 independent symmetric triangles is close to normal, its
    // p5–p95 width 2 × 1.645 σ √K; one symmetric triangle of half-width h has σ = h/√6 and
    // p5–p95 width 2h(1 − √0.1) = 3.349 σ. Expected ratio √K × 3.290 / 3.349 = 0.982 √K.
    // Sampling error with N = 4,000: a p5 or p95 estimate has standard error
    // √(0.05 × 0.95 / N) / f(q) ≈ 0.034 σ (normal) and 0.031 h-units for the triangle, so each
    // width is good to about 1.5 % and the ratio to about 2.5 % (one σ); tolerance 10 %.
    void sharedWidthIsKTimesIndependentIsRootK()
    {
        const Plan plan = carbonAccountsPlan();
        const int k = 16, n = 4000, row = 2027 - 2024;
        std::vector<DistrictMember> many;
        for (int i = 0; i < k; ++i)
            many.push_back(member(plan, QStringLiteral("copy %1").arg(i)));
        const auto one = DistrictMonteCarlo::run({member(plan)}, noLibrary(),
                                                 optionsFor(plan, n, 7, DrawSharing::Shared));
        const auto shared =
            DistrictMonteCarlo::run(many, noLibrary(), optionsFor(plan, n, 7, DrawSharing::Shared));
        const auto independent = DistrictMonteCarlo::run(
            many, noLibrary(), optionsFor(plan, n, 7, DrawSharing::Independent));
        QVERIFY(one && shared && independent);
        const double w1 = width(one->district.net, row);
        // One community: 30 t ± 20 t of cut; the triangle's p5–p95 is 2 × 20 × (1 − √0.1)
        // = 27.35 t (within sampling error, 3 %).
        QVERIFY2(std::abs(w1 - 27.35) < 0.03 * 27.35, qPrintable(QString::number(w1)));
        const double ws = width(shared->district.net, row);
        QVERIFY2(std::abs(ws - k * w1) <= 1e-9 * k * w1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(ws).arg(k * w1)));
        const double ratio = width(independent->district.net, row) / w1;
        const double expected = 0.982 * std::sqrt(double(k));
        QVERIFY2(std::abs(ratio - expected) < 0.10 * expected,
                 qPrintable(QStringLiteral("ratio %1, expected %2").arg(ratio).arg(expected)));
        // And the independent band is clearly narrower than the shared one: √K vs K.
        QVERIFY(ratio < 0.5 * k);
    }

    // (c) The three samples as a district, each in its most ambitious scenario: they share
    // carbon accounts, shared transport's shift, smart energy, waste sorting and the prices.
    // Moving together, the district's band is wider than drawing each community alone, in
    // every year once their measures act. The widening is modest (about 1–6 % with this seed):
    // most of the samples' uncertainty is their own (heat pumps' COP, solar yield, retrofit
    // demand, …). The draws of community-specific parameters are the same in both runs (each
    // keeps its place in its community's stream), so the difference is the sharing's.
    void sharedBandIsWiderOnTheSamplesDistrict()
    {
        const auto &library = FactorLibraryJson::builtIn();
        std::vector<DistrictMember> three = {member(samplePlan("shenzhen-xinqiao.json")),
                                             member(samplePlan("hangzhou-hemu.json")),
                                             member(samplePlan("european-ecodistrict.json"))};
        for (DistrictMember &m : three)
            m.scenario = m.plan.scenarios.back().name;
        const Plan &first = three.front().plan; // all three: 2023–2060
        const auto shared = DistrictMonteCarlo::run(
            three, library, optionsFor(first, 4000, 9, DrawSharing::Shared));
        const auto independent = DistrictMonteCarlo::run(
            three, library, optionsFor(first, 4000, 9, DrawSharing::Independent));
        QVERIFY(shared && independent);
        for (int year = 2026; year <= 2060; ++year) {
            const int row = year - 2023;
            const double ws = width(shared->district.net, row);
            const double wi = width(independent->district.net, row);
            QVERIFY2(
                ws > wi,
                qPrintable(
                    QStringLiteral("%1: shared %2, independent %3").arg(year).arg(ws).arg(wi)));
        }
        // In 2050 (Hemu's target) by more than 3 %.
        QVERIFY(width(shared->district.net, 2050 - 2023) >
                1.03 * width(independent->district.net, 2050 - 2023));
        QCOMPARE(shared->communities.size(), size_t(3));
        QCOMPARE(shared->communities[0].targetYear, 2030); // Xinqiao's target
        QCOMPARE(shared->communities[1].targetYear, 2050); // Hemu's
        QCOMPARE(shared->communities[2].targetYear, 2040); // the eco-district's
        for (const CommunityUncertainty &c : shared->communities)
            QVERIFY(c.pNeutralByTarget >= 0 && c.pNeutralByTarget <= 1);
        QCOMPARE(shared->district.targetYear, 2030); // optionsFor: Xinqiao's target
    }

    // (d) Same seed, same numbers, whatever the threads and the block size; another seed,
    // other numbers.
    void sameSeedSameNumbers()
    {
        const auto &library = FactorLibraryJson::builtIn();
        const std::vector<DistrictMember> two = {member(samplePlan("hangzhou-hemu.json")),
                                                 member(samplePlan("shenzhen-xinqiao.json"))};
        DistrictMonteCarloOptions a = optionsFor(two[0].plan, 700, 5, DrawSharing::Shared);
        a.threads = 1;
        a.blockSize = 128;
        DistrictMonteCarloOptions b = a;
        b.threads = 2;
        b.blockSize = 50;
        const auto ra = DistrictMonteCarlo::run(two, library, a);
        const auto rb = DistrictMonteCarlo::run(two, library, b);
        QVERIFY(ra && rb);
        QVERIFY((ra->district.net.p5 == rb->district.net.p5).all());
        QVERIFY((ra->district.net.p50 == rb->district.net.p50).all());
        QVERIFY((ra->district.net.p95 == rb->district.net.p95).all());
        QCOMPARE(ra->district.pNeutralByTarget, rb->district.pNeutralByTarget);
        QCOMPARE(ra->communities[0].pNeutralByTarget, rb->communities[0].pNeutralByTarget);
        QCOMPARE(ra->communities[1].pNeutralByTarget, rb->communities[1].pNeutralByTarget);
        DistrictMonteCarloOptions c = a;
        c.seed = 6;
        QVERIFY(
            !(DistrictMonteCarlo::run(two, library, c)->district.net.p50 == ra->district.net.p50)
                 .all());
    }

    // (e) The median against the deterministic roll-up, Σ each community's net at its likely
    // values: 5 copies of the carbon-accounts plan, drawn independently. Its range is
    // symmetric, so each community's median is its likely net and the sum's median is the sum
    // of those. The median's sampling error is about 1.25 σ/√N with σ ≈ width/3.29 and
    // N = 4,000: 0.6 % of the p5–p95 width; tolerance 3 % of the width.
    // Not on the samples: their ranges are skewed, and the median of net emissions is far from
    // the net at the likely values (their ambitious scenarios in 2050: −20 t at the likely
    // values, a median of 331 t, a p5 of 55 t), which is what the bands are for.
    void medianNearTheDeterministicRollUp()
    {
        const Plan plan = carbonAccountsPlan();
        const EngineInput input = EngineInput::compile(plan, &plan.scenarios.front(), noLibrary());
        const YearSeries det = ScenarioEngine::netEmissions(input, input.likelyParameters()).col(0);
        // 2027: 808.4 + 227 − 30 t of cut = 1,005.4 t (if nothing else moves the lines).
        QVERIFY(std::abs(det[3] - 1005.4) < 0.5);
        const std::vector<DistrictMember> five(5, member(plan));
        for (DrawSharing sharing : {DrawSharing::Independent, DrawSharing::Shared}) {
            const auto r =
                DistrictMonteCarlo::run(five, noLibrary(), optionsFor(plan, 4000, 3, sharing));
            QVERIFY(r);
            for (int row = 1; row < 7; ++row) {
                const double w = width(r->district.net, row);
                QVERIFY(w > 0);
                QVERIFY2(std::abs(r->district.net.p50[row] - 5 * det[row]) <= 0.03 * w,
                         qPrintable(QStringLiteral("row %1: %2 vs %3")
                                        .arg(row)
                                        .arg(r->district.net.p50[row])
                                        .arg(5 * det[row])));
            }
        }
    }

    // The district counts a community outside its own years with its nearest year.
    void yearsOutsideAPlanTakeItsNearestYear()
    {
        const Plan plan = carbonAccountsPlan(); // 2024–2030
        DistrictMonteCarloOptions o = optionsFor(plan, 200, 1, DrawSharing::Shared);
        o.baseYear = 2022;
        o.horizonEnd = 2032;
        o.targetYear.reset();
        const auto wide = DistrictMonteCarlo::run({member(plan)}, noLibrary(), o);
        const auto own = DistrictMonteCarlo::run({member(plan)}, noLibrary(),
                                                 optionsFor(plan, 200, 1, DrawSharing::Shared));
        QVERIFY(wide && own);
        QCOMPARE(wide->district.net.p50.size(), Eigen::Index(11));
        QCOMPARE(wide->district.net.p50[0], own->district.net.p50[0]);  // 2022 → 2024
        QCOMPARE(wide->district.net.p50[2], own->district.net.p50[0]);  // 2024
        QCOMPARE(wide->district.net.p50[10], own->district.net.p50[6]); // 2032 → 2030
        QCOMPARE(wide->district.targetYear, 2032);                      // the horizon end
    }

    void cancelledThroughProgress()
    {
        const Plan plan = carbonAccountsPlan();
        DistrictMonteCarloOptions o = optionsFor(plan, 1000, 1, DrawSharing::Shared);
        o.blockSize = 100;
        o.progress = [](double) { return false; };
        QVERIFY(!DistrictMonteCarlo::run({member(plan)}, noLibrary(), o));
    }
};

QTEST_GUILESS_MAIN(TestDistrictMonteCarlo)
#include "TestDistrictMonteCarlo.moc"
