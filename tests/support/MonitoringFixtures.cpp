#include "MonitoringFixtures.h"

#include "PlanFixtures.h"
#include "monitoring/Adoption.h"

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

Plan monitoredSolarPlan()
{
    Plan p = solarPlan();
    Monitoring &m = p.monitoring;
    m.adoptions = {adoptScenario(p, 0, noLibrary(), QDate(2024, 1, 15), QStringLiteral("v1"))};
    ActualInventory actual = solarActual2025();
    actual.sectorTotals = {{Sector::Waste, 120.5}};
    actual.population = 1020;
    actual.heatingDegreeDays = 1800;
    actual.source = QStringLiteral("电费账单 2025");
    m.actuals = {actual};
    MeasureProgress progress = solarProgress2025();
    progress.capexToDate = 150000.0;
    progress.updates = {{QDate(2025, 12, 20), QStringLiteral("能源组"),
                         QStringLiteral("40 kWp on block 3"),
                         QStringLiteral("invoice-2025-12.pdf sha256:ab12")}};
    m.progress = {progress};
    m.indicators = {{QStringLiteral("accounts"),
                     QStringLiteral("碳账户参与率"),
                     QStringLiteral("%"),
                     QStringLiteral("community survey"),
                     {{2024, 20.0, 18.0, QString()}, {2025, 30.0, std::nullopt, QString()}}}};
    m.baseHeatingDegreeDays = 2000;
    return p;
}

} // namespace zeroplan::test
