// Reading a sheet of an .xlsx workbook: a workbook LibreOffice saved (tests/fixtures/import,
// made from the .fods beside it), small workbooks built here part by part for the cases
// LibreOffice never writes, and every kind of bad file, each of which must give a one-line
// message that starts with the file name, and never a crash or a hang.
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

namespace {

using Parts = QMap<QString, QByteArray>;

QString fixturePath(const char *name)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/") + QLatin1String(name);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Each row as "number: cell|cell|…", and the error, if any, as the last line.
QStringList readAll(XlsxReader &reader)
{
    QStringList lines;
    TableRow row;
    while (reader.next(row)) {
        QStringList cells;
        for (int column = 0; column < row.size(); ++column)
            cells.append(row.text(column));
        lines.append(QString::number(row.number()) + QStringLiteral(": ") +
                     cells.join(QLatin1Char('|')));
    }
    if (!reader.error().isEmpty())
        lines.append(QStringLiteral("error: ") + reader.error());
    return lines;
}

// The message of the first thing wrong with the workbook in `bytes`, opening it or reading
// the sheet to its end; empty when all is well.
QString firstError(const QByteArray &bytes, const QString &sheet = {})
{
    QString error;
    const std::unique_ptr<XlsxReader> reader =
        XlsxReader::open(bytes, QStringLiteral("bad.xlsx"), sheet, &error);
    if (!reader)
        return error;
    TableRow row;
    while (reader->next(row)) {
    }
    return reader->error();
}

// A zip archive of `parts`, made with libzip in a temporary directory.
QByteArray zipOf(const Parts &parts, zip_int32_t method = ZIP_CM_DEFLATE)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.zip"));
    int code = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        qFatal("zip_open failed: %d", code);
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        zip_source_t *source =
            zip_source_buffer(archive, it->constData(), zip_uint64_t(it->size()), 0);
        const zip_int64_t index =
            zip_file_add(archive, it.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0 || zip_set_file_compression(archive, zip_uint64_t(index), method, 0) != 0)
            qFatal("zip_file_add failed: %s", zip_strerror(archive));
    }
    if (zip_close(archive) != 0)
        qFatal("zip_close failed: %s", zip_strerror(archive));
    return fileBytes(path);
}

// The parts of an .xlsx archive, read with libzip.
Parts partsOf(const QByteArray &xlsx)
{
    zip_source_t *source =
        zip_source_buffer_create(xlsx.constData(), zip_uint64_t(xlsx.size()), 0, nullptr);
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, nullptr);
    if (!archive)
        qFatal("not a zip archive");
    Parts parts;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(archive, zip_uint64_t(i), 0, &stat);
        QByteArray data(qsizetype(stat.size), '\0');
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        zip_fread(file, data.data(), stat.size);
        zip_fclose(file);
        parts.insert(QString::fromUtf8(stat.name), data);
    }
    zip_discard(archive);
    return parts;
}

QByteArray worksheet(const QByteArray &sheetData)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\n"
           "<sheetData>\n" +
           sheetData + "\n</sheetData>\n</worksheet>\n";
}

QByteArray sharedStrings(const QByteArray &items)
{
    return "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + items +
           "</sst>";
}

// Cell formats: 0 General, 1 built-in date 14, 2 custom date-time, 3 a custom number format
// whose text holds date letters in quotes, 4 a duration.
QByteArray styles()
{
    return R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot; hh:mm"/>
<numFmt numFmtId="165" formatCode="0.0&quot; days&quot;"/><numFmt numFmtId="166" formatCode="[h]:mm"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/>
<xf numFmtId="165"><alignment horizontal="left"/></xf><xf numFmtId="166"/></cellXfs>
<dxfs count="1"><dxf><numFmt numFmtId="167" formatCode="yyyy"/></dxf></dxfs></styleSheet>)";
}

QByteArray workbookXml(const QByteArray &sheets, bool date1904)
{
    return "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
           QByteArray(date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>" +
           sheets + "</sheets></workbook>";
}

QByteArray relationship(const char *id, const char *type, const char *target)
{
    return QByteArray("<Relationship Id=\"") + id +
           "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type +
           "\" Target=\"" + target + "\"/>";
}

// A workbook with one sheet, "Data", whose <sheetData> holds `sheetData`. Its relationship
// has an absolute target, the others relative ones, as both occur.
Parts workbookParts(const QByteArray &sheetData, const QByteArray &stringItems = {},
                    bool date1904 = false)
{
    Parts parts;
    parts[QStringLiteral("[Content_Types].xml")] =
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    parts[QStringLiteral("xl/workbook.xml")] =
        workbookXml("<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>", date1904);
    parts[QStringLiteral("xl/_rels/workbook.xml.rels")] =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        relationship("rId1", "worksheet", "/xl/worksheets/sheet1.xml") +
        relationship("rId2", "sharedStrings", "sharedStrings.xml") +
        relationship("rId3", "styles", "styles.xml") + "</Relationships>";
    parts[QStringLiteral("xl/worksheets/sheet1.xml")] = worksheet(sheetData);
    parts[QStringLiteral("xl/sharedStrings.xml")] = sharedStrings(stringItems);
    parts[QStringLiteral("xl/styles.xml")] = styles();
    return parts;
}

QByteArray workbook(const QByteArray &sheetData, const QByteArray &stringItems = {},
                    bool date1904 = false)
{
    return zipOf(workbookParts(sheetData, stringItems, date1904));
}

// Writes `size` as the unpacked size of `part` in the zip's local header and directory, as a
// zip bomb or a damaged file might.
QByteArray withStatedSize(QByteArray zip, const QByteArray &part, quint32 size)
{
    const auto patch = [&zip, size](qsizetype offset) {
        qToLittleEndian(size, zip.data() + offset);
    };
    for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0;
         at = zip.indexOf("PK\x03\x04", at + 4)) {
        if (zip.mid(at + 30, part.size()) == part)
            patch(at + 22);
    }
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0;
         at = zip.indexOf("PK\x01\x02", at + 4)) {
        if (zip.mid(at + 46, part.size()) == part)
            patch(at + 24);
    }
    return zip;
}

QByteArray utf16(const char *text)
{
    QByteArray bytes;
    for (const char *c = text; *c; ++c)
        bytes.append(*c).append('\0');
    return bytes;
}

// An OLE compound file: its header, then a directory entry named `stream` somewhere after.
QByteArray oleFile(const char *stream)
{
    QByteArray bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes.append(QByteArray(1024, '\0'));
    bytes.append(utf16("Root Entry")).append(QByteArray(20, '\0'));
    bytes.append(utf16(stream)).append(QByteArray(2048, '\0'));
    return bytes;
}

void verifyOneLineMessage(const QString &message, const char *file)
{
    QVERIFY2(message.startsWith(QLatin1String(file) + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
}

} // namespace

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
    void badFiles_data();
    void badFiles();
    void unreadablePath();
    void messageStaysOnOneLine();
    void damagedFilesNeverCrash();
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

void TestXlsxReader::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("message"); // the message, or how it starts when it ends with …

    const QByteArray good = fileBytes(fixturePath("activities-libreoffice.xlsx"));
    const auto row = [](const char *name, const QByteArray &bytes, const char *message,
                        const QString &sheet = {}) {
        QTest::newRow(name) << bytes << sheet << QString::fromUtf8(message);
    };

    row("empty file", QByteArray(), "bad.xlsx: the file is empty");
    row("text, not a zip", "类别,能源,用量\n居民,电力,1\n",
        "bad.xlsx: not an .xlsx workbook: the file is not a zip archive");
    row("truncated", good.left(good.size() / 2),
        "bad.xlsx: the file is damaged or incomplete (its zip directory can't be read); was it "
        "cut short while copying or downloading?");
    row("zip without a workbook", zipOf({{QStringLiteral("notes.txt"), "hello"}}),
        "bad.xlsx: not an .xlsx workbook: the zip archive has no xl/workbook.xml");
    row("OpenDocument spreadsheet",
        zipOf({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
               {QStringLiteral("content.xml"), "<office:document-content/>"}}),
        "bad.xlsx: this is an OpenDocument spreadsheet (.ods), not an .xlsx workbook; save it "
        "as .xlsx and import that");
    row("password-protected workbook", oleFile("EncryptedPackage"),
        "bad.xlsx: the workbook is protected with a password; open it, save it without a "
        "password and import it again");
    row("Excel 97-2003 workbook", oleFile("Workbook"),
        "bad.xlsx: this is an Excel 97–2003 workbook (.xls); open it in Excel, WPS or "
        "LibreOffice, save it as .xlsx and import that");
    row("other OLE file", oleFile("WordDocument"),
        "bad.xlsx: this is an old Office file or a password-protected workbook, not an .xlsx "
        "workbook; save it as .xlsx without a password and import that");
    row("sheet not found", workbook("<row/>"),
        "bad.xlsx: sheet “Sheet1” not found; the sheets are: Data", QStringLiteral("Sheet1"));
    Parts many = workbookParts("<row/>");
    QByteArray sheets;
    for (int i = 1; i <= 25; ++i)
        sheets += "<sheet name=\"S" + QByteArray::number(i) + "\" r:id=\"rId1\"/>";
    many[QStringLiteral("xl/workbook.xml")] = workbookXml(sheets, false);
    row("sheet not found among many", zipOf(many),
        "bad.xlsx: sheet “Data” not found; the sheets are: S1, S2, S3, S4, S5, S6, S7, S8, S9, "
        "S10, S11, S12, S13, S14, S15, S16, S17, S18, S19, S20, …",
        QStringLiteral("Data"));

    Parts damaged = workbookParts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>\n<row r=\"2\"><c>");
    row("damaged sheet XML", zipOf(damaged),
        "bad.xlsx: damaged XML in xl/worksheets/sheet1.xml, line 6: …");
    damaged = workbookParts("<row/>", "<si><t>a</si>");
    row("damaged shared strings", zipOf(damaged),
        "bad.xlsx: damaged XML in xl/sharedStrings.xml, line 1: …");
    damaged[QStringLiteral("xl/sharedStrings.xml")] = "<sst><si><t>a</t></si>";
    row("shared strings cut short", zipOf(damaged),
        "bad.xlsx: damaged XML in xl/sharedStrings.xml, line 1: …");
    damaged = workbookParts("<row/>");
    damaged[QStringLiteral("xl/workbook.xml")] = "";
    row("empty workbook part", zipOf(damaged), "bad.xlsx: damaged XML in xl/workbook.xml, …");
    damaged[QStringLiteral("xl/workbook.xml")] = workbookXml({}, false);
    row("workbook without sheets", zipOf(damaged), "bad.xlsx: the workbook has no sheets");
    damaged = workbookParts("<row/>");
    damaged.remove(QStringLiteral("xl/worksheets/sheet1.xml"));
    row("sheet part missing", zipOf(damaged),
        "bad.xlsx: the workbook has no part xl/worksheets/sheet1.xml; the file is damaged");
    damaged = workbookParts("<row/>");
    damaged.remove(QStringLiteral("xl/_rels/workbook.xml.rels"));
    row("relationships missing", zipOf(damaged),
        "bad.xlsx: the workbook does not say where sheet “Data” is; the file is damaged");
    damaged = workbookParts("<row/>");
    damaged[QStringLiteral("xl/workbook.xml")] = workbookXml(
        "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Chart1\" r:id=\"rId9\"/>",
        false);
    damaged[QStringLiteral("xl/_rels/workbook.xml.rels")] =
        "<Relationships>" + relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
        relationship("rId9", "chartsheet", "chartsheets/sheet1.xml") + "</Relationships>";
    row("chart sheet", zipOf(damaged),
        "bad.xlsx: sheet “Chart1” is a chart, not a table; choose another sheet",
        QStringLiteral("Chart1"));

    row("shared string index out of range",
        workbook(
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>5</v></c></row>",
            "<si><t>only</t></si>"),
        "bad.xlsx: row 2, column B refers to shared string “5”, but the workbook has 1 shared "
        "string(s), numbered from 0");
    row("shared string index not a number",
        workbook("<row r=\"3\"><c r=\"C3\" t=\"s\"><v>x</v></c></row>", "<si><t>only</t></si>"),
        "bad.xlsx: row 3, column C refers to shared string “x”, but the workbook has 1 shared "
        "string(s), numbered from 0");
    row("column beyond XFD", workbook("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"),
        "bad.xlsx: row 1 has a cell at XFE1, beyond XFD, the last column a sheet can have");
    row("column far beyond XFD", workbook("<row r=\"1\"><c r=\"ZZZZZZZZZZZZ1\"><v>1</v></c></row>"),
        "bad.xlsx: row 1 has a cell at ZZZZZZZZZZZZ1, beyond XFD, the last column a sheet can "
        "have");
    row("counting past XFD",
        workbook("<row r=\"4\"><c r=\"XFD4\"><v>1</v></c><c><v>2</v></c></row>"),
        "bad.xlsx: row 4 has a cell at XFE4, beyond XFD, the last column a sheet can have");
    row("cell reference not valid", workbook("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>"),
        "bad.xlsx: row 1 has a cell with the reference “1A”, which is not valid");
    row("row number zero", workbook("<row r=\"0\"><c><v>1</v></c></row>"),
        "bad.xlsx: row number “0” in xl/worksheets/sheet1.xml is not valid; rows are numbered "
        "from 1 to 1048576");
    row("row number past the last", workbook("<row r=\"1048577\"><c><v>1</v></c></row>"),
        "bad.xlsx: row number “1048577” in xl/worksheets/sheet1.xml is not valid; rows are "
        "numbered from 1 to 1048576");

    const QByteArray sheetPart("xl/worksheets/sheet1.xml");
    row("zip bomb: sheet over 512 MB", withStatedSize(workbook("<row/>"), sheetPart, 0xF0000000u),
        "bad.xlsx: part xl/worksheets/sheet1.xml unpacks to …");
    row("zip bomb: shared strings over 128 MB",
        withStatedSize(workbook("<row/>"), "xl/sharedStrings.xml", 200u << 20),
        "bad.xlsx: part xl/sharedStrings.xml unpacks to …");
    row("more unpacked than stated",
        withStatedSize(zipOf(workbookParts(QByteArray(100000, ' ')), ZIP_CM_DEFLATE), sheetPart,
                       1000),
        "bad.xlsx: part xl/worksheets/sheet1.xml unpacks to more than the zip directory says; "
        "the file is damaged (or a zip bomb)");
}

void TestXlsxReader::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, sheet);
    QFETCH(QString, message);

    const QString error = firstError(bytes, sheet);
    verifyOneLineMessage(error, "bad.xlsx");
    if (message.endsWith(QStringLiteral("…")))
        QVERIFY2(error.startsWith(message.chopped(1)), qPrintable(error));
    else
        QCOMPARE(error, message);
}

void TestXlsxReader::unreadablePath()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!XlsxReader::open(dir.filePath(QStringLiteral("missing.xlsx")), QString(), &error));
    QVERIFY2(error.startsWith(QStringLiteral("missing.xlsx: can't open the file: ")),
             qPrintable(error));

    const QString empty = dir.filePath(QStringLiteral("empty.xlsx"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(!XlsxReader::open(empty, QString(), &error));
    QCOMPARE(error, QStringLiteral("empty.xlsx: the file is empty"));

    const QString xls = dir.filePath(QStringLiteral("old.xls"));
    QFile old(xls);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(oleFile("Workbook"));
    old.close();
    QVERIFY(!XlsxReader::open(xls, QString(), &error));
    QVERIFY2(error.startsWith(QStringLiteral("old.xls: this is an Excel 97–2003 workbook")),
             qPrintable(error));
}

void TestXlsxReader::messageStaysOnOneLine()
{
    QString error;
    QVERIFY(!XlsxReader::open(QByteArray(), QStringLiteral("two\nlines.xlsx"), QString(), &error));
    QCOMPARE(error, QStringLiteral("two\uFFFDlines.xlsx: the file is empty"));
}

// Random damage to the fixture, stored uncompressed so that the damage reaches the XML, and
// cut at many lengths: each read ends, with rows or a one-line message, never a crash
// (run under ASan and UBSan in CI).
void TestXlsxReader::damagedFilesNeverCrash()
{
    const QByteArray stored =
        zipOf(partsOf(fileBytes(fixturePath("activities-libreoffice.xlsx"))), ZIP_CM_STORE);
    QRandomGenerator random(20240611); // the same damage on every run
    int failures = 0;
    for (int i = 0; i < 400; ++i) {
        QByteArray bytes = stored;
        const int flips = 1 + int(random.bounded(8));
        for (int f = 0; f < flips; ++f)
            bytes[random.bounded(bytes.size())] = char(random.bounded(256));
        if (i % 4 == 0)
            bytes.truncate(random.bounded(bytes.size()));
        const QString error = firstError(bytes);
        if (!error.isEmpty()) {
            ++failures;
            verifyOneLineMessage(error, "bad.xlsx");
        }
    }
    QVERIFY(failures > 0);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
