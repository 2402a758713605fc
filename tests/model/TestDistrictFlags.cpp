// The "needs help" flags (docs/district.md, "The roll-up"): each kind triggered by a small edit
// of a fixture, with a control that does not trigger it; messages name the community; flags
// come sorted by the tonnes at stake (target-year net emissions).
#include "DistrictFixtures.h"
#include "EngineChecks.h"
#include "MonitoringFixtures.h"
#include "PlanFixtures.h"
#include "district/DistrictFlags.h"
#include "district/DistrictRollup.h"
#include "district/LeagueTable.h"
#include "monitoring/Adoption.h"
#include "storage/FactorLibraryJson.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// The monitoring tests' solar plan (2023–2030, 404.2 t, solar −48.504 t a year at full
// adoption from 2027: 355.696 t net in 2030), named, with transport and waste lines
// reported as not occurring (NO) so that its baseline covers the GPC BASIC sectors.
Plan solar(const QString &name)
{
    Plan p = solarPlan();
    p.community.name = name;
    for (const Sector s : {Sector::Transport, Sector::Waste}) {
        ActivityLine none = line(
            QStringLiteral("none-") + sectorId(s), s, QString(),
            s == Sector::Transport ? QStringLiteral("petrol") : QStringLiteral("landfill_waste"), 0,
            s == Sector::Transport ? QStringLiteral("L") : QStringLiteral("t"),
            s == Sector::Transport ? QStringLiteral("petrol") : QStringLiteral("msw-landfill"));
        none.notationKey = NotationKey::NO;
        p.activities.append(none);
    }
    return p;
}

// Adopted in January 2024 with 2025's actual inventory of `kWh` bought and solar at `kWp`.
Plan monitored(Plan p, double kWh, double kWp)
{
    p.monitoring.adoptions = {
        adoptScenario(p, 0, noLibrary(), QDate(2024, 1, 15), QStringLiteral("v1"))};
    ActualInventory actual = solarActual2025();
    actual.activities[0].amount = kWh;
    p.monitoring.actuals = {actual};
    MeasureProgress progress = solarProgress2025();
    progress.adoption = kWp;
    p.monitoring.progress = {progress};
    return p;
}

DistrictMember member(const Plan &plan)
{
    return {plan.community.name, plan, QString(), CommunityType::Existing};
}

struct Flagged
{
    DistrictRollup rollup{FactorLibraryJson::builtIn(), 2023, 2030, QDate(2026, 3, 1)};
    std::vector<DistrictFlag> flags;

    Flagged(const std::vector<DistrictMember> &members, DistrictFlagOptions options)
    {
        rollup.setMembers(members);
        flags = DistrictFlags::of(rollup, LeagueTable::rows(rollup), options);
    }
    const DistrictFlag *find(DistrictFlagKind kind, int community) const
    {
        for (const DistrictFlag &f : flags) {
            if (f.kind == kind && f.community == community)
                return &f;
        }
        return nullptr;
    }
    int count(DistrictFlagKind kind) const
    {
        return int(std::count_if(flags.cbegin(), flags.cend(),
                                 [kind](const DistrictFlag &f) { return f.kind == kind; }));
    }
};

} // namespace

class TestDistrictFlags : public QObject
{
    Q_OBJECT

private slots:
    void offTrack()
    {
        // Behind: 40 kWp of the 50 planned for 2025 (0.8 of the planned abatement) and
        // 1,002,000 kWh bought against 940,000 planned (1,000,000 − 60,000 from 50 kWp).
        // On track: 50 kWp and 939,000 kWh (379.5438 t, under the 379.948 t adopted).
        const Flagged f({member(monitored(solar(QStringLiteral("Behind")), 1002000, 40)),
                         member(monitored(solar(QStringLiteral("OnTrack")), 939000, 50)),
                         member(solar(QStringLiteral("Unmonitored")))},
                        {2026});
        const DistrictFlag *behind = f.find(DistrictFlagKind::OffTrack, 0);
        QVERIFY(behind);
        QCOMPARE(behind->message, QStringLiteral("Behind is behind its adopted plan: 80 % of the "
                                                 "planned abatement delivered"));
        QCOMPARE(f.count(DistrictFlagKind::OffTrack), 1);
        QVERIFY(f.rollup.community(1).monitored);
        COMPARE_CLOSE(*f.rollup.community(1).deliveredShare, 1.0);
        // All of it delivered but more electricity used: still behind.
        const Flagged more({member(monitored(solar(QStringLiteral("More")), 1002000, 50))}, {2026});
        QVERIFY(more.find(DistrictFlagKind::OffTrack, 0));
        COMPARE_CLOSE(*more.rollup.community(0).deliveredShare, 1.0);
    }

    void missesTarget()
    {
        // Neutrality by 2030 asked, 355.696 t left in 2030: missed, and that is at stake.
        Plan p = solar(QStringLiteral("Target"));
        p.community.targets.neutralityYear = 2030;
        const Flagged f({member(p), member(solar(QStringLiteral("NoTarget")))}, {2026});
        const DistrictFlag *missed = f.find(DistrictFlagKind::MissesTarget, 0);
        QVERIFY(missed);
        COMPARE_CLOSE(missed->tonnesAtStake, 355.696);
        QCOMPARE(missed->message, QStringLiteral("Target has no plan reaching neutrality by 2030: "
                                                 "356 tCO2e still emitted that year"));
        QCOMPARE(f.count(DistrictFlagKind::MissesTarget), 1); // no target, no verdict
        // The samples' most ambitious scenarios reach theirs; their first ones do not all.
        DistrictRollup samples(FactorLibraryJson::builtIn(), 2023, 2060);
        std::vector<DistrictMember> members = sampleDistrict();
        samples.setMembers(members);
        const std::vector<DistrictFlag> none =
            DistrictFlags::of(samples, LeagueTable::rows(samples), {2026});
        QVERIFY(std::none_of(none.cbegin(), none.cend(), [](const DistrictFlag &flag) {
            return flag.kind == DistrictFlagKind::MissesTarget;
        }));
        for (DistrictMember &m : members)
            m.scenario = m.plan.scenarios.front().name;
        samples.setMembers(members);
        const std::vector<DistrictFlag> some =
            DistrictFlags::of(samples, LeagueTable::rows(samples), {2026});
        QVERIFY(std::any_of(some.cbegin(), some.cend(), [](const DistrictFlag &flag) {
            return flag.kind == DistrictFlagKind::MissesTarget && flag.tonnesAtStake > 0;
        }));
    }

    void staleData()
    {
        // Base year 2023, no actual: stale in 2026 (2023 < 2026 − 2), not in 2025.
        const std::vector<DistrictMember> members = {
            member(solar(QStringLiteral("Old"))),
            member(monitored(solar(QStringLiteral("Fresh")), 1002000, 50))};
        const Flagged in2026(members, {2026});
        const DistrictFlag *stale = in2026.find(DistrictFlagKind::StaleData, 0);
        QVERIFY(stale);
        QCOMPARE(stale->message, QStringLiteral("Old's latest data are of 2023"));
        QVERIFY(!in2026.find(DistrictFlagKind::StaleData, 1)); // 2025's actual
        QCOMPARE(Flagged(members, {2025}).count(DistrictFlagKind::StaleData), 0);
        // A stricter threshold: no year's grace.
        DistrictFlagOptions strict{2026};
        strict.staleYears = 0;
        QCOMPARE(Flagged(members, strict).count(DistrictFlagKind::StaleData), 2);
    }

    void missingBaseline()
    {
        Plan noWaste = solar(QStringLiteral("NoWaste"));
        noWaste.activities.removeLast(); // the waste line (NO)
        Plan bare = solarPlan();         // electricity only
        bare.community.name = QStringLiteral("Bare");
        Plan nobody = bare;
        nobody.community.name = QStringLiteral("Nobody");
        nobody.community.population = 0;
        const Flagged f({member(noWaste), member(bare), member(nobody),
                         member(solar(QStringLiteral("Complete")))},
                        {2026});
        QCOMPARE(f.find(DistrictFlagKind::MissingBaseline, 0)->message,
                 QStringLiteral("NoWaste has no baseline line for Waste"));
        QCOMPARE(f.find(DistrictFlagKind::MissingBaseline, 1)->message,
                 QStringLiteral("Bare has no baseline line for Transport, Waste"));
        QCOMPARE(f.count(DistrictFlagKind::MissingBaseline), 2); // no residents, no need
    }

    void costlyAbatement()
    {
        // Three CNY communities alike but for solar's price: 100,000, 120,000 and 400,000.
        // Present abatement is the same (213.544 t), so the cost per tonne scales with the
        // price: the median is the 120,000 one's (≈ 498 CNY/t) and 400,000 is 3.33 times it.
        // A EUR community alone in its currency is its own median.
        std::vector<DistrictMember> members;
        const double prices[] = {100000, 120000, 400000};
        for (int i = 0; i < 3; ++i) {
            Plan p = solar(QStringLiteral("C%1").arg(i));
            p.measures[0].costs.capex = prices[i];
            members.push_back(member(p));
        }
        Plan euro = solar(QStringLiteral("Euro"));
        euro.community.currency = QStringLiteral("EUR");
        euro.measures[0].costs.capex = 5e6;
        members.push_back(member(euro));
        const Flagged f(members, {2026});
        QCOMPARE(f.count(DistrictFlagKind::CostlyAbatement), 1);
        const DistrictFlag *costly = f.find(DistrictFlagKind::CostlyAbatement, 2);
        QVERIFY(costly);
        const std::vector<LeagueRow> rows = LeagueTable::rows(f.rollup);
        COMPARE_CLOSE(*DistrictFlags::medianCostPerTonne(rows, QStringLiteral("CNY")),
                      *rows[1].costPerTonne);
        COMPARE_CLOSE(*rows[2].costPerTonne / *rows[1].costPerTonne, 400000.0 / 120000.0);
        // 400,000 × 0.25 × Σ_{t=1..4} 1.05^−t = 354,595 CNY ÷ 213.544 t = 1,660.5 CNY/t; the
        // median 120,000 × … = 498.2 CNY/t (as TestLeagueTable works out for 200,000).
        QCOMPARE(costly->message, QStringLiteral("C2 abates at 1,661 CNY per tonne, more than 3 "
                                                 "times the district's median (498)"));
        // k = 3.5: 3.33 times is not above it.
        DistrictFlagOptions lenient{2026};
        lenient.costFactor = 3.5;
        QCOMPARE(Flagged(members, lenient).count(DistrictFlagKind::CostlyAbatement), 0);
    }

    void noScenarioAndSortedByTonnesAtStake()
    {
        // Tonnes at stake: 2030 net. Big: 2,000,000 kWh → 808.4 − 48.504 = 759.896 t;
        // Small: the 355.696 t plan; Empty: no scenario → BAU 404.2 t.
        Plan big = solar(QStringLiteral("Big"));
        big.activities[0].amount = 2000000;
        Plan empty = solar(QStringLiteral("Empty"));
        empty.scenarios.clear();
        const Flagged f({member(solar(QStringLiteral("Small"))), member(empty), member(big)},
                        {2026});
        const DistrictFlag *none = f.find(DistrictFlagKind::NoScenario, 1);
        QVERIFY(none);
        QCOMPARE(none->message, QStringLiteral("Empty has no scenario: only its business-as-usual "
                                               "emissions are counted"));
        COMPARE_CLOSE(none->tonnesAtStake, 404.2);
        // Every one is stale in 2026: Big first, then Empty, then Small.
        QCOMPARE(f.flags.size(), size_t(4));
        QCOMPARE(f.flags[0].name, QStringLiteral("Big"));
        COMPARE_CLOSE(f.flags[0].tonnesAtStake, 759.896);
        QCOMPARE(f.flags[1].name, QStringLiteral("Empty"));
        QCOMPARE(f.flags[1].kind, DistrictFlagKind::StaleData);
        QCOMPARE(f.flags[2].kind, DistrictFlagKind::NoScenario);
        QCOMPARE(f.flags[3].name, QStringLiteral("Small"));
        for (size_t i = 1; i < f.flags.size(); ++i)
            QVERIFY(f.flags[i - 1].tonnesAtStake >= f.flags[i].tonnesAtStake);
        for (const DistrictFlag &flag : f.flags)
            QVERIFY(flag.message.startsWith(flag.name));
    }
};

QTEST_GUILESS_MAIN(TestDistrictFlags)
#include "TestDistrictFlags.moc"
