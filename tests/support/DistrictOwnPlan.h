#pragma once

#include "PlanFixtures.h"

namespace zeroplan::test {

// A district's own measures (docs/district.md, "The district's own measures"): the district
// bus fleet, 2024–2030, burning 1,000,000 L of diesel a year at 2.68 kg CO2/L (IPCC 2006 V2
// T3.2.1: 74,100 kg/TJ × 43.0 TJ/Gg × 0.84 kg/L = 2.676 kg/L, rounded), i.e. 2,680 t a
// year; the bus electrification programme (a custom cut of 60 % of that diesel from 2024, net
// of the buses' own electricity) takes 0.6 × 2,680 = 1,608 t a year off. One scenario
// "electrify" with it.
inline Plan busFleetPlan()
{
    Plan plan = basePlan(2024, 2030);
    plan.community.name = QStringLiteral("District bus fleet");
    plan.community.population = 0;
    plan.community.households = 0;
    EmissionFactor diesel;
    diesel.id = QStringLiteral("diesel");
    diesel.name = QStringLiteral("Diesel");
    diesel.carrier = QStringLiteral("diesel");
    diesel.gases = {{Gas::CO2, 2.68}};
    diesel.massUnit = QStringLiteral("kg");
    diesel.activityUnit = QStringLiteral("L");
    diesel.source = QStringLiteral("IPCC 2006 V2 T3.2.1, rounded");
    plan.factors = {diesel};
    plan.activities = {line(QStringLiteral("bus-diesel"), Sector::Transport,
                            QStringLiteral("on_road"), QStringLiteral("diesel"), 1000000,
                            QStringLiteral("L"), QStringLiteral("diesel"))};
    Measure buses =
        measure(MeasureKind::Custom, QStringLiteral("bus-electrification"), 2024, {{"share", 0.6}});
    buses.name = QStringLiteral("Bus electrification");
    buses.targets = {QStringLiteral("bus-diesel")};
    plan.measures = {buses};
    plan.scenarios = {allMeasures(plan, QStringLiteral("electrify"))};
    return plan;
}

} // namespace zeroplan::test
