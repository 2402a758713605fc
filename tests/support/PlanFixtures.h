#pragma once

#include "inventory/FactorLibrary.h"
#include "measures/MeasureCatalogue.h"
#include "plan/Plan.h"

#include <initializer_list>
#include <utility>

namespace zeroplan::test {

// Small plans built in code for engine tests. Factors carry the figures of
// docs/factors.md with their sources; see PlanFixtures.cpp.
Plan basePlan(int baseYear = 2024, int horizonEnd = 2030);

ActivityLine line(const QString &id, Sector sector, const QString &subsector,
                  const QString &carrier, double amount, const QString &unit,
                  const QString &factor);

// A measure of `kind` starting in `startYear` at full adoption at once, every parameter at
// its catalogue default and without range unless given here.
Measure measure(MeasureKind kind, const QString &id, int startYear,
                std::initializer_list<std::pair<const char *, double>> parameters = {});

// 400 households, 2024–2026, heating on 400,000 m³ of gas a year; gas at 3.0 CNY/m³ and
// electricity at 0.5 CNY/kWh; heat pumps ("pumps", no cost) from 2024 over `rampYears` replace
// half the gas with a seasonal COP of 2.5 in place of a 0.9-efficient boiler; one scenario
// "all". Worked by hand in tests/model/TestMeasureTariff.cpp.
Plan gasHeatPumpPlan(int rampYears = 0);

// A scenario with every measure of the plan at level 1.
Scenario allMeasures(const Plan &plan, const QString &name = QStringLiteral("all"));

// A library with no factors: the fixtures carry their own.
const FactorLibrary &noLibrary();
// The plan's price of `carrier` ("electricity"), or nullptr.
const Price *priceOf(const Plan &plan, const char *carrier);

} // namespace zeroplan::test
