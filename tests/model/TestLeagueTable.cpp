// The district's league table (docs/district.md, "The roll-up"): every column of one
// community worked by hand from its plan's figures (the monitoring tests' solar plan,
// tests/support/MonitoringFixtures), then sorting by a column and filtering by type and size
// on a district of the three samples and that plan.
#include "DistrictFixtures.h"
#include "EngineChecks.h"
#include "MonitoringFixtures.h"
#include "PlanFixtures.h"
#include "district/DistrictRollup.h"
#include "district/LeagueTable.h"
#include "monitoring/Adoption.h"
#include "storage/FactorLibraryJson.h"

#include <QtTest>
#include <cmath>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// The solar plan (2023–2030, 1,000 residents, 400 households, 1,000,000 kWh at 0.4042 kg/kWh,
// 100 kWp of rooftop solar ramped 2024–2027) bought for 200,000 CNY, adopted in January 2024,
// with 2025's actual inventory (1,002,000 kWh bought) and solar's 2025 report (40 kWp).
Plan monitoredSolar()
{
    Plan p = solarPlan();
    p.community.name = QStringLiteral("Solar");
    p.measures[0].costs.capex = 200000;
    p.monitoring.adoptions = {
        adoptScenario(p, 0, noLibrary(), QDate(2024, 1, 15), QStringLiteral("v1"))};
    p.monitoring.actuals = {solarActual2025()};
    p.monitoring.progress = {solarProgress2025()};
    return p;
}

std::vector<DistrictMember> district()
{
    std::vector<DistrictMember> members = sampleDistrict(); // 372, 800, 1,000 households
    const Plan solar = monitoredSolar();                    // 400 households
    members.push_back({solar.community.name, solar, QString(), CommunityType::Existing});
    return members;
}

QStringList names(const std::vector<LeagueRow> &rows)
{
    QStringList out;
    for (const LeagueRow &r : rows)
        out << r.name;
    return out;
}

} // namespace

class TestLeagueTable : public QObject
{
    Q_OBJECT

private slots:
    void solarRowByHand()
    {
        DistrictRollup rollup(FactorLibraryJson::builtIn(), 2023, 2030, QDate(2026, 3, 1));
        const Plan plan = monitoredSolar();
        rollup.setMembers({{plan.community.name, plan, QString(), CommunityType::New}});
        const LeagueRow row = LeagueTable::row(rollup, 0);
        QCOMPARE(row.name, QStringLiteral("Solar"));
        QCOMPARE(row.type, CommunityType::New);
        QCOMPARE(row.scenario, QStringLiteral("all"));
        QCOMPARE(row.households, 400.0);
        QCOMPARE(row.population, 1000.0);
        // No neutrality target: the target year is the horizon end.
        QCOMPARE(row.targetYear, 2030);
        // Base year gross: 1,000,000 kWh × 0.4042 kg/kWh = 404.2 t.
        COMPARE_CLOSE(row.baseGross, 404.2);
        COMPARE_CLOSE(*row.grossPerResident, 404.2 / 1000); // 0.4042 t
        COMPARE_CLOSE(*row.grossPerHousehold, 404.2 / 400); // 1.0105 t
        // 2030: solar at full adoption since 2027: 100 kWp × 1,200 kWh/kWp = 120,000 kWh ×
        // 0.4042 kg = 48.504 t off; net 404.2 − 48.504 = 355.696 t.
        COMPARE_CLOSE(row.targetNet, 355.696);
        COMPARE_CLOSE(*row.netPerResident, 0.355696);
        COMPARE_CLOSE(*row.netPerHousehold, 355.696 / 400); // 0.88924 t
        // Planned reduction: 48.504 / 404.2 = 0.12.
        COMPARE_CLOSE(*row.plannedReduction, 0.12);
        QVERIFY(!row.neutralityYear);
        // Change since the base year: 2025's 1,002,000 kWh × 0.4042 = 405.0084 t;
        // (405.0084 − 404.2) / 404.2 = 0.002.
        COMPARE_CLOSE(*row.changeSinceBase, 0.002);
        QCOMPARE(row.latestDataYear, 2025);
        // Delivered in 2025: planned adoption 0.5 (50 kWp) → 0.5 × 48.504 = 24.252 t; realised
        // 40 kWp × 1,200 = 48,000 kWh × 0.4042 = 19.4016 t; 19.4016 / 24.252 = 0.8.
        COMPARE_CLOSE(*row.deliveredShare, 0.8);
        // Cost per tonne: capex follows adoption, 0.25 × 200,000 = 50,000 CNY bought in each of
        // 2024–2027 (t = 1..4), no price, so no savings; discounted at 5 %:
        //   present cost = 50,000 × Σ_{t=1..4} 1.05^−t = 177,297.5
        //   present abatement = 48.504 × (0.25/1.05 + 0.5/1.05² + 0.75/1.05³ + Σ_{t=4..7} 1.05^−t)
        //                     = 48.504 × 4.40261 = 213.544 t
        //   cost per tonne = 830.3 CNY/t.
        double presentCost = 0, presentAbatement = 0;
        const double adoption[] = {0, 0.25, 0.5, 0.75, 1, 1, 1, 1};
        for (int t = 1; t < 8; ++t) {
            const double discount = std::pow(1.05, -t);
            if (t <= 4)
                presentCost += 50000 * discount;
            presentAbatement += 48.504 * adoption[t] * discount;
        }
        QVERIFY(std::abs(presentCost / presentAbatement - 830.3) < 0.1);
        COMPARE_CLOSE(*row.costPerTonne, presentCost / presentAbatement);
        QCOMPARE(row.currency, QStringLiteral("CNY"));
        QVERIFY(!row.probabilityNeutral); // the district Monte Carlo's
    }

    void rowsWithoutResidentsHaveNoRatios()
    {
        Plan plan = solarPlan();
        plan.community.population = 0;
        plan.community.households = 0;
        DistrictRollup rollup(FactorLibraryJson::builtIn(), 2023, 2030);
        rollup.setMembers({{QStringLiteral("empty"), plan, QString(), CommunityType::Rural}});
        const LeagueRow row = LeagueTable::row(rollup, 0);
        QVERIFY(!row.grossPerResident && !row.grossPerHousehold);
        QVERIFY(!row.netPerResident && !row.netPerHousehold);
        QVERIFY(!row.changeSinceBase && !row.deliveredShare); // not monitored
        QCOMPARE(row.latestDataYear, 2023);                   // the base year
    }

    void sortsByAnyColumn()
    {
        DistrictRollup rollup(FactorLibraryJson::builtIn(), 2023, 2060, QDate(2026, 3, 1));
        const std::vector<DistrictMember> members = district();
        rollup.setMembers(members);
        std::vector<LeagueRow> rows = LeagueTable::rows(rollup);
        const QString sz = members[0].name, hemu = members[1].name, eu = members[2].name;
        const QString solar = QStringLiteral("Solar");
        LeagueTable::sort(rows, LeagueColumn::Households);
        QCOMPARE(names(rows), QStringList({sz, solar, hemu, eu})); // 372, 400, 800, 1,000
        LeagueTable::sort(rows, LeagueColumn::Households, Qt::DescendingOrder);
        QCOMPARE(names(rows), QStringList({eu, hemu, solar, sz}));
        // Neutrality held from 2030 (Shenzhen), 2040 (eco-district), 2050 (Hemu); Solar never
        // gets there: last in either order.
        LeagueTable::sort(rows, LeagueColumn::NeutralityYear);
        QCOMPARE(names(rows), QStringList({sz, eu, hemu, solar}));
        LeagueTable::sort(rows, LeagueColumn::NeutralityYear, Qt::DescendingOrder);
        QCOMPARE(names(rows), QStringList({hemu, eu, sz, solar}));
        // Per resident in the base year: 0.677 (Shenzhen), 0.786 (Hemu), 2.62 (eco-district),
        // 0.4042 (Solar).
        LeagueTable::sort(rows, LeagueColumn::GrossPerResident);
        QCOMPARE(names(rows), QStringList({solar, sz, hemu, eu}));
        // Only Shenzhen and Solar have actual data and delivered shares; the others last, in
        // the order they were.
        LeagueTable::sort(rows, LeagueColumn::DeliveredShare, Qt::DescendingOrder);
        QCOMPARE(rows[0].name, solar); // 0.8 against Shenzhen's 0.76
        QCOMPARE(rows[1].name, sz);
        QVERIFY(!rows[2].deliveredShare && !rows[3].deliveredShare);
        LeagueTable::sort(rows, LeagueColumn::Name);
        QCOMPARE(rows.front().name, eu); // Latin before Han characters, then Solar
        QCOMPARE(rows[1].name, solar);
        // Every column sorts; a value before none, ascending and descending.
        for (int c = int(LeagueColumn::Name); c <= int(LeagueColumn::ProbabilityNeutral); ++c) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                LeagueTable::sort(rows, LeagueColumn(c), order);
                QCOMPARE(rows.size(), size_t(4));
                for (size_t i = 1; i < rows.size(); ++i) {
                    const auto a = LeagueTable::value(rows[i - 1], LeagueColumn(c));
                    const auto b = LeagueTable::value(rows[i], LeagueColumn(c));
                    if (a && b)
                        QVERIFY(order == Qt::AscendingOrder ? *a <= *b : *a >= *b);
                    QVERIFY(a || !b); // no row without a value before one with
                }
            }
        }
    }

    void filtersByTypeAndSize()
    {
        DistrictRollup rollup(FactorLibraryJson::builtIn(), 2023, 2060);
        const std::vector<DistrictMember> members = district();
        rollup.setMembers(members);
        const std::vector<LeagueRow> rows = LeagueTable::rows(rollup);
        LeagueFilter rural;
        rural.type = CommunityType::Rural;
        QCOMPARE(names(LeagueTable::filtered(rows, rural)), QStringList({members[1].name}));
        LeagueFilter existing;
        existing.type = CommunityType::Existing;
        QCOMPARE(names(LeagueTable::filtered(rows, existing)),
                 QStringList({members[0].name, QStringLiteral("Solar")}));
        // 400 to 800 households, both ends kept: Hemu (800) and Solar (400).
        LeagueFilter middle;
        middle.minHouseholds = 400;
        middle.maxHouseholds = 800;
        QCOMPARE(names(LeagueTable::filtered(rows, middle)),
                 QStringList({members[1].name, QStringLiteral("Solar")}));
        middle.type = CommunityType::Existing;
        QCOMPARE(names(LeagueTable::filtered(rows, middle)),
                 QStringList({QStringLiteral("Solar")}));
        QCOMPARE(LeagueTable::filtered(rows, LeagueFilter()).size(), size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestLeagueTable)
#include "TestLeagueTable.moc"
