// How the measures of an adopted plan stand in a monitoring year: planned against actual
// adoption in each measure's own unit, completion (Kausal Watch: (actual − base) / (goal − base)),
// late and stale flags, the traffic light, spending to date, and planned against realised
// abatement through the same sequential engine, all worked out by hand below.
#include "PlanFixtures.h"
#include "monitoring/MeasureTracking.h"

#include <QTest>

#include <cmath>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// Base year 2023, no growth. Lines (factors of PlanFixtures: grid 0.4042 kg/kWh, mixed waste to
// landfill 0.045 t CH4/t × GWP 27.0 = 1.215 t CO2e/t):
//   elec    1,000,000 kWh → 404.2 t      lights 200,000 kWh → 80.84 t
//   waste   500 t         → 607.5 t
// Measures (all in one scenario at level 1):
//   solar   100 kWp × 1,200 kWh/kWp, no ageing, all self-consumed, from 2024 over 4 years, on
//           elec, 4,000 per kWp
//   sorting recycling 10 % → 40 %, from 2024 over 2 years, on waste
//   led     lighting share 0.5 × savings 0.8, from 2024 at once, on lights
//   trees   1 ha from 2024 (nothing reported)
Plan adoptedPlan()
{
    Plan p = basePlan(2023, 2030);
    p.activities = {
        line(QStringLiteral("elec"), Sector::StationaryEnergy, QStringLiteral("residential"),
             QStringLiteral("electricity"), 1000000, QStringLiteral("kWh"), QStringLiteral("grid")),
        line(QStringLiteral("lights"), Sector::StationaryEnergy, QStringLiteral("public"),
             QStringLiteral("electricity"), 200000, QStringLiteral("kWh"), QStringLiteral("grid")),
        line(QStringLiteral("waste"), Sector::Waste, QStringLiteral("residential"),
             QStringLiteral("landfill_waste"), 500, QStringLiteral("t"),
             QStringLiteral("msw-landfill")),
    };
    Measure solar = measure(MeasureKind::RooftopSolar, QStringLiteral("solar"), 2024,
                            {{"capacity_kwp", 100},
                             {"specific_yield", 1200},
                             {"degradation", 0},
                             {"self_consumption", 1},
                             {"export_credit", 0},
                             {"capex_per_kwp", 4000}});
    solar.rampYears = 4;
    solar.targets = {QStringLiteral("elec")};
    Measure sorting = measure(MeasureKind::WasteSorting, QStringLiteral("sorting"), 2024,
                              {{"recycling_before", 0.1}, {"recycling_after", 0.4}});
    sorting.rampYears = 2;
    sorting.targets = {QStringLiteral("waste")};
    Measure led = measure(MeasureKind::LedLighting, QStringLiteral("led"), 2024,
                          {{"lighting_share", 0.5}, {"savings", 0.8}});
    led.targets = {QStringLiteral("lights")};
    const Measure trees =
        measure(MeasureKind::TreePlanting, QStringLiteral("trees"), 2024, {{"canopy_ha", 1}});
    p.measures = {solar, sorting, led, trees};
    p.scenarios = {allMeasures(p)};
    return p;
}

ProgressUpdate update(int y, int m, int d)
{
    return {QDate(y, m, d), QStringLiteral("energy group"), QStringLiteral("note"), QString()};
}

// What the working groups reported, assessed on 1 March 2026.
QList<MeasureProgress> reports()
{
    MeasureProgress solar{QStringLiteral("solar"),      2025,     40.0,
                          ProgressStatus::Implementing, 150000.0, std::nullopt,
                          {update(2025, 12, 20)}};
    MeasureProgress sorting2024{QStringLiteral("sorting"),    2024,         0.15,
                                ProgressStatus::Implementing, std::nullopt, std::nullopt,
                                {update(2024, 11, 1)}};
    MeasureProgress sorting{QStringLiteral("sorting"),
                            2025,
                            0.25,
                            ProgressStatus::Implementing,
                            std::nullopt,
                            std::nullopt,
                            {}};
    MeasureProgress led{QStringLiteral("led"),     2025,         1.0,
                        ProgressStatus::Completed, std::nullopt, std::nullopt,
                        {update(2025, 6, 30)}};
    return {solar, sorting2024, sorting, led};
}

const MeasureTrack &track(const MeasureTracking &t, const char *id)
{
    for (const MeasureTrack &m : t.measures) {
        if (m.measure == QLatin1String(id))
            return m;
    }
    qFatal("no track for %s", id);
}

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestMeasureTracking : public QObject
{
    Q_OBJECT

private slots:
    void solarIsLate();
    void sortingIsStalledByOldNews();
    void ledIsDone();
    void treesWithoutNewsHaveNoData();
    void aCancelledMeasureRealisesNothing();
    void aheadOfPlanIsOnTrack();
    void anEarlierReportStandsUntilANewOne();
    void aRoundedReportIsNotLate();

private:
    const QDate m_asOf{2026, 3, 1};
};

void TestMeasureTracking::solarIsLate()
{
    // Ramp in 2025: (2025 − 2024 + 1) / 4 = 0.5 → 50 kWp planned; 40 installed.
    // completion 40 / 100 = 0.4; late (40 < 50).
    // planned 50 × 1,200 = 60,000 kWh × 0.4042 kg = 24.252 t; realised 48,000 kWh → 19.4016 t.
    // investment planned to date: a quarter of 100 kWp × 4,000 in 2024 and in 2025 = 200,000.
    const Plan plan = adoptedPlan();
    const MeasureTracking t =
        MeasureTracking::of(plan, plan.scenarios.front(), noLibrary(), 2025, reports(), m_asOf);
    QCOMPARE(t.year, 2025);
    QCOMPARE(t.measures.size(), size_t(4));
    const MeasureTrack &s = track(t, "solar");
    QVERIFY(s.reported);
    QCOMPARE(s.base, 0.0);
    QCOMPARE(s.goal, 100.0);
    QVERIFY(near(s.planned, 50, 1e-9));
    QCOMPARE(*s.actual, 40.0);
    QVERIFY(near(*s.completion, 0.4, 1e-12));
    QVERIFY(s.late);
    QVERIFY(!s.stale); // updated 20 Dec 2025, within 12 months of 1 Mar 2026
    QCOMPARE(s.light, TrackLight::Late);
    QVERIFY(near(s.plannedAbatement, 24.252, 1e-6));
    QVERIFY(near(*s.realisedAbatement, 19.4016, 1e-6));
    QVERIFY(near(s.plannedCapexToDate, 200000, 1e-6));
    QCOMPARE(*s.capexToDate, 150000.0);
}

void TestMeasureTracking::sortingIsStalledByOldNews()
{
    // Recycling from 10 % to 40 %, fully ramped by 2025: planned 0.40, actual 0.25 → late,
    // completion (0.25 − 0.10) / (0.40 − 0.10) = 0.5. The last update (1 Nov 2024) is more than
    // 12 months before 1 Mar 2026: stale, so the light is Stalled, not Late.
    // Abatement: the waste line keeps 1 − (after − before) / (1 − before) of its 607.5 t:
    // planned 607.5 × 0.3 / 0.9 = 202.5 t, realised 607.5 × 0.15 / 0.9 = 101.25 t.
    const Plan plan = adoptedPlan();
    const MeasureTracking t =
        MeasureTracking::of(plan, plan.scenarios.front(), noLibrary(), 2025, reports(), m_asOf);
    const MeasureTrack &s = track(t, "sorting");
    QCOMPARE(s.base, 0.1);
    QCOMPARE(s.goal, 0.4);
    QVERIFY(near(s.planned, 0.4, 1e-12));
    QVERIFY(near(*s.completion, 0.5, 1e-12));
    QVERIFY(s.late);
    QCOMPARE(s.lastUpdate, QDate(2024, 11, 1));
    QVERIFY(s.stale);
    QCOMPARE(s.light, TrackLight::Stalled);
    QVERIFY(near(s.plannedAbatement, 202.5, 1e-6));
    QVERIFY(near(*s.realisedAbatement, 101.25, 1e-6));
}

void TestMeasureTracking::ledIsDone()
{
    // A share measure: planned 1 (at once from 2024), actual 1, completed.
    // 200,000 kWh × 0.5 × 0.8 = 80,000 kWh × 0.4042 kg = 32.336 t, planned and realised.
    const Plan plan = adoptedPlan();
    const MeasureTracking t =
        MeasureTracking::of(plan, plan.scenarios.front(), noLibrary(), 2025, reports(), m_asOf);
    const MeasureTrack &s = track(t, "led");
    QCOMPARE(s.goal, 1.0);
    QVERIFY(near(*s.completion, 1.0, 1e-12));
    QVERIFY(!s.late);
    QCOMPARE(s.light, TrackLight::Done);
    QVERIFY(near(s.plannedAbatement, 32.336, 1e-6));
    QVERIFY(near(*s.realisedAbatement, 32.336, 1e-6));
}

void TestMeasureTracking::treesWithoutNewsHaveNoData()
{
    const Plan plan = adoptedPlan();
    const MeasureTracking t =
        MeasureTracking::of(plan, plan.scenarios.front(), noLibrary(), 2025, reports(), m_asOf);
    const MeasureTrack &s = track(t, "trees");
    QVERIFY(!s.reported);
    QVERIFY(!s.actual);
    QVERIFY(!s.completion);
    QVERIFY(!s.realisedAbatement);
    QCOMPARE(s.light, TrackLight::NoData);
    QVERIFY(s.plannedAbatement > 0); // the plan still expects its uptake
}

void TestMeasureTracking::aCancelledMeasureRealisesNothing()
{
    // Solar cancelled without a figure: it stands at its base (0 kWp), realises 0 t, and the
    // other measures' realised tonnes do not change (they act on other lines).
    const Plan plan = adoptedPlan();
    QList<MeasureProgress> progress = reports();
    progress[0].adoption.reset();
    progress[0].status = ProgressStatus::Cancelled;
    const MeasureTracking t =
        MeasureTracking::of(plan, plan.scenarios.front(), noLibrary(), 2025, progress, m_asOf);
    const MeasureTrack &s = track(t, "solar");
    QCOMPARE(*s.actual, 0.0);
    QCOMPARE(*s.completion, 0.0);
    QCOMPARE(s.light, TrackLight::Stalled);
    QVERIFY(near(*s.realisedAbatement, 0, 1e-9));
    QVERIFY(near(*track(t, "led").realisedAbatement, 32.336, 1e-6));
}

void TestMeasureTracking::aheadOfPlanIsOnTrack()
{
    // 60 kWp by 2025 against 50 planned: on track, completion 0.6, realised 60 × 1,200 ×
    // 0.4042 kg = 29.1024 t (more than planned).
    const Plan plan = adoptedPlan();
    QList<MeasureProgress> progress = reports();
    progress[0].adoption = 60.0;
    const MeasureTracking t =
        MeasureTracking::of(plan, plan.scenarios.front(), noLibrary(), 2025, progress, m_asOf);
    const MeasureTrack &s = track(t, "solar");
    QVERIFY(!s.late);
    QCOMPARE(s.light, TrackLight::OnTrack);
    QVERIFY(near(*s.completion, 0.6, 1e-12));
    QVERIFY(near(*s.realisedAbatement, 29.1024, 1e-6));
}

void TestMeasureTracking::anEarlierReportStandsUntilANewOne()
{
    // Assessed for 2026 with nothing reported that year: LED, completed in 2025, stays done
    // and is not stale (a completed measure needs no news); solar stands at its 40 kWp of 2025,
    // against 75 planned for 2026 (ramp 3/4): late, and its realised tonnes are still 19.4016.
    const Plan plan = adoptedPlan();
    const MeasureTracking t =
        MeasureTracking::of(plan, plan.scenarios.front(), noLibrary(), 2026, reports(), m_asOf);
    const MeasureTrack &led = track(t, "led");
    QVERIFY(!led.reported);
    QCOMPARE(led.light, TrackLight::Done);
    QVERIFY(!led.stale);
    const MeasureTrack &solar = track(t, "solar");
    QVERIFY(!solar.reported);
    QCOMPARE(*solar.actual, 40.0);
    QVERIFY(near(solar.planned, 75, 1e-9));
    QCOMPARE(solar.light, TrackLight::Late);
    QVERIFY(near(*solar.realisedAbatement, 19.4016, 1e-6));
}

void TestMeasureTracking::aRoundedReportIsNotLate()
{
    // Sorting planned at exactly 0.40 in 2025; 0.39996 is 0.01 % short (on plan), 0.3995 is
    // 0.125 % short (late).
    const Plan plan = adoptedPlan();
    QList<MeasureProgress> progress = reports();
    progress[2].adoption = 0.39996;
    MeasureTracking t =
        MeasureTracking::of(plan, plan.scenarios.front(), noLibrary(), 2025, progress, QDate());
    QVERIFY(!track(t, "sorting").late);
    progress[2].adoption = 0.3995;
    t = MeasureTracking::of(plan, plan.scenarios.front(), noLibrary(), 2025, progress, QDate());
    QVERIFY(track(t, "sorting").late);
}

QTEST_APPLESS_MAIN(TestMeasureTracking)
#include "TestMeasureTracking.moc"
