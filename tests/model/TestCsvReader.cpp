// The CSV reader: RFC 4180 quoting, encodings, delimiters, chunk boundaries, bad files.
#include "import/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

using namespace zeroplan;

namespace {

struct Read
{
    QList<QStringList> rows;
    QList<qint64> lines;
    QString error;
    CsvOptions::Encoding encoding = CsvOptions::Encoding::Detect;
    char delimiter = 0;
};

Read readAll(const QByteArray &bytes, CsvOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("t.csv"), options);
    Read read;
    TableRow row;
    while (reader.next(row)) {
        QStringList cells;
        for (int c = 0; c < row.size(); ++c)
            cells << row.text(c);
        read.rows << cells;
        read.lines << row.number();
    }
    read.error = reader.error();
    read.encoding = reader.encoding();
    read.delimiter = reader.delimiter();
    return read;
}

QStringList cells(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char('|'));
}

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void delimiterDetection_data();
    void delimiterDetection();
    void gbkFixture();
    void utf16Fixture();
    void asciiThenGbkSwitchesEncoding();
    void chosenUtf8OnGbkFails();
    void unterminatedQuote();
    void recordsAcrossChunks();
    void emptyFile();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<qint64>>("lines");

    QTest::newRow("plain") << QByteArray("a,b\n1,2\n")
                           << QList<QStringList>{cells("a|b"), cells("1|2")} << QList<qint64>{1, 2};
    QTest::newRow("no final newline")
        << QByteArray("a,b\n1,2") << QList<QStringList>{cells("a|b"), cells("1|2")}
        << QList<qint64>{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n")
                          << QList<QStringList>{cells("a|b"), cells("1|2")} << QList<qint64>{1, 2};
    QTest::newRow("lone CR (old Mac)")
        << QByteArray("a,b\r1,2\r") << QList<QStringList>{cells("a|b"), cells("1|2")}
        << QList<qint64>{1, 2};
    QTest::newRow("quoted delimiter and doubled quote")
        << QByteArray("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n")
        << QList<QStringList>{cells("a|b"), cells("x, y|say \"hi\"")} << QList<qint64>{1, 2};
    QTest::newRow("line break in a quoted cell counts lines")
        << QByteArray("a,b\n\"two\nlines\",2\nlast,3\n")
        << QList<QStringList>{cells("a|b"),
                              {QStringLiteral("two\nlines"), QStringLiteral("2")},
                              cells("last|3")}
        << QList<qint64>{1, 2, 4};
    QTest::newRow("blank lines and empty rows skipped, numbering kept")
        << QByteArray("a,b\n\n,\n1,2\n") << QList<QStringList>{cells("a|b"), cells("1|2")}
        << QList<qint64>{1, 4};
    QTest::newRow("empty cells kept")
        << QByteArray("a,b,c\n1,,3\n,2,\n")
        << QList<QStringList>{cells("a|b|c"), cells("1||3"), cells("|2|")}
        << QList<qint64>{1, 2, 3};
    QTest::newRow("text after a closing quote kept, as spreadsheets do")
        << QByteArray("a,b\n\"x\"y,2\n") << QList<QStringList>{cells("a|b"), cells("xy|2")}
        << QList<qint64>{1, 2};
    QTest::newRow("BOM dropped") << QByteArray("\xEF\xBB\xBF"
                                               "a,b\n1,2\n")
                                 << QList<QStringList>{cells("a|b"), cells("1|2")}
                                 << QList<qint64>{1, 2};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, csv);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<qint64>, lines);
    const Read read = readAll(csv);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.rows, rows);
    QCOMPARE(read.lines, lines);
}

void TestCsvReader::delimiterDetection_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("a;b;c\n1,5;2,5;3\n4;5,25;6\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t';
    QTest::newRow("comma inside quotes ignored")
        << QByteArray("a;b\n\"1,2,3\";4\n\"5,6\";7\n") << ';';
    QTest::newRow("one column") << QByteArray("amount\n5\n") << ',';
}

void TestCsvReader::delimiterDetection()
{
    QFETCH(QByteArray, csv);
    QFETCH(char, delimiter);
    QCOMPARE(readAll(csv).delimiter, delimiter);
}

void TestCsvReader::gbkFixture()
{
    const Read read = readAll(fixture("activities-gbk.csv"));
    QCOMPARE(read.error, QString());
    QCOMPARE(read.encoding, CsvOptions::Encoding::Gb18030);
    QCOMPARE(read.delimiter, ',');
    QCOMPARE(read.rows.size(), 6); // title, header, 4 data rows (the empty row is skipped)
    QCOMPARE(read.rows[1], cells("类别|能源|用量|单位|年份|备注"));
    QCOMPARE(read.rows[2], cells("建筑|电力|1,234,567|度|2023|居民用电, 含公共照明"));
    QCOMPARE(read.rows[4][5], QStringLiteral("物业称重 \"估算\""));
    QCOMPARE(read.lines, (QList<qint64>{1, 2, 3, 4, 6, 7}));
}

void TestCsvReader::utf16Fixture()
{
    const Read read = readAll(fixture("activities-excel-unicode.txt"));
    QCOMPARE(read.error, QString());
    QCOMPARE(read.encoding, CsvOptions::Encoding::Utf16);
    QCOMPARE(read.delimiter, '\t');
    QCOMPARE(read.rows.size(), 3);
    QCOMPARE(read.rows[2], cells("液化气|1200|公斤|residential"));
}

// The first chunk is ASCII, the Chinese comes later: detection must not have settled on UTF-8.
void TestCsvReader::asciiThenGbkSwitchesEncoding()
{
    QByteArray csv("carrier,amount\n");
    while (csv.size() < CsvReader::kChunkBytes + 100)
        csv += "electricity,1\n";
    csv += QByteArray("\xCC\xEC\xC8\xBB\xC6\xF8,2\n"); // 天然气 in GBK
    const Read read = readAll(csv);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.encoding, CsvOptions::Encoding::Gb18030);
    QCOMPARE(read.rows.last(), cells("天然气|2"));
}

void TestCsvReader::chosenUtf8OnGbkFails()
{
    CsvOptions options;
    options.encoding = CsvOptions::Encoding::Utf8;
    const Read read = readAll(fixture("activities-gbk.csv"), options);
    QVERIFY2(read.error.startsWith(QStringLiteral("t.csv: line 1: the text is not valid UTF-8")),
             qPrintable(read.error));
    QVERIFY(read.error.contains(QStringLiteral("GB18030")));
}

void TestCsvReader::unterminatedQuote()
{
    const Read read = readAll("a,b\n1,2\n3,\"never closed\n4,5\n");
    QCOMPARE(read.rows.size(), 2);
    QCOMPARE(read.error, QStringLiteral("t.csv: line 3: a quoted cell starts here and never ends"));
}

// Records that straddle the 1 MB chunks, with multi-byte characters cut by the boundary.
void TestCsvReader::recordsAcrossChunks()
{
    QByteArray csv("meter,note\n");
    int rows = 0;
    while (csv.size() < 3 * CsvReader::kChunkBytes) {
        csv += "H" + QByteArray::number(rows) + ",\"居民, \"\"户\"\"\n第二行\"\n";
        ++rows;
    }
    const Read read = readAll(csv);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.rows.size(), rows + 1);
    for (int r = 1; r <= rows; ++r) {
        QCOMPARE(read.rows[r][0], QStringLiteral("H%1").arg(r - 1));
        QCOMPARE(read.rows[r][1], QStringLiteral("居民, \"户\"\n第二行"));
        QCOMPARE(read.lines[r], qint64(2 * r)); // each record takes two lines
    }
}

void TestCsvReader::emptyFile()
{
    const Read read = readAll(QByteArray());
    QCOMPARE(read.error, QString());
    QVERIFY(read.rows.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
