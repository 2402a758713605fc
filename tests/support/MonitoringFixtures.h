#pragma once

#include "plan/Plan.h"

namespace zeroplan::test {

// The plan the monitoring tests work by hand: 2023–2030, no growth, one line of 1,000,000 kWh
// of grid electricity at 0.4042 kg/kWh = 404.2 t; rooftop solar of 100 kWp × 1,200 kWh/kWp, no
// ageing, all self-consumed, from 2024 over 4 years (adoption 0.25, 0.5, 0.75, 1 in
// 2024–2027: at full adoption 120,000 kWh × 0.4042 kg = 48.504 t a year); one scenario,
// `scenario`, with the measure at level 1.
Plan solarPlan(const QString &scenario = QStringLiteral("all"));

// 2025 as it happened in the hand-worked case: the community used 1,050,000 kWh (5 % more than
// planned), solar gave 48,000 of it (40 kWp), so it bought 1,002,000 kWh = 405.0084 t.
ActualInventory solarActual2025();
// Solar's report for 2025: 40 kWp (0.4 of the way; 0.5 planned), implementing.
MeasureProgress solarProgress2025();
// The solar plan with every kind of monitoring data, for the file format tests: adopted (v1,
// 2024-01-15), an actual 2025 with a sector total, drivers and a Chinese source, solar's 2025
// report with a dated update, an indicator, and the base year's heating degree days.
Plan monitoredSolarPlan();

} // namespace zeroplan::test
