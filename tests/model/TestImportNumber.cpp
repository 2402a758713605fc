// Numbers and months as spreadsheets and meter exports write them.
#include "import/ImportNumber.h"

#include <QtTest>
#include <optional>

using namespace zeroplan;

class TestImportNumber : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data();
    void numbers();
    void months_data();
    void months();
};

void TestImportNumber::numbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("comma");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    const bool point = false;
    const bool comma = true;
    QTest::newRow("integer") << QByteArray("88000") << point << true << 88000.0;
    QTest::newRow("spaces round") << QByteArray("  12.5 ") << point << true << 12.5;
    QTest::newRow("negative") << QByteArray("-3") << point << true << -3.0;
    QTest::newRow("exponent") << QByteArray("1.5e3") << point << true << 1500.0;
    QTest::newRow("shortest export form") << QByteArray("1e+06") << point << true << 1e6;
    QTest::newRow("thousands commas") << QByteArray("1,234,567") << point << true << 1234567.0;
    QTest::newRow("thousands and decimals") << QByteArray("45,600.5") << point << true << 45600.5;
    QTest::newRow("space groups") << QByteArray("12 345.5") << point << true << 12345.5;
    QTest::newRow("no-break space groups") << QByteArray("12\xC2\xA0"
                                                         "345")
                                           << point << true << 12345.0;
    QTest::newRow("apostrophe groups (Swiss)") << QByteArray("12'345") << point << true << 12345.0;
    QTest::newRow("decimal comma") << QByteArray("1,5") << comma << true << 1.5;
    QTest::newRow("decimal comma with point groups")
        << QByteArray("1.234,5") << comma << true << 1234.5;
    QTest::newRow("decimal comma with space groups")
        << QByteArray("12 345,0") << comma << true << 12345.0;
    QTest::newRow("point groups only") << QByteArray("3.000") << comma << true << 3000.0;
    // Not clearly one number: nothing.
    QTest::newRow("decimal comma in a point file") << QByteArray("1,5") << point << false << 0.0;
    QTest::newRow("bad groups") << QByteArray("1,23,456") << point << false << 0.0;
    QTest::newRow("point as decimal in a comma file") << QByteArray("1.5") << comma << false << 0.0;
    QTest::newRow("two decimal commas") << QByteArray("1,2,3") << comma << false << 0.0;
    QTest::newRow("empty") << QByteArray("") << point << false << 0.0;
    QTest::newRow("words") << QByteArray("abc") << point << false << 0.0;
    QTest::newRow("unit stuck on") << QByteArray("12kWh") << point << false << 0.0;
    QTest::newRow("nan") << QByteArray("nan") << point << false << 0.0;
    QTest::newRow("inf") << QByteArray("inf") << point << false << 0.0;
    QTest::newRow("overflow") << QByteArray("1e999") << point << false << 0.0;
    QTest::newRow("hex") << QByteArray("0x10") << point << false << 0.0;
}

void TestImportNumber::numbers()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, comma);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const auto parsed =
        ImportNumber::parse(text, comma ? DecimalSeparator::Comma : DecimalSeparator::Point);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestImportNumber::months_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("year"); // 0: not a month
    QTest::addColumn<int>("month");
    QTest::newRow("ISO month") << QByteArray("2023-01") << 2023 << 1;
    QTest::newRow("slash, one digit") << QByteArray("2023/1") << 2023 << 1;
    QTest::newRow("dot") << QByteArray("2023.11") << 2023 << 11;
    QTest::newRow("compact") << QByteArray("202303") << 2023 << 3;
    QTest::newRow("date") << QByteArray("2023-07-15") << 2023 << 7;
    QTest::newRow("date and time (XLSX)") << QByteArray("2023-07-01T00:00:00") << 2023 << 7;
    QTest::newRow("Excel date with time") << QByteArray("2023/7/1 0:00") << 2023 << 7;
    QTest::newRow("Chinese") << QByteArray("2023年2月") << 2023 << 2;
    QTest::newRow("English short") << QByteArray("Jan 2023") << 2023 << 1;
    QTest::newRow("English long") << QByteArray("September 2023") << 2023 << 9;
    QTest::newRow("month 13") << QByteArray("2023-13") << 0 << 0;
    QTest::newRow("month 0") << QByteArray("2023-00") << 0 << 0;
    QTest::newRow("year alone") << QByteArray("2023") << 0 << 0;
    QTest::newRow("mixed separators") << QByteArray("2023-01/15") << 0 << 0;
    QTest::newRow("day 32") << QByteArray("2023-01-32") << 0 << 0;
    // Issue 12: "2023-02-30" was read as February. Days a month does not have are refused.
    QTest::newRow("30 February") << QByteArray("2023-02-30") << 0 << 0;
    QTest::newRow("29 February, not a leap year") << QByteArray("2023/2/29") << 0 << 0;
    QTest::newRow("29 February, leap year") << QByteArray("2024-02-29") << 2024 << 2;
    QTest::newRow("31 April") << QByteArray("2023-04-31T00:00:00") << 0 << 0;
    QTest::newRow("day 0") << QByteArray("2023-01-00") << 0 << 0;
    QTest::newRow("31 December") << QByteArray("2023.12.31") << 2023 << 12;
    QTest::newRow("seven digits") << QByteArray("2023012") << 0 << 0;
    QTest::newRow("words") << QByteArray("last month") << 0 << 0;
    QTest::newRow("empty") << QByteArray("") << 0 << 0;
}

void TestImportNumber::months()
{
    QFETCH(QByteArray, text);
    QFETCH(int, year);
    QFETCH(int, month);
    const auto parsed = ImportNumber::parseMonth(text);
    QCOMPARE(parsed.has_value(), year != 0);
    if (parsed)
        QCOMPARE(*parsed, (YearMonth{year, month}));
}

QTEST_APPLESS_MAIN(TestImportNumber)
#include "TestImportNumber.moc"
