// PlanValidator: each rule on a plan that breaks only that rule. The base is the rich
// fixture, which passes every check; each row changes one thing and names the JSON path,
// the severity and a fragment of the message it expects.
#include "PlanJsonTestData.h"
#include "measures/MeasureCatalogue.h"
#include "storage/MeasureJson.h"
#include "storage/PlanValidator.h"

#include <QtTest>
#include <functional>
#include <limits>

using namespace zeroplan;
using namespace zeroplan::test;

using PlanEdit = std::function<void(Plan &)>;
Q_DECLARE_METATYPE(PlanEdit)

namespace {

Plan richPlan()
{
    const PlanReadResult result = PlanJson::read(planFixture("rich.json"), &testLibrary());
    if (!result.plan)
        qFatal("rich fixture does not read");
    return *result.plan;
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Measure extra(MeasureKind kind, std::initializer_list<std::pair<const char *, double>> values = {})
{
    Measure m = MeasureJson::withDefaults(kind);
    m.id = QStringLiteral("extra");
    m.startYear = 2030;
    for (const auto &[key, value] : values)
        m.parameters[QString::fromLatin1(key)].value = value;
    return m;
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

} // namespace

class TestPlanValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void baseHasNoProblems();
    void rules_data();
    void rules();
    void defaultPlanIsReportedNotCrashed();
    void libraryFactorsNeedTheLibrary();
    void clampingWarnsOnlyBeyondWhatTheLinesHold();

private:
    void addRows();
};

// Messages show numbers in the user's locale; the expected texts are in US English.
void TestPlanValidator::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPlanValidator::baseHasNoProblems()
{
    const PlanProblems problems = PlanValidator::validate(richPlan(), testLibrary());
    QVERIFY2(problems.isEmpty(), listed(problems));
}

void TestPlanValidator::rules_data()
{
    QTest::addColumn<PlanEdit>("edit");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("fragment");
    addRows();
}

void TestPlanValidator::addRows()
{
    const auto error = [](const char *name, PlanEdit edit, const char *path, const char *fragment) {
        QTest::newRow(name) << edit << s(path) << true << s(fragment);
    };
    const auto warning = [](const char *name, PlanEdit edit, const char *path,
                            const char *fragment) {
        QTest::newRow(name) << edit << s(path) << false << s(fragment);
    };

    // The plan and its community
    warning(
        "factor set differs from the library", [](Plan &p) { p.factorSet = s("2023.9"); },
        "/factor_set", "made with factor set 2023.9, this ZeroPlan has test-1");
    error(
        "community without a name", [](Plan &p) { p.community.name = s("  "); }, "/community/name",
        "the community has no name");
    error(
        "negative population", [](Plan &p) { p.community.population = -1; },
        "/community/population", "population -1 must be a number of at least 0");
    error(
        "population not a number", [](Plan &p) { p.community.population = kNaN; },
        "/community/population", "must be a number of at least 0");
    warning(
        "zero population", [](Plan &p) { p.community.population = 0; }, "/community/population",
        "population is 0, so per-person figures cannot be shown");
    error(
        "negative households", [](Plan &p) { p.community.households = -3; },
        "/community/households", "households -3 must be a number of at least 0");
    warning(
        "more households than residents", [](Plan &p) { p.community.households = 5000; },
        "/community/households", "more households (5,000) than residents (3,200)");
    error(
        "zero area", [](Plan &p) { p.community.areaHa = 0; }, "/community/area_ha",
        "area_ha 0 must be more than 0");
    error(
        "discount rate above 0.3", [](Plan &p) { p.community.discountRate = 0.35; },
        "/community/discount_rate", "discount rate 0.35 is outside 0–0.3");
    error(
        "negative discount rate", [](Plan &p) { p.community.discountRate = -0.01; },
        "/community/discount_rate", "discount rate -0.01 is outside 0–0.3");
    warning(
        "currency not ISO 4217", [](Plan &p) { p.community.currency = s("yuan"); },
        "/community/currency", "currency \"yuan\" is not a three-letter ISO 4217 code");
    error(
        "base year implausible", [](Plan &p) { p.community.baseYear = 1980; },
        "/community/base_year", "base year 1980 is not plausible; expected 1990–2100");
    error(
        "horizon end before base year", [](Plan &p) { p.community.horizonEnd = 2020; },
        "/community/horizon_end", "horizon end 2020 must come after the base year 2023");
    error(
        "horizon end equal to base year", [](Plan &p) { p.community.horizonEnd = 2023; },
        "/community/horizon_end", "horizon end 2023 must come after the base year 2023");
    error(
        "horizon over 100 years", [](Plan &p) { p.community.horizonEnd = 2130; },
        "/community/horizon_end",
        "the horizon 2023–2130 is 107 years long; at most 100 are allowed");

    // Targets
    error(
        "neutrality year after the horizon",
        [](Plan &p) { p.community.targets.neutralityYear = 2070; },
        "/community/targets/neutrality_year",
        "neutrality year 2070 is outside the plan's horizon 2023–2060");
    error(
        "neutrality year before the base year",
        [](Plan &p) { p.community.targets.neutralityYear = 2020; },
        "/community/targets/neutrality_year",
        "neutrality year 2020 is outside the plan's horizon 2023–2060");
    error(
        "interim year outside the horizon",
        [](Plan &p) { p.community.targets.interim[0].year = 2065; },
        "/community/targets/interim/0/year",
        "interim year 2065 is outside the plan's horizon 2023–2060");
    error(
        "interim cut above 1", [](Plan &p) { p.community.targets.interim[0].cut = 1.2; },
        "/community/targets/interim/0/cut", "cut 1.2 is outside 0–1");
    error(
        "interim cut negative", [](Plan &p) { p.community.targets.interim[0].cut = -0.1; },
        "/community/targets/interim/0/cut", "cut -0.1 is outside 0–1");
    error(
        "two interim targets for one year",
        [](Plan &p) { p.community.targets.interim[1].year = 2030; },
        "/community/targets/interim/1/year", "a second interim target for 2030");
    warning(
        "interim cut that falls", [](Plan &p) { p.community.targets.interim[1].cut = 0.3; },
        "/community/targets/interim/1/cut",
        "the cut by 2040 (0.3) is smaller than the cut by 2030 (0.4)");
    error(
        "negative carbon budget", [](Plan &p) { p.community.targets.carbonBudget = -1; },
        "/community/targets/carbon_budget_t", "carbon budget -1 t must be a number of at least 0");

    // Electricity for measures
    error(
        "electricity factor unknown",
        [](Plan &p) { p.community.electricityFactor = s("grid-mars"); },
        "/community/electricity_factor",
        "factor \"grid-mars\" is in neither the plan's factors nor the factor library test-1");
    error(
        "electricity factor of another carrier",
        [](Plan &p) { p.community.electricityFactor = s("natural-gas-m3"); },
        "/community/electricity_factor",
        "factor \"natural-gas-m3\" is for Natural gas, not for electricity");
    warning(
        "grid region the library lacks",
        [](Plan &p) {
            p.community.electricityFactor.clear();
            p.community.gridRegion = s("Mars");
        },
        "/community/grid_region",
        "no electricity factor for grid region \"Mars\"; known regions: CN-South");
    warning(
        "heat pumps without any electricity factor",
        [](Plan &p) {
            p.community.electricityFactor.clear();
            p.community.gridRegion.clear();
            p.activities.removeFirst(); // the electricity line, whose factor would be used
        },
        "/community/electricity_factor", "heat pumps and shared transport add electricity");

    // The plan's own factors
    error(
        "factor id used twice", [](Plan &p) { p.factors[1].id = s("grid-riverside"); },
        "/factors/1/id", "\"grid-riverside\" is used twice (first at /factors/0/id)");
    error(
        "negative factor", [](Plan &p) { p.factors[0].gases[0].value = -0.5; }, "/factors/0/value",
        "the CO2 value -0.5 must be a number of at least 0");
    error(
        "factor not a number", [](Plan &p) { p.factors[1].gases[1].value = kNaN; },
        "/factors/1/gases/N2O", "must be a number of at least 0");
    error(
        "factor per unknown unit", [](Plan &p) { p.factors[0].activityUnit = s("widget"); },
        "/factors/0/unit",
        "unit kg/widget must be a mass (g, kg or t), a slash and a known activity unit");
    error(
        "factor trajectory going back", [](Plan &p) { p.factors[0].trajectory[1].year = 2030; },
        "/factors/0/trajectory/1/year", "year 2030 does not come after 2030");
    warning(
        "CO2e factor from another GWP set",
        [](Plan &p) {
            EmissionFactor f = p.factors[0];
            f.id = s("grid-co2e");
            f.gases = {{Gas::CO2e, 0.5}};
            f.gwp = GwpSet::AR6;
            p.factors.append(f);
        },
        "/factors/2/gwp", "the CO2e figure uses AR6 GWPs but the plan uses AR5");

    // Prices
    error(
        "price of an unknown carrier", [](Plan &p) { p.prices[0].carrier = s("hydrogen"); },
        "/prices/0/carrier",
        "carrier \"hydrogen\" is not known; expected one of electricity, natural_gas");
    error(
        "price in an unknown unit", [](Plan &p) { p.prices[0].unit = s("kWh2"); }, "/prices/0/unit",
        "unit \"kWh2\" is not known");
    error(
        "price unit unfit for its carrier", [](Plan &p) { p.prices[1].unit = s("kg"); },
        "/prices/1/unit", "unit kg does not fit Natural gas");
    error(
        "negative price", [](Plan &p) { p.prices[0].price = -0.6; }, "/prices/0/price",
        "price -0.6 must be a number of at least 0");
    error(
        "two prices for one carrier", [](Plan &p) { p.prices[1] = p.prices[0]; },
        "/prices/1/carrier", "\"electricity\" is used twice (first at /prices/0/carrier)");

    // Drivers
    error(
        "population shrinking by 100 %", [](Plan &p) { p.drivers.populationGrowth = -1; },
        "/drivers/population_growth", "population growth -1 must be more than −1");
    warning(
        "population growth of 15 % a year", [](Plan &p) { p.drivers.populationGrowth = 0.15; },
        "/drivers/population_growth", "population growth 0.15 a year is unusually large");
    error(
        "household growth not a number", [](Plan &p) { p.drivers.householdGrowth = kNaN; },
        "/drivers/household_growth", "must be more than −1");
    error(
        "two trends for one sector",
        [](Plan &p) { p.drivers.sectorTrends[1].sector = Sector::Transport; },
        "/drivers/sector_trends/1/sector", "a second trend for sector transport");
    warning(
        "sector trend of 50 % a year", [](Plan &p) { p.drivers.sectorTrends[0].rate = 0.5; },
        "/drivers/sector_trends/0/rate", "sector trend 0.5 a year is unusually large");

    // Activity lines
    error(
        "activity without id", [](Plan &p) { p.activities[2].id.clear(); }, "/activities/2/id",
        "the activity line has no id");
    error(
        "activity id used twice", [](Plan &p) { p.activities[1].id = s("homes-electricity"); },
        "/activities/1/id", "\"homes-electricity\" is used twice (first at /activities/0/id)");
    error(
        "scope 4", [](Plan &p) { p.activities[0].scope = 4; }, "/activities/0/scope",
        "scope 4 is not 1, 2 or 3");
    error(
        "unknown carrier", [](Plan &p) { p.activities[0].carrier = s("steam"); },
        "/activities/0/carrier", "carrier \"steam\" is not known");
    error(
        "unknown unit", [](Plan &p) { p.activities[0].unit = s("kWh/yr"); }, "/activities/0/unit",
        "unit \"kWh/yr\" is not known");
    error(
        "unit unfit for the carrier", [](Plan &p) { p.activities[0].unit = s("m³"); },
        "/activities/0/unit", "unit m³ (volume) does not fit Grid electricity");
    error(
        "unit unlike the factor's", [](Plan &p) { p.activities[1].unit = s("kWh"); },
        "/activities/1/unit",
        "unit kWh (energy) does not match factor \"natural-gas-m3\", which is per m³ (volume)");
    error(
        "negative amount", [](Plan &p) { p.activities[0].amount = -10; }, "/activities/0/amount",
        "amount -10 must be a number of at least 0");
    error(
        "infinite amount", [](Plan &p) { p.activities[0].amount = kInfinity; },
        "/activities/0/amount", "must be a number of at least 0");
    error(
        "notation key with an amount", [](Plan &p) { p.activities[4].amount = 5; },
        "/activities/4/amount",
        "a line with notation key NO has no number; amount must be 0, not 5");
    warning(
        "zero amount without a notation key", [](Plan &p) { p.activities[3].amount = 0; },
        "/activities/3/amount", "amount is 0; give a notation key");
    error(
        "no factor", [](Plan &p) { p.activities[0].factor.clear(); }, "/activities/0/factor",
        "the line has no emission factor");
    error(
        "factor neither in plan nor library",
        [](Plan &p) { p.activities[2].factor = s("car-mars"); }, "/activities/2/factor",
        "factor \"car-mars\" is in neither the plan's factors nor the factor library test-1");
    error(
        "factor of another carrier", [](Plan &p) { p.activities[1].factor = s("grid-riverside"); },
        "/activities/1/factor",
        "factor \"grid-riverside\" is for Grid electricity, but the line is Natural gas");
    warning(
        "grid electricity in scope 1", [](Plan &p) { p.activities[0].scope = 1; },
        "/activities/0/scope", "Grid electricity bought from outside is usually scope 2");
    warning(
        "natural gas in scope 2", [](Plan &p) { p.activities[1].scope = 2; }, "/activities/1/scope",
        "Natural gas burnt in the community is scope 1");

    // Measures: identity, years, costs
    error(
        "measure without id", [](Plan &p) { p.measures[4].id.clear(); }, "/measures/4/id",
        "the measure has no id");
    error(
        "measure id used twice", [](Plan &p) { p.measures[1].id = s("solar"); }, "/measures/1/id",
        "\"solar\" is used twice (first at /measures/0/id)");
    error(
        "start year after the horizon", [](Plan &p) { p.measures[0].startYear = 2070; },
        "/measures/0/start_year", "start year 2070 is outside the plan's horizon 2023–2060");
    error(
        "start year before the base year", [](Plan &p) { p.measures[0].startYear = 2020; },
        "/measures/0/start_year", "start year 2020 is outside the plan's horizon 2023–2060");
    error(
        "negative ramp", [](Plan &p) { p.measures[0].rampYears = -1; }, "/measures/0/ramp_years",
        "ramp_years -1 is outside 0–100");
    warning(
        "full adoption after the horizon", [](Plan &p) { p.measures[0].startYear = 2058; },
        "/measures/0/ramp_years", "full adoption comes in 2061, after the horizon end 2060");
    error(
        "lifetime of 0 years", [](Plan &p) { p.measures[0].lifetimeYears = 0; },
        "/measures/0/lifetime_years", "lifetime_years 0 is outside 1–100");
    error(
        "negative capex", [](Plan &p) { p.measures[0].costs.capex = -1; },
        "/measures/0/costs/capex", "capex -1 must be a number of at least 0");
    error(
        "negative opex", [](Plan &p) { p.measures[0].costs.opexPerYear = -1; },
        "/measures/0/costs/opex_per_year", "opex_per_year -1 must be a number of at least 0");

    // Measures: parameters
    error(
        "parameter above its maximum",
        [](Plan &p) {
            p.measures[0].parameters[s("self_consumption")] = {1.2, {}, {}, {}};
        },
        "/measures/0/parameters/self_consumption",
        "self_consumption 1.2 is outside the allowed range 0–1 share");
    error(
        "parameter below its minimum",
        [](Plan &p) { p.measures[1].parameters[s("cop")].value = 0.3; },
        "/measures/1/parameters/cop", "cop 0.3 is outside the allowed range 0.5–10");
    error(
        "parameter not a number",
        [](Plan &p) { p.measures[2].parameters[s("capacity_t")].value = kNaN; },
        "/measures/2/parameters/capacity_t",
        "capacity_t nan is outside the allowed range 0–1,000,000 t/yr");
    error(
        "low above the likely value",
        [](Plan &p) { p.measures[0].parameters[s("specific_yield")].low = 1150; },
        "/measures/0/parameters/specific_yield/low", "low 1,150 is above the likely value 1,100");
    error(
        "high below the likely value",
        [](Plan &p) { p.measures[0].parameters[s("specific_yield")].high = 1000; },
        "/measures/0/parameters/specific_yield/high", "high 1,000 is below the likely value 1,100");
    error(
        "low outside the allowed range",
        [](Plan &p) { p.measures[0].parameters[s("degradation")].low = -0.1; },
        "/measures/0/parameters/degradation/low", "low -0.1 is outside the allowed range 0–0.05");
    error(
        "low without high",
        [](Plan &p) { p.measures[0].parameters[s("degradation")].high.reset(); },
        "/measures/0/parameters/degradation/low", "give both low and high, or neither");
    warning(
        "parameter the kind does not have",
        [](Plan &p) {
            p.measures[0].parameters[s("tilt")] = {30, {}, {}, {}};
        },
        "/measures/0/parameters/tilt",
        "tilt is not a parameter of Rooftop solar PV; it is ignored");
    error(
        "export credit neither 0 nor 1",
        [](Plan &p) { p.measures[0].parameters[s("export_credit")].value = 0.5; },
        "/measures/0/parameters/export_credit", "export_credit is a switch: 0 or 1, not 0.5");
    error(
        "recycling rate that falls",
        [](Plan &p) {
            p.measures.append(extra(MeasureKind::WasteSorting,
                                    {{"recycling_before", 0.3}, {"recycling_after", 0.2}}));
        },
        "/measures/5/parameters/recycling_after",
        "the recycling rate reached (0.2) is below today's (0.3)");
    error(
        "retrofit that raises demand",
        [](Plan &p) {
            p.measures.append(extra(MeasureKind::BuildingRetrofit, {{"demand_after", 300}}));
        },
        "/measures/5/parameters/demand_after",
        "the heat demand after the retrofit (300) is above the demand before (220)");

    // Measures: figures the engine would cut down without a word (MeasureEffects.cpp)
    // Composting: food-waste holds 520 t in 2023 (rich.json), driver fixed, waste trend
    // −1 %/yr, so 520 × 0.99^t t; the composter starts in 2024 at once. 400 t/yr is more
    // than the line holds from t = 27 on: 520 × 0.99^27 = 396.418 t in 2050.
    warning(
        "composting capacity above the waste its lines hold",
        [](Plan &p) { p.measures[2].parameters[s("capacity_t")].value = 400; },
        "/measures/2/parameters/capacity_t",
        "capacity_t 400 t/yr is more than the 396.4 t its target lines hold in 2050; only "
        "396.4 t is composted that year");
    // Custom: homes-gas is 310,000 m³ × 2.16 kg/m³ = 669.6 t in 2023, driver population
    // +1 %/yr: 669.6 × 1.01^7 = 717.90 t in 2030, the measure's start; a share of 0.5 leaves
    // 358.95 t, so 500 t/yr is cut down to 359 t (four digits).
    warning(
        "custom amount above what its lines still emit",
        [](Plan &p) {
            Measure m = extra(MeasureKind::Custom, {{"share", 0.5}, {"amount_t", 500}});
            m.targets = QStringList{s("homes-gas")};
            p.measures.append(m);
        },
        "/measures/5/parameters/amount_t",
        "amount_t 500 t/yr is more than the 359 tCO2e its target lines still emit in 2030 after "
        "the share cut; only 359 t is cut that year");
    // The catalogue's share is 0.10: left so, it cuts 10 % of the cars' km besides 50 t.
    warning(
        "custom share left at its default beside amount_t",
        [](Plan &p) {
            Measure m = extra(MeasureKind::Custom, {{"amount_t", 50}});
            m.targets = QStringList{s("cars")};
            p.measures.append(m);
        },
        "/measures/5/parameters/share",
        "share is left at its default 0.1 while amount_t is given: the measure cuts 10 % of its "
        "lines' activity as well as 50 t/yr");

    // Measures: targets
    error(
        "custom measure without targets", [](Plan &p) { p.measures[3].targets.clear(); },
        "/measures/3/targets", "a custom measure must name the activity lines it acts on");
    error(
        "target that does not exist",
        [](Plan &p) { p.measures[1].targets = QStringList{s("homes-oil")}; },
        "/measures/1/targets/0", "target \"homes-oil\" is not an activity line of the plan");
    error(
        "target listed twice",
        [](Plan &p) {
            p.measures[1].targets = QStringList{s("homes-gas"), s("homes-gas")};
        },
        "/measures/1/targets/1", "target \"homes-gas\" is listed twice");
    error(
        "target of a carrier the kind does not act on",
        [](Plan &p) { p.measures[1].targets = QStringList{s("homes-electricity")}; },
        "/measures/1/targets/0",
        "target \"homes-electricity\" is Grid electricity, but Heat pumps and electrification acts "
        "on Natural gas, LPG, Coal");
    warning(
        "sink with targets", [](Plan &p) { p.measures[4].targets = QStringList{s("cars")}; },
        "/measures/4/targets",
        "Tree planting and green space acts on no activity line; its targets are ignored");
    warning(
        "no line the measure could act on",
        [](Plan &p) { p.measures.append(extra(MeasureKind::SmartEnergy)); }, "/measures/5/targets",
        "no activity line is one that Smart energy management acts on");

    // Scenarios
    error(
        "scenario without a name", [](Plan &p) { p.scenarios[0].name.clear(); },
        "/scenarios/0/name", "the scenario has no name");
    error(
        "scenario name used twice", [](Plan &p) { p.scenarios[1].name = s("cautious"); },
        "/scenarios/1/name", "\"cautious\" is used twice (first at /scenarios/0/name)");
    error(
        "scenario measure that does not exist",
        [](Plan &p) { p.scenarios[0].measures[0].measure = s("wind"); },
        "/scenarios/0/measures/0/measure", "measure \"wind\" is not in the plan");
    error(
        "scenario measure listed twice",
        [](Plan &p) { p.scenarios[0].measures[1].measure = s("solar"); },
        "/scenarios/0/measures/1/measure",
        "\"solar\" is used twice (first at /scenarios/0/measures/0/measure)");
    error(
        "level above 1", [](Plan &p) { p.scenarios[0].measures[0].level = 1.5; },
        "/scenarios/0/measures/0/level", "level 1.5 is outside 0–1");
    error(
        "negative level", [](Plan &p) { p.scenarios[0].measures[0].level = -0.5; },
        "/scenarios/0/measures/0/level", "level -0.5 is outside 0–1");

    // Issue 12: control characters in names garbled the PDF and were accepted.
    error(
        "control character in a measure name",
        [](Plan &p) { p.measures[1].name = s("Solar\u0001 one"); }, "/measures/1/name",
        "the name holds the control character U+0001 (at character 6)");
    error(
        "bell in the title", [](Plan &p) { p.title = s("\u0007Plan"); }, "/title",
        "control character U+0007 (at character 1)");
    error(
        "line break in a scenario name", [](Plan &p) { p.scenarios[0].name = s("a\nb"); },
        "/scenarios/0/name", "control character U+000A");
    error(
        "C1 control in an activity id", [](Plan &p) { p.activities[0].id = s("x\u0085"); },
        "/activities/0/id", "control character U+0085");
}

void TestPlanValidator::rules()
{
    QFETCH(PlanEdit, edit);
    QFETCH(QString, path);
    QFETCH(bool, isError);
    QFETCH(QString, fragment);

    Plan plan = richPlan();
    edit(plan);
    const PlanProblems problems = PlanValidator::validate(plan, testLibrary());
    QVERIFY2(hasProblem(problems, path, isError, fragment), listed(problems));
    for (const PlanProblem &p : problems) {
        QVERIFY2(!p.message.isEmpty() && !p.message.contains(QLatin1Char('\n')),
                 qPrintable(p.message));
        QVERIFY2(p.path.startsWith(QLatin1Char('/')), qPrintable(p.toString()));
    }
}

void TestPlanValidator::defaultPlanIsReportedNotCrashed()
{
    const PlanProblems problems = PlanValidator::validate(Plan(), testLibrary());
    QStringList paths;
    for (const PlanProblem &p : problems) {
        if (p.severity == PlanProblem::Severity::Error)
            paths << p.path;
    }
    QCOMPARE(paths, QStringList{QStringLiteral("/community/name")});
}

void TestPlanValidator::libraryFactorsNeedTheLibrary()
{
    const FactorLibrary empty;
    const PlanProblems problems = PlanValidator::validate(richPlan(), empty);
    QStringList paths;
    for (const PlanProblem &p : problems)
        paths << p.path;
    // The three lines that use library factors; nothing else depends on the library.
    QCOMPARE(paths, (QStringList{QStringLiteral("/activities/1/factor"),
                                 QStringLiteral("/activities/2/factor"),
                                 QStringLiteral("/activities/3/factor")}));
}

// The same custom measure as in rules(): its lines still emit 358.95 t in 2030 after the
// share cut (669.6 × 1.01^7 × 0.5), and fall no lower later (+1 %/yr). 358 t/yr is used in
// full; 360 t/yr is not. An explicit share (0.5) is no default, and a composter within
// what its line holds (180 t of 520 × 0.99^37 = 358.5 t in 2060) warns of nothing.
void TestPlanValidator::clampingWarnsOnlyBeyondWhatTheLinesHold()
{
    const auto problemsWith = [](double amount) {
        Plan plan = richPlan();
        Measure m = extra(MeasureKind::Custom, {{"share", 0.5}, {"amount_t", amount}});
        m.targets = QStringList{s("homes-gas")};
        plan.measures.append(m);
        return PlanValidator::validate(plan, testLibrary());
    };
    const PlanProblems within = problemsWith(358);
    QVERIFY2(within.isEmpty(), listed(within));
    const PlanProblems beyond = problemsWith(360);
    QVERIFY2(beyond.size() == 1, listed(beyond));
    QCOMPARE(beyond.first().path, s("/measures/5/parameters/amount_t"));
    QVERIFY2(beyond.first().message.contains(s("only 359 t is cut that year")), listed(beyond));

    // Level does not matter (the check is of the measure as specified), a ramp does: a
    // composter of 600 t/yr ramped linearly over 4 years from 2024 asks 150 t in 2024 and
    // 300 t in 2025 (under 514.8 and 509.7 t), 450 t in 2026 (under 520 × 0.99³ = 504.6 t),
    // then 600 t in 2027, more than 520 × 0.99⁴ = 499.5 t.
    Plan ramped = richPlan();
    ramped.measures[2].parameters[s("capacity_t")].value = 600;
    ramped.measures[2].parameters[s("capacity_t")].high = 650; // 120–220 in rich.json
    ramped.measures[2].rampYears = 4;
    const PlanProblems problems = PlanValidator::validate(ramped, testLibrary());
    QVERIFY2(problems.size() == 1, listed(problems));
    QVERIFY2(problems.first().message.contains(s("the 499.5 t its target lines hold in 2027")),
             listed(problems));
}

QTEST_GUILESS_MAIN(TestPlanValidator)
#include "TestPlanValidator.moc"
