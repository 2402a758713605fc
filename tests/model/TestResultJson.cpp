// ResultJson: a plan's results in the stable shape of docs/cli.md (the CSV, ResultsCsv, is in
// TestResultCsv; both share the plan of ResultFixtures.h). A small plan built in code whose
// figures are worked out by hand; the exported numbers must be the engine's to the last bit,
// never rounded, and never NaN or infinity.
#include "ResultFixtures.h"
#include "engine/MonteCarlo.h"
#include "engine/ScenarioEngine.h"
#include "engine/Sensitivity.h"
#include "export/ResultsCsv.h"
#include "inventory/FactorLibrary.h"
#include "plan/Plan.h"
#include "storage/CsvWriter.h"
#include "storage/FactorLibraryJson.h"
#include "storage/ResultJson.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

QJsonObject scenarioJson(int index)
{
    return fixture().json.value(QStringLiteral("scenarios")).toArray().at(index).toObject();
}

QJsonObject findByMeasureId(const QJsonArray &array, const QString &id)
{
    for (const QJsonValue &v : array) {
        if (v.toObject().value(QStringLiteral("measure_id")).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestResultJson : public QObject
{
    Q_OBJECT

private slots:
    void describesThePlanAndItsYears();
    void seriesHaveOneValuePerYear_data();
    void seriesHaveOneValuePerYear();
    void handWorkedFigures_data();
    void handWorkedFigures();
    void wedgesAddUpToBauMinusGross_data();
    void wedgesAddUpToBauMinusGross();
    void netIsGrossMinusSinksMinusCredits_data();
    void netIsGrossMinusSinksMinusCredits();
    void sinksAndCreditsStayOutOfTheWedges();
    void measuresCarryNamesCostsAndNullCostPerTonne();
    void targetsAndNeutralityYear_data();
    void targetsAndNeutralityYear();
    void keepsFullPrecision();
    void nonFiniteNumbersBecomeNull_data();
    void nonFiniteNumbersBecomeNull();
    void uncertaintyHasOrderedBandsAndSensitivity();
    void seedBeyondJsonIntegersIsAString();
};

void TestResultJson::describesThePlanAndItsYears()
{
    const QJsonObject &json = fixture().json;
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("zeroplan-results"));
    QCOMPARE(json.value(QStringLiteral("format_version")).toInt(), ResultJson::kFormatVersion);
    const QJsonObject plan = json.value(QStringLiteral("plan")).toObject();
    QCOMPARE(plan.value(QStringLiteral("community")).toString(), QStringLiteral("测试社区"));
    QCOMPARE(plan.value(QStringLiteral("base_year")).toInt(), kBaseYear);
    QCOMPARE(plan.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
    const QJsonArray years = json.value(QStringLiteral("years")).toArray();
    QCOMPARE(years.size(), kYears);
    for (int t = 0; t < kYears; ++t) {
        QVERIFY(years.at(t).isDouble());
        QCOMPARE(years.at(t).toInt(), kBaseYear + t);
    }
    QCOMPARE(json.value(QStringLiteral("scenarios")).toArray().size(), 2);
    QCOMPARE(scenarioJson(0).value(QStringLiteral("name")).toString(), QStringLiteral("Ambitious"));
    QVERIFY(!scenarioJson(0).contains(QStringLiteral("uncertainty")));
}

void TestResultJson::seriesHaveOneValuePerYear_data()
{
    QTest::addColumn<int>("scenario"); // -1: BAU
    QTest::addColumn<QString>("key");
    QTest::newRow("bau gross") << -1 << QStringLiteral("gross");
    for (const char *key : {"gross", "sinks", "credits", "net", "cumulative_net", "residual"})
        QTest::addRow("Ambitious %s", key) << 0 << QString::fromLatin1(key);
    QTest::newRow("Offset everything net") << 1 << QStringLiteral("net");
}

void TestResultJson::seriesHaveOneValuePerYear()
{
    QFETCH(int, scenario);
    QFETCH(QString, key);
    const QJsonObject o = scenario < 0 ? fixture().json.value(QStringLiteral("bau")).toObject()
                                       : scenarioJson(scenario);
    const QJsonArray series = o.value(key).toArray();
    QCOMPARE(series.size(), kYears);
    for (const QJsonValue &v : series)
        QVERIFY(v.isDouble());
    for (Sector s : kAllSectors)
        QCOMPARE(
            o.value(QStringLiteral("by_sector")).toObject().value(sectorId(s)).toArray().size(),
            kYears);
}

void TestResultJson::handWorkedFigures_data()
{
    QTest::addColumn<int>("scenario"); // -1: BAU
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("expected");
    QTest::newRow("BAU gross 2024 = 500 + 23") << -1 << QStringLiteral("gross") << 2024 << 523.0;
    QTest::newRow("BAU gross 2030 (fixed driver)")
        << -1 << QStringLiteral("gross") << 2030 << 523.0;
    QTest::newRow("gross = 523 − 50 (LED)") << 0 << QStringLiteral("gross") << 2027 << 473.0;
    QTest::newRow("credits 100 a year") << 0 << QStringLiteral("credits") << 2024 << 100.0;
    QTest::newRow("sinks 2024: half grown") << 0 << QStringLiteral("sinks") << 2024 << 10.0;
    QTest::newRow("sinks 2025: grown") << 0 << QStringLiteral("sinks") << 2025 << 20.0;
    QTest::newRow("net 2024 = 473 − 10 − 100") << 0 << QStringLiteral("net") << 2024 << 363.0;
    QTest::newRow("net 2030 = 473 − 20 − 100") << 0 << QStringLiteral("net") << 2030 << 353.0;
    QTest::newRow("offset everything: 523 − 600") << 1 << QStringLiteral("net") << 2024 << -77.0;
}

void TestResultJson::handWorkedFigures()
{
    QFETCH(int, scenario);
    QFETCH(QString, key);
    QFETCH(int, year);
    QFETCH(double, expected);
    const QJsonObject o = scenario < 0 ? fixture().json.value(QStringLiteral("bau")).toObject()
                                       : scenarioJson(scenario);
    const double actual = at(o, key, year);
    QVERIFY2(closeTo(actual, expected), qPrintable(QString::number(actual, 'g', 17)));
}

void TestResultJson::wedgesAddUpToBauMinusGross_data()
{
    QTest::addColumn<int>("scenario");
    QTest::newRow("Ambitious") << 0;
    QTest::newRow("Offset everything (no wedges)") << 1;
}

void TestResultJson::wedgesAddUpToBauMinusGross()
{
    QFETCH(int, scenario);
    const QJsonObject s = scenarioJson(scenario);
    const QJsonArray bau = fixture()
                               .json.value(QStringLiteral("bau"))
                               .toObject()
                               .value(QStringLiteral("gross"))
                               .toArray();
    const QJsonArray gross = s.value(QStringLiteral("gross")).toArray();
    for (int t = 0; t < kYears; ++t) {
        double sum = 0;
        for (const QJsonValue &w : s.value(QStringLiteral("wedges")).toArray()) {
            const QJsonArray values = w.toObject().value(QStringLiteral("values")).toArray();
            QCOMPARE(values.size(), kYears);
            sum += values.at(t).toDouble();
        }
        const double expected = bau.at(t).toDouble() - gross.at(t).toDouble();
        QVERIFY2(std::abs(sum - expected) <= 1e-6 * std::max(1.0, std::abs(bau.at(t).toDouble())),
                 qPrintable(QStringLiteral("year %1: Σ wedges %2, BAU − gross %3")
                                .arg(kBaseYear + t)
                                .arg(sum)
                                .arg(expected)));
    }
}

void TestResultJson::netIsGrossMinusSinksMinusCredits_data()
{
    wedgesAddUpToBauMinusGross_data();
}

void TestResultJson::netIsGrossMinusSinksMinusCredits()
{
    QFETCH(int, scenario);
    const QJsonObject s = scenarioJson(scenario);
    for (int y = kBaseYear; y < kBaseYear + kYears; ++y) {
        const double expected = at(s, QStringLiteral("gross"), y) -
                                at(s, QStringLiteral("sinks"), y) -
                                at(s, QStringLiteral("credits"), y);
        QVERIFY(closeTo(at(s, QStringLiteral("net"), y), expected, 1e-12));
    }
}

void TestResultJson::sinksAndCreditsStayOutOfTheWedges()
{
    const QJsonObject s = scenarioJson(0);
    const QJsonArray wedges = s.value(QStringLiteral("wedges")).toArray();
    QCOMPARE(wedges.size(), 2); // LED and the idle custom measure; not trees, not credits
    const QJsonObject led = findByMeasureId(wedges, QStringLiteral("led"));
    QCOMPARE(led.value(QStringLiteral("measure")).toString(), QStringLiteral("LED, stairwells"));
    QCOMPARE(led.value(QStringLiteral("kind")).toString(), QStringLiteral("led_lighting"));
    QVERIFY(closeTo(led.value(QStringLiteral("values")).toArray().at(0).toDouble(), 50.0));
    QVERIFY(findByMeasureId(wedges, QStringLiteral("trees")).isEmpty());
    QVERIFY(findByMeasureId(wedges, QStringLiteral("credits")).isEmpty());

    const QJsonArray offsets = s.value(QStringLiteral("offsets")).toArray();
    QCOMPARE(offsets.size(), 2);
    QCOMPARE(findByMeasureId(offsets, QStringLiteral("trees"))
                 .value(QStringLiteral("ledger"))
                 .toString(),
             QStringLiteral("sinks"));
    QCOMPARE(findByMeasureId(offsets, QStringLiteral("credits"))
                 .value(QStringLiteral("ledger"))
                 .toString(),
             QStringLiteral("credits"));
    // Offsets never hide gross emissions: gross is BAU less the wedges only.
    QVERIFY(closeTo(at(s, QStringLiteral("gross"), 2025), 473.0));
}

void TestResultJson::measuresCarryNamesCostsAndNullCostPerTonne()
{
    const QJsonArray measures = scenarioJson(0).value(QStringLiteral("measures")).toArray();
    QCOMPARE(measures.size(), 4);
    const QJsonObject idle = findByMeasureId(measures, QStringLiteral("idle"));
    QCOMPARE(idle.value(QStringLiteral("measure")).toString(), QStringLiteral("Idle idea"));
    QCOMPARE(idle.value(QStringLiteral("abated_total")).toDouble(), 0.0);
    QVERIFY(idle.value(QStringLiteral("cost_per_tonne")).isNull());
    const QJsonObject credits = findByMeasureId(measures, QStringLiteral("credits"));
    // 100 t a year for 7 years bought at 80 a tonne: credits abate nothing, so no tonne is
    // "abated" and there is no cost per tonne abated (the CLI adds credited_total = 700 and
    // cost_per_credit = 80 beside them; tests/app/TestCli.cpp).
    QCOMPARE(credits.value(QStringLiteral("abated_total")).toDouble(), 0.0);
    QVERIFY(credits.value(QStringLiteral("cost_per_tonne")).isNull());
    QVERIFY(credits.value(QStringLiteral("npv")).toDouble() < 0);
    QCOMPARE(credits.value(QStringLiteral("stage")).toString(),
             QStringLiteral("sinks_and_credits"));
}

void TestResultJson::targetsAndNeutralityYear_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("limit");
    QTest::addColumn<double>("actual");
    QTest::addColumn<bool>("met");
    // Interim: −10 % of base-year gross 523 → 470.7; Ambitious has gross 473 in 2027.
    QTest::newRow("Ambitious neutrality 2030")
        << 0 << "neutrality" << 2030 << 0.0 << 353.0 << false;
    QTest::newRow("Ambitious interim 2027") << 0 << "interim" << 2027 << 470.7 << 473.0 << false;
    // Budget: 363 + 6 × 353 = 2,481 > 2,000.
    QTest::newRow("Ambitious budget") << 0 << "carbon_budget" << 2030 << 2000.0 << 2481.0 << false;
    QTest::newRow("Offset neutrality 2030") << 1 << "neutrality" << 2030 << 0.0 << -77.0 << true;
    QTest::newRow("Offset interim 2027: gross stays 523")
        << 1 << "interim" << 2027 << 470.7 << 523.0 << false;
    QTest::newRow("Offset budget: 7 × −77")
        << 1 << "carbon_budget" << 2030 << 2000.0 << -539.0 << true;
}

void TestResultJson::targetsAndNeutralityYear()
{
    QFETCH(int, scenario);
    QFETCH(QString, kind);
    QFETCH(int, year);
    QFETCH(double, limit);
    QFETCH(double, actual);
    QFETCH(bool, met);
    const QJsonObject s = scenarioJson(scenario);
    QJsonObject target;
    for (const QJsonValue &v : s.value(QStringLiteral("targets")).toArray()) {
        if (v.toObject().value(QStringLiteral("kind")).toString() == kind)
            target = v.toObject();
    }
    QVERIFY(!target.isEmpty());
    QCOMPARE(target.value(QStringLiteral("year")).toInt(), year);
    QVERIFY(closeTo(target.value(QStringLiteral("limit")).toDouble(), limit));
    QVERIFY(closeTo(target.value(QStringLiteral("actual")).toDouble(), actual));
    QCOMPARE(target.value(QStringLiteral("met")).toBool(), met);
    const QJsonValue neutrality = s.value(QStringLiteral("neutrality_year"));
    if (scenario == 0)
        QVERIFY(neutrality.isNull());
    else
        QCOMPARE(neutrality.toInt(), kBaseYear);
}

void TestResultJson::keepsFullPrecision()
{
    // Through text and back: every number is the engine's double, bit for bit.
    const Fixture &f = fixture();
    const QByteArray text = QJsonDocument(f.json).toJson(QJsonDocument::Compact);
    const QJsonObject back = QJsonDocument::fromJson(text).object();
    const QJsonObject s = back.value(QStringLiteral("scenarios")).toArray().at(0).toObject();
    const ScenarioResult &r = f.result.scenarios.front();
    for (int t = 0; t < kYears; ++t) {
        QCOMPARE(s.value(QStringLiteral("net")).toArray().at(t).toDouble(), r.net[t]);
        QCOMPARE(s.value(QStringLiteral("cumulative_net")).toArray().at(t).toDouble(),
                 r.cumulativeNet[t]);
    }
    const QJsonObject led =
        findByMeasureId(s.value(QStringLiteral("measures")).toArray(), QStringLiteral("led"));
    QCOMPARE(led.value(QStringLiteral("npv")).toDouble(), r.measures.front().npv);
    QCOMPARE(ResultJson::number(0.1 + 0.2).toDouble(), 0.1 + 0.2);
    QVERIFY(QJsonDocument(QJsonArray{ResultJson::number(0.1 + 0.2)})
                .toJson()
                .contains("0.30000000000000004"));
}

void TestResultJson::nonFiniteNumbersBecomeNull_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("+infinity") << std::numeric_limits<double>::infinity();
    QTest::newRow("−infinity") << -std::numeric_limits<double>::infinity();
}

void TestResultJson::nonFiniteNumbersBecomeNull()
{
    QFETCH(double, value);
    QVERIFY(ResultJson::number(value).isNull());
    QVERIFY(ResultJson::number(std::optional<double>(value)).isNull());
    YearSeries series(3);
    series << 1.0, value, 3.0;
    const QJsonArray array = ResultJson::series(series);
    QCOMPARE(array.size(), 3);
    QVERIFY(array.at(1).isNull());
    QCOMPARE(array.at(2).toDouble(), 3.0);
    const QByteArray text = QJsonDocument(array).toJson(QJsonDocument::Compact);
    QCOMPARE(text, QByteArray("[1,null,3]"));
    QCOMPARE(ResultsCsv::number(value, ResultsCsv::Precision::Full), QByteArray());
}

void TestResultJson::uncertaintyHasOrderedBandsAndSensitivity()
{
    const Fixture &f = fixture();
    const auto uncertainty = uncertaintyFor(f.plan, 300, 42);
    const QJsonObject json = ResultJson::toJson(f.plan, f.result, uncertainty);
    const QJsonObject s = json.value(QStringLiteral("scenarios")).toArray().at(0).toObject();
    const QJsonObject u = s.value(QStringLiteral("uncertainty")).toObject();
    QCOMPARE(u.value(QStringLiteral("samples")).toInt(), 300);
    QCOMPARE(u.value(QStringLiteral("seed")).toInteger(), 42);
    QCOMPARE(u.value(QStringLiteral("target_year")).toInt(), 2030);
    const double p = u.value(QStringLiteral("p_neutral_by_target")).toDouble(-1);
    QVERIFY(p >= 0 && p <= 1);
    const QStringList bands{QStringLiteral("p5"), QStringLiteral("p25"), QStringLiteral("p50"),
                            QStringLiteral("p75"), QStringLiteral("p95")};
    for (int t = 0; t < kYears; ++t) {
        for (qsizetype b = 0; b < bands.size(); ++b)
            QCOMPARE(u.value(bands.at(b)).toArray().size(), kYears);
        for (qsizetype b = 1; b < bands.size(); ++b)
            QVERIFY(u.value(bands.at(b - 1)).toArray().at(t).toDouble() <=
                    u.value(bands.at(b)).toArray().at(t).toDouble());
    }
    // LED savings 0.4 … 0.6 is uncertain; the catalogue's default ranges apply to the rest.
    const QJsonArray sensitivity = s.value(QStringLiteral("sensitivity")).toArray();
    QVERIFY(!sensitivity.isEmpty());
    bool sawSavings = false;
    for (const QJsonValue &v : sensitivity) {
        const QJsonObject bar = v.toObject();
        for (const char *key :
             {"measure", "measure_id", "parameter", "low", "high", "net_at_low", "net_at_high"})
            QVERIFY2(bar.contains(QLatin1String(key)), key);
        if (bar.value(QStringLiteral("parameter")).toString() == QStringLiteral("savings")) {
            sawSavings = true;
            QCOMPARE(bar.value(QStringLiteral("low")).toDouble(), 0.4);
            QCOMPARE(bar.value(QStringLiteral("high")).toDouble(), 0.6);
            // More savings, less net: lighting 0.2 × (0.6 − 0.4) × 500 = 20 t apart.
            QVERIFY(closeTo(bar.value(QStringLiteral("net_at_low")).toDouble() -
                                bar.value(QStringLiteral("net_at_high")).toDouble(),
                            20.0));
        }
    }
    QVERIFY(sawSavings);
}

void TestResultJson::seedBeyondJsonIntegersIsAString()
{
    UncertaintyResult u;
    u.seed = std::numeric_limits<quint64>::max();
    QCOMPARE(ResultJson::uncertainty(u).value(QStringLiteral("seed")).toString(),
             QStringLiteral("18446744073709551615"));
    u.seed = quint64(1) << 53;
    QCOMPARE(ResultJson::uncertainty(u).value(QStringLiteral("seed")).toInteger(), qint64(1) << 53);
}

QTEST_GUILESS_MAIN(TestResultJson)
#include "TestResultJson.moc"
