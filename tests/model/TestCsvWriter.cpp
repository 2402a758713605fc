// CsvWriter, the one writer of every CSV file ZeroPlan writes (issues 12 and 13): RFC 4180
// quoting, and the formula guard of OWASP's "CSV Injection" on every text cell — =, +, -, @,
// and (issue 12: missed before) a tab or a carriage return before them. Numbers are never
// guarded.
#include "export/ResultsCsv.h"
#include "storage/CsvWriter.h"

#include <QTest>

using namespace zeroplan;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void textCells_data();
    void textCells();
    void numbersAreNeverGuarded();
    void recordsAndByteOrderMark();
    void resultTableHeadersAreGuarded();
};

void TestCsvWriter::textCells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("plain") << QStringLiteral("Solar") << QByteArray("Solar");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("Chinese") << QStringLiteral("屋顶光伏") << QStringLiteral("屋顶光伏").toUtf8();
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QByteArray("\"a\"\"b\"");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("=") << QStringLiteral("=1+1") << QByteArray("'=1+1");
    QTest::newRow("+") << QStringLiteral("+1") << QByteArray("'+1");
    QTest::newRow("- as text") << QStringLiteral("-3.5") << QByteArray("'-3.5");
    QTest::newRow("@") << QStringLiteral("@SUM") << QByteArray("'@SUM");
    // The cases issue 12 found unguarded: a tab or a carriage return first.
    QTest::newRow("tab") << QStringLiteral("\t=1+1") << QByteArray("'\t=1+1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("formula with quotes")
        << QStringLiteral("=HYPERLINK(\"x\")") << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
    // An apostrophe import would remove gets one more, so the text reads back as written.
    QTest::newRow("apostrophe before =") << QStringLiteral("'=x") << QByteArray("''=x");
    QTest::newRow("two apostrophes") << QStringLiteral("''") << QByteArray("'''");
    QTest::newRow("apostrophe before letter") << QStringLiteral("'tis") << QByteArray("'tis");
    QTest::newRow("= inside") << QStringLiteral("a=b") << QByteArray("a=b");
}

void TestCsvWriter::textCells()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, cell);
    QCOMPARE(CsvWriter::textCell(text), cell);
    CsvWriter csv;
    csv.text(text);
    QCOMPARE(csv.bytes(), cell);
}

// -3.5 written as a number is a number in the spreadsheet: no apostrophe. Something passed
// as a number that does not read as one is text, and guarded like text.
void TestCsvWriter::numbersAreNeverGuarded()
{
    CsvWriter csv;
    csv.number("-3.5");
    csv.number("+2");
    csv.number("1e+20");
    csv.number("-0.000001");
    csv.number("=1+1");
    csv.number({});
    QCOMPARE(csv.bytes(), QByteArray("-3.5,+2,1e+20,-0.000001,'=1+1,"));
}

void TestCsvWriter::recordsAndByteOrderMark()
{
    CsvWriter csv(CsvWriter::Bom::With);
    csv.text(QStringLiteral("a"));
    csv.empty();
    csv.number("1");
    csv.endRecord();
    csv.text(QStringLiteral("b"));
    csv.endRecord();
    QCOMPARE(csv.bytes(), QByteArray("\xEF\xBB\xBF"
                                     "a,,1\r\nb\r\n"));
}

// Issue 13: the results tables and `simulate --format csv` were two writers, the guard in only
// one; the headers (scenario and measure names) of simulate's CSV were never guarded.
void TestCsvWriter::resultTableHeadersAreGuarded()
{
    ExportTable table;
    table.header = {QStringLiteral("Year"), QStringLiteral("=HYPERLINK(\"x\") (tCO2e)"),
                    QStringLiteral("\tcmd")};
    table.rows = {{ExportCell::number(2024), ExportCell::number(-3.5), ExportCell()}};
    QCOMPARE(ResultsCsv::write(table),
             QByteArray("Year,\"'=HYPERLINK(\"\"x\"\") (tCO2e)\",'\tcmd\r\n2024,-3.5,\r\n"));

    PlanResult result;
    result.years = {2024};
    result.bauGross = YearSeries::Constant(1, 10.0);
    ScenarioResult scenario;
    scenario.name = QStringLiteral("@risk");
    scenario.gross = YearSeries::Constant(1, 10.0);
    scenario.sinks = YearSeries::Constant(1, 0.0);
    scenario.credits = YearSeries::Constant(1, 12.5);
    scenario.net = YearSeries::Constant(1, -2.5); // 10 − 0 − 12.5
    result.scenarios.push_back(scenario);
    QCOMPARE(ResultsCsv::writeSimulation(result),
             QByteArray("year,bau_gross,'@risk: gross,'@risk: sinks,'@risk: credits,'@risk: net\r\n"
                        "2024,10,10,0,12.5,-2.5\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
