// The district roll-up (docs/district.md, "The roll-up"): a district of the three sample
// plans sums to each plan's own PlanRun results, year by year; the wedges by measure kind and
// by community add up to BAU − net exactly; a community with fewer years counts with its nearest
// year outside them; the cache runs only what changed and update() equals a full recompute; the
// writers (JSON, CSV) carry the same figures. The district's own measures are counted once,
// beside the communities (no double counting).
#include "DistrictFixtures.h"
#include "DistrictOwnPlan.h"
#include "EngineChecks.h"
#include "PlanFixtures.h"
#include "district/DistrictFlags.h"
#include "district/DistrictRollup.h"
#include "district/LeagueTable.h"
#include "engine/PlanRun.h"
#include "export/DistrictTables.h"
#include "storage/DistrictResultJson.h"
#include "storage/FactorLibraryJson.h"

#include <QJsonArray>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// Relative to the district's BAU in that year (never below 1 t): sums of doubles in another
// order differ in the last bits only.
bool closeTo(double actual, double expected, double scale)
{
    return std::abs(actual - expected) <= kEngineTolerance * std::max(1.0, std::abs(scale));
}

#define COMPARE_SERIES(actual, expected, scale)                                                    \
    do {                                                                                           \
        const YearSeries a_ = (actual), e_ = (expected), s_ = (scale);                             \
        QCOMPARE(a_.size(), e_.size());                                                            \
        for (Eigen::Index t_ = 0; t_ < a_.size(); ++t_) {                                          \
            if (!closeTo(a_[t_], e_[t_], s_[t_]))                                                  \
                QFAIL(qPrintable(QStringLiteral("%1[%2] = %3, expected %4")                        \
                                     .arg(QStringLiteral(#actual))                                 \
                                     .arg(t_)                                                      \
                                     .arg(a_[t_], 0, 'g', 15)                                      \
                                     .arg(e_[t_], 0, 'g', 15)));                                   \
        }                                                                                          \
    } while (false)

const FactorLibrary &library()
{
    return FactorLibraryJson::builtIn();
}

// `member`'s own run, as the plan page would show it.
PlanRun ownRun(const DistrictMember &member)
{
    const Scenario *s = member.plan.findScenario(member.scenario);
    return PlanRun::run(member.plan, library(), {s});
}

} // namespace

class TestDistrictRollup : public QObject
{
    Q_OBJECT

private slots:
    void samplesSumToTheirOwnRuns()
    {
        // The samples all run 2023–2060: the district's years are theirs.
        const std::vector<DistrictMember> members = sampleDistrict();
        DistrictRollup rollup(library(), 2023, 2060);
        rollup.setMembers(members);
        QCOMPARE(rollup.size(), 3);
        QCOMPARE(rollup.yearCount(), 38);
        YearSeries bau = YearSeries::Zero(38), gross = bau, sinks = bau, credits = bau, net = bau;
        for (const DistrictMember &m : members) {
            const PlanRun run = ownRun(m);
            const ScenarioResult &r = run.result.scenarios.front();
            QCOMPARE(r.gross.size(), 38);
            bau += run.result.bauGross;
            gross += r.gross;
            sinks += r.sinks;
            credits += r.credits;
            net += r.net;
        }
        QVERIFY(bau[0] > 0);
        COMPARE_SERIES(rollup.bau(), bau, bau);
        COMPARE_SERIES(rollup.gross(), gross, bau);
        COMPARE_SERIES(rollup.sinks(), sinks, bau);
        COMPARE_SERIES(rollup.credits(), credits, bau);
        COMPARE_SERIES(rollup.net(), net, bau);
        // Kept apart: net = gross − sinks − credits, and something of each is there.
        COMPARE_SERIES(rollup.net(), rollup.gross() - rollup.sinks() - rollup.credits(), bau);
        QVERIFY(rollup.gross().sum() < rollup.bau().sum());
        // Each community's result is its own run's, kept for the league table.
        for (int i = 0; i < 3; ++i) {
            const PlanRun run = ownRun(members[size_t(i)]);
            QCOMPARE(rollup.community(i).scenario, members[size_t(i)].scenario);
            QCOMPARE(rollup.community(i).result.neutralFrom,
                     run.result.scenarios.front().neutralFrom);
            QCOMPARE(rollup.community(i).result.measures.size(),
                     run.result.scenarios.front().measures.size());
            QVERIFY(!rollup.coversPart(i));
        }
    }

    void wedgesAddUpToBauMinusNet()
    {
        DistrictRollup rollup(library(), 2023, 2060);
        rollup.setMembers(sampleDistrict());
        const YearSeries bau = rollup.bau();
        YearSeries byKind = YearSeries::Zero(bau.size());
        for (const MeasureKind kind : kAllMeasureKinds)
            byKind += rollup.wedgeOfKind(kind);
        YearSeries byCommunity = YearSeries::Zero(bau.size());
        for (int i = 0; i < rollup.size(); ++i)
            byCommunity += rollup.wedgeOfCommunity(i);
        COMPARE_SERIES(byKind, bau - rollup.net(), bau);
        COMPARE_SERIES(byCommunity, bau - rollup.net(), bau);
        // Not an empty identity: the measures take off something every year after the first.
        QVERIFY(byKind.tail(30).minCoeff() > 0);
        // The wedges of kinds that only reduce gross add up to BAU − gross; sinks and credits
        // are the tree planting and credit purchase kinds.
        COMPARE_SERIES(rollup.wedgeOfKind(MeasureKind::TreePlanting) +
                           rollup.wedgeOfKind(MeasureKind::CarbonCredits),
                       rollup.sinks() + rollup.credits(), bau);
    }

    void scenarioChoice()
    {
        Plan plan = samplePlans()[1]; // Hemu: two scenarios
        QCOMPARE(plan.scenarios.size(), 2);
        DistrictRollup rollup(library(), 2023, 2060);
        // Empty name, no current scenario: the first.
        rollup.setMembers({{QStringLiteral("a"), plan, QString(), CommunityType::Existing}});
        QCOMPARE(rollup.community(0).scenario, plan.scenarios.front().name);
        // Empty name: the plan's current scenario.
        plan.currentScenario = plan.scenarios.back().name;
        rollup.update(0, {QStringLiteral("a"), plan, QString(), CommunityType::Existing});
        QCOMPARE(rollup.community(0).scenario, plan.scenarios.back().name);
        QVERIFY(!rollup.community(0).scenarioNotFound);
        // A name the plan lacks: the default, and said so.
        rollup.update(0,
                      {QStringLiteral("a"), plan, QStringLiteral("nope"), CommunityType::Existing});
        QCOMPARE(rollup.community(0).scenario, plan.scenarios.back().name);
        QVERIFY(rollup.community(0).scenarioNotFound);
    }

    void planWithoutScenarioCountsItsBau()
    {
        std::vector<DistrictMember> members = sampleDistrict();
        members[2].plan.scenarios.clear();
        members[2].scenario.clear();
        DistrictRollup rollup(library(), 2023, 2060);
        rollup.setMembers(members);
        const CommunityRun &run = rollup.community(2);
        QVERIFY(run.noScenario);
        QVERIFY(run.scenario.isEmpty());
        const YearSeries bau = rollup.contribution(2, DistrictRollup::Bau);
        COMPARE_SERIES(rollup.contribution(2, DistrictRollup::Net), bau, bau);
        QCOMPARE(rollup.wedgeOfCommunity(2).abs().maxCoeff(), 0.0);
        // Its BAU is its plan's own.
        const PlanRun own = PlanRun::run(members[2].plan, library(), {});
        COMPARE_SERIES(bau, own.result.bauGross, own.result.bauGross);
        // The invariant still holds for the district.
        YearSeries byKind = YearSeries::Zero(bau.size());
        for (const MeasureKind kind : kAllMeasureKinds)
            byKind += rollup.wedgeOfKind(kind);
        COMPARE_SERIES(byKind, rollup.bau() - rollup.net(), rollup.bau());
    }

    void shorterCommunityCountsItsNearestYearOutsideItsYears()
    {
        // The district runs 2020–2060; Hemu's plan is cut to 2023–2040. District years
        // 2020–2022 (t = 0..2) take its 2023 figures, 2041–2060 (t = 21..40) its 2040 ones,
        // and 2023–2040 its own run's figures year by year (as the district's Monte Carlo
        // counts it).
        std::vector<DistrictMember> members = sampleDistrict();
        members[1].plan.community.horizonEnd = 2040;
        DistrictRollup rollup(library(), 2020, 2060);
        rollup.setMembers(members);
        QCOMPARE(rollup.yearCount(), 41);
        QVERIFY(rollup.coversPart(1));
        QVERIFY(rollup.coversPart(0)); // every sample starts in 2023, after the district
        const PlanRun own = ownRun(members[1]);
        const ScenarioResult &r = own.result.scenarios.front();
        QCOMPARE(r.net.size(), 18);
        const YearSeries net = rollup.contribution(1, DistrictRollup::Net);
        const YearSeries bau = rollup.contribution(1, DistrictRollup::Bau);
        for (int t = 0; t < 3; ++t) {
            COMPARE_CLOSE(net[t], r.net[0]);
            COMPARE_CLOSE(bau[t], own.result.bauGross[0]);
        }
        for (int t = 21; t < 41; ++t) {
            COMPARE_CLOSE(net[t], r.net[17]);
            COMPARE_CLOSE(bau[t], own.result.bauGross[17]);
        }
        COMPARE_SERIES(net.segment(3, 18), r.net, own.result.bauGross);
        COMPARE_SERIES(bau.segment(3, 18), own.result.bauGross, own.result.bauGross);
        // The district's net in 2041: the other two's own 2041 and Hemu's 2040.
        const double others = ownRun(members[0]).result.scenarios.front().net[2041 - 2023] +
                              ownRun(members[2]).result.scenarios.front().net[2041 - 2023];
        COMPARE_CLOSE(rollup.net()[2041 - 2020], others + r.net[17]);
        // The invariant holds over the held years too.
        YearSeries byKind = YearSeries::Zero(41);
        for (const MeasureKind kind : kAllMeasureKinds)
            byKind += rollup.wedgeOfKind(kind);
        COMPARE_SERIES(byKind, rollup.bau() - rollup.net(), rollup.bau());
        // A district shorter than a community leaves the community's later years out.
        DistrictRollup early(library(), 2023, 2030);
        early.setMembers(members);
        QCOMPARE(early.yearCount(), 8);
        QVERIFY(!early.coversPart(1));
        COMPARE_SERIES(early.contribution(1, DistrictRollup::Net), r.net.head(8),
                       own.result.bauGross.head(8));
        // The flag says so.
        const std::vector<DistrictFlag> flags =
            DistrictFlags::of(rollup, LeagueTable::rows(rollup), {2026});
        QVERIFY(std::any_of(flags.cbegin(), flags.cend(), [](const DistrictFlag &f) {
            return f.kind == DistrictFlagKind::PartialYears && f.community == 1;
        }));
    }

    void cacheRunsOnlyWhatChanged()
    {
        std::vector<DistrictMember> members = sampleDistrict();
        DistrictRollup rollup(library(), 2023, 2060);
        rollup.setMembers(members);
        QCOMPARE(rollup.runsDone(), 3);
        rollup.setMembers(members); // nothing changed: nothing runs
        QCOMPARE(rollup.runsDone(), 3);
        // A new name or type is not an input of the run.
        members[0].name = QStringLiteral("renamed");
        members[0].type = CommunityType::Rural;
        rollup.update(0, members[0]);
        QCOMPARE(rollup.runsDone(), 3);
        QCOMPARE(rollup.community(0).name, QStringLiteral("renamed"));
        QCOMPARE(rollup.community(0).type, CommunityType::Rural);
        // The scenario is.
        members[0].scenario = members[0].plan.scenarios.front().name;
        rollup.update(0, members[0]);
        QCOMPARE(rollup.runsDone(), 4);
        // So is any field of the plan.
        members[2].plan.community.discountRate = 0.05;
        rollup.setMembers(members);
        QCOMPARE(rollup.runsDone(), 5);
        // Reordered, or one removed: the kept runs are found by key, nothing runs.
        std::swap(members[0], members[2]);
        rollup.setMembers(members);
        QCOMPARE(rollup.runsDone(), 5);
        QCOMPARE(rollup.community(0).name, members[0].name);
        QCOMPARE(rollup.community(0).currency, QStringLiteral("EUR"));
        members.erase(members.begin() + 1);
        rollup.setMembers(members);
        QCOMPARE(rollup.runsDone(), 5);
        QCOMPARE(rollup.size(), 2);
        // Two identical communities: the second is run (one kept run serves one community).
        members.push_back(members[0]);
        rollup.setMembers(members);
        QCOMPARE(rollup.runsDone(), 6);
        COMPARE_SERIES(rollup.contribution(2, DistrictRollup::Net),
                       rollup.contribution(0, DistrictRollup::Net), rollup.bau());
        QVERIFY(CommunityRun::inputKey(members[1].plan, QStringLiteral("x")) !=
                CommunityRun::inputKey(members[1].plan, QStringLiteral("y")));
    }

    void updateEqualsFullRecompute()
    {
        std::vector<DistrictMember> members = sampleDistrict();
        DistrictRollup rollup(library(), 2023, 2060);
        rollup.setMembers(members);
        // Hemu's first activity line up by 25 %.
        members[1].plan.activities[0].amount *= 1.25;
        rollup.update(1, members[1]);
        QCOMPARE(rollup.runsDone(), 4);
        DistrictRollup fresh(library(), 2023, 2060);
        fresh.setMembers(members);
        const YearSeries scale = fresh.bau();
        for (int q = 0; q < DistrictRollup::kQuantities; ++q) {
            const auto quantity = DistrictRollup::Quantity(q);
            COMPARE_SERIES(rollup.total(quantity), fresh.total(quantity), scale);
        }
        // The edit did change the district.
        DistrictRollup before(library(), 2023, 2060);
        before.setMembers(sampleDistrict());
        QVERIFY(rollup.bau()[0] > before.bau()[0] + 1);
        // Re-summing from the columns gives the same.
        rollup.resum();
        for (int q = 0; q < DistrictRollup::kQuantities; ++q) {
            const auto quantity = DistrictRollup::Quantity(q);
            COMPARE_SERIES(rollup.total(quantity), fresh.total(quantity), scale);
        }
    }

    void writersCarryTheFigures()
    {
        DistrictRollup rollup(library(), 2023, 2060);
        rollup.setMembers(sampleDistrict());
        const std::vector<LeagueRow> rows = LeagueTable::rows(rollup);
        const std::vector<DistrictFlag> flags = DistrictFlags::of(rollup, rows, {2026});
        const QJsonObject json = DistrictResultJson::toJson(rollup, rows, flags);
        QCOMPARE(json.value(QStringLiteral("format_version")).toInt(), 1);
        const QJsonObject pathway = json.value(QStringLiteral("pathway")).toObject();
        const QJsonArray net = pathway.value(QStringLiteral("net")).toArray();
        QCOMPARE(net.size(), 38);
        QCOMPARE(pathway.value(QStringLiteral("years")).toArray().first().toInt(), 2023);
        for (int t = 0; t < 38; ++t)
            QCOMPARE(net.at(t).toDouble(), rollup.net()[t]); // full precision
        QCOMPARE(pathway.value(QStringLiteral("wedges_by_community")).toArray().size(), 3);
        const QJsonArray league = json.value(QStringLiteral("league_table")).toArray();
        QCOMPARE(league.size(), 3);
        QCOMPARE(league.at(2).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("new"));
        QCOMPARE(league.at(0).toObject().value(QStringLiteral("probability_neutral")),
                 QJsonValue(QJsonValue::Null));
        QCOMPARE(json.value(QStringLiteral("flags")).toArray().size(), qsizetype(flags.size()));

        const ExportTable table = DistrictTables::pathway(rollup);
        QCOMPARE(table.rows.size(), 38);
        QCOMPARE(table.header.mid(0, 6),
                 QStringList({QStringLiteral("year"), QStringLiteral("bau_t"),
                              QStringLiteral("gross_t"), QStringLiteral("sinks_t"),
                              QStringLiteral("credits_t"), QStringLiteral("net_t")}));
        QCOMPARE(table.rows[7][5].toNumber(), rollup.net()[7]);
        const QByteArray csv = DistrictTables::csv(rollup, rows, flags);
        QVERIFY(csv.startsWith("year,bau_t,gross_t,sinks_t,credits_t,net_t,"));
        QVERIFY(csv.contains("\r\n\r\ncommunity,type,scenario,households,"));
        QVERIFY(csv.contains("\r\n\r\nkind,community,tonnes_at_stake,message\r\n"));
        // A row of the league table: the first sample's name, type, households.
        QVERIFY(csv.contains(rows[0].name.toUtf8() + ",existing,"));
    }

    void ownPlanIsCountedOnceBesideTheCommunities()
    {
        // Two communities heating with gas, no bus line (gasHeatPumpPlan, 2024–2030), and the
        // district's own bus fleet (DistrictOwnPlan.h: BAU 1,000,000 L × 2.68 kg/L = 2,680 t a
        // year, of which the electrification takes 0.6 × 2,680 = 1,608 t off).
        std::vector<DistrictMember> members;
        for (const char *name : {"East", "West"}) {
            Plan plan = gasHeatPumpPlan();
            plan.community.horizonEnd = 2030;
            plan.community.name = QLatin1String(name);
            members.push_back(
                {plan.community.name, plan, QStringLiteral("all"), CommunityType::Existing});
        }
        members[1].plan.activities[0].amount = 250000; // so the two differ
        DistrictRollup without(noLibrary(), 2024, 2030);
        without.setMembers(members);
        DistrictRollup rollup(noLibrary(), 2024, 2030);
        rollup.setMembers(members);
        QVERIFY(!rollup.hasOwnPlan());
        rollup.setOwnPlan(busFleetPlan(), QStringLiteral("electrify"));
        QVERIFY(rollup.hasOwnPlan());
        QCOMPARE(rollup.size(), 2); // not a community: not in the league table
        QCOMPARE(LeagueTable::rows(rollup).size(), size_t(2));

        // Its own run, alone, as its plan would show it.
        const Plan own = busFleetPlan();
        const PlanRun ownResult = PlanRun::run(own, noLibrary(), {&own.scenarios[0]});
        const ScenarioResult &r = ownResult.result.scenarios.front();
        const YearSeries bau = rollup.bau();
        COMPARE_SERIES(rollup.ownContribution(DistrictRollup::Bau), ownResult.result.bauGross, bau);
        COMPARE_SERIES(rollup.ownContribution(DistrictRollup::Net), r.net, bau);
        const YearSeries flat2680 = YearSeries::Constant(7, 2680.0);
        const YearSeries flat1608 = YearSeries::Constant(7, 1608.0);
        COMPARE_SERIES(rollup.ownContribution(DistrictRollup::Bau), flat2680, bau);
        COMPARE_SERIES(rollup.ownWedge(), flat1608, bau);

        // District total = Σ communities + own plan, exactly, in every quantity.
        for (int q = 0; q < DistrictRollup::kQuantities; ++q) {
            const auto quantity = DistrictRollup::Quantity(q);
            COMPARE_SERIES(rollup.total(quantity),
                           without.total(quantity) + rollup.ownContribution(quantity), bau);
        }
        // The own wedge is counted once, by its kind (custom), and in no community's wedge.
        COMPARE_SERIES(rollup.wedgeOfKind(MeasureKind::Custom),
                       without.wedgeOfKind(MeasureKind::Custom) + flat1608, bau);
        QVERIFY((without.wedgeOfKind(MeasureKind::Custom) == 0.0).all());
        COMPARE_SERIES(rollup.wedgeOfKind(MeasureKind::HeatPump),
                       without.wedgeOfKind(MeasureKind::HeatPump), bau);
        YearSeries byKind = YearSeries::Zero(7), byCommunity = YearSeries::Zero(7);
        for (const MeasureKind kind : kAllMeasureKinds)
            byKind += rollup.wedgeOfKind(kind);
        for (int i = 0; i < rollup.size(); ++i) {
            COMPARE_SERIES(rollup.wedgeOfCommunity(i), without.wedgeOfCommunity(i), bau);
            byCommunity += rollup.wedgeOfCommunity(i);
        }
        // The invariant: Σ kind wedges = Σ community wedges + own wedge = BAU − net.
        COMPARE_SERIES(byKind, bau - rollup.net(), bau);
        COMPARE_SERIES(byCommunity + rollup.ownWedge(), bau - rollup.net(), bau);

        // The same plan again runs nothing; a community's update keeps the own part; an empty
        // plan takes it out.
        const int runs = rollup.runsDone();
        rollup.setOwnPlan(busFleetPlan(), QStringLiteral("electrify"));
        QCOMPARE(rollup.runsDone(), runs);
        DistrictMember edited = members[0];
        edited.plan.activities[0].amount = 300000;
        rollup.update(0, edited);
        without.update(0, edited);
        COMPARE_SERIES(rollup.net(), without.net() + rollup.ownContribution(DistrictRollup::Net),
                       bau);
        rollup.resum();
        COMPARE_SERIES(rollup.net(), without.net() + rollup.ownContribution(DistrictRollup::Net),
                       bau);
        rollup.setOwnPlan(Plan{});
        QVERIFY(!rollup.hasOwnPlan());
        COMPARE_SERIES(rollup.net(), without.net(), bau);
        COMPARE_SERIES(rollup.bau(), without.bau(), bau);
        QVERIFY((rollup.ownWedge() == 0.0).all());

        // The JSON: the own plan's series under "district_measures", only when there is one.
        QVERIFY(!DistrictResultJson::toJson(rollup, {}, {})
                     .contains(QStringLiteral("district_measures")));
        rollup.setOwnPlan(busFleetPlan(), QStringLiteral("electrify"));
        const QJsonObject measures = DistrictResultJson::toJson(rollup, {}, {})
                                         .value(QStringLiteral("district_measures"))
                                         .toObject();
        QCOMPARE(measures.value(QStringLiteral("scenario")).toString(),
                 QStringLiteral("electrify"));
        QCOMPARE(measures.value(QStringLiteral("bau")).toArray().at(3).toDouble(), 2680.0);
        QCOMPARE(measures.value(QStringLiteral("wedge")).toArray().at(3).toDouble(),
                 rollup.ownWedge()[3]);
        QCOMPARE(measures.value(QStringLiteral("wedges_by_kind"))
                     .toObject()
                     .value(QStringLiteral("custom"))
                     .toArray()
                     .size(),
                 7);
    }
};

QTEST_GUILESS_MAIN(TestDistrictRollup)
#include "TestDistrictRollup.moc"
