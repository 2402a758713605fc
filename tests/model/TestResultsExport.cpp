// Results tables written as CSV (ResultsCsv) and as an XLSX workbook (ResultsXlsx): quoting,
// numbers, the byte order mark, the workbook read back with ZeroPlan's own XLSX reader, and
// the failures: a folder that does not exist, a read-only file, a folder in the file's place
// — each with a message naming the file, and nothing written or changed.
#include "CliRun.h"
#include "FileSnapshot.h"
#include "PlanFixtures.h"
#include "engine/ScenarioEngine.h"
#include "export/ExportFile.h"
#include "export/ResultTables.h"
#include "export/ResultsCsv.h"
#include "export/ResultsXlsx.h"
#include "import/XlsxArchive.h"
#include "import/XlsxReader.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

const QString kOddName = QStringLiteral("a,\"b\"");
const QString kChineseName = QStringLiteral("屋顶光伏, 一期");

// 1,000,000 kWh of homes' electricity (404.2 t a year), 2024–2030; two measures named to
// test quoting: `a,"b"` saves 10 % (40.42 t), the Chinese one saves 0 % (abates nothing).
struct Fixture
{
    Plan plan;
    PlanResult result;
};

Fixture fixture()
{
    Fixture f;
    f.plan = basePlan(2024, 2030);
    f.plan.activities = {line(QStringLiteral("homes"), Sector::StationaryEnergy,
                              QStringLiteral("residential"), QStringLiteral("electricity"), 1.0e6,
                              QStringLiteral("kWh"), QStringLiteral("grid"))};
    Measure odd =
        measure(MeasureKind::SmartEnergy, QStringLiteral("odd"), 2024, {{"savings_share", 0.1}});
    odd.name = kOddName;
    odd.targets = {QStringLiteral("homes")};
    odd.costs.capex = 1000;
    odd.lifetimeYears = 20; // bought once in the horizon
    Measure idle =
        measure(MeasureKind::SmartEnergy, QStringLiteral("idle"), 2024, {{"savings_share", 0}});
    idle.name = kChineseName;
    idle.targets = {QStringLiteral("homes")};
    f.plan.measures = {odd, idle};
    f.plan.scenarios = {allMeasures(f.plan, QStringLiteral("Test"))};
    f.result = ScenarioEngine(noLibrary()).run(f.plan);
    return f;
}

QList<ExportTable> allTables(const Fixture &f)
{
    return ResultTables::all(f.result, f.result.scenarios.front(), QStringLiteral("CNY"));
}

QStringList scratchFiles()
{
    return QDir(QDir::tempPath())
        .entryList({QStringLiteral("zeroplan-export-*")}, QDir::Files | QDir::Hidden);
}

// The rows of one sheet, as XlsxReader reads them.
QList<QStringList> sheetRows(const QString &path, const QString &sheet,
                             QStringList *names = nullptr)
{
    QString error;
    const std::unique_ptr<XlsxReader> reader = XlsxReader::open(path, sheet, &error);
    if (!reader) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (names)
        *names = reader->sheetNames();
    QList<QStringList> rows;
    TableRow row;
    while (reader->next(row)) {
        QStringList cells;
        for (int c = 0; c < row.size(); ++c)
            cells.append(row.text(c));
        rows.append(cells);
    }
    return rows;
}

// Whether the part has an element `name` whose attributes include every one of `attributes`.
bool partHasElement(const QString &path, const QString &part, QLatin1StringView name,
                    const QList<std::pair<QString, QString>> &attributes = {})
{
    QString error;
    const std::unique_ptr<XlsxArchive> archive = XlsxArchive::open(path, &error);
    if (!archive)
        return false;
    bool found = false;
    archive->readPart(
        part, 1 << 20,
        [&](XlsxPart &xml) {
            while (!found && xml.readNext()) {
                if (!xml.isStart(name))
                    continue;
                found = std::all_of(attributes.cbegin(), attributes.cend(), [&](const auto &a) {
                    return xml.xml().attributes().value(a.first) == a.second;
                });
            }
            return true;
        },
        &error);
    return found;
}

} // namespace

class TestResultsExport : public QObject
{
    Q_OBJECT

private slots:
    void numbersArePlain_data();
    void numbersArePlain();
    void csvQuotesNamesAndReadsBack();
    void csvNamesAreNeverFormulas();
    void csvByteOrderMark();
    void csvFileHasBomAndReplacesAnOldFile();
    void xlsxReadsBackWithOurReader();
    void xlsxHasBoldFrozenHeaderAndWidths();
    void xlsxReplacesAnOldFile();
    void sheetNames_data();
    void sheetNames();
    void failuresNameTheFileAndWriteNothing_data();
    void failuresNameTheFileAndWriteNothing();
    void readOnlyFileIsLeftAlone_data();
    void readOnlyFileIsLeftAlone();

private:
    QTemporaryDir m_dir;
};

void TestResultsExport::numbersArePlain_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("whole year") << 2030.0 << QByteArray("2030");
    QTest::newRow("tonnes") << 404.2 << QByteArray("404.2");
    QTest::newRow("negative") << -202.1 << QByteArray("-202.1");
    QTest::newRow("binary noise rounded away") << 0.1 + 0.2 << QByteArray("0.3");
    QTest::newRow("six decimals kept") << 0.1234564 << QByteArray("0.123456");
    QTest::newRow("below a millionth is zero") << 4e-7 << QByteArray("0");
    QTest::newRow("no minus zero") << -4e-7 << QByteArray("0");
    QTest::newRow("no exponent") << 6.0e6 << QByteArray("6000000");
    QTest::newRow("no thousands separator") << 1234567.125 << QByteArray("1234567.125");
    QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << QByteArray();
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << QByteArray();
}

void TestResultsExport::numbersArePlain()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(ResultsCsv::number(value), text);
}

// A measure named "=HYPERLINK(…)" or "-5 % heating" opens in a spreadsheet as the text typed,
// with the apostrophe that marks text (as the activity CSV does); numbers stay numbers.
void TestResultsExport::csvNamesAreNeverFormulas()
{
    QCOMPARE(ResultsCsv::cell(ExportCell::text(QStringLiteral("=HYPERLINK(\"x\")"))),
             QByteArray("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(ResultsCsv::cell(ExportCell::text(QStringLiteral("-5 % heating"))),
             QByteArray("'-5 % heating"));
    QCOMPARE(ResultsCsv::cell(ExportCell::text(QStringLiteral("@home"))), QByteArray("'@home"));
    QCOMPARE(ResultsCsv::cell(ExportCell::text(QStringLiteral("屋顶光伏"))),
             QStringLiteral("屋顶光伏").toUtf8());
    QCOMPARE(ResultsCsv::cell(ExportCell::number(-5)), QByteArray("-5"));
}

void TestResultsExport::csvQuotesNamesAndReadsBack()
{
    const Fixture f = fixture();
    const QList<ExportTable> tables = allTables(f);
    // The measure's name, with its comma and quotes, in the wedges header and the costs rows.
    const QByteArray wedges = ResultsCsv::write(tables[1]);
    QVERIFY2(wedges.startsWith("Year,\"a,\"\"b\"\" (tCO2e)\",\"屋顶光伏, 一期 (tCO2e)\"\r\n"),
             wedges.left(80).constData());
    // 2024: 10 % of 404.2 t = 40.42 t; the idle measure abates 0.
    QVERIFY2(wedges.contains("\r\n2024,40.42,0\r\n"), wedges.constData());
    const QByteArray costs = ResultsCsv::write(tables[2]);
    QVERIFY2(costs.contains("\r\n\"a,\"\"b\"\"\",Smart energy management,Demand reduction,"),
             costs.constData());
    // The idle measure has no cost per tonne: its record ends in an empty field.
    QVERIFY2(costs.endsWith(",0,\r\n"), costs.right(40).constData());

    // Every table parses back as RFC 4180 into its own cells.
    for (const ExportTable &t : tables) {
        bool wellFormed = false;
        const QList<QStringList> records =
            csvRecords(QString::fromUtf8(ResultsCsv::write(t)), &wellFormed);
        QVERIFY2(wellFormed, qPrintable(t.title));
        QCOMPARE(records.size(), t.rows.size() + 1);
        QCOMPARE(records.first(), t.header);
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            QCOMPARE(records[r + 1].size(), t.rows[r].size());
            for (qsizetype c = 0; c < t.rows[r].size(); ++c) {
                const ExportCell &cell = t.rows[r][c];
                const QString field = records[r + 1][c];
                if (cell.isText())
                    QCOMPARE(field, cell.toText());
                else if (cell.isBlank())
                    QCOMPARE(field, QString());
                else
                    QVERIFY2(std::abs(field.toDouble() - cell.toNumber()) <=
                                 5e-7 + 1e-12 * std::abs(cell.toNumber()),
                             qPrintable(field));
            }
        }
    }
}

void TestResultsExport::csvByteOrderMark()
{
    const ExportTable t = allTables(fixture()).first();
    const QByteArray plain = ResultsCsv::write(t);
    const QByteArray marked = ResultsCsv::write(t, CsvWriter::Bom::With);
    QVERIFY(plain.startsWith("Year,BAU gross (tCO2e),"));
    QCOMPARE(marked, QByteArray("\xEF\xBB\xBF") + plain);
}

void TestResultsExport::csvFileHasBomAndReplacesAnOldFile()
{
    const ExportTable t = allTables(fixture()).first();
    const QString path = m_dir.filePath(QStringLiteral("pathway.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x')); // longer than the table: nothing of it may remain
    }
    QString error;
    QVERIFY2(ResultsCsv::writeFile(t, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), ResultsCsv::write(t, CsvWriter::Bom::With));
    QVERIFY(QFile::remove(path));
}

void TestResultsExport::xlsxReadsBackWithOurReader()
{
    const Fixture f = fixture();
    const QString path = m_dir.filePath(QStringLiteral("results.xlsx"));
    const QStringList scratchBefore = scratchFiles();
    QString error;
    QVERIFY2(ResultsXlsx::write(allTables(f), path, &error), qPrintable(error));
    QCOMPARE(scratchFiles(), scratchBefore); // the scratch file is gone

    QStringList names;
    const QList<QStringList> pathway = sheetRows(path, QString(), &names);
    QCOMPARE(names, (QStringList{QStringLiteral("Pathway"), QStringLiteral("Wedges"),
                                 QStringLiteral("Costs")}));
    QCOMPARE(pathway.size(), 8); // header + 2024 … 2030
    QCOMPARE(pathway.first(), allTables(f).first().header);
    QCOMPARE(pathway[1][0], QStringLiteral("2024")); // a whole year, stored as a number
    QCOMPARE(pathway[7][0], QStringLiteral("2030"));
    bool ok = false;
    QVERIFY(std::abs(pathway[1][1].toDouble(&ok) - 404.2) < 1e-9 && ok);  // BAU gross
    QVERIFY(std::abs(pathway[1][5].toDouble(&ok) - 363.78) < 1e-9 && ok); // net: 90 %

    const QList<QStringList> wedges = sheetRows(path, QStringLiteral("Wedges"));
    QCOMPARE(wedges.first(),
             (QStringList{QStringLiteral("Year"), kOddName + QStringLiteral(" (tCO2e)"),
                          kChineseName + QStringLiteral(" (tCO2e)")}));
    QVERIFY(std::abs(wedges[1][1].toDouble(&ok) - 40.42) < 1e-9 && ok);

    const QList<QStringList> costs = sheetRows(path, QStringLiteral("Costs"));
    QCOMPARE(costs.size(), 3);
    QCOMPARE(costs[1][0], kOddName);
    QCOMPARE(costs[1][4], QStringLiteral("1000")); // capex total
    QCOMPARE(costs[2][0], kChineseName);
    QCOMPARE(costs[2].value(10), QString()); // no cost per tonne: a blank cell
    QVERIFY(QFile::remove(path));
}

void TestResultsExport::xlsxHasBoldFrozenHeaderAndWidths()
{
    const QList<ExportTable> tables = allTables(fixture());
    const QString path = m_dir.filePath(QStringLiteral("styled.xlsx"));
    QString error;
    QVERIFY2(ResultsXlsx::write(tables, path, &error), qPrintable(error));
    const QString sheet = QStringLiteral("xl/worksheets/sheet1.xml");
    QVERIFY(partHasElement(path, sheet, QLatin1StringView("pane"),
                           {{QStringLiteral("ySplit"), QStringLiteral("1")},
                            {QStringLiteral("state"), QStringLiteral("frozen")}}));
    QVERIFY(partHasElement(path, QStringLiteral("xl/styles.xml"), QLatin1StringView("b")));
    QVERIFY(partHasElement(path, sheet, QLatin1StringView("col"),
                           {{QStringLiteral("customWidth"), QStringLiteral("1")}}));
    QVERIFY(QFile::remove(path));

    // Widths: at least 8, room for the header, CJK characters twice as wide, at most 60.
    ExportTable t;
    t.header = {QStringLiteral("Year"), QStringLiteral("Cumulative net (tCO2e)"),
                QStringLiteral("屋顶光伏"), QString(200, QLatin1Char('x'))};
    QCOMPARE(ResultsXlsx::columnWidth(t, 0), 8.0);
    QCOMPARE(ResultsXlsx::columnWidth(t, 1), 22.0 + 1 + 2);
    QCOMPARE(ResultsXlsx::columnWidth(t, 2), 8.0 + 1 + 2);
    QCOMPARE(ResultsXlsx::columnWidth(t, 3), 60.0);
    t.rows = {{ExportCell::number(1), ExportCell::number(1234567.891),
               ExportCell::text(QStringLiteral("屋顶光伏屋顶光伏")), ExportCell()}};
    QCOMPARE(ResultsXlsx::columnWidth(t, 1), 23.0 + 2); // header still the widest
    QCOMPARE(ResultsXlsx::columnWidth(t, 2), 16.0 + 2);
}

void TestResultsExport::xlsxReplacesAnOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("again.xlsx"));
    QString error;
    ExportTable one;
    one.title = QStringLiteral("Old");
    one.header = {QStringLiteral("x")};
    QVERIFY2(ResultsXlsx::write({one}, path, &error), qPrintable(error));
    QVERIFY2(ResultsXlsx::write(allTables(fixture()), path, &error), qPrintable(error));
    QStringList names;
    sheetRows(path, QString(), &names);
    QCOMPARE(names.size(), 3);
    QCOMPARE(names.first(), QStringLiteral("Pathway"));
    QVERIFY(QFile::remove(path));
}

void TestResultsExport::sheetNames_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("name");
    QTest::newRow("as it is") << QStringLiteral("Pathway") << QStringList()
                              << QStringLiteral("Pathway");
    QTest::newRow("Chinese") << QStringLiteral("减排楔形") << QStringList()
                             << QStringLiteral("减排楔形");
    QTest::newRow("characters Excel refuses")
        << QStringLiteral("a/b\\c[d]e:f*g?h") << QStringList() << QStringLiteral("a_b_c_d_e_f_g_h");
    QTest::newRow("too long") << QString(40, QLatin1Char('w')) << QStringList()
                              << QString(31, QLatin1Char('w'));
    QTest::newRow("apostrophes at the ends")
        << QStringLiteral("'Costs'") << QStringList() << QStringLiteral("Costs");
    QTest::newRow("empty") << QString() << QStringList() << QStringLiteral("Sheet");
    QTest::newRow("taken, ignoring case")
        << QStringLiteral("Costs") << QStringList{QStringLiteral("COSTS")}
        << QStringLiteral("Costs (2)");
    QTest::newRow("taken twice") << QStringLiteral("Costs")
                                 << QStringList{QStringLiteral("Costs"),
                                                QStringLiteral("Costs (2)")}
                                 << QStringLiteral("Costs (3)");
    QTest::newRow("long and taken")
        << QString(31, QLatin1Char('w')) << QStringList{QString(31, QLatin1Char('w'))}
        << QString(27, QLatin1Char('w')) + QStringLiteral(" (2)");
}

void TestResultsExport::sheetNames()
{
    QFETCH(QString, title);
    QFETCH(QStringList, taken);
    QFETCH(QString, name);
    QCOMPARE(ResultsXlsx::sheetName(title, taken), name);
}

void TestResultsExport::failuresNameTheFileAndWriteNothing_data()
{
    QTest::addColumn<bool>("workbook");
    QTest::addColumn<QString>("target"); // relative to a fresh folder
    QTest::addColumn<QString>("reason");
    QTest::newRow("CSV into a missing folder")
        << false << QStringLiteral("no/such/folder/pathway.csv")
        << QStringLiteral("does not exist");
    QTest::newRow("XLSX into a missing folder")
        << true << QStringLiteral("no/such/folder/results.xlsx")
        << QStringLiteral("does not exist");
    QTest::newRow("CSV onto a folder")
        << false << QStringLiteral("taken") << QStringLiteral("is a folder");
    QTest::newRow("XLSX onto a folder")
        << true << QStringLiteral("taken") << QStringLiteral("is a folder");
}

void TestResultsExport::failuresNameTheFileAndWriteNothing()
{
    QFETCH(bool, workbook);
    QFETCH(QString, target);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
    const QString path = dir.filePath(target);
    const QStringList scratchBefore = scratchFiles();
    const QList<ExportTable> tables = allTables(fixture());
    QString error;
    const bool written = workbook ? ResultsXlsx::write(tables, path, &error)
                                  : ResultsCsv::writeFile(tables.first(), path, &error);
    QVERIFY(!written);
    QVERIFY2(
        error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": cannot be written: ")),
        qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("taken")});
    QVERIFY(entries(dir.filePath(QStringLiteral("taken"))).isEmpty());
    QCOMPARE(scratchFiles(), scratchBefore);
}

void TestResultsExport::readOnlyFileIsLeftAlone_data()
{
    QTest::addColumn<bool>("workbook");
    QTest::newRow("CSV") << false;
    QTest::newRow("XLSX") << true;
}

void TestResultsExport::readOnlyFileIsLeftAlone()
{
    QFETCH(bool, workbook);
    QTemporaryDir dir;
    const QString path =
        dir.filePath(workbook ? QStringLiteral("kept.xlsx") : QStringLiteral("kept.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the committee's own numbers\n");
    }
    // Marked read-only: refused even for root, who could write it anyway.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = sha256(path);
    const QList<ExportTable> tables = allTables(fixture());
    QString error;
    const bool written = workbook ? ResultsXlsx::write(tables, path, &error)
                                  : ResultsCsv::writeFile(tables.first(), path, &error);
    QVERIFY(!written);
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": ")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QCOMPARE(sha256(path), before);
    QCOMPARE(entries(dir.path()), QStringList{QFileInfo(path).fileName()});
    QCOMPARE(QFileInfo(path).permissions() & QFile::WriteOwner, QFile::Permissions());
}

QTEST_GUILESS_MAIN(TestResultsExport)
#include "TestResultsExport.moc"
