#include "PlanJsonReader.h"

#include "ActivityJson.h"
#include "FactorJson.h"
#include "MeasureJson.h"
#include "MonitoringJson.h"
#include "PeopleJson.h"
#include "PlanEnums.h"
#include "ResidentsJson.h"

namespace zeroplan {
namespace {

const char *const kPlanFormat = "zeroplan-plan";
const char *const kLibraryFormat = "zeroplan-factors";
constexpr int kDefaultHorizonEnd = 2060;
constexpr double kDefaultDiscountRate = 0.05;

} // namespace

std::optional<Plan> PlanJsonReader::read(const QJsonObject &root, const QString &path)
{
    JsonObjectReader r(root, path, m_problems);
    if (!readFormat(r) || !readVersion(r))
        return std::nullopt;
    Plan plan;
    plan.title = r.text("title", QString());
    plan.preparedBy = r.text("prepared_by", QString());
    plan.factorSet = r.text("factor_set", QString());
    plan.gwp = r.choice("gwp", Presence::Optional, kAllGwpSets, gwpSetId).value_or(GwpSet::AR6);
    if (std::optional<JsonObjectReader> community = r.object("community", Presence::Required))
        plan.community = readCommunity(*community);
    if (std::optional<JsonObjectReader> drivers = r.object("drivers", Presence::Optional))
        plan.drivers = readDrivers(*drivers);
    readLists(r, plan);
    plan.currentScenario = r.text("current_scenario", QString());
    if (std::optional<JsonObjectReader> monitoring = r.object("monitoring", Presence::Optional)) {
        plan.monitoring =
            MonitoringJson::read(*monitoring, [this](const QJsonObject &frozen, const QString &at) {
                return read(frozen, at);
            });
    }
    if (std::optional<JsonObjectReader> residents = r.object("residents", Presence::Optional))
        plan.residents = ResidentsJson::read(*residents);
    if (std::optional<JsonObjectReader> people = r.object("people", Presence::Optional))
        plan.people = PeopleJson::read(*people);
    r.warnUnknownKeys();
    return plan;
}

bool PlanJsonReader::readFormat(JsonObjectReader &r)
{
    const QJsonValue format = r.member("format");
    if (format.isUndefined()) {
        r.error(r.pathOf("format"),
                PlanJson::tr("this is not a ZeroPlan plan: format is missing (a plan file "
                             "starts with \"format\": \"%1\")")
                    .arg(QLatin1String(kPlanFormat)));
        return false;
    }
    if (format.toString() == QLatin1String(kLibraryFormat)) {
        r.error(r.pathOf("format"), PlanJson::tr("this is a ZeroPlan factor library, not a plan"));
        return false;
    }
    if (format.toString() != QLatin1String(kPlanFormat)) {
        r.error(r.pathOf("format"),
                PlanJson::tr("this is not a ZeroPlan plan: format is %1, "
                             "expected \"%2\"")
                    .arg(JsonObjectReader::describe(format), QLatin1String(kPlanFormat)));
        return false;
    }
    return true;
}

bool PlanJsonReader::readVersion(JsonObjectReader &r)
{
    const std::optional<int> version = r.integer("format_version", Presence::Required);
    if (version && *version > Plan::kFormatVersion) {
        r.error(r.pathOf("format_version"),
                PlanJson::tr("this plan was made by a newer ZeroPlan (format version %1); this "
                             "ZeroPlan reads format version %2 and older, please update it")
                    .arg(*version)
                    .arg(Plan::kFormatVersion));
        return false;
    }
    if (version && *version < 1) {
        r.error(r.pathOf("format_version"),
                PlanJson::tr("format_version %1 is not valid; expected a version from 1 to %2")
                    .arg(*version)
                    .arg(Plan::kFormatVersion));
    }
    return true;
}

void PlanJsonReader::readLists(JsonObjectReader &r, Plan &plan)
{
    plan.factors = r.list("factors", [&](const QJsonValue &v, const QString &p) {
        std::optional<EmissionFactor> factor = FactorJson::read(v, p, m_problems);
        if (!factor)
            m_unread << p;
        return factor.value_or(EmissionFactor());
    });
    plan.prices =
        r.list("prices", [&](const QJsonValue &v, const QString &p) { return readPrice(v, p); });
    plan.activities = r.list("activities", [&](const QJsonValue &v, const QString &p) {
        std::optional<ActivityLine> line = ActivityJson::read(v, p, m_problems);
        if (!line)
            m_unread << p;
        return line.value_or(ActivityLine());
    });
    plan.measures = r.list("measures", [&](const QJsonValue &v, const QString &p) {
        std::optional<Measure> measure = MeasureJson::read(v, p, m_problems);
        if (measure)
            return *measure;
        m_unread << p;
        Measure unreadable; // keeps the id, so that scenarios naming it are not misreported
        unreadable.id = v.toObject().value(QLatin1String("id")).toString();
        return unreadable;
    });
    plan.scenarios = r.list(
        "scenarios", [&](const QJsonValue &v, const QString &p) { return readScenario(v, p); });
}

Community PlanJsonReader::readCommunity(JsonObjectReader &r)
{
    Community c;
    c.name = r.text("name", Presence::Required).value_or(QString());
    c.region = r.text("region", QString());
    c.gridRegion = r.text("grid_region", QString());
    c.population = r.number("population", Presence::Required).value_or(0);
    c.households = r.number("households", 0.0);
    c.areaHa = r.number("area_ha", Presence::Optional);
    c.baseYear = r.integer("base_year", Presence::Required).value_or(c.baseYear);
    c.horizonEnd = r.integer("horizon_end", kDefaultHorizonEnd);
    if (std::optional<JsonObjectReader> targets = r.object("targets", Presence::Optional))
        c.targets = readTargets(*targets);
    c.currency = r.text("currency", QStringLiteral("CNY"));
    c.discountRate = r.number("discount_rate", kDefaultDiscountRate);
    c.electricityFactor = r.text("electricity_factor", QString());
    c.source = r.text("source", QString());
    r.warnUnknownKeys();
    return c;
}

Targets PlanJsonReader::readTargets(JsonObjectReader &r)
{
    Targets t;
    t.neutralityYear = r.integer("neutrality_year", Presence::Optional);
    t.interim =
        r.list("interim", [&](const QJsonValue &v, const QString &p) { return readInterim(v, p); });
    t.carbonBudget = r.number("carbon_budget_t", Presence::Optional);
    r.warnUnknownKeys();
    return t;
}

InterimTarget PlanJsonReader::readInterim(const QJsonValue &value, const QString &path)
{
    JsonObjectReader r(value, path, m_problems);
    InterimTarget target;
    target.year = r.integer("year", Presence::Required).value_or(0);
    target.cut = r.number("cut", Presence::Required).value_or(0);
    r.warnUnknownKeys();
    return target;
}

Price PlanJsonReader::readPrice(const QJsonValue &value, const QString &path)
{
    JsonObjectReader r(value, path, m_problems);
    Price price;
    price.carrier = r.text("carrier", Presence::Required).value_or(QString());
    price.unit = r.text("unit", Presence::Required).value_or(QString());
    price.price = r.number("price", Presence::Required).value_or(0);
    price.source = r.text("source", QString());
    r.warnUnknownKeys();
    return price;
}

Drivers PlanJsonReader::readDrivers(JsonObjectReader &r)
{
    Drivers d;
    d.populationGrowth = r.number("population_growth", 0.0);
    d.householdGrowth = r.number("household_growth", 0.0);
    d.sectorTrends = r.list("sector_trends", [&](const QJsonValue &v, const QString &p) {
        return readSectorTrend(v, p);
    });
    d.source = r.text("source", QString());
    r.warnUnknownKeys();
    return d;
}

SectorTrend PlanJsonReader::readSectorTrend(const QJsonValue &value, const QString &path)
{
    JsonObjectReader r(value, path, m_problems);
    SectorTrend trend;
    trend.sector = r.choice("sector", Presence::Required, kAllSectors, sectorId)
                       .value_or(Sector::StationaryEnergy);
    trend.rate = r.number("rate", Presence::Required).value_or(0);
    r.warnUnknownKeys();
    return trend;
}

Scenario PlanJsonReader::readScenario(const QJsonValue &value, const QString &path)
{
    JsonObjectReader r(value, path, m_problems);
    Scenario scenario;
    scenario.name = r.text("name", Presence::Required).value_or(QString());
    scenario.description = r.text("description", QString());
    scenario.measures = r.list("measures", [&](const QJsonValue &v, const QString &p) {
        return readScenarioMeasure(v, p);
    });
    scenario.basedOn = r.text("based_on", QString());
    scenario.overrides = r.list("overrides", [&](const QJsonValue &v, const QString &p) {
        return readScenarioOverride(v, p);
    });
    r.warnUnknownKeys();
    return scenario;
}

ScenarioOverride PlanJsonReader::readScenarioOverride(const QJsonValue &value, const QString &path)
{
    JsonObjectReader r(value, path, m_problems);
    ScenarioOverride entry;
    entry.measure = r.text("measure", Presence::Required).value_or(QString());
    entry.field = r.text("field", Presence::Required).value_or(QString());
    entry.value = r.number("value", Presence::Required).value_or(0);
    r.warnUnknownKeys();
    return entry;
}

ScenarioMeasure PlanJsonReader::readScenarioMeasure(const QJsonValue &value, const QString &path)
{
    JsonObjectReader r(value, path, m_problems);
    ScenarioMeasure entry;
    entry.measure = r.text("measure", Presence::Required).value_or(QString());
    entry.level = r.number("level", 1.0);
    r.warnUnknownKeys();
    return entry;
}

} // namespace zeroplan
