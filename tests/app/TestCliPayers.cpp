// zeroplan-cli simulate --format json with who pays (docs/cli.md "payers", "household",
// "funding"; docs/residents.md), end to end: the small CLI plan with a payer split for its LED
// measure, a household share and a subsidy, worked out by hand; and a split that does not add
// up to 100 % stops the run with the measure and field named.
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace zeroplan::test;

namespace {

// small-plan.json (2024–2035, 2 000 households) with LED (start 2025, ramp 2, capex 300 000:
// 150 000 bought in 2025 and in 2026) paid 40 % by residents and 60 % by a government subsidy,
// its savings to residents, reaching half the households; a district subsidy of 100 000 in 2025.
QJsonObject paidPlan(double residentsShare)
{
    QFile file(cliFixture(QStringLiteral("small-plan.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject plan = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject split{
        {QStringLiteral("measure"), QStringLiteral("led")},
        {QStringLiteral("capex"), QJsonObject{{QStringLiteral("residents"), residentsShare},
                                              {QStringLiteral("government"), 0.6}}},
        {QStringLiteral("savings"), QJsonObject{{QStringLiteral("residents"), 1}}},
        {QStringLiteral("household_share"), 0.5},
        {QStringLiteral("source"), QStringLiteral("test")},
    };
    const QJsonObject subsidy{
        {QStringLiteral("name"), QStringLiteral("District subsidy")},
        {QStringLiteral("kind"), QStringLiteral("subsidy")},
        {QStringLiteral("amounts"), QJsonArray{QJsonObject{{QStringLiteral("year"), 2025},
                                                           {QStringLiteral("amount"), 100000}}}},
        {QStringLiteral("source"), QStringLiteral("test")},
    };
    plan.insert(QStringLiteral("format_version"), 3);
    plan.insert(QStringLiteral("residents"),
                QJsonObject{{QStringLiteral("splits"), QJsonArray{split}},
                            {QStringLiteral("median_income"),
                             QJsonArray{QJsonObject{{QStringLiteral("year"), 2024},
                                                    {QStringLiteral("amount"), 100000}}}},
                            {QStringLiteral("income_source"), QStringLiteral("test")},
                            {QStringLiteral("affordability_share"), 0.001},
                            {QStringLiteral("affordability_source"), QStringLiteral("test")},
                            {QStringLiteral("funding"), QJsonArray{subsidy}}});
    return plan;
}

QString written(const QTemporaryDir &dir, const QJsonObject &plan)
{
    const QString path = dir.filePath(QStringLiteral("paid.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(plan).toJson()) < 0)
        return {};
    return path;
}

bool near(const QJsonValue &v, double expected, double tolerance = 1e-6)
{
    return v.isDouble() && std::abs(v.toDouble() - expected) <= tolerance;
}

QJsonObject byKey(const QJsonArray &list, const char *key, const QString &value)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1String(key)).toString() == value)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliPayers : public QObject
{
    Q_OBJECT

private slots:
    void payersHouseholdAndFunding();
    void sharesNotAddingUpStopTheRun();

private:
    QTemporaryDir m_dir;
};

void TestCliPayers::payersHouseholdAndFunding()
{
    const QString path = written(m_dir, paidPlan(0.4));
    QVERIFY(!path.isEmpty());
    const CliRun run =
        runCli({QStringLiteral("simulate"), path, QStringLiteral("--scenario"),
                QStringLiteral("Cautious"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject scenario =
        run.json().value(QStringLiteral("scenarios")).toArray().at(0).toObject();

    // Payers of LED: residents 0.4 × 150 000 = 60 000 in 2025 and 2026, government 90 000.
    const QJsonObject led = byKey(scenario.value(QStringLiteral("payers"))
                                      .toObject()
                                      .value(QStringLiteral("measures"))
                                      .toArray(),
                                  "measure_id", QStringLiteral("led"));
    const QJsonArray parties = led.value(QStringLiteral("parties")).toArray();
    const QJsonObject residents = byKey(parties, "party", QStringLiteral("residents"));
    const QJsonObject government = byKey(parties, "party", QStringLiteral("government"));
    const QJsonArray residentsCapex = residents.value(QStringLiteral("capex")).toArray();
    QVERIFY(near(residentsCapex.at(0), 0));
    QVERIFY(near(residentsCapex.at(1), 60000));
    QVERIFY(near(residentsCapex.at(2), 60000));
    QVERIFY(near(government.value(QStringLiteral("capex")).toArray().at(1), 90000));
    // Government never gets anything back: no payback, NPV −90 000/1.05 − 90 000/1.05².
    QVERIFY(government.value(QStringLiteral("payback_year")).isNull());
    QVERIFY(near(government.value(QStringLiteral("npv")), -90000 / 1.05 - 90000 / (1.05 * 1.05)));
    // Σ over parties of npv = the measure's npv (LED has no opex: residents' savings are all).
    const QJsonObject ledMeasure = byKey(scenario.value(QStringLiteral("measures")).toArray(),
                                         "measure_id", QStringLiteral("led"));
    double npv = 0;
    for (const QJsonValue &p : parties)
        npv += p.toObject().value(QStringLiteral("npv")).toDouble();
    QVERIFY(near(ledMeasure.value(QStringLiteral("npv")), npv, 1e-6 * std::abs(npv)));
    // Solar has no split: all of it is unassigned.
    const QJsonObject solar = byKey(scenario.value(QStringLiteral("payers"))
                                        .toObject()
                                        .value(QStringLiteral("measures"))
                                        .toArray(),
                                    "measure_id", QStringLiteral("solar"));
    QCOMPARE(solar.value(QStringLiteral("parties")).toArray().size(), 1);
    QCOMPARE(solar.value(QStringLiteral("parties"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("party")),
             QJsonValue(QStringLiteral("unassigned")));

    // Household card of LED: 0.5 × 2 000 = 1 000 households; upfront 120 000 / 1 000 = 120,
    // subsidy 180 000 / 1 000 = 180; full adoption in 2026 (2025 + 2 − 1); the bill falls by
    // the residents' savings of 2026 / 1 000.
    const QJsonObject card = byKey(scenario.value(QStringLiteral("household"))
                                       .toObject()
                                       .value(QStringLiteral("measures"))
                                       .toArray(),
                                   "measure_id", QStringLiteral("led"));
    QVERIFY(near(card.value(QStringLiteral("households")), 1000));
    QVERIFY(near(card.value(QStringLiteral("upfront")), 120));
    QVERIFY(near(card.value(QStringLiteral("subsidy")), 180));
    QCOMPARE(card.value(QStringLiteral("bill_year")).toInt(), 2026);
    const double saved2026 = residents.value(QStringLiteral("savings")).toArray().at(2).toDouble();
    QVERIFY(saved2026 > 0);
    QVERIFY(near(card.value(QStringLiteral("yearly_bill_change")), -saved2026 / 1000));
    // Outlay 2025: 60 − savings/1 000 < 0 (LED saves more than a household pays): so the
    // threshold 0.1 % × 100 000 = 100 is never passed, and it pays back in its first year.
    QCOMPARE(card.value(QStringLiteral("affordable")), QJsonValue(true));
    QCOMPARE(card.value(QStringLiteral("payback_year")).toInt(), 2025);
    QCOMPARE(card.value(QStringLiteral("payback_years")).toInt(), 0);

    // Funding: the government spends 90 000 in 2025 (subsidy 100 000: covered) and 90 000 in
    // 2026 (no subsidy: short by 90 000).
    const QJsonObject funding = scenario.value(QStringLiteral("funding")).toObject();
    QCOMPARE(funding.value(QStringLiteral("shortfall_years")).toArray(), QJsonArray{2026});
    QVERIFY(near(funding.value(QStringLiteral("shortfall")).toArray().at(2), 90000));
    const QJsonObject gov = byKey(funding.value(QStringLiteral("lines")).toArray(), "party",
                                  QStringLiteral("government"));
    QCOMPARE(gov.value(QStringLiteral("checked")), QJsonValue(true));
    QVERIFY(near(gov.value(QStringLiteral("sources")).toArray().at(1), 100000));
    QCOMPARE(funding.value(QStringLiteral("sources"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("party")),
             QJsonValue(QStringLiteral("government")));
}

void TestCliPayers::sharesNotAddingUpStopTheRun()
{
    const QString path = written(m_dir, paidPlan(0.3)); // 0.3 + 0.6 = 90 %
    QVERIFY(!path.isEmpty());
    const CliRun run = runCli(
        {QStringLiteral("simulate"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1); // ExitBadInput
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("/residents/splits/0/capex")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral(
                 "measure \"LED, stairwells and homes\": the investment shares add up to 90 %")),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliPayers)
#include "TestCliPayers.moc"
