#pragma once

#include "Monitoring.h"
#include "People.h"
#include "Residents.h"
#include "ScenarioOverride.h"
#include "inventory/ActivityLine.h"
#include "inventory/EmissionFactor.h"
#include "measures/Measure.h"

#include <QList>
#include <QString>
#include <optional>

namespace zeroplan {

struct InterimTarget
{
    int year = 0;
    double cut = 0; // fraction of base-year gross emissions to cut by `year` (0.4 = −40 %)
    bool operator==(const InterimTarget &) const = default;
};

struct Targets
{
    std::optional<int> neutralityYear;
    QList<InterimTarget> interim;
    std::optional<double> carbonBudget; // cumulative net tCO2e from base year to horizon end
    bool operator==(const Targets &) const = default;
};

struct Community
{
    QString name;
    QString region;
    QString gridRegion; // e.g. "CN-South"; picks the default electricity factor
    double population = 0;
    double households = 0;
    std::optional<double> areaHa;
    int baseYear = 2024;
    int horizonEnd = 2060;
    Targets targets;
    QString currency = QStringLiteral("CNY");
    double discountRate = 0.05;
    QString electricityFactor; // factor id for electricity that measures add (heat pumps, …)
    QString source;            // where population, households and area come from
    bool operator==(const Community &) const = default;
};

// What a unit of a carrier costs the community, to value the energy a measure saves.
struct Price
{
    QString carrier;
    QString unit;
    double price = 0; // plan currency per unit
    QString source;
    bool operator==(const Price &) const = default;
};

struct SectorTrend
{
    Sector sector = Sector::StationaryEnergy;
    double rate = 0; // per year, on top of the line's driver (0.01 = +1 %/yr)
    bool operator==(const SectorTrend &) const = default;
};

struct Drivers
{
    double populationGrowth = 0; // per year
    double householdGrowth = 0;  // per year
    QList<SectorTrend> sectorTrends;
    QString source;
    bool operator==(const Drivers &) const = default;
};

struct ScenarioMeasure
{
    QString measure;  // measure id
    double level = 1; // 0..1 of the measure as specified
    bool operator==(const ScenarioMeasure &) const = default;
};

struct Scenario
{
    QString name;
    QString description;
    QList<ScenarioMeasure> measures;
    // Values that differ by scenario (ScenarioValues; docs/measures.md): the scenario whose
    // values this one takes (empty: none), and the values it sets itself.
    QString basedOn = {};
    QList<ScenarioOverride> overrides = {};
    bool operator==(const Scenario &) const = default;
};

// A whole plan: the community, its baseline, the measures it considers and its scenarios.
struct Plan
{
    // 2: monitoring (adopted plans, actual inventories, progress, indicators). A version 1
    // file reads as a plan without monitoring and is written as version 2.
    // 3: residents (who pays, households, funding). Older files read without it.
    // 4: measures' co-benefits (an older file's measures read as not assessed), a payer split's
    // fixed amounts per year, and people (working groups, volunteers, the activity calendar;
    // older files read without).
    // 5: measures' own tariffs (an older file's measures read with the plan's prices).
    // 6: a scenario's base and its own values of measures (older files' scenarios have none).
    static constexpr int kFormatVersion = 6;

    QString title;
    QString preparedBy;
    QString factorSet;        // the factor library version the plan was built with
    GwpSet gwp = GwpSet::AR6; // GWP set for the plan's own multi-gas factors
    Community community;
    QList<EmissionFactor> factors; // plan factors; override library factors of the same id
    QList<Price> prices;
    Drivers drivers;
    QList<ActivityLine> activities;
    QList<Measure> measures;
    QList<Scenario> scenarios;
    // After adoption: the adopted versions, actual inventories, progress and indicators.
    Monitoring monitoring;
    // Who pays each measure, what households see, the funding plan (docs/residents.md).
    Residents residents;
    // Working groups, volunteers and the activity calendar (docs/people.md); not an input of
    // the engine.
    People people;
    // The scenario the app showed when the plan was saved (a scenario's name); empty or a name
    // no scenario has: the first. Not an input of the engine.
    QString currentScenario;

    int yearCount() const { return community.horizonEnd - community.baseYear + 1; }
    const ActivityLine *findActivity(const QString &id) const;
    const Measure *findMeasure(const QString &id) const;
    const Scenario *findScenario(const QString &name) const;
    // The plan's price of one unit of `carrier` in `unit` (converted from the unit the price
    // is given in), or 0 where the plan has no price for it.
    double priceOf(const QString &carrier, const QString &unit) const;
    bool operator==(const Plan &) const = default;
};

} // namespace zeroplan
