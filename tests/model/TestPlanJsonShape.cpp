// The JSON shape of a plan: every field missing, of the wrong type or naming an unknown id
// is reported at its JSON pointer with a message that names the field and what it expects.
// Each row changes one thing in the minimal fixture.
#include "PlanJsonTestData.h"
#include "storage/FactorLibraryJson.h"

#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

const QJsonValue kRemove = QJsonValue(QJsonValue::Undefined);

} // namespace

class TestPlanJsonShape : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shapeProblems_data();
    void shapeProblems();
    void factorLibraryRejects_data();
    void factorLibraryRejects();
};

// Messages show numbers in the user's locale; the expected texts are in US English.
void TestPlanJsonShape::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPlanJsonShape::shapeProblems_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("fragment");

    const auto row = [](const char *name, const char *pointer, const QJsonValue &value,
                        const char *path, bool isError, const char *fragment) {
        QTest::newRow(name) << QString::fromUtf8(pointer) << value << QString::fromUtf8(path)
                            << isError << QString::fromUtf8(fragment);
    };
    const QJsonValue factor = json(R"({"id": "f", "carrier": "electricity", "value": 0.5,
                                       "unit": "kg/kWh", "source": "s"})");
    row("community missing", "/community", kRemove, "/community", true,
        "community is required but missing");
    row("community is a list", "/community", QJsonArray(), "/community", true,
        "community must be an object {…}, not a list […]");
    row("name missing", "/community/name", kRemove, "/community/name", true,
        "name is required but missing");
    row("population as text", "/community/population", QStringLiteral("800"),
        "/community/population", true, "population must be a number, not text \"800\"");
    row("population null", "/community/population", QJsonValue(), "/community/population", true,
        "population is required");
    row("base year with a fraction", "/community/base_year", 2024.5, "/community/base_year", true,
        "base_year must be a whole number, not 2024.5");
    row("base year far too large", "/community/base_year", 1e12, "/community/base_year", true,
        "out of range");
    row("area as boolean", "/community/area_ha", true, "/community/area_ha", true,
        "area_ha must be a number, not true");
    row("interim target without cut", "/community/targets",
        json(R"({"interim": [{"year": 2030}]})"), "/community/targets/interim/0/cut", true,
        "cut is required but missing");
    row("interim is an object", "/community/targets", json(R"({"interim": {"year": 2030}})"),
        "/community/targets/interim", true, "interim must be a list");
    row("format_version missing", "/format_version", kRemove, "/format_version", true,
        "format_version is required");
    row("format_version 0", "/format_version", 0, "/format_version", true,
        "format_version 0 is not valid");
    row("unknown GWP set", "/gwp", QStringLiteral("AR4"), "/gwp", true,
        "gwp \"AR4\" is not known; expected one of AR5, AR6");
    row("title as number", "/title", 7, "/title", true, "title must be text, not the number 7");
    row("title too long", "/title", QString(PlanJson::kMaxTextLength + 1, QLatin1Char('x')),
        "/title", true, "title is 100001 characters long; at most 100000 are allowed");
    row("unknown top-level field", "/colour", QStringLiteral("green"), "/colour", false,
        "unknown field \"colour\" is ignored");
    row("activities is an object", "/activities", QJsonObject(), "/activities", true,
        "activities must be a list […], not an object {…}");
    row("activity is a number", "/activities/0", 5, "/activities/0", true,
        "expected an object {…} here, not the number 5");
    row("activity id is a number", "/activities/0/id", 5, "/activities/0/id", true,
        "id must be text, not the number 5");
    row("activity amount missing", "/activities/0/amount", kRemove, "/activities/0/amount", true,
        "amount is required");
    row("activity factor missing", "/activities/0/factor", kRemove, "/activities/0/factor", true,
        "factor is required");
    row("activity scope missing", "/activities/0/scope", kRemove, "/activities/0/scope", true,
        "scope is required");
    row("unknown sector", "/activities/0/sector", QStringLiteral("energy"), "/activities/0/sector",
        true,
        "sector \"energy\" is not known; expected one of stationary_energy, transport, waste, "
        "ippu, afolu");
    row("unknown notation key", "/activities/0/notation_key", QStringLiteral("NA"),
        "/activities/0/notation_key", true,
        "notation_key \"NA\" is not known; expected one of NO, IE, NE, C");
    row("unknown data quality", "/activities/0/data_quality", QStringLiteral("good"),
        "/activities/0/data_quality", true, "expected one of high, medium, low");
    row("unknown driver", "/activities/0/driver", QStringLiteral("gdp"), "/activities/0/driver",
        true, "expected one of population, households, fixed");
    row("unknown field in activity", "/activities/0/colour", QStringLiteral("red"),
        "/activities/0/colour", false, "unknown field \"colour\" is ignored");
    row("unknown measure kind", "/measures/0/kind", QStringLiteral("solar"), "/measures/0/kind",
        true, "kind \"solar\" is not known; expected one of rooftop_solar, shared_transport");
    row("measure kind missing", "/measures/0/kind", kRemove, "/measures/0/kind", true,
        "kind is required");
    row("start year missing", "/measures/0/start_year", kRemove, "/measures/0/start_year", true,
        "start_year is required");
    row("start year as text", "/measures/0/start_year", QStringLiteral("2026"),
        "/measures/0/start_year", true, "start_year must be a whole number, not text \"2026\"");
    row("unknown ramp shape", "/measures/0/ramp_shape", QStringLiteral("sigmoid"),
        "/measures/0/ramp_shape", true, "expected one of linear, s_curve");
    row("unknown status", "/measures/0/status", QStringLiteral("planned"), "/measures/0/status",
        true, "expected one of proposed, approved, in_progress, done");
    row("parameter as text", "/measures/0/parameters", json(R"({"capacity_kwp": "big"})"),
        "/measures/0/parameters/capacity_kwp", true, "a parameter must be a number or an object");
    row("parameter without value", "/measures/0/parameters",
        json(R"({"capacity_kwp": {"low": 1}})"), "/measures/0/parameters/capacity_kwp/value", true,
        "value is required but missing");
    row("parameter with unknown field", "/measures/0/parameters",
        json(R"({"capacity_kwp": {"value": 1, "mode": 2}})"),
        "/measures/0/parameters/capacity_kwp/mode", false, "unknown field \"mode\"");
    row("parameters is a list", "/measures/0/parameters", QJsonArray(), "/measures/0/parameters",
        true, "parameters must be an object");
    row("target is a number", "/measures/0/targets", json("[5]"), "/measures/0/targets/0", true,
        "a target must be an activity line id (text), not the number 5");
    row("costs is a number", "/measures/0/costs", 5, "/measures/0/costs", true,
        "costs must be an object");
    row("capex as text", "/measures/0/costs", json(R"({"capex": "1 million"})"),
        "/measures/0/costs/capex", true, "capex must be a number");
    row("factor with unknown gas", "/factors",
        QJsonArray{edited(factor.toObject(), QStringLiteral("/gas"), QStringLiteral("SF6"))},
        "/factors/0/gas", true,
        "gas \"SF6\" is not known; expected one of CO2e, CO2, CH4, CH4_fossil, CH4_biogenic, N2O");
    row("factor with unknown gas in gases", "/factors",
        json(R"([{"id": "f", "gases": {"SF6": 1}, "unit": "kg/kWh", "source": "s"}])"),
        "/factors/0/gases/SF6", true, "gas SF6 is not known");
    row("factor with empty gases", "/factors",
        json(R"([{"id": "f", "gases": {}, "unit": "kg/kWh", "source": "s"}])"), "/factors/0/gases",
        true, "gases is empty");
    row("factor with value and gases", "/factors",
        json(R"([{"id": "f", "value": 1, "gases": {"CO2": 1}, "unit": "kg/kWh", "source": "s"}])"),
        "/factors/0/gases", true, "give either value (with gas) or gases, not both");
    row("factor without value", "/factors",
        json(R"([{"id": "f", "unit": "kg/kWh", "source": "s"}])"), "/factors/0/value", true,
        "value is required but missing; give value (with gas) or gases");
    row("factor unit without slash", "/factors",
        QJsonArray{edited(factor.toObject(), QStringLiteral("/unit"), QStringLiteral("kg"))},
        "/factors/0/unit", true, "must be a mass (g, kg or t), a slash and a known activity unit");
    row("factor unit per unknown unit", "/factors",
        QJsonArray{edited(factor.toObject(), QStringLiteral("/unit"), QStringLiteral("kg/widget"))},
        "/factors/0/unit", true, "unit kg/widget must be a mass");
    row("factor unit in kWh per kWh", "/factors",
        QJsonArray{edited(factor.toObject(), QStringLiteral("/unit"), QStringLiteral("kWh/kWh"))},
        "/factors/0/unit", true, "unit kWh/kWh must be a mass");
    row("factor unit unfit for carrier", "/factors",
        QJsonArray{edited(factor.toObject(), QStringLiteral("/unit"), QStringLiteral("kg/m³"))},
        "/factors/0/unit", true,
        "unit kg/m³ does not fit Grid electricity, which is measured in energy");
    row("factor with unknown carrier", "/factors",
        QJsonArray{
            edited(factor.toObject(), QStringLiteral("/carrier"), QStringLiteral("hydrogen"))},
        "/factors/0/carrier", true, "carrier \"hydrogen\" is not known");
    row("factor with negative value", "/factors",
        QJsonArray{edited(factor.toObject(), QStringLiteral("/value"), -0.2)}, "/factors/0/value",
        true, "the CO2e value -0.2 must be a number of at least 0");
    row("factor without source", "/factors",
        QJsonArray{edited(factor.toObject(), QStringLiteral("/source"), kRemove)},
        "/factors/0/source", false, "the factor cites no source");
    row("factor with unknown confidence", "/factors",
        QJsonArray{
            edited(factor.toObject(), QStringLiteral("/confidence"), QStringLiteral("sure"))},
        "/factors/0/confidence", true, "expected one of high, medium, low");
    row("factor year implausible", "/factors",
        QJsonArray{edited(factor.toObject(), QStringLiteral("/year"), 23)}, "/factors/0/year", true,
        "year 23 is not plausible");
    row("trajectory going back", "/factors",
        QJsonArray{edited(factor.toObject(), QStringLiteral("/trajectory"),
                          json(R"([{"year": 2040, "value": 0.3}, {"year": 2030, "value": 0.4}])"))},
        "/factors/0/trajectory/1/year", true,
        "year 2030 does not come after 2040; trajectory years must increase");
    row("trajectory point without year", "/factors",
        QJsonArray{
            edited(factor.toObject(), QStringLiteral("/trajectory"), json(R"([{"value": 0.3}])"))},
        "/factors/0/trajectory/0/year", true, "year is required");
    row("trajectory of a multi-gas factor", "/factors",
        json(
            R"([{"id": "f", "gases": {"CH4": 1, "N2O": 1}, "unit": "kg/t", "source": "s", "trajectory": [{"year": 2030, "value": 1}]}])"),
        "/factors/0/trajectory", true, "only a factor with a single value can have a trajectory");
    row("price without unit", "/prices", json(R"([{"carrier": "electricity", "price": 0.6}])"),
        "/prices/0/unit", true, "unit is required");
    row("sector trend with unknown sector", "/drivers",
        json(R"({"sector_trends": [{"sector": "energy", "rate": 0.01}]})"),
        "/drivers/sector_trends/0/sector", true, "sector \"energy\" is not known");
    row("drivers is text", "/drivers", QStringLiteral("growing"), "/drivers", true,
        "drivers must be an object");
    row("scenario without name", "/scenarios", json(R"([{"measures": []}])"), "/scenarios/0/name",
        true, "name is required");
    row("scenario level as text", "/scenarios",
        json(R"([{"name": "s", "measures": [{"measure": "solar", "level": "full"}]}])"),
        "/scenarios/0/measures/0/level", true, "level must be a number, not text \"full\"");
    row("negative population (checked after reading)", "/community/population", -5,
        "/community/population", true, "population -5 must be a number of at least 0");
}

void TestPlanJsonShape::shapeProblems()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    QFETCH(bool, isError);
    QFETCH(QString, fragment);

    const PlanReadResult result =
        readObject(edited(planFixtureObject("minimal.json"), pointer, value));
    QVERIFY(result.plan); // a malformed field still gives a plan, with its problems
    QVERIFY2(hasProblem(result.problems, path, isError, fragment), listed(result.problems));
    QCOMPARE(result.ok(), !isError);
}

void TestPlanJsonShape::factorLibraryRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("syntax error") << QByteArray("{\"format\": ")
                                  << QStringLiteral("JSON syntax error at line 1");
    QTest::newRow("a plan") << planFixture("minimal.json")
                            << QStringLiteral(
                                   "format is \"zeroplan-plan\", expected \"zeroplan-factors\"");
    QTest::newRow("no factors") << QByteArray(R"({"format": "zeroplan-factors", "version": "1"})")
                                << QStringLiteral("factors is required but missing");
    QTest::newRow("no version") << QByteArray(R"({"format": "zeroplan-factors", "factors": []})")
                                << QStringLiteral("version is required");
    QTest::newRow("bad factor")
        << QByteArray(
               R"({"format": "zeroplan-factors", "version": "1", "factors": [{"id": "x", "value": 1, "unit": "kg/kWh", "carrier": "plasma", "source": "s"}]})")
        << QStringLiteral("/factors/0/carrier: carrier \"plasma\" is not known");
    QTest::newRow("duplicate id")
        << QByteArray(R"({"format": "zeroplan-factors", "version": "1", "factors": [
            {"id": "x", "value": 1, "unit": "kg/kWh", "source": "s"}, {"id": "x", "value": 2, "unit": "kg/kWh", "source": "s"}]})")
        << QStringLiteral("/factors/1/id: factor id \"x\" is used twice");
    QTest::newRow("two problems")
        << QByteArray(R"({"format": "zeroplan-factors", "version": "1", "factors": [{"id": 1}]})")
        << QStringLiteral("(and 2 more problem(s))");
}

void TestPlanJsonShape::factorLibraryRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!FactorLibraryJson::read(json, &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestPlanJsonShape)
#include "TestPlanJsonShape.moc"
