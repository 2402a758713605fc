// zeroplan-cli adopt and track end to end (docs/cli.md, docs/monitoring.md): a plan is adopted,
// an actual year and a measure's progress are added, and track reports the gap, the measure
// behind plan, why emissions changed and the re-forecast, as JSON, CSV and a table, from a JSON
// plan and from a .zeroplan project file; and every error path leaves the plan as it was.
#include "CliRun.h"
#include "MonitoringFixtures.h"
#include "storage/PlanJson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// The hand-worked plan and 2025 of MonitoringFixtures (as in TestReforecast).
void addMonitoring(Plan &p)
{
    p.monitoring.actuals = {solarActual2025()};
    p.monitoring.progress = {solarProgress2025()};
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

bool near(const QJsonValue &v, double expected, double tolerance = 1e-6)
{
    return v.isDouble() && std::abs(v.toDouble() - expected) <= tolerance;
}

} // namespace

// `run` is a variable: the macro reads it twice.
#define VERIFY_EXIT(run, code) QVERIFY2((run).exitCode == (code), qPrintable((run).describe()))

class TestCliTrack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adoptFreezesTheScenario();
    void trackAsJson();
    void trackAsCsv();
    void trackAsTable();
    void trackFromAProjectFile();
    void trackWithoutAdoptionSaysSo();
    void badDateIsAUsageError();
    void samplesGiveEachReforecastItsBands();
    void adoptingAnUnknownScenarioChangesNothing();
    void monitoringReport();
    void trackListsIndicators();

private:
    QTemporaryDir m_dir;
    QString m_plan; // adopted, with 2025's actuals and progress
};

void TestCliTrack::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plan = m_dir.filePath(QStringLiteral("solar.json"));
    QString error;
    QVERIFY2(PlanJson::writeFile(solarPlan(QStringLiteral("Solar")), m_plan, &error),
             qPrintable(error));
    const CliRun adopt = runCli(
        {QStringLiteral("adopt"), m_plan, QStringLiteral("--date"), QStringLiteral("2024-01-15")});
    VERIFY_EXIT(adopt, 0);
    PlanReadResult read = PlanJson::readFile(m_plan);
    QVERIFY(read.plan);
    addMonitoring(*read.plan);
    QVERIFY(PlanJson::writeFile(*read.plan, m_plan, &error));
}

void TestCliTrack::adoptFreezesTheScenario()
{
    const PlanReadResult read = PlanJson::readFile(m_plan);
    QVERIFY(read.plan);
    const QList<AdoptedPlan> &adoptions = read.plan->monitoring.adoptions;
    QCOMPARE(adoptions.size(), 1);
    QCOMPARE(adoptions.front().label, QStringLiteral("v1"));
    QCOMPARE(adoptions.front().date, QDate(2024, 1, 15));
    QCOMPARE(adoptions.front().scenario().name, QStringLiteral("Solar"));
    // 2025 adopted: 404.2 − 0.5 × 48.504 = 379.948 t.
    QVERIFY(std::abs(adoptions.front().grossIn(2025) - 379.948) < 1e-6);
}

void TestCliTrack::trackAsJson()
{
    const CliRun run =
        runCli({QStringLiteral("track"), m_plan, QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--as-of"), QStringLiteral("2026-03-01")});
    VERIFY_EXIT(run, 0);
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("zeroplan-track"));
    QCOMPARE(json.value(QStringLiteral("latest_year")).toInt(), 2025);
    // 2025: planned 379.948, actual 405.0084, gap 25.0604 t.
    const QJsonObject year = json.value(QStringLiteral("years")).toArray().at(0).toObject();
    QCOMPARE(year.value(QStringLiteral("year")).toInt(), 2025);
    QVERIFY(near(year.value(QStringLiteral("planned_t")), 379.948));
    QVERIFY(near(year.value(QStringLiteral("actual_t")), 405.0084));
    QVERIFY(near(year.value(QStringLiteral("gap_t")), 25.0604));
    // Reduced since 2023: 404.2 − 405.0084 = −0.8084; still to reduce by 2030: 405.0084 −
    // (404.2 − 48.504) = 49.3124.
    QVERIFY(near(json.value(QStringLiteral("reduced_since_base_t")), -0.8084));
    QVERIFY(near(json.value(QStringLiteral("still_to_reduce_t")), 49.3124));
    // Solar: 40 of 100 kWp (planned 50): late, realised 48,000 kWh × 0.4042 kg = 19.4016 t.
    const QJsonObject solar = json.value(QStringLiteral("measures")).toArray().at(0).toObject();
    QCOMPARE(solar.value(QStringLiteral("light")).toString(), QStringLiteral("late"));
    QCOMPARE(solar.value(QStringLiteral("status")).toString(), QStringLiteral("implementing"));
    QVERIFY(near(solar.value(QStringLiteral("completion")), 0.4));
    QVERIFY(near(solar.value(QStringLiteral("planned_t")), 24.252));
    QVERIFY(near(solar.value(QStringLiteral("realised_t")), 19.4016));
    QVERIFY(!solar.value(QStringLiteral("stale")).toBool());
    // Why: no change in people or factors; the measures −19.4016; the other +20.21 t is the 5 %
    // more electricity used (50,000 kWh × 0.4042 kg).
    const QJsonObject d = json.value(QStringLiteral("decomposition")).toObject();
    QVERIFY(near(d.value(QStringLiteral("drivers_t")), 0));
    QVERIFY(near(d.value(QStringLiteral("emission_factors_t")), 0));
    QVERIFY(near(d.value(QStringLiteral("measures_t")), -19.4016));
    QVERIFY(near(d.value(QStringLiteral("residual_t")), 20.21));
    QVERIFY(near(d.value(QStringLiteral("change_t")), 0.8084));
    // Re-forecast, 2030 net: catch up and slip reach 100 kWp (424.41 − 48.504 = 375.906), scale
    // 80 kWp (424.41 − 38.8032 = 385.6068); catching up needs 0.3 a year against 0.2 so far.
    const QJsonArray paths = json.value(QStringLiteral("reforecast"))
                                 .toObject()
                                 .value(QStringLiteral("paths"))
                                 .toArray();
    QCOMPARE(paths.size(), 3);
    QCOMPARE(paths.at(0).toObject().value(QStringLiteral("variant")).toString(),
             QStringLiteral("catch_up"));
    QVERIFY(near(paths.at(0).toObject().value(QStringLiteral("remaining_gap_t")), 375.906));
    QCOMPARE(paths.at(0).toObject().value(QStringLiteral("out_of_reach")).toArray(),
             QJsonArray{QStringLiteral("solar")});
    QVERIFY(near(paths.at(1).toObject().value(QStringLiteral("remaining_gap_t")), 375.906));
    QVERIFY(near(paths.at(2).toObject().value(QStringLiteral("remaining_gap_t")), 385.6068));
}

void TestCliTrack::trackAsCsv()
{
    const CliRun run =
        runCli({QStringLiteral("track"), m_plan, QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--as-of"), QStringLiteral("2026-03-01")});
    VERIFY_EXIT(run, 0);
    bool wellFormed = false;
    const QList<QStringList> records = csvRecords(QString::fromUtf8(run.out), &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(records.front(),
             (QStringList{QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("year"),
                          QStringLiteral("metric"), QStringLiteral("value")}));
    bool found = false;
    for (const QStringList &r : records) {
        if (r.value(0) == QLatin1String("measures") && r.value(1) == QLatin1String("solar") &&
            r.value(3) == QLatin1String("realised_t")) {
            QCOMPARE(r.value(2), QStringLiteral("2025"));
            QVERIFY(std::abs(r.value(4).toDouble() - 19.4016) < 1e-6);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestCliTrack::trackAsTable()
{
    const CliRun run = runCli(
        {QStringLiteral("track"), m_plan, QStringLiteral("--as-of"), QStringLiteral("2026-03-01")});
    VERIFY_EXIT(run, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("-0.8 tCO2e reduced since 2023; 49.3 tCO2e still to "
                                          "reduce by 2030")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("late")));
    QVERIFY(text.contains(QStringLiteral("Why emissions changed, 2023 to 2025")));
    QVERIFY(text.contains(QStringLiteral("Catch up")));
}

void TestCliTrack::trackFromAProjectFile()
{
    const QString project = m_dir.filePath(QStringLiteral("solar.zeroplan"));
    const CliRun convert = runCli({QStringLiteral("convert"), m_plan, project});
    VERIFY_EXIT(convert, 0);
    const CliRun fromJson =
        runCli({QStringLiteral("track"), m_plan, QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--as-of"), QStringLiteral("2026-03-01")});
    const CliRun fromProject =
        runCli({QStringLiteral("track"), project, QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--as-of"), QStringLiteral("2026-03-01")});
    VERIFY_EXIT(fromProject, 0);
    QCOMPARE(fromProject.json(), fromJson.json());
    // Adopting again in the project file adds v2 and keeps v1.
    const CliRun adopt = runCli(
        {QStringLiteral("adopt"), project, QStringLiteral("--date"), QStringLiteral("2026-01-10")});
    VERIFY_EXIT(adopt, 0);
    const CliRun again = runCli(
        {QStringLiteral("track"), project, QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_EXIT(again, 0);
    QCOMPARE(
        again.json().value(QStringLiteral("adopted")).toObject().value(QStringLiteral("label")),
        QJsonValue(QStringLiteral("v2")));
}

void TestCliTrack::trackWithoutAdoptionSaysSo()
{
    const QString plain = m_dir.filePath(QStringLiteral("plain.json"));
    QVERIFY(PlanJson::writeFile(solarPlan(QStringLiteral("Solar")), plain, nullptr));
    const CliRun run = runCli({QStringLiteral("track"), plain});
    VERIFY_EXIT(run, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(plain + QStringLiteral(": the plan has not been adopted yet")),
             qPrintable(run.err));
}

void TestCliTrack::badDateIsAUsageError()
{
    const CliRun run = runCli(
        {QStringLiteral("track"), m_plan, QStringLiteral("--as-of"), QStringLiteral("2026-13-01")});
    VERIFY_EXIT(run, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--as-of needs a date written YYYY-MM-DD, not "
                                             "'2026-13-01'")),
             qPrintable(run.err));
}

void TestCliTrack::samplesGiveEachReforecastItsBands()
{
    // The solar plan's parameters have no range (the fixtures drop them), so every sample is the
    // likely run: each band collapses onto the path (scale: 385.6068 t in 2030).
    const CliRun run =
        runCli({QStringLiteral("track"), m_plan, QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--samples"), QStringLiteral("200")});
    VERIFY_EXIT(run, 0);
    const QJsonObject scale = run.json()
                                  .value(QStringLiteral("reforecast"))
                                  .toObject()
                                  .value(QStringLiteral("paths"))
                                  .toArray()
                                  .at(2)
                                  .toObject();
    const QJsonObject bands = scale.value(QStringLiteral("uncertainty")).toObject();
    QCOMPARE(bands.value(QStringLiteral("samples")).toInt(), 200);
    const QJsonArray p95 = bands.value(QStringLiteral("p95")).toArray();
    QVERIFY(near(p95.at(2030 - 2023), 385.6068));
    const CliRun bad =
        runCli({QStringLiteral("track"), m_plan, QStringLiteral("--samples"), QStringLiteral("0")});
    VERIFY_EXIT(bad, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("--samples needs a whole number from 1 to")),
             qPrintable(bad.err));
}

void TestCliTrack::adoptingAnUnknownScenarioChangesNothing()
{
    const QByteArray before = sha256(m_plan);
    const CliRun run = runCli(
        {QStringLiteral("adopt"), m_plan, QStringLiteral("--scenario"), QStringLiteral("Bold")});
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no scenario named 'Bold'")), qPrintable(run.err));
    QCOMPARE(sha256(m_plan), before);
}

void TestCliTrack::monitoringReport()
{
    // An adopted plan: a PDF (the cover and the Monitoring chapter). A plan never adopted: exit
    // 1, a message that says so, and no file.
    const QString pdf = m_dir.filePath(QStringLiteral("monitoring.pdf"));
    const CliRun run = runCli({QStringLiteral("report"), m_plan, QStringLiteral("--kind"),
                               QStringLiteral("monitoring"), QStringLiteral("-o"), pdf,
                               QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    VERIFY_EXIT(run, 0);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString plain = m_dir.filePath(QStringLiteral("never-adopted.json"));
    QVERIFY(PlanJson::writeFile(solarPlan(), plain, nullptr));
    const QString none = m_dir.filePath(QStringLiteral("none.pdf"));
    const CliRun refused = runCli({QStringLiteral("report"), plain, QStringLiteral("--kind"),
                                   QStringLiteral("monitoring"), QStringLiteral("-o"), none});
    VERIFY_EXIT(refused, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("the plan has not been adopted yet")),
             qPrintable(refused.err));
    QVERIFY(!QFile::exists(none));
    const CliRun badKind = runCli({QStringLiteral("report"), m_plan, QStringLiteral("--kind"),
                                   QStringLiteral("annual"), QStringLiteral("-o"), none});
    VERIFY_EXIT(badKind, 2);
    QVERIFY2(badKind.err.contains(QStringLiteral("--kind must be plan, monitoring, district or "
                                                 "communities, not 'annual'")),
             qPrintable(badKind.err));
}

void TestCliTrack::trackListsIndicators()
{
    // The Shenzhen sample's indicators (resources/samples/shenzhen-xinqiao.json): 碳账户参与率
    // (account-participation, %) plan 20 / actual 15 in 2024, 28 / 30 in 2025; 垃圾分类准确率
    // (sorting-accuracy) 70 / 72, 80 / 78.
    const QString sample =
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json");
    const QStringList asOf{QStringLiteral("--as-of"), QStringLiteral("2026-03-01")};
    const CliRun json = runCli(QStringList{QStringLiteral("track"), sample,
                                           QStringLiteral("--format"), QStringLiteral("json")} +
                               asOf);
    VERIFY_EXIT(json, 0);
    const QJsonArray indicators = json.json().value(QStringLiteral("indicators")).toArray();
    QCOMPARE(indicators.size(), 2);
    const QJsonObject accounts = indicators.at(0).toObject();
    QCOMPARE(accounts.value(QStringLiteral("id")).toString(),
             QStringLiteral("account-participation"));
    QCOMPARE(accounts.value(QStringLiteral("name")).toString(), QStringLiteral("碳账户参与率"));
    QCOMPARE(accounts.value(QStringLiteral("unit")).toString(), QStringLiteral("%"));
    const QJsonObject y2025 = accounts.value(QStringLiteral("values")).toArray().at(1).toObject();
    QCOMPARE(y2025.value(QStringLiteral("year")).toInt(), 2025);
    QVERIFY(near(y2025.value(QStringLiteral("plan")), 28));
    QVERIFY(near(y2025.value(QStringLiteral("actual")), 30));

    const CliRun csv = runCli(QStringList{QStringLiteral("track"), sample,
                                          QStringLiteral("--format"), QStringLiteral("csv")} +
                              asOf);
    VERIFY_EXIT(csv, 0);
    bool wellFormed = false;
    int rows = 0;
    for (const QStringList &r : csvRecords(QString::fromUtf8(csv.out), &wellFormed)) {
        if (r.value(0) != QLatin1String("indicators"))
            continue;
        ++rows;
        if (r.value(1) == QLatin1String("sorting-accuracy") &&
            r.value(2) == QLatin1String("2025") && r.value(3) == QLatin1String("actual"))
            QCOMPARE(r.value(4).toDouble(), 78.0);
    }
    QVERIFY(wellFormed);
    QCOMPARE(rows, 8); // 2 indicators × 2 years × (plan, actual)

    const CliRun table = runCli(QStringList{QStringLiteral("track"), sample} + asOf);
    VERIFY_EXIT(table, 0);
    const QString text = QString::fromUtf8(table.out);
    QVERIFY2(text.contains(QStringLiteral("Actual - plan")), qPrintable(text));
    // 垃圾分类准确率 in 2025: 80 planned, 78 actual, 78 − 80 = −2.
    bool found = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("垃圾分类准确率")) &&
            line.contains(QStringLiteral("2025"))) {
            QCOMPARE(line.simplified().split(QLatin1Char(' ')).mid(2),
                     (QStringList{QStringLiteral("2025"), QStringLiteral("80"),
                                  QStringLiteral("78"), QStringLiteral("-2")}));
            found = true;
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestCliTrack)
#include "TestCliTrack.moc"
