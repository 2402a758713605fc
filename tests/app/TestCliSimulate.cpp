// zeroplan-cli simulate end to end: runs the built executable (ZEROPLAN_CLI) on the plans in
// tests/fixtures/cli and checks what it computes: the documented JSON shape, credits kept
// apart from abatement, wedges that add up, one scenario as in the full run, reproducible and
// ordered uncertainty bands, the sample cap, RFC 4180 CSV and the table. The command surface
// (help, usage, bad and hostile input, validate) is in TestCli.
#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>

namespace {

constexpr int kYears = 12; // the fixtures run from 2024 to 2035

using Run = zeroplan::test::CliRun;
using zeroplan::test::csvRecords;
using zeroplan::test::runCli;

QString fixture(const QString &name)
{
    return zeroplan::test::cliFixture(name);
}

bool closeTo(double actual, double expected, double relTol)
{
    return std::abs(actual - expected) <= relTol * std::max(1.0, std::abs(expected));
}

QJsonObject scenarioNamed(const QJsonObject &json, const QString &name)
{
    for (const QJsonValue &v : json.value(QStringLiteral("scenarios")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliSimulate : public QObject
{
    Q_OBJECT

private slots:
    void simulateJsonHasTheDocumentedShape_data();
    void simulateJsonHasTheDocumentedShape();
    void simulateKeepsCreditsApartAndSaysWhenNeutralityHolds();
    void wedgesAddUpAndOffsetsStaySeparate_data();
    void wedgesAddUpAndOffsetsStaySeparate();
    void oneScenarioMatchesTheFullRun();
    void uncertaintyIsReproducibleBySeed();
    void uncertaintyBandsAreOrdered_data();
    void uncertaintyBandsAreOrdered();
    void samplesAreCappedWithAMessage();
    void csvIsRfc4180();
    void tableSummarisesEachScenario();
};

void TestCliSimulate::simulateJsonHasTheDocumentedShape_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("Cautious") << QStringLiteral("Cautious");
    QTest::newRow("Ambitious") << QStringLiteral("Ambitious");
}

void TestCliSimulate::simulateJsonHasTheDocumentedShape()
{
    QFETCH(QString, scenario);
    const Run run = runCli({QStringLiteral("simulate"), fixture(QStringLiteral("small-plan.json")),
                            QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray years = json.value(QStringLiteral("years")).toArray();
    QCOMPARE(years.size(), kYears);
    QCOMPARE(years.first().toInt(), 2024);
    QCOMPARE(years.last().toInt(), 2035);
    QCOMPARE(json.value(QStringLiteral("bau"))
                 .toObject()
                 .value(QStringLiteral("gross"))
                 .toArray()
                 .size(),
             kYears);
    QCOMPARE(json.value(QStringLiteral("scenarios")).toArray().size(), 2);

    const QJsonObject s = scenarioNamed(json, scenario);
    QVERIFY(!s.isEmpty());
    for (const char *key : {"gross", "sinks", "credits", "net"})
        QCOMPARE(s.value(QLatin1String(key)).toArray().size(), kYears);
    QVERIFY(s.value(QStringLiteral("neutrality_year")).isNull()); // neither reaches it by 2035
    const QJsonArray targets = s.value(QStringLiteral("targets")).toArray();
    QCOMPARE(targets.size(), 2);
    for (const QJsonValue &t : targets) {
        for (const char *key : {"kind", "year", "limit", "actual", "met"})
            QVERIFY2(t.toObject().contains(QLatin1String(key)), key);
    }
    for (const QJsonValue &m : s.value(QStringLiteral("measures")).toArray()) {
        for (const char *key :
             {"measure", "measure_id", "kind", "abated_total", "npv", "cost_per_tonne"})
            QVERIFY2(m.toObject().contains(QLatin1String(key)), key);
    }
    QVERIFY(!s.contains(QStringLiteral("uncertainty")));
}

// small-plan.json, "Ambitious": credits of 2,000 t a year in 2033–2035 at the catalogue's
// 97.49 CNY/t. Credits are never abatement: 0 abated, no cost per tonne abated, 6,000 t
// credited at exactly 97.49 per credit; the scenario's cost per tonne abated is the abating
// measures' present cost over their present tonnes, and its present cost counts both.
void TestCliSimulate::simulateKeepsCreditsApartAndSaysWhenNeutralityHolds()
{
    const Run run = runCli({QStringLiteral("simulate"), fixture(QStringLiteral("small-plan.json")),
                            QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QJsonObject s = scenarioNamed(json, QStringLiteral("Ambitious"));
    QVERIFY(!s.isEmpty());
    QJsonObject credits;
    for (const QJsonValue &m : s.value(QStringLiteral("measures")).toArray()) {
        if (m.toObject().value(QStringLiteral("measure_id")).toString() == QLatin1String("credits"))
            credits = m.toObject();
        QVERIFY(m.toObject().contains(QStringLiteral("credited_total")));
    }
    QVERIFY(!credits.isEmpty());
    QCOMPARE(credits.value(QStringLiteral("abated_total")).toDouble(), 0.0);
    QVERIFY(credits.value(QStringLiteral("cost_per_tonne")).isNull());
    QVERIFY(qAbs(credits.value(QStringLiteral("credited_total")).toDouble() - 6000) < 1e-6);
    QVERIFY(qAbs(credits.value(QStringLiteral("cost_per_credit")).toDouble() - 97.49) < 1e-9);
    QVERIFY(qAbs(s.value(QStringLiteral("credited_total")).toDouble() - 6000) < 1e-6);
    const double abatementCost = s.value(QStringLiteral("present_abatement_cost")).toDouble();
    const double creditCost = s.value(QStringLiteral("present_credit_cost")).toDouble();
    const double abatement = s.value(QStringLiteral("present_abatement")).toDouble();
    QVERIFY(creditCost > 0);
    QVERIFY(qAbs(s.value(QStringLiteral("present_cost")).toDouble() -
                 (abatementCost + creditCost)) < 1e-6);
    QVERIFY(qAbs(s.value(QStringLiteral("cost_per_tonne")).toDouble() - abatementCost / abatement) <
            1e-9);
    QVERIFY(qAbs(s.value(QStringLiteral("cost_per_credit")).toDouble() - 97.49) < 1e-9);
    // Neither scenario is neutral by 2035: both readings are null, the target missed.
    for (const QString &name : {QStringLiteral("Cautious"), QStringLiteral("Ambitious")}) {
        const QJsonObject sc = scenarioNamed(json, name);
        QVERIFY(sc.contains(QStringLiteral("neutral_from")));
        QVERIFY(sc.value(QStringLiteral("neutral_from")).isNull());
        QVERIFY(sc.value(QStringLiteral("neutrality_year")).isNull());
        QCOMPARE(sc.value(QStringLiteral("baseline_empty")).toBool(true), false);
    }
    // The table lists the credits apart, never among the measures that abate.
    const Run table =
        runCli({QStringLiteral("simulate"), fixture(QStringLiteral("small-plan.json")),
                QStringLiteral("--scenario"), QStringLiteral("Ambitious")});
    QCOMPARE(table.exitCode, 0);
    const QString out = QString::fromUtf8(table.out);
    for (const char *text :
         {"All measures that abate", "Credits for the rest (credits, not abatement)",
          "97.5 per credit", "All credits bought",
          "Target: neutrality by 2035, held to the horizon end: missed"})
        QVERIFY2(out.contains(QString::fromUtf8(text)), qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\(6,?000\\.0 bought\\)"))),
             qPrintable(out));
    QVERIFY(out.indexOf(QStringLiteral("All measures that abate")) <
            out.indexOf(QStringLiteral("Credits for the rest")));
}

void TestCliSimulate::wedgesAddUpAndOffsetsStaySeparate_data()
{
    simulateJsonHasTheDocumentedShape_data();
}

void TestCliSimulate::wedgesAddUpAndOffsetsStaySeparate()
{
    QFETCH(QString, scenario);
    const Run run = runCli({QStringLiteral("simulate"), fixture(QStringLiteral("small-plan.json")),
                            QStringLiteral("--format=json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    const QJsonArray bau =
        json.value(QStringLiteral("bau")).toObject().value(QStringLiteral("gross")).toArray();
    const QJsonObject s = scenarioNamed(json, scenario);
    const QJsonArray wedges = s.value(QStringLiteral("wedges")).toArray();
    QStringList names;
    for (const QJsonValue &w : wedges)
        names << w.toObject().value(QStringLiteral("measure")).toString();
    QVERIFY2(names.contains(QStringLiteral("屋顶光伏, 一期")), qPrintable(names.join(u'|')));
    QVERIFY(!names.contains(QStringLiteral("Pocket park trees")));
    QVERIFY(!names.contains(QStringLiteral("Credits for the rest")));
    for (int t = 0; t < kYears; ++t) {
        double sum = 0;
        for (const QJsonValue &w : wedges)
            sum += w.toObject().value(QStringLiteral("values")).toArray().at(t).toDouble();
        const double gross = s.value(QStringLiteral("gross")).toArray().at(t).toDouble();
        QVERIFY2(closeTo(sum, bau.at(t).toDouble() - gross, 1e-6),
                 qPrintable(QStringLiteral("year %1: %2 vs %3")
                                .arg(2024 + t)
                                .arg(sum)
                                .arg(bau.at(t).toDouble() - gross)));
        const double sinks = s.value(QStringLiteral("sinks")).toArray().at(t).toDouble();
        const double credits = s.value(QStringLiteral("credits")).toArray().at(t).toDouble();
        QVERIFY(closeTo(s.value(QStringLiteral("net")).toArray().at(t).toDouble(),
                        gross - sinks - credits, 1e-12));
    }
    if (scenario == QStringLiteral("Ambitious")) {
        // 3 ha of trees take up CO2 from 2025; 2,000 t of credits a year from 2033.
        QCOMPARE(s.value(QStringLiteral("sinks")).toArray().at(0).toDouble(), 0.0);
        QVERIFY(s.value(QStringLiteral("sinks")).toArray().at(1).toDouble() > 0);
        QCOMPARE(s.value(QStringLiteral("credits")).toArray().at(8).toDouble(), 0.0);
        QVERIFY(
            closeTo(s.value(QStringLiteral("credits")).toArray().at(9).toDouble(), 2000, 1e-12));
    }
}

void TestCliSimulate::oneScenarioMatchesTheFullRun()
{
    const QString plan = fixture(QStringLiteral("small-plan.json"));
    const Run all = runCli({QStringLiteral("simulate"), plan, QStringLiteral("--format=json")});
    const Run one = runCli({QStringLiteral("simulate"), plan, QStringLiteral("--format=json"),
                            QStringLiteral("--scenario"), QStringLiteral("Ambitious")});
    VERIFY_NO_CRASH(one);
    QCOMPARE(one.exitCode, 0);
    const QJsonArray scenarios = one.json().value(QStringLiteral("scenarios")).toArray();
    QCOMPARE(scenarios.size(), 1);
    QCOMPARE(scenarios.first().toObject(), scenarioNamed(all.json(), QStringLiteral("Ambitious")));
    QCOMPARE(one.json().value(QStringLiteral("bau")), all.json().value(QStringLiteral("bau")));
}

void TestCliSimulate::uncertaintyIsReproducibleBySeed()
{
    const auto simulate = [](const QString &seed) {
        return runCli({QStringLiteral("simulate"), fixture(QStringLiteral("small-plan.json")),
                       QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--samples"), QStringLiteral("300"), QStringLiteral("--seed"),
                       seed});
    };
    const Run first = simulate(QStringLiteral("42"));
    const Run again = simulate(QStringLiteral("42"));
    const Run other = simulate(QStringLiteral("43"));
    VERIFY_NO_CRASH(first);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(again.out, first.out);
    const auto uncertainty = [](const Run &run) {
        return scenarioNamed(run.json(), QStringLiteral("Ambitious"))
            .value(QStringLiteral("uncertainty"))
            .toObject();
    };
    QCOMPARE(uncertainty(first).value(QStringLiteral("seed")).toInteger(), 42);
    QCOMPARE(uncertainty(other).value(QStringLiteral("seed")).toInteger(), 43);
    QCOMPARE(uncertainty(first).value(QStringLiteral("samples")).toInt(), 300);
    QVERIFY(uncertainty(first).value(QStringLiteral("p50")) !=
            uncertainty(other).value(QStringLiteral("p50")));
    // The deterministic results do not depend on the seed.
    QCOMPARE(scenarioNamed(other.json(), QStringLiteral("Ambitious")).value(QStringLiteral("net")),
             scenarioNamed(first.json(), QStringLiteral("Ambitious")).value(QStringLiteral("net")));
}

void TestCliSimulate::uncertaintyBandsAreOrdered_data()
{
    simulateJsonHasTheDocumentedShape_data();
}

void TestCliSimulate::uncertaintyBandsAreOrdered()
{
    QFETCH(QString, scenario);
    const Run run = runCli({QStringLiteral("simulate"), fixture(QStringLiteral("small-plan.json")),
                            QStringLiteral("--format=json"), QStringLiteral("--samples=200")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject s = scenarioNamed(run.json(), scenario);
    const QJsonObject u = s.value(QStringLiteral("uncertainty")).toObject();
    QCOMPARE(u.value(QStringLiteral("seed")).toInteger(), 1); // the documented default
    QCOMPARE(u.value(QStringLiteral("target_year")).toInt(), 2035);
    const double p = u.value(QStringLiteral("p_neutral_by_target")).toDouble(-1);
    QVERIFY(p >= 0 && p <= 1);
    const QStringList bands{QStringLiteral("p5"), QStringLiteral("p25"), QStringLiteral("p50"),
                            QStringLiteral("p75"), QStringLiteral("p95")};
    for (const QString &band : bands)
        QCOMPARE(u.value(band).toArray().size(), kYears);
    for (int t = 0; t < kYears; ++t) {
        for (qsizetype b = 1; b < bands.size(); ++b)
            QVERIFY(u.value(bands.at(b - 1)).toArray().at(t).toDouble() <=
                    u.value(bands.at(b)).toArray().at(t).toDouble());
    }
    const QJsonArray sensitivity = s.value(QStringLiteral("sensitivity")).toArray();
    QVERIFY(!sensitivity.isEmpty());
    for (const QJsonValue &v : sensitivity) {
        for (const char *key : {"measure", "parameter", "low", "high", "net_at_low", "net_at_high"})
            QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
    }
}

void TestCliSimulate::samplesAreCappedWithAMessage()
{
    // A plan without scenarios: the cap is applied and said, and no million samples are run.
    const QString plan = fixture(QStringLiteral("no-scenarios-plan.json"));
    const Run run =
        runCli({QStringLiteral("simulate"), plan, QStringLiteral("--format=json"),
                QStringLiteral("--samples"), QStringLiteral("99999999999999999999999")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(QLatin1String("more than the limit")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("1000000")) ||
            run.err.contains(QLatin1String("1,000,000")));
    QCOMPARE(run.json().value(QStringLiteral("scenarios")).toArray().size(), 0);
    QCOMPARE(run.json().value(QStringLiteral("years")).toArray().size(), kYears);
}

void TestCliSimulate::csvIsRfc4180()
{
    const Run run = runCli({QStringLiteral("simulate"), fixture(QStringLiteral("small-plan.json")),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    bool wellFormed = false;
    const QList<QStringList> records = csvRecords(QString::fromUtf8(run.out), &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(records.size(), 1 + kYears);
    const QStringList header = records.first();
    QCOMPARE(header.at(0), QStringLiteral("year"));
    QCOMPARE(header.at(1), QStringLiteral("bau_gross"));
    QVERIFY(header.contains(QStringLiteral("Ambitious: wedge 屋顶光伏, 一期")));
    for (const char *column : {"gross", "sinks", "credits", "net"}) {
        QVERIFY(header.contains(QStringLiteral("Cautious: ") + QLatin1String(column)));
        QVERIFY(header.contains(QStringLiteral("Ambitious: ") + QLatin1String(column)));
    }
    for (int t = 0; t < kYears; ++t) {
        const QStringList &record = records.at(1 + t);
        QCOMPARE(record.size(), header.size());
        QCOMPARE(record.first().toInt(), 2024 + t);
        bool ok = false;
        record.at(1).toDouble(&ok);
        QVERIFY(ok);
    }
}

void TestCliSimulate::tableSummarisesEachScenario()
{
    const Run run = runCli({QStringLiteral("simulate"), fixture(QStringLiteral("small-plan.json")),
                            QStringLiteral("--format"), QStringLiteral("table"),
                            QStringLiteral("--samples"), QStringLiteral("100")});
    VERIFY_NO_CRASH(run);
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    for (const char *text :
         {"Scenario: Cautious", "Scenario: Ambitious", "BAU", "Gross", "Sinks", "Credits", "Net",
          "Abated", "NPV", "Cost per tonne", "屋顶光伏, 一期", "Pocket park trees",
          "not reached by 2035", "probability of neutrality by 2035"})
        QVERIFY2(out.contains(QString::fromUtf8(text)), text);
    for (int year = 2024; year <= 2035; ++year) {
        const QRegularExpression row(QStringLiteral("^%1 ").arg(year),
                                     QRegularExpression::MultilineOption);
        QCOMPARE(out.count(row), 2); // one row per scenario
    }
}

QTEST_GUILESS_MAIN(TestCliSimulate)
#include "TestCliSimulate.moc"
