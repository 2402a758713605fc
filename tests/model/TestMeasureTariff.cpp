// A measure's own tariff (docs/measures.md, "A measure's own tariff"): the energy a measure
// adds or saves of one carrier is valued at its own price up to a cap per household, the rest
// at the plan's price. Worked by hand on a heat-pump measure in the shape of Beijing's
// coal-to-electricity programme (a valley tariff of 0.1 CNY/kWh for heat pumps, up to a number
// of kWh per household and heating season); the tariff leaves the tonnes untouched; files keep
// it; the validator names the measure, the carrier and the field.
#include "PlanFixtures.h"
#include "ProblemList.h"
#include "engine/PlanRun.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"
#include "storage/PlanValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// Natural gas: 389.31 GJ per 10^4 Nm³ (GB/T 32151, the carrier's figure) = 10.814167 kWh/m³.
constexpr double kKwhPerM3 = 38.931 / 3.6;

// gasHeatPumpPlan (tests/support/PlanFixtures): 400 households, 2024–2026, heating on
// 400,000 m³ of gas a year; gas at 3.0 CNY/m³ and electricity at 0.5 CNY/kWh. Heat pumps from
// 2024 replace half the gas with a seasonal COP of 2.5 in place of a 0.9-efficient boiler:
//   gas saved          0.5 × 400,000 = 200,000 m³ = 2,162,833.3 kWh of fuel
//   electricity added  2,162,833.3 × 0.9 / 2.5 = 778,620 kWh
//   at the plan's prices: 200,000 × 3.0 − 778,620 × 0.5 = 600,000 − 389,310 = 210,690 CNY/yr
Plan heatPumpPlan(int rampYears = 0)
{
    return gasHeatPumpPlan(rampYears);
}

MeasureTariff valleyTariff(std::optional<double> cap)
{
    return MeasureTariff{QStringLiteral("electricity"), QStringLiteral("kWh"), 0.1, cap,
                         QStringLiteral("Beijing coal-to-electricity valley tariff")};
}

ScenarioResult run(const Plan &plan)
{
    return PlanRun::run(plan, noLibrary()).result.scenarios.at(0);
}

void compareSeries(const YearSeries &actual, std::initializer_list<double> expected)
{
    QCOMPARE(actual.size(), Eigen::Index(expected.size()));
    Eigen::Index t = 0;
    for (double e : expected) {
        QVERIFY2(
            std::abs(actual[t] - e) <= 1e-6 * std::max(1.0, std::abs(e)),
            qPrintable(QStringLiteral("year %1: %2, expected %3").arg(t).arg(actual[t]).arg(e)));
        ++t;
    }
}

} // namespace

class TestMeasureTariff : public QObject
{
    Q_OBJECT

private slots:
    void plansPricesWithoutATariff()
    {
        QCOMPARE(2.0e5 * kKwhPerM3 * 0.9 / 2.5, 778620.0);
        const ScenarioResult r = run(heatPumpPlan());
        compareSeries(r.measures.at(0).savings, {210690, 210690, 210690});
    }

    // Without a cap all 778,620 kWh at 0.1: 600,000 − 77,862 = 522,138 CNY/yr.
    void tariffWithoutCap()
    {
        Plan plan = heatPumpPlan();
        plan.measures[0].tariffs = {valleyTariff(std::nullopt)};
        compareSeries(run(plan).measures.at(0).savings, {522138, 522138, 522138});
    }

    // A cap of 1,000 kWh per household: 400 × 1,000 = 400,000 kWh at 0.1, the other
    // 378,620 kWh at 0.5: 600,000 − 40,000 − 189,310 = 370,690 CNY/yr.
    void capPerHousehold()
    {
        Plan plan = heatPumpPlan();
        plan.measures[0].tariffs = {valleyTariff(1000)};
        compareSeries(run(plan).measures.at(0).savings, {370690, 370690, 370690});
    }

    // Over a two-year linear ramp half the homes have pumps in 2024: 100,000 m³ of gas saved
    // and 389,310 kWh added, and the cap is 0.5 × 400 × 1,000 = 200,000 kWh:
    // 300,000 − 200,000 × 0.1 − 189,310 × 0.5 = 185,345 CNY; then as above.
    void capFollowsAdoption()
    {
        Plan plan = heatPumpPlan(2);
        plan.measures[0].tariffs = {valleyTariff(1000)};
        compareSeries(run(plan).measures.at(0).savings, {185345, 370690, 370690});
    }

    // The payer split says the pumps reach 100 households: the cap is 100,000 kWh.
    // 600,000 − 10,000 − 678,620 × 0.5 = 250,690 CNY/yr.
    void capCountsTheHouseholdsReached()
    {
        Plan plan = heatPumpPlan();
        plan.measures[0].tariffs = {valleyTariff(1000)};
        PayerSplit split;
        split.measure = QStringLiteral("pumps");
        split.households = 100;
        plan.residents.splits = {split};
        compareSeries(run(plan).measures.at(0).savings, {250690, 250690, 250690});
    }

    // The same tariff in MWh (100 CNY/MWh, 1 MWh per household) gives the same money.
    void tariffInAnotherUnit()
    {
        Plan plan = heatPumpPlan();
        plan.measures[0].tariffs = {MeasureTariff{QStringLiteral("electricity"),
                                                  QStringLiteral("MWh"), 100, 1.0, QString()}};
        compareSeries(run(plan).measures.at(0).savings, {370690, 370690, 370690});
    }

    // A tariff on what the measure saves: gas valued at 2.0 CNY/m³ for this measure:
    // 200,000 × 2.0 − 389,310 = 10,690 CNY/yr.
    void tariffOnEnergySaved()
    {
        Plan plan = heatPumpPlan();
        plan.measures[0].tariffs = {
            MeasureTariff{QStringLiteral("natural_gas"), QStringLiteral("m³"), 2.0, {}, {}}};
        compareSeries(run(plan).measures.at(0).savings, {10690, 10690, 10690});
    }

    // Money only: the tonnes, and every other measure's money, stay as they were; the
    // present value follows the savings.
    void tonnesAndOtherMeasuresUntouched()
    {
        Plan plain = heatPumpPlan();
        plain.activities.append(line(QStringLiteral("power"), Sector::StationaryEnergy,
                                     QStringLiteral("residential"), QStringLiteral("electricity"),
                                     1e6, QStringLiteral("kWh"), QStringLiteral("grid")));
        plain.measures.append(measure(MeasureKind::LedLighting, QStringLiteral("led"), 2024, {}));
        plain.scenarios = {allMeasures(plain)};
        Plan priced = plain;
        priced.measures[0].tariffs = {valleyTariff(1000)};
        const ScenarioResult a = run(plain);
        const ScenarioResult b = run(priced);
        QVERIFY(a.net.isApprox(b.net, 1e-12));
        for (size_t i = 0; i < a.measures.size(); ++i) {
            QVERIFY(a.measures[i].wedge.isApprox(b.measures[i].wedge, 1e-12));
            if (a.measures[i].measureId == QLatin1String("led"))
                QVERIFY(a.measures[i].savings.isApprox(b.measures[i].savings, 1e-12));
            else
                QVERIFY(b.measures[i].npv > a.measures[i].npv);
        }
    }

    void jsonAndProjectFileKeepIt()
    {
        Plan plan = heatPumpPlan();
        plan.measures[0].tariffs = {
            valleyTariff(10000),
            MeasureTariff{QStringLiteral("natural_gas"), QStringLiteral("m³"), 2.0, {}, {}}};
        const QByteArray written = PlanJson::write(plan);
        const PlanReadResult read = PlanJson::read(written);
        QVERIFY2(read.plan, listed(read.problems).constData());
        QCOMPARE(read.plan->measures[0].tariffs, plan.measures[0].tariffs);
        const QJsonObject doc = QJsonDocument::fromJson(written).object();
        QCOMPARE(doc.value(QStringLiteral("format_version")).toInt(),
                 Plan::kFormatVersion); // 5 brought tariffs; written at the current one
        const QJsonObject first = doc.value(QStringLiteral("measures"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("tariffs"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(first.value(QStringLiteral("cap_per_household")).toDouble(), 10000.0);
        QCOMPARE(first.value(QStringLiteral("price")).toDouble(), 0.1);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.zeroplan"));
        QString error;
        QVERIFY2(PlanStore::save(plan, path, &error), qPrintable(error));
        const PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY2(loaded.plan, listed(loaded.problems).constData());
        QCOMPARE(loaded.plan->measures[0].tariffs, plan.measures[0].tariffs);
        QVERIFY(*loaded.plan == plan);
    }

    // The frozen schema version 5 file reads with no tariff on any measure.
    void olderProjectFileHasNoTariffs()
    {
        const PlanStoreResult v5 = PlanStore::load(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/rated-v5.zeroplan"));
        QVERIFY2(v5.plan, listed(v5.problems).constData());
        QVERIFY(!v5.plan->measures.isEmpty());
        for (const Measure &m : v5.plan->measures)
            QVERIFY2(m.tariffs.isEmpty(), qPrintable(m.id));
    }

    // The first file of schema version 6 (frozen): it loads into the plan of its JSON twin,
    // the heat pumps with Beijing's tariff, and loading leaves it as it was.
    void version6FileStillLoads()
    {
        const QString path =
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/tariffed-v6.zeroplan");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY2(loaded.plan, listed(loaded.problems).constData());
        const PlanReadResult json = PlanJson::readFile(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/tariffed-v6.json"));
        QVERIFY(json.plan);
        QVERIFY(*loaded.plan == *json.plan);
        const Measure *pumps = loaded.plan->findMeasure(QStringLiteral("heat-pumps"));
        QVERIFY(pumps);
        QCOMPARE(pumps->tariffs.size(), 1);
        QCOMPARE(pumps->tariffs[0].price, 0.1);
        QCOMPARE(pumps->tariffs[0].capPerHousehold, 10000.0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void validation()
    {
        Plan plan = heatPumpPlan();
        plan.measures[0].tariffs = {
            MeasureTariff{QStringLiteral("moonbeams"), QStringLiteral("kWh"), 0.1, {}, {}},
            MeasureTariff{QStringLiteral("electricity"), QStringLiteral("m³"), -1, 0.0, {}},
            valleyTariff(1000)};
        const PlanProblems problems = PlanValidator::validate(plan, FactorLibraryJson::builtIn());
        const auto expect = [&](const char *path, PlanProblem::Severity severity,
                                const QString &fragment) {
            const PlanProblem *p = problemAt(problems, QLatin1String(path));
            QVERIFY2(p && p->severity == severity && p->message.contains(fragment),
                     qPrintable(QStringLiteral("%1 not found in:\n%2")
                                    .arg(fragment, QString::fromUtf8(listed(problems)))));
        };
        using S = PlanProblem::Severity;
        const QString name = QStringLiteral("measure \"Heat pumps and electrification\"");
        expect("/measures/0/tariffs/0/carrier", S::Error,
               name + QStringLiteral(": its own tariff is for \"moonbeams\""));
        expect("/measures/0/tariffs/1/unit", S::Error,
               QStringLiteral("per \"m³\", which is not a unit Grid electricity is measured in"));
        expect("/measures/0/tariffs/1/price", S::Error, QStringLiteral("must be zero or more"));
        expect("/measures/0/tariffs/1/cap_per_household", S::Error,
               QStringLiteral("must be above zero, not 0"));
        expect("/measures/0/tariffs/1/source", S::Warning, QStringLiteral("has no source"));
        expect("/measures/0/tariffs/2/carrier", S::Error,
               name + QStringLiteral(" has two tariffs for Grid electricity"));

        // A cap with no household to count it for.
        Plan empty = heatPumpPlan();
        empty.community.households = 0;
        empty.measures[0].tariffs = {valleyTariff(1000)};
        const PlanProblems noHomes = PlanValidator::validate(empty, FactorLibraryJson::builtIn());
        const PlanProblem *p =
            problemAt(noHomes, QStringLiteral("/measures/0/tariffs/0/cap_per_household"));
        QVERIFY2(p && p->severity == S::Warning &&
                     p->message.contains(QStringLiteral("reaches no household")),
                 listed(noHomes).constData());
    }

    // A tariff entry missing its price is an error at its pointer (the plan does not open).
    void readErrors()
    {
        QJsonObject doc = QJsonDocument::fromJson(PlanJson::write(heatPumpPlan())).object();
        QJsonArray measures = doc.value(QStringLiteral("measures")).toArray();
        QJsonObject pumps = measures.at(0).toObject();
        pumps.insert(
            QStringLiteral("tariffs"),
            QJsonArray{QJsonObject{{QStringLiteral("carrier"), QStringLiteral("electricity")},
                                   {QStringLiteral("unit"), QStringLiteral("kWh")}}});
        measures[0] = pumps;
        doc.insert(QStringLiteral("measures"), measures);
        const PlanReadResult read = PlanJson::read(QJsonDocument(doc).toJson());
        const PlanProblem *p =
            problemAt(read.problems, QStringLiteral("/measures/0/tariffs/0/price"));
        QVERIFY2(p && p->severity == PlanProblem::Severity::Error,
                 listed(read.problems).constData());
    }
};

QTEST_GUILESS_MAIN(TestMeasureTariff)
#include "TestMeasureTariff.moc"
