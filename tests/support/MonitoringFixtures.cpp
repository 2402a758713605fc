#include "MonitoringFixtures.h"

#include "PlanFixtures.h"

namespace zeroplan::test {

Plan solarPlan(const QString &scenario)
{
    Plan p = basePlan(2023, 2030);
    p.activities = {line(QStringLiteral("elec"), Sector::StationaryEnergy,
                         QStringLiteral("residential"), QStringLiteral("electricity"), 1000000,
                         QStringLiteral("kWh"), QStringLiteral("grid"))};
    Measure solar = measure(MeasureKind::RooftopSolar, QStringLiteral("solar"), 2024,
                            {{"capacity_kwp", 100},
                             {"specific_yield", 1200},
                             {"degradation", 0},
                             {"self_consumption", 1},
                             {"export_credit", 0}});
    solar.rampYears = 4;
    p.measures = {solar};
    p.scenarios = {allMeasures(p, scenario)};
    return p;
}

ActualInventory solarActual2025()
{
    ActualInventory a;
    a.year = 2025;
    a.activities = {line(QStringLiteral("elec"), Sector::StationaryEnergy,
                         QStringLiteral("residential"), QStringLiteral("electricity"), 1002000,
                         QStringLiteral("kWh"), QStringLiteral("grid"))};
    a.quality = ActualQuality::Measured;
    return a;
}

MeasureProgress solarProgress2025()
{
    return {QStringLiteral("solar"),
            2025,
            40.0,
            ProgressStatus::Implementing,
            std::nullopt,
            std::nullopt,
            {{QDate(2025, 12, 20), QStringLiteral("energy group"),
              QStringLiteral("40 kWp connected"), QString()}}};
}

} // namespace zeroplan::test
