// Money and numbers as a committee writes them (issue 14): in Chinese, a plan in CNY prints
// its amounts in 元, 万元 and 亿元 ("433.4 万元", not "4,333,632 CNY"), its rates per 元
// ("601 元/tCO₂e"), a table column of totals in one unit (万元, one place in every row); in
// English, "4,333,632 CNY" as before; another currency keeps its code in both. The Costs page
// and the key figure strip, in Chinese, show the sample's costs so.
#include "SampleDocument.h"
#include "costs/CostsPage.h"
#include "engine/Results.h"
#include "inventory/FactorLibrary.h"
#include "present/Language.h"
#include "present/LiveResults.h"
#include "present/MeasureCostModel.h"
#include "present/NumberFormat.h"
#include "storage/FactorLibraryJson.h"
#include "window/KeyFigureStrip.h"

#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace zeroplan;

class TestNumberFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void chineseYuanByHand_data();
    void chineseYuanByHand();
    void englishUnchanged();
    void otherCurrenciesKeepTheirCode();
    void columnsInOneUnit();
    void perResidentAndUnits();
    void costsPageAndKeyFiguresInChinese();
};

void TestNumberFormat::cleanup()
{
    Language::install(QStringLiteral("en"));
}

void TestNumberFormat::chineseYuanByHand_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("expected");
    // 4,333,632 ÷ 10,000 = 433.3632 → one place: 433.4 万元.
    QTest::newRow("total NPV") << 4333632.0 << QStringLiteral("433.4 万元");
    QTest::newRow("negative") << -4333632.0 << QStringLiteral("-433.4 万元");
    // 2,674,242 ÷ 10,000 = 267.4242 → 267.4 万元.
    QTest::newRow("present cost") << 2674242.0 << QStringLiteral("267.4 万元");
    // Below 10,000: whole 元 with grouped digits.
    QTest::newRow("small") << 9800.0 << QStringLiteral("9,800 元");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0 元");
    // 9,999.6 rounds to 10,000 元: written as 1.0 万元, never "10,000 元".
    QTest::newRow("rounds up into 万") << 9999.6 << QStringLiteral("1.0 万元");
    // 99,990,000 ÷ 10,000 = 9,999.0 万元, still below 1 亿.
    QTest::newRow("just below 亿") << 99990000.0 << QStringLiteral("9,999.0 万元");
    // 99,999,999 ÷ 10,000 = 9,999.9999 → 10,000.0 万元 as printed, so 亿: 0.99999999 → 1.00.
    QTest::newRow("rounds up into 亿") << 99999999.0 << QStringLiteral("1.00 亿元");
    // 123,456,789 ÷ 100,000,000 = 1.23456789 → two places: 1.23 亿元.
    QTest::newRow("亿") << 123456789.0 << QStringLiteral("1.23 亿元");
}

void TestNumberFormat::chineseYuanByHand()
{
    QFETCH(double, amount);
    QFETCH(QString, expected);
    Language::install(QStringLiteral("zh_CN"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QVERIFY(NumberFormat::writesYuan(QStringLiteral("CNY")));
    QCOMPARE(NumberFormat::money(amount, QStringLiteral("CNY")), expected);
}

void TestNumberFormat::englishUnchanged()
{
    Language::install(QStringLiteral("en"));
    QVERIFY(!NumberFormat::writesYuan(QStringLiteral("CNY")));
    QCOMPARE(NumberFormat::money(4333632, QStringLiteral("CNY")), QStringLiteral("4,333,632 CNY"));
    QCOMPARE(NumberFormat::money(-4333632, QStringLiteral("CNY")),
             QStringLiteral("-4,333,632 CNY"));
    QCOMPARE(NumberFormat::money(9800, QStringLiteral("CNY")), QStringLiteral("9,800 CNY"));
    // 601.07 CNY/t (TestMeasureCostModel's LED) to the whole yuan.
    QCOMPARE(NumberFormat::moneyPerTonne(601.0676, QStringLiteral("CNY")),
             QStringLiteral("601 CNY/tCO₂e"));
    QCOMPARE(NumberFormat::currencyUnit(QStringLiteral("CNY")), QStringLiteral("CNY"));
    QCOMPARE(NumberFormat::moneyColumnUnit(QStringLiteral("CNY")), QStringLiteral("CNY"));
    QCOMPARE(NumberFormat::moneyInColumnUnit(4333632, QStringLiteral("CNY")),
             QStringLiteral("4,333,632"));
}

void TestNumberFormat::otherCurrenciesKeepTheirCode()
{
    Language::install(QStringLiteral("zh_CN"));
    QVERIFY(!NumberFormat::writesYuan(QStringLiteral("EUR")));
    QCOMPARE(NumberFormat::money(4333632, QStringLiteral("EUR")), QStringLiteral("4,333,632 EUR"));
    QCOMPARE(NumberFormat::moneyColumnUnit(QStringLiteral("EUR")), QStringLiteral("EUR"));
    QCOMPARE(NumberFormat::moneyPerTonne(12.4, QStringLiteral("EUR")),
             QStringLiteral("12 EUR/tCO₂e"));
}

// A column of totals in 万元 with one place in every row, its header naming the unit; rates
// per 元.
void TestNumberFormat::columnsInOneUnit()
{
    Language::install(QStringLiteral("zh_CN"));
    const QString cny = QStringLiteral("CNY");
    QCOMPARE(NumberFormat::moneyColumnUnit(cny), QStringLiteral("万元"));
    QCOMPARE(NumberFormat::currencyUnit(cny), QStringLiteral("元"));
    // 4,333,632 → 433.4; 5,000 → 0.5; 126,554 → 12.6554 → 12.7; 0 → 0.0; 亿 stays in 万元:
    // 123,456,789 → 12,345.6789 → 12,345.7.
    QCOMPARE(NumberFormat::moneyInColumnUnit(4333632, cny), QStringLiteral("433.4"));
    QCOMPARE(NumberFormat::moneyInColumnUnit(5000, cny), QStringLiteral("0.5"));
    QCOMPARE(NumberFormat::moneyInColumnUnit(126554, cny), QStringLiteral("12.7"));
    QCOMPARE(NumberFormat::moneyInColumnUnit(0, cny), QStringLiteral("0.0"));
    QCOMPARE(NumberFormat::moneyInColumnUnit(123456789, cny), QStringLiteral("12,345.7"));
    QCOMPARE(NumberFormat::moneyPerTonne(601.0676, cny), QStringLiteral("601 元/tCO₂e"));
}

void TestNumberFormat::perResidentAndUnits()
{
    Language::install(QStringLiteral("en"));
    // The Shenzhen sample: 630 t over 930 residents = 0.677 → "0.68"; over 372 households
    // = 1.694 → "1.69".
    QCOMPARE(NumberFormat::tonnesPerResidentYear(630.0 / 930),
             QStringLiteral("0.68 tCO₂e/person/yr"));
    QCOMPARE(NumberFormat::tonnesPerHouseholdYear(630.0 / 372),
             QStringLiteral("1.69 tCO₂e/household/yr"));
    QCOMPARE(NumberFormat::activityUnit(QStringLiteral("t")), QStringLiteral("t"));
    QCOMPARE(NumberFormat::activityUnit(QStringLiteral("vehicle-km")),
             QStringLiteral("vehicle-km"));
    QCOMPARE(NumberFormat::activityUnit(QStringLiteral("kWh")), QStringLiteral("kWh"));
}

// The Shenzhen sample (CNY) with the app in Chinese: the Costs page's summary and the key
// figure strip give its present cost in 万元, the table's money columns are headed 万元 and
// hold one place in every row; nowhere "CNY".
void TestNumberFormat::costsPageAndKeyFiguresInChinese()
{
    Language::install(QStringLiteral("zh_CN"));
    QTemporaryDir dir;
    auto doc = test::openShenzhenSample(dir.path());
    LiveResults results(doc.get(), FactorLibraryJson::builtIn());
    CostsPage costs(doc.get(), &results);
    KeyFigureStrip strip(&results);
    costs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&costs));
    const ScenarioResult *scenario = results.currentResult();
    QVERIFY(scenario);
    // The present cost ÷ 10,000, one place: 3,205,426.57 CNY → "320.5 万元" for the sample's
    // first scenario (the English report prints "3,205,427 CNY").
    const QString wan = QLocale(QLocale::English).toString(scenario->presentCost / 1e4, 'f', 1);
    QCOMPARE(wan, QStringLiteral("320.5"));
    const QString expected = wan + QStringLiteral(" 万元");

    auto *summary = costs.findChild<QLabel *>(QStringLiteral("costsSummaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(expected), qPrintable(summary->text()));
    QVERIFY2(!summary->text().contains(QStringLiteral("CNY")), qPrintable(summary->text()));
    auto *cost = strip.findChild<QLabel *>(QStringLiteral("costFigure"));
    QVERIFY(cost);
    QVERIFY2(cost->text().startsWith(expected), qPrintable(cost->text()));

    auto *table = costs.findChild<QTableView *>(QStringLiteral("measureCostView"));
    QVERIFY(table);
    const QAbstractItemModel *model = table->model();
    const QString header =
        model->headerData(MeasureCostModel::NpvColumn, Qt::Horizontal).toString();
    QVERIFY2(header.contains(QStringLiteral("万元")), qPrintable(header));
    QVERIFY2(!header.contains(QStringLiteral("CNY")), qPrintable(header));
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c : {MeasureCostModel::CapexColumn, MeasureCostModel::OpexColumn,
                      MeasureCostModel::SavingsColumn, MeasureCostModel::NpvColumn}) {
            const QString text = model->index(r, c).data().toString();
            // One place after the decimal point in every row: "0.0", "433.4", "-207.1".
            QVERIFY2(text.size() >= 3 && text.at(text.size() - 2) == QLatin1Char('.'),
                     qPrintable(text));
        }
    }
}

QTEST_MAIN(TestNumberFormat)
#include "TestNumberFormat.moc"
