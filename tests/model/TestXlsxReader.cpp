// Reading a sheet of an .xlsx workbook: a workbook LibreOffice saved (tests/fixtures/import,
// made from the .fods beside it), small workbooks built here part by part for the cases
// LibreOffice never writes (shared with TestXlsxBadFiles through XlsxWorkbooks.h). Bad files
// are in TestXlsxBadFiles.
#include "XlsxWorkbooks.h"
#include "import/XlsxDate.h"
#include "import/XlsxReader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <cmath>
#include <zip.h>

using namespace zeroplan;
using namespace zeroplan::test;

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void libreOfficeSheets_data();
    void libreOfficeSheets();
    void sheetNotFound();
    void cellValues_data();
    void cellValues();
    void bigSheetStreams();
    void firstSheetIsNotAChart();
    void partsWhereExcelPutsThem();
    void names_data();
    void names();
    void serialDates_data();
    void serialDates();
    void dateFormats_data();
    void dateFormats();
    void builtInDateFormats_data();
    void builtInDateFormats();
};

// The expected values are those typed into activities-libreoffice.fods. LibreOffice stores
// the dates as serials in the 1900 system; by hand: 2024-01-01 is 45292 (the figure Excel
// shows for it), 2023-12-31 is 45291, 2024-02-29 is 45292 + 31 + 28 = 45351, 1999-12-31 is
// 36525 (2000-01-01 is 36526), 2024-01-15 08:30 is 45306 + 8.5/24 = 45306.3541666667 and
// 2023-06-30 17:45 is 45292 − 365 + 180 + 17.75/24 = 45107.7395833333.
void TestXlsxReader::libreOfficeSheets_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("expectedName");
    QTest::addColumn<QStringList>("expected");

    const QStringList activities = {
        QStringLiteral("1: 类别|能源|用量|单位|年份|备注|抄表日期"),
        QStringLiteral("2: 居民建筑|电力|1250000|kWh|2023|含公共照明|2024-01-01"),
        QStringLiteral("3: 商业建筑|天然气|86.5|万立方米|2023||2023-12-31"),
        // row 4 is empty in the source: LibreOffice writes no <row> for it
        QStringLiteral("5: 交通|汽油|3456.789|吨|2023|公交车队 “绿色出行”|2024-02-29"),
        QStringLiteral("6: 工业|电力|0.25|GWh|2022|电力|1999-12-31"),
    };
    const QStringList meters = {
        QStringLiteral("1: Meter|Read at|Reading|Doubled|Active|Note"),
        QStringLiteral("2: M-001|2024-01-15T08:30:00|12345.6|24691.2|TRUE|M-001 east"),
        QStringLiteral("3: M-002|2023-06-30T17:45:00|0.125|#DIV/0!|FALSE"),
        QStringLiteral("4: M-003|||||only the meter and this note"),
    };
    QTest::newRow("first sheet when none is named")
        << QString() << QStringLiteral("用电") << activities;
    QTest::newRow("Chinese sheet by name")
        << QStringLiteral("用电") << QStringLiteral("用电") << activities;
    QTest::newRow("second sheet by name")
        << QStringLiteral("Meters") << QStringLiteral("Meters") << meters;
    QTest::newRow("name in other case")
        << QStringLiteral("meters") << QStringLiteral("Meters") << meters;
}

void TestXlsxReader::libreOfficeSheets()
{
    QFETCH(QString, sheet);
    QFETCH(QString, expectedName);
    QFETCH(QStringList, expected);

    const QString path = fixturePath("activities-libreoffice.xlsx");
    QString error;
    const std::unique_ptr<XlsxReader> fromFile = XlsxReader::open(path, sheet, &error);
    QVERIFY2(fromFile, qPrintable(error));
    QCOMPARE(fromFile->sheetNames(),
             QStringList({QStringLiteral("用电"), QStringLiteral("Meters")}));
    QCOMPARE(fromFile->sheetName(), expectedName);
    QCOMPARE(readAll(*fromFile), expected);

    const std::unique_ptr<XlsxReader> fromBytes =
        XlsxReader::open(fileBytes(path), QStringLiteral("a.xlsx"), sheet, &error);
    QVERIFY2(fromBytes, qPrintable(error));
    QCOMPARE(readAll(*fromBytes), expected);
}

void TestXlsxReader::sheetNotFound()
{
    QString error;
    QVERIFY(!XlsxReader::open(fixturePath("activities-libreoffice.xlsx"), QStringLiteral("Foo"),
                              &error));
    QCOMPARE(error, QStringLiteral("activities-libreoffice.xlsx: sheet “Foo” not found; the "
                                   "sheets are: 用电, Meters"));
}

// What LibreOffice doesn't write: inline strings, rich text, escapes, cells and rows without
// a reference, rows of empty cells, cells out of order, the 1904 date system.
void TestXlsxReader::cellValues_data()
{
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("dates");

    // 45292 is 2024-01-01 in the 1900 system; in the 1904 system, 1462 days later:
    // 2024-01-01 + 366 + 365 + 365 + 365 + 1 = 2028-01-02.
    QTest::newRow("1900 date system")
        << false << QStringLiteral("10: 2024-01-01T18:00:00|2024-01-01|1.5");
    QTest::newRow("1904 date system")
        << true << QStringLiteral("10: 2028-01-02T18:00:00|2028-01-02|1.5");
}

void TestXlsxReader::cellValues()
{
    QFETCH(bool, date1904);
    QFETCH(QString, dates);

    const QByteArray strings =
        "<si><t>plain</t></si>"
        "<si><r><t>ri</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">ch </t></r>"
        "<rPh sb=\"0\" eb=\"1\"><t>ルビ</t></rPh><phoneticPr fontId=\"1\"/></si>"
        "<si><t>a_x000D_b_x005F_x0041_</t></si>"
        "<si><t>类别</t></si>";
    const QByteArray sheet =
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v> 3 </v></c></row>
<row r="2" spans="1:2"><c r="A2" t="inlineStr"><is><t>inline</t></is></c><c r="B2" t="inlineStr"><is><r><t>in</t></r><r><t>line &amp; 中文</t></r></is></c></row>
<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><f>NA()</f><v>#N/A</v></c><c r="D3" t="str"><f>A1&amp;"!"</f><v>plain!</v></c><c r="E3"><f>1+1</f><v>2</v></c></row>
<row r="4"><c r="B4" s="3"/><c r="C4" t="s"/><c r="D4" t="inlineStr"><is><t></t></is></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>  </t></is></c></row>
<row r="6"/>
<row r="7"><c r="C7"><v>-1.5E-3</v></c><c r="F7" s="3"><v>2.25</v></c><c r="H7" s="4"><v>1.5</v></c></row>
<row><c><v>1</v></c><c><v>2</v></c><c r="e8"><v>5</v></c><c><v>6</v></c></row>
<row r="10"><c r="C10" s="999"><v>1.5</v></c><c r="B10" s="1"><v>45292</v></c><c r="A10" s="2"><v>45292.75</v></c></row>
<row r="11"><c r="A11"><v>0</v></c><c r="A11"><v>later</v></c></row>)";

    QString error;
    const std::unique_ptr<XlsxReader> reader = XlsxReader::open(
        workbook(sheet, strings, date1904), QStringLiteral("hand.xlsx"), QString(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->sheetNames(), QStringList(QStringLiteral("Data")));
    const QStringList expected = {
        QStringLiteral("1: plain|rich |a\rb_x0041_|类别"),
        QStringLiteral("2: inline|inline & 中文"),
        QStringLiteral("3: TRUE|FALSE|#N/A|plain!|2"),
        // rows 4 to 6 hold no text and are skipped
        QStringLiteral("7: ||-1.5E-3|||2.25||1.5"),
        QStringLiteral("8: 1|2|||5|6"),
        dates,
        QStringLiteral("11: later"),
    };
    QCOMPARE(readAll(*reader), expected);
}

// A sheet far larger than the 64 KB chunks it is unpacked in: tokens and UTF-8 characters
// fall across chunk boundaries.
void TestXlsxReader::bigSheetStreams()
{
    constexpr int Rows = 30000;
    QByteArray sheet;
    for (int i = 1; i <= Rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        sheet += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"inlineStr\"><is><t>电力" + n +
                 "</t></is></c><c r=\"B" + n + "\"><v>" + n + ".5</v></c></row>";
    }
    QString error;
    const std::unique_ptr<XlsxReader> reader =
        XlsxReader::open(workbook(sheet), QStringLiteral("big.xlsx"), QString(), &error);
    QVERIFY2(reader, qPrintable(error));
    TableRow row;
    int count = 0;
    while (reader->next(row)) {
        ++count;
        if (row.number() != count || row.text(0) != QStringLiteral("电力%1").arg(count) ||
            row.text(1) != QStringLiteral("%1.5").arg(count))
            QFAIL(qPrintable(QStringLiteral("row %1 reads as row %2: %3, %4")
                                 .arg(count)
                                 .arg(row.number())
                                 .arg(row.text(0), row.text(1))));
    }
    QCOMPARE(reader->error(), QString());
    QCOMPARE(count, Rows);
}

void TestXlsxReader::firstSheetIsNotAChart()
{
    Parts parts = workbookParts("<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>");
    parts[QStringLiteral("xl/workbook.xml")] = workbookXml(
        "<sheet name=\"Chart1\" r:id=\"rId9\"/><sheet name=\"Data\" r:id=\"rId1\"/>", false);
    parts[QStringLiteral("xl/_rels/workbook.xml.rels")] =
        "<Relationships>" + relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
        relationship("rId9", "chartsheet", "chartsheets/sheet1.xml") + "</Relationships>";
    QString error;
    const std::unique_ptr<XlsxReader> reader =
        XlsxReader::open(zipOf(parts), QStringLiteral("chart.xlsx"), QString(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->sheetNames(), QStringList({QStringLiteral("Chart1"), QStringLiteral("Data")}));
    QCOMPARE(reader->sheetName(), QStringLiteral("Data"));
    QCOMPARE(readAll(*reader), QStringList(QStringLiteral("1: 7")));
}

// Shared strings and styles whose relationships are missing are still found where Excel
// puts them.
void TestXlsxReader::partsWhereExcelPutsThem()
{
    Parts parts = workbookParts(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>45292</v></c></row>",
        "<si><t>能源</t></si>");
    parts[QStringLiteral("xl/_rels/workbook.xml.rels")] =
        "<Relationships>" + relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
        "</Relationships>";
    QString error;
    const std::unique_ptr<XlsxReader> reader =
        XlsxReader::open(zipOf(parts), QStringLiteral("norels.xlsx"), QString(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(readAll(*reader), QStringList(QStringLiteral("1: 能源|2024-01-01")));
}

void TestXlsxReader::names_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("letters");

    QTest::newRow("first") << 0 << QStringLiteral("A");
    QTest::newRow("Z") << 25 << QStringLiteral("Z");
    QTest::newRow("AA") << 26 << QStringLiteral("AA");
    QTest::newRow("AZ") << 51 << QStringLiteral("AZ");
    QTest::newRow("ZZ") << 701 << QStringLiteral("ZZ");
    QTest::newRow("AAA") << 702 << QStringLiteral("AAA");
    QTest::newRow("last, XFD") << 16383 << QStringLiteral("XFD");
}

void TestXlsxReader::names()
{
    QFETCH(int, column);
    QFETCH(QString, letters);

    QCOMPARE(XlsxReader::columnLetters(column), letters);
    QString error;
    const std::unique_ptr<XlsxReader> reader =
        XlsxReader::open(fixturePath("activities-libreoffice.xlsx"), QString(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->cellName(12, column), QStringLiteral("row 12, column ") + letters);
    QCOMPARE(reader->rowName(12), QStringLiteral("row 12"));
}

void TestXlsxReader::serialDates_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QByteArray>("iso");

    // Excel's 1900 system: serial 1 is 1900-01-01 and 60 the 29 February 1900 that never
    // was (Lotus 1-2-3's bug, kept for compatibility), so from 61 on the count is a day ahead.
    QTest::newRow("1900: 1 is 1900-01-01") << 1.0 << false << QByteArray("1900-01-01");
    QTest::newRow("1900: 59 is 1900-02-28") << 59.0 << false << QByteArray("1900-02-28");
    QTest::newRow("1900: 60 is the fake 1900-02-29") << 60.0 << false << QByteArray("1900-02-29");
    QTest::newRow("1900: 61 is 1900-03-01") << 61.0 << false << QByteArray("1900-03-01");
    QTest::newRow("1900: 36526 is 2000-01-01") << 36526.0 << false << QByteArray("2000-01-01");
    QTest::newRow("1900: 45292 is 2024-01-01") << 45292.0 << false << QByteArray("2024-01-01");
    QTest::newRow("1900: noon") << 45292.5 << false << QByteArray("2024-01-01T12:00:00");
    QTest::newRow("1900: a second before midnight")
        << 45292.0 + 86399.0 / 86400.0 << false << QByteArray("2024-01-01T23:59:59");
    QTest::newRow("1900: rounds to the next day")
        << 45292.999999999 << false << QByteArray("2024-01-02");
    QTest::newRow("time of day alone") << 0.75 << false << QByteArray("18:00:00");
    QTest::newRow("1900: last day") << 2958465.0 << false << QByteArray("9999-12-31");
    QTest::newRow("1900: after the last day") << 2958466.0 << false << QByteArray();
    QTest::newRow("negative") << -1.0 << false << QByteArray();
    QTest::newRow("not a number") << std::nan("") << false << QByteArray();
    // The 1904 system (old Mac Excel): serial 0 is 1904-01-01, no leap-year bug, and
    // 2024-01-01 is 45292 − 1462 = 43830.
    QTest::newRow("1904: 1 is 1904-01-02") << 1.0 << true << QByteArray("1904-01-02");
    QTest::newRow("1904: 43830 is 2024-01-01") << 43830.0 << true << QByteArray("2024-01-01");
    QTest::newRow("1904: 60 is 1904-03-01") << 60.0 << true << QByteArray("1904-03-01");
}

void TestXlsxReader::serialDates()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QByteArray, iso);

    QCOMPARE(XlsxDate::fromSerial(serial, date1904), iso);
}

void TestXlsxReader::dateFormats_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");

    QTest::newRow("ISO date") << QStringLiteral("yyyy-mm-dd") << true;
    QTest::newRow("escaped separators") << QStringLiteral("yyyy\\-mm\\-dd") << true;
    QTest::newRow("upper case") << QStringLiteral("YYYY/MM/DD") << true;
    QTest::newRow("Chinese, locale prefix")
        << QStringLiteral("[$-804]yyyy\"年\"m\"月\"d\"日\"") << true;
    QTest::newRow("time with AM/PM") << QStringLiteral("h:mm AM/PM") << true;
    QTest::newRow("minutes and seconds") << QStringLiteral("mm:ss") << true;
    QTest::newRow("colour then date") << QStringLiteral("[Red]d/m/yyyy") << true;
    QTest::newRow("General") << QStringLiteral("General") << false;
    QTest::newRow("thousands") << QStringLiteral("#,##0") << false;
    QTest::newRow("unit in quotes") << QStringLiteral("0.0\" kWh\"") << false;
    QTest::newRow("escaped letter") << QStringLiteral("0\\h") << false;
    QTest::newRow("padding and fill") << QStringLiteral("_-* #,##0_-;_-* \"-\"_-;_-@_-") << false;
    QTest::newRow("colour") << QStringLiteral("[Red]0.00;[Blue]-0.00") << false;
    QTest::newRow("currency with locale") << QStringLiteral("[$€-407]#,##0.00") << false;
    QTest::newRow("elapsed hours are a duration") << QStringLiteral("[h]:mm:ss") << false;
    QTest::newRow("elapsed minutes") << QStringLiteral("[mm]:ss") << false;
    QTest::newRow("text") << QStringLiteral("@") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("unclosed quote") << QStringLiteral("0\"d") << false;
    QTest::newRow("unclosed bracket") << QStringLiteral("[$-804") << false;
}

void TestXlsxReader::dateFormats()
{
    QFETCH(QString, code);
    QFETCH(bool, isDate);

    QCOMPARE(XlsxDate::isDateFormat(code), isDate);
}

void TestXlsxReader::builtInDateFormats_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<bool>("isDate");

    const QList<int> dates = {14, 22, 27, 36, 45, 47, 50, 58};
    const QList<int> others = {0, 1, 4, 13, 23, 26, 37, 44, 46, 48, 49, 59, 164};
    for (const int id : dates)
        QTest::addRow("%d is a date", id) << id << true;
    for (const int id : others)
        QTest::addRow("%d is not", id) << id << false;
}

void TestXlsxReader::builtInDateFormats()
{
    QFETCH(int, id);
    QFETCH(bool, isDate);

    QCOMPARE(XlsxDate::isBuiltInDateFormat(id), isDate);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
