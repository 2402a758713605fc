// The JSON plan format: every field read, defaults for what a file leaves out, exact round
// trips, files, and how a malformed field is reported once and keeps later paths right.
#include "PlanJsonTestData.h"
#include "measures/MeasureCatalogue.h"
#include "storage/MeasureJson.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

class TestPlanJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void richFixtureHasNoProblems();
    void richFixtureReadsEveryField();
    void richFixtureIsWrittenBackAsItWas();
    void minimalFixtureTakesDefaults();
    void roundTrip_data();
    void roundTrip();
    void parameterAsPlainNumber();
    void writeFileThenReadFile();
    void writeFileReportsFailure();
    void notationKeyLineNeedsNoQuantity();
    void documentedExampleReads();
    void malformedFieldIsReportedOnce();
    void unknownMeasureKindKeepsItsPlace();
    void unknownParameterIsKeptAndWarned();
    void currentScenarioIsOptional();
};

// Messages show numbers in the user's locale; the expected texts are in US English.
void TestPlanJson::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPlanJson::richFixtureHasNoProblems()
{
    const PlanReadResult result = PlanJson::read(planFixture("rich.json"), &testLibrary());
    QVERIFY2(result.problems.isEmpty(), listed(result.problems));
    QVERIFY(result.ok());
}

void TestPlanJson::richFixtureReadsEveryField()
{
    const PlanReadResult result = PlanJson::read(planFixture("rich.json"), &testLibrary());
    QVERIFY(result.plan);
    const Plan &plan = *result.plan;
    QCOMPARE(plan.factorSet, QStringLiteral("test-1"));
    QCOMPARE(plan.gwp, GwpSet::AR5);
    const Community &c = plan.community;
    QCOMPARE(c.name, QStringLiteral("Riverside Garden 江畔花园"));
    QCOMPARE(c.gridRegion, QStringLiteral("CN-South"));
    QCOMPARE(c.areaHa, std::optional<double>(12.5));
    QCOMPARE(c.baseYear, 2023);
    QCOMPARE(c.targets.neutralityYear, std::optional<int>(2055));
    QCOMPARE(c.targets.interim.size(), 2);
    QCOMPARE(c.targets.interim[1], (InterimTarget{2040, 0.7}));
    QCOMPARE(c.targets.carbonBudget, std::optional<double>(60000));
    QCOMPARE(c.discountRate, 0.04);

    const EmissionFactor &grid = plan.factors[0];
    QCOMPARE(grid.gases.size(), 1);
    QCOMPARE(grid.gases[0].gas, Gas::CO2);
    QCOMPARE(grid.gases[0].value, 0.5);
    QCOMPARE(grid.massUnit, QStringLiteral("kg"));
    QCOMPARE(grid.activityUnit, QStringLiteral("kWh"));
    QCOMPARE(grid.trajectory.size(), 2);
    QCOMPARE(grid.trajectory[1].year, 2060);
    QCOMPARE(grid.trajectory[1].value, 0.05);
    QCOMPARE(grid.confidence, Confidence::Medium);
    const EmissionFactor &compost = plan.factors[1];
    QCOMPARE(compost.gases.size(), 2); // in gas order, whatever the order in the file
    QCOMPARE(compost.gases[0].gas, Gas::CH4Biogenic);
    QCOMPARE(compost.gases[0].value, 4.0);
    QCOMPARE(compost.gases[1].gas, Gas::N2O);
    QCOMPARE(compost.gases[1].value, 0.3);
    QCOMPARE(compost.confidence, Confidence::High);

    QCOMPARE(plan.prices[1], (Price{QStringLiteral("natural_gas"), QStringLiteral("m³"), 3.45,
                                    QStringLiteral("Gas company bill")}));
    QCOMPARE(plan.drivers.householdGrowth, 0.012);
    QCOMPARE(plan.drivers.sectorTrends[1], (SectorTrend{Sector::Waste, -0.01}));

    const ActivityLine &homes = plan.activities[0];
    QCOMPARE(homes.scope, 2);
    QCOMPARE(homes.amount, 4200000.0);
    QCOMPARE(homes.dataQuality, DataQuality::High);
    QCOMPARE(homes.driver, Driver::Households);
    QCOMPARE(homes.notationKey, NotationKey::None);
    QCOMPARE(plan.activities[2].sector, Sector::Transport);
    QCOMPARE(plan.activities[4].sector, Sector::IPPU);
    QCOMPARE(plan.activities[4].notationKey, NotationKey::NO);
    QCOMPARE(plan.activities[3].driver, Driver::Fixed);

    const Measure &solar = plan.measures[0];
    QCOMPARE(solar.kind, MeasureKind::RooftopSolar);
    QCOMPARE(solar.rampShape, RampShape::SCurve);
    QCOMPARE(solar.rampYears, 3);
    QCOMPARE(solar.status, MeasureStatus::Approved);
    QCOMPARE(solar.costs, (MeasureCosts{1750000, 20000}));
    QCOMPARE(solar.parameters.size(), 7);
    QCOMPARE(solar.parameters.value(QStringLiteral("specific_yield")),
             (UncertainValue{1100, 950, 1250, QStringLiteral("PVGIS for Guangzhou")}));
    QCOMPARE(solar.parameters.value(QStringLiteral("export_credit")),
             (UncertainValue{0, std::nullopt, std::nullopt, QString()}));
    QCOMPARE(plan.measures[1].targets, QStringList{QStringLiteral("homes-gas")});
    QCOMPARE(plan.measures[2].status, MeasureStatus::InProgress);
    QCOMPARE(plan.measures[3].status, MeasureStatus::Done);
    QCOMPARE(plan.measures[3].kind, MeasureKind::Custom);
    QCOMPARE(plan.scenarios[0].measures[1], (ScenarioMeasure{QStringLiteral("compost"), 0.5}));
    QCOMPARE(plan.scenarios[1].measures.size(), 5);
}

void TestPlanJson::richFixtureIsWrittenBackAsItWas()
{
    const PlanReadResult result = PlanJson::read(planFixture("rich.json"), &testLibrary());
    QVERIFY(result.plan);
    const QJsonObject written = PlanJson::toJson(*result.plan);
    const QJsonObject original = planFixtureObject("rich.json");
    for (auto it = original.constBegin(); it != original.constEnd(); ++it)
        QVERIFY2(written.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(written.keys(), original.keys());
}

void TestPlanJson::minimalFixtureTakesDefaults()
{
    const PlanReadResult result = PlanJson::read(planFixture("minimal.json"), &testLibrary());
    QVERIFY2(result.problems.isEmpty(), listed(result.problems));
    const Plan &plan = *result.plan;
    QCOMPARE(plan.title, QString());
    QCOMPARE(plan.gwp, GwpSet::AR6);
    QCOMPARE(plan.community.horizonEnd, 2060);
    QCOMPARE(plan.community.currency, QStringLiteral("CNY"));
    QCOMPARE(plan.community.discountRate, 0.05);
    QCOMPARE(plan.community.households, 0.0);
    QCOMPARE(plan.community.areaHa, std::nullopt);
    QCOMPARE(plan.community.targets, Targets());
    QCOMPARE(plan.drivers, Drivers());
    QVERIFY(plan.factors.isEmpty() && plan.scenarios.isEmpty());
    QCOMPARE(plan.prices.size(), 1); // its solar saves electricity: without a price, a warning
    const ActivityLine &line = plan.activities[0];
    QCOMPARE(line.subsector, QString());
    QCOMPARE(line.dataQuality, DataQuality::Medium);
    QCOMPARE(line.driver, Driver::Population);
    QCOMPARE(line.notationKey, NotationKey::None);
    const Measure &solar = plan.measures[0];
    QCOMPARE(solar.name, QStringLiteral("Rooftop solar PV"));
    QCOMPARE(solar.startYear, 2026);
    QCOMPARE(solar.rampYears, 0);
    QCOMPARE(solar.rampShape, RampShape::Linear);
    QCOMPARE(solar.lifetimeYears, 25);
    QCOMPARE(solar.ownerGroup, QStringLiteral("energy"));
    QCOMPARE(solar.status, MeasureStatus::Proposed);
    QCOMPARE(solar.costs, MeasureCosts());
    QVERIFY(solar.targets.isEmpty());
    // Every catalogue parameter at its default: 1,200 kWh/kWp likely, 950–1,300 range.
    QCOMPARE(solar.parameters.keys().size(),
             MeasureCatalogue::spec(MeasureKind::RooftopSolar).parameters.size());
    const UncertainValue yield = solar.parameters.value(QStringLiteral("specific_yield"));
    QCOMPARE(yield.value, 1200.0);
    QCOMPARE(yield.low, std::optional<double>(950));
    QCOMPARE(yield.high, std::optional<double>(1300));
    QVERIFY(yield.source.contains(QLatin1String("Hemu")));
    QCOMPARE(solar.parameters.value(QStringLiteral("capacity_kwp")).low,
             std::nullopt); // 100–100: no range
}

void TestPlanJson::roundTrip_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("rich fixture") << planFixture("rich.json");
    QTest::newRow("minimal fixture") << planFixture("minimal.json");
}

void TestPlanJson::roundTrip()
{
    QFETCH(QByteArray, file);
    const PlanReadResult first = PlanJson::read(file, &testLibrary());
    QVERIFY2(first.ok(), listed(first.problems));
    const QByteArray written = PlanJson::write(*first.plan);
    const PlanReadResult second = PlanJson::read(written, &testLibrary());
    QVERIFY2(second.ok(), listed(second.problems));
    QVERIFY(*second.plan == *first.plan);
    QCOMPARE(PlanJson::write(*second.plan), written); // stable text for version control
}

void TestPlanJson::parameterAsPlainNumber()
{
    const QJsonObject root =
        edited(planFixtureObject("minimal.json"), QStringLiteral("/measures/0/parameters"),
               json(R"({"capacity_kwp": 250})"));
    const PlanReadResult result = readObject(root);
    QVERIFY2(result.ok(), listed(result.problems));
    const Measure &m = result.plan->measures[0];
    QCOMPARE(m.parameters.value(QStringLiteral("capacity_kwp")),
             (UncertainValue{250, std::nullopt, std::nullopt, QString()}));
    QCOMPARE(m.parameters.value(QStringLiteral("degradation")).value,
             0.005); // the others: defaults
}

void TestPlanJson::writeFileThenReadFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("riverside.json"));
    const Plan plan = *PlanJson::read(planFixture("rich.json"), &testLibrary()).plan;
    QString error;
    QVERIFY2(PlanJson::writeFile(plan, path, &error), qPrintable(error));
    QVERIFY(PlanJson::writeFile(plan, path, &error)); // over an existing file
    const PlanReadResult back = PlanJson::readFile(path, &testLibrary());
    QVERIFY2(back.ok(), listed(back.problems));
    QVERIFY(*back.plan == plan);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("riverside.json")});
}

void TestPlanJson::writeFileReportsFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/plan.json"));
    QString error;
    QVERIFY(!PlanJson::writeFile(Plan(), path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestPlanJson::notationKeyLineNeedsNoQuantity()
{
    QJsonObject root = planFixtureObject("minimal.json");
    root = edited(
        root, QStringLiteral("/activities/1"),
        json(
            R"({"id": "industry", "sector": "ippu", "scope": 1, "carrier": "other", "notation_key": "NE"})"));
    const PlanReadResult result = readObject(root);
    QVERIFY2(result.problems.isEmpty(), listed(result.problems));
    QCOMPARE(result.plan->activities[1].notationKey, NotationKey::NE);
    QCOMPARE(result.plan->activities[1].amount, 0.0);
}

// The example in docs/plan-format.md, against the shipped factor library.
void TestPlanJson::documentedExampleReads()
{
    QFile doc(QStringLiteral(ZEROPLAN_SOURCE_DIR "/docs/plan-format.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    const qsizetype start = text.indexOf("```json\n") + 8;
    const qsizetype end = text.indexOf("\n```", start);
    QVERIFY(start > 8 && end > start);
    const PlanReadResult result = PlanJson::read(text.mid(start, end - start));
    QVERIFY2(result.problems.isEmpty(), listed(result.problems));
    QCOMPARE(result.plan->activities.size(), 2);
    const Measure &solar = result.plan->measures[0];
    QCOMPARE(solar.parameters.value(QStringLiteral("capacity_kwp")).value, 120.0);
    QCOMPARE(solar.parameters.value(QStringLiteral("self_consumption")).value, 0.8); // default
}

void TestPlanJson::malformedFieldIsReportedOnce()
{
    // A start year given as text is a type error; the validator, which then sees the
    // fallback year 0, must not also call it outside the horizon.
    const PlanReadResult result =
        readObject(edited(planFixtureObject("minimal.json"),
                          QStringLiteral("/measures/0/start_year"), QStringLiteral("2026")));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems[0].path, QStringLiteral("/measures/0/start_year"));
}

void TestPlanJson::unknownMeasureKindKeepsItsPlace()
{
    QJsonObject root = planFixtureObject("rich.json");
    root = edited(root, QStringLiteral("/measures/1/kind"), QStringLiteral("geothermal"));
    root = edited(root, QStringLiteral("/measures/2/start_year"), 1999);
    const PlanReadResult result = readObject(root);
    QVERIFY(result.plan);
    QCOMPARE(result.plan->measures.size(), 5);
    QCOMPARE(result.plan->measures[1].id, QStringLiteral("heat-pumps")); // scenarios still find it
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(result.problems[0].path, QStringLiteral("/measures/1/kind"));
    QCOMPARE(result.problems[1].path,
             QStringLiteral("/measures/2/start_year")); // the next one keeps its path
    QVERIFY(result.problems[1].message.contains(
        QStringLiteral("start year 1999 is outside the plan's horizon 2023–2060")));
}

void TestPlanJson::unknownParameterIsKeptAndWarned()
{
    const QJsonObject root =
        edited(planFixtureObject("minimal.json"), QStringLiteral("/measures/0/parameters"),
               json(R"({"tilt_degrees": 30})"));
    const PlanReadResult result = readObject(root);
    QVERIFY(result.ok());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems[0].path, QStringLiteral("/measures/0/parameters/tilt_degrees"));
    QCOMPARE(result.problems[0].severity, PlanProblem::Severity::Warning);
    QVERIFY(result.plan->measures[0].parameters.contains(QStringLiteral("tilt_degrees")));
}

// current_scenario: absent in older files (the plan then shows its first scenario), read and
// written back when present, and not written when empty, so older files stay as they were.
void TestPlanJson::currentScenarioIsOptional()
{
    const PlanReadResult old = PlanJson::read(planFixture("rich.json"), &testLibrary());
    QVERIFY2(old.ok(), listed(old.problems));
    QCOMPARE(old.plan->currentScenario, QString());
    QVERIFY(!PlanJson::toJson(*old.plan).contains(QStringLiteral("current_scenario")));

    QJsonObject root = planFixtureObject("rich.json");
    root.insert(QStringLiteral("current_scenario"), QStringLiteral("ambitious"));
    const PlanReadResult chosen = readObject(root);
    QVERIFY2(chosen.ok(), listed(chosen.problems)); // no "unknown key" warning
    QCOMPARE(chosen.plan->currentScenario, QStringLiteral("ambitious"));
    QCOMPARE(chosen.plan->scenarios.at(1).name, QStringLiteral("ambitious"));
    const QJsonObject written = PlanJson::toJson(*chosen.plan);
    QCOMPARE(written.value(QStringLiteral("current_scenario")).toString(),
             QStringLiteral("ambitious"));
    QVERIFY(*PlanJson::read(PlanJson::write(*chosen.plan), &testLibrary()).plan == *chosen.plan);

    root.insert(QStringLiteral("current_scenario"), 2);
    const PlanReadResult wrongType = readObject(root);
    QVERIFY(!wrongType.ok());
    QCOMPARE(wrongType.problems.first().path, QStringLiteral("/current_scenario"));
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "TestPlanJson.moc"
