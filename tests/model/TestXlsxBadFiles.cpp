// Reading bad .xlsx files: every kind of damaged or hostile workbook, built here part by part,
// and a path that cannot be read each give a one-line message that starts with the file name,
// and never a crash or a hang. Good workbooks are read in TestXlsxReader.
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

namespace {

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

class TestXlsxBadFiles : public QObject
{
    Q_OBJECT

private slots:
    void badFiles_data();
    void badFiles();
    void unreadablePath();
    void messageStaysOnOneLine();
    void damagedFilesNeverCrash();
};

void TestXlsxBadFiles::badFiles_data()
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

void TestXlsxBadFiles::badFiles()
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

void TestXlsxBadFiles::unreadablePath()
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

void TestXlsxBadFiles::messageStaysOnOneLine()
{
    QString error;
    QVERIFY(!XlsxReader::open(QByteArray(), QStringLiteral("two\nlines.xlsx"), QString(), &error));
    QCOMPARE(error, QStringLiteral("two\uFFFDlines.xlsx: the file is empty"));
}

// Random damage to the fixture, stored uncompressed so that the damage reaches the XML, and
// cut at many lengths: each read ends, with rows or a one-line message, never a crash
// (run under ASan and UBSan in CI).
void TestXlsxBadFiles::damagedFilesNeverCrash()
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

QTEST_GUILESS_MAIN(TestXlsxBadFiles)
#include "TestXlsxBadFiles.moc"
