// Activity lines from CSV files as committees have them: headers in Chinese or English,
// GBK or UTF-8, decimal commas; every bad row rejected with its place and reason.
#include "import/ActivityImport.h"
#include "import/TableFile.h"
#include "inventory/FactorLibrary.h"
#include "storage/ActivityCsv.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QBuffer>
#include <QtTest>

using namespace zeroplan;

namespace {

const QString kFixtures = QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/");

// Shenzhen Xinqiao (base year 2023, grid CN-South): a real plan to import into.
Plan xinqiao()
{
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
    if (!read.ok())
        qFatal("sample plan does not read");
    return *read.plan;
}

ActivityImportResult importFile(const QString &name, const Plan &plan,
                                const ImportMapping &mapping = {})
{
    QString error;
    const auto table = TableFile::open(kFixtures + name, {}, &error);
    if (!table)
        qFatal("%s", qPrintable(error));
    return ActivityImport::read(table->reader(), name, plan, mapping,
                                mapping.decimal.value_or(table->decimal()),
                                FactorLibraryJson::builtIn());
}

ActivityImportResult importText(const QByteArray &csv, const Plan &plan,
                                const ImportMapping &mapping = {})
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("t.csv"));
    return ActivityImport::read(reader, QStringLiteral("t.csv"), plan, mapping,
                                mapping.decimal.value_or(DecimalSeparator::Point),
                                FactorLibraryJson::builtIn());
}

} // namespace

class TestActivityImport : public QObject
{
    Q_OBJECT

private slots:
    void gbkWithChineseHeaders();
    void semicolonWithDecimalCommas();
    void thousandsOrDecimalsIsNoted();
    void rejectedRows_data();
    void rejectedRows();
    void unitInTheHeader();
    void mappingNamesColumnsAndValues();
    void noHeader();
    void missingRequiredColumn();
    void duplicateIds();
    void generatedIdsKeepTheirNames();
    void manyRowsWithoutIds();
    void applyIsAllOrNothing();
    void exportThenImportRoundTrip();
};

void TestActivityImport::gbkWithChineseHeaders()
{
    const Plan plan = xinqiao();
    const ActivityImportResult result = importFile(QStringLiteral("activities-gbk.csv"), plan);
    QCOMPARE(result.report.error, QString());
    QCOMPARE(result.report.rejectedCount, 0);
    QCOMPARE(result.report.rowsRead, 4);
    QCOMPARE(result.lines.size(), 4);
    const ActivityLine &power = result.lines[0];
    QCOMPARE(power.carrier, QStringLiteral("electricity"));
    QCOMPARE(power.sector, Sector::StationaryEnergy); // 建筑
    QCOMPARE(power.amount, 1234567.0);                // "1,234,567"
    QCOMPARE(power.unit, QStringLiteral("kWh"));      // 度
    QCOMPARE(power.scope, 2);
    QCOMPARE(power.factor, QStringLiteral("grid-cn-south-2023")); // what the plan uses
    QCOMPARE(power.note, QStringLiteral("居民用电, 含公共照明"));
    QCOMPARE(power.source, QStringLiteral("activities-gbk.csv, line 3"));
    QCOMPARE(power.id, QStringLiteral("electricity"));
    QCOMPARE(result.lines[1].amount, 45600.5);
    QCOMPARE(result.lines[1].unit, QStringLiteral("m³"));
    QCOMPARE(result.lines[1].factor, QStringLiteral("natural-gas-cn-m3"));
    QCOMPARE(result.lines[2].sector, Sector::Waste);
    QCOMPARE(result.lines[2].scope, 3);
    QCOMPARE(result.lines[2].unit, QStringLiteral("t"));
    QCOMPARE(result.lines[3].sector, Sector::Transport);
    QCOMPARE(result.lines[3].unit, QStringLiteral("L"));
    QCOMPARE(result.places, (QStringList{QStringLiteral("line 3"), QStringLiteral("line 4"),
                                         QStringLiteral("line 6"), QStringLiteral("line 7")}));
    QVERIFY(result.report.notes.join(QLatin1Char('\n')).contains(QStringLiteral("line 2")));
}

void TestActivityImport::semicolonWithDecimalCommas()
{
    const ActivityImportResult result =
        importFile(QStringLiteral("activities-semicolon.csv"), xinqiao());
    QCOMPARE(result.report.error, QString());
    QCOMPARE(result.report.rejectedCount, 0);
    QCOMPARE(result.lines.size(), 3);
    QCOMPARE(result.lines[0].amount, 1234.5); // 1.234,5
    QCOMPARE(result.lines[0].unit, QStringLiteral("MWh"));
    QCOMPARE(result.lines[1].amount, 12345.0); // 12 345,0
    QCOMPARE(result.lines[1].note, QStringLiteral("heating; boilers"));
    QCOMPARE(result.lines[2].amount, 3000.0); // 3.000
    QCOMPARE(result.lines[2].carrier, QStringLiteral("diesel"));
    // "3.000" is d.ddd, but "1.234,5" in the same column is not: the column is not ambiguous.
    for (const QString &note : result.report.notes)
        QVERIFY2(!note.startsWith(QStringLiteral("ambiguous")), qPrintable(note));
}

// Issue 12: in a semicolon (decimal-comma) file, a column whose numbers are all d.ddd was read
// as thousands (1.234 → 1234) without a word. It still is (that is what the decimal comma
// means), but the report says the column could be read both ways, naming it.
void TestActivityImport::thousandsOrDecimalsIsNoted()
{
    const QByteArray csv = "Sector;Carrier;Amount;Unit\n"
                           "stationary energy;electricity;1.234;MWh\n"
                           "stationary energy;natural gas;2.500;m³\n"
                           "transport;diesel;;L\n";
    ImportMapping comma;
    comma.decimal = DecimalSeparator::Comma;
    const ActivityImportResult result = importText(csv, xinqiao(), comma);
    QCOMPARE(result.lines.size(), 2); // the empty amount is rejected
    QCOMPARE(result.lines[0].amount, 1234.0);
    QCOMPARE(result.lines[1].amount, 2500.0);
    QStringList ambiguous;
    for (const QString &note : result.report.notes) {
        if (note.startsWith(QStringLiteral("ambiguous")))
            ambiguous << note;
    }
    QCOMPARE(ambiguous.size(), 1);
    QVERIFY2(ambiguous[0].startsWith(QStringLiteral("ambiguous numbers in column 3 (Amount): every "
                                                    "one, such as \"1.234\", has a dot")),
             qPrintable(ambiguous[0]));
    QVERIFY2(ambiguous[0].contains(QStringLiteral("(1.234 → 1234)")), qPrintable(ambiguous[0]));

    // One number that is not d.ddd settles it: no note. Nor with a decimal point.
    const ActivityImportResult settled =
        importText(csv + "transport;petrol;12,5;L\n", xinqiao(), comma);
    for (const QString &note : settled.report.notes)
        QVERIFY2(!note.startsWith(QStringLiteral("ambiguous")), qPrintable(note));
    const ActivityImportResult point = importText(csv, xinqiao());
    for (const QString &note : point.report.notes)
        QVERIFY2(!note.startsWith(QStringLiteral("ambiguous")), qPrintable(note));
}

void TestActivityImport::rejectedRows_data()
{
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("reason");
    const auto row = [](qint64 line, const char *place, const char *reason) {
        QTest::newRow(place) << line << QString::fromUtf8(place) << QString::fromUtf8(reason);
    };
    row(3, "line 3, column 1 (carrier)", "\"unobtainium\" is not a carrier");
    row(4, "line 4, column 2 (amount)", "\"abc\" is not a number");
    row(5, "line 5, column 2 (amount)", "-5 is negative");
    row(7, "line 7, column 3 (unit)", "\"bananas\" is not a unit");
    row(8, "line 8, column 4 (year)",
        "the row is for 2021, but the baseline is for the plan's "
        "base year 2023");
    row(9, "line 9, column 5 (scope)", "\"7\" is not a scope");
    row(10, "line 10 (emission factor)", "no emission factor for Petrol (gasoline) per kWh");
    row(11, "line 11, column 2 (amount)", "the amount is empty");
}

void TestActivityImport::rejectedRows()
{
    QFETCH(qint64, line);
    QFETCH(QString, place);
    QFETCH(QString, reason);
    const ActivityImportResult result = importFile(QStringLiteral("activities-bad.csv"), xinqiao());
    QCOMPARE(result.report.error, QString());
    QCOMPARE(result.report.rowsRead, 10);
    // line 2 (electricity) and line 6 (natural gas in t, which has a mass NCV) are good
    QCOMPARE(result.lines.size() + result.report.rejectedCount, 10);
    const auto it = std::find_if(result.report.rejected.cbegin(), result.report.rejected.cend(),
                                 [&](const RejectedRow &r) { return r.row == line; });
    QVERIFY2(it != result.report.rejected.cend(), "row not rejected");
    QCOMPARE(it->place, place);
    QVERIFY2(it->reason.startsWith(reason), qPrintable(it->reason));
}

void TestActivityImport::unitInTheHeader()
{
    const ActivityImportResult result = importText("能源,用量（度）\n电力,100\n", xinqiao());
    QCOMPARE(result.report.rejectedCount, 0);
    QCOMPARE(result.lines.size(), 1);
    QCOMPARE(result.lines[0].unit, QStringLiteral("kWh"));
}

void TestActivityImport::mappingNamesColumnsAndValues()
{
    QString error;
    const auto mapping = ImportMapping::fromJson(
        R"({"columns": {"amount": "Verbrauch", "note": 3}, "values": {"carrier": "electricity",
            "unit": "MWh"}, "decimal": "comma"})",
        &error);
    QVERIFY2(mapping, qPrintable(error));
    const ActivityImportResult result =
        importText("Haus,Verbrauch,Bemerkung\nA,\"1,5\",x\nB,2,y\n", xinqiao(), *mapping);
    QCOMPARE(result.report.error, QString());
    QCOMPARE(result.report.rejectedCount, 0);
    QCOMPARE(result.lines.size(), 2);
    QCOMPARE(result.lines[0].amount, 1.5);
    QCOMPARE(result.lines[0].unit, QStringLiteral("MWh"));
    QCOMPARE(result.lines[1].note, QStringLiteral("y"));

    QVERIFY(!ImportMapping::fromJson(R"({"columns": {"colour": "x"}})", &error));
    QVERIFY2(error.startsWith(QStringLiteral("\"columns/colour\": no such field")),
             qPrintable(error));
    QVERIFY(!ImportMapping::fromJson(R"({"decimal": "dot"})", &error));
    QCOMPARE(error, QStringLiteral("\"decimal\" must be \"point\" or \"comma\""));
}

void TestActivityImport::noHeader()
{
    const ActivityImportResult result = importText("1,2,3\n4,5,6\n", xinqiao());
    QVERIFY(result.report.failed());
    QVERIFY2(result.report.error.startsWith(QStringLiteral("no header row found")),
             qPrintable(result.report.error));
    QVERIFY(result.lines.isEmpty());
}

void TestActivityImport::missingRequiredColumn()
{
    const ActivityImportResult result = importText("sector,unit\ntransport,L\n", xinqiao());
    QVERIFY(result.report.failed());
    QVERIFY2(result.report.error.startsWith(QStringLiteral(
                 "line 1: no column for carrier, amount; the header has: sector, unit")),
             qPrintable(result.report.error));
}

void TestActivityImport::duplicateIds()
{
    const ActivityImportResult result = importText(
        "id,carrier,amount,unit\nres-electricity,electricity,1,kWh\nnew,electricity,2,kWh\n"
        "new,electricity,3,kWh\n",
        xinqiao());
    QCOMPARE(result.lines.size(), 1);
    QCOMPARE(result.report.rejectedCount, 2);
    QCOMPARE(result.report.rejected[0].row, 2); // already in the plan
    QCOMPARE(result.report.rejected[1].row, 4); // already in the file
}

// Rows without an id get "<carrier>", then "<carrier>-2", "<carrier>-3", … skipping ids the
// plan or earlier rows of the file already use — exactly the names the import gave before
// id assignment stopped probing from the start for every row (issue 12).
void TestActivityImport::generatedIdsKeepTheirNames()
{
    Plan plan = xinqiao();
    plan.activities[1].id = QStringLiteral("electricity-3"); // taken: the third gets -4
    const ActivityImportResult result =
        importText("id,carrier,amount,unit\n,electricity,1,kWh\n,electricity,2,kWh\n"
                   "electricity-5,electricity,3,kWh\n,natural_gas,4,m³\n,electricity,5,kWh\n"
                   ",electricity,6,kWh\n,natural_gas,7,m³\n",
                   plan);
    QCOMPARE(result.report.rejectedCount, 0);
    QStringList ids;
    for (const ActivityLine &line : result.lines)
        ids << line.id;
    const QStringList expected = QString::fromLatin1("electricity electricity-2 electricity-5 "
                                                     "natural_gas electricity-4 electricity-6 "
                                                     "natural_gas-2")
                                     .split(QLatin1Char(' '));
    QCOMPARE(ids, expected);

    // A file that later names an id an earlier row was given is refused for that row.
    const ActivityImportResult clash = importText(
        "id,carrier,amount,unit\n,electricity,1,kWh\nelectricity,electricity,2,kWh\n", plan);
    QCOMPARE(clash.lines.size(), 1);
    QCOMPARE(clash.report.rejectedCount, 1);
    QCOMPARE(clash.report.rejected[0].row, 3);
}

// 100,000 rows without ids (the plan's limit of lines): each new id used to probe
// "electricity", "electricity-2", … from the start, so this many rows never finished; now
// every row is read and every id is distinct. Not timed: the benchmark (BenchImport) is.
void TestActivityImport::manyRowsWithoutIds()
{
    constexpr int rows = 100000;
    QByteArray csv = "carrier,amount,unit\n";
    csv.reserve(rows * 24);
    for (int i = 0; i < rows; ++i)
        csv += i % 3 == 2 ? "natural_gas,7,m3\n" : "electricity,5,kWh\n";
    const ActivityImportResult result = importText(csv, xinqiao());
    QCOMPARE(result.report.rowsRead, rows);
    QCOMPARE(result.report.rejectedCount, 0);
    QCOMPARE(result.lines.size(), rows);
    QSet<QString> ids;
    for (const ActivityLine &line : result.lines)
        ids.insert(line.id);
    QCOMPARE(ids.size(), rows);
    // 66,667 electricity rows (i % 3 != 2) and 33,333 gas rows, numbered without gaps.
    QVERIFY(ids.contains(QStringLiteral("electricity-66667")));
    QVERIFY(!ids.contains(QStringLiteral("electricity-66668")));
    QVERIFY(ids.contains(QStringLiteral("natural_gas-33333")));
    QVERIFY(!ids.contains(QStringLiteral("natural_gas-33334")));
}

// A line the validator refuses (a factor for another carrier) stops the whole import.
void TestActivityImport::applyIsAllOrNothing()
{
    const Plan plan = xinqiao();
    const ActivityImportResult result = importText(
        "carrier,amount,unit,factor\nelectricity,5,kWh,\nnatural_gas,7,m³,grid-cn-south-2023\n",
        plan);
    QCOMPARE(result.report.rejectedCount, 0);
    QCOMPARE(result.lines.size(), 2);
    QStringList problems;
    const auto next =
        ActivityImport::apply(plan, result.lines, result.places, QStringLiteral("t.csv"),
                              FactorLibraryJson::builtIn(), &problems);
    QVERIFY(!next);
    QCOMPARE(problems.size(), 2); // the factor's carrier, and its unit
    QVERIFY2(
        problems[0].startsWith(QStringLiteral("t.csv, line 3: factor \"grid-cn-south-2023\" is "
                                              "for Grid electricity, but the line is "
                                              "Natural gas")),
        qPrintable(problems[0]));
    QVERIFY2(
        problems[1].startsWith(QStringLiteral("t.csv, line 3: unit m³ (volume) does not match")),
        qPrintable(problems[1]));
    problems.clear();

    const ActivityImportResult good = importText("carrier,amount,unit\nelectricity,5,kWh\n", plan);
    const auto applied =
        ActivityImport::apply(plan, good.lines, good.places, QStringLiteral("t.csv"),
                              FactorLibraryJson::builtIn(), &problems);
    QVERIFY(applied);
    QCOMPARE(applied->activities.size(), plan.activities.size() + 1);
    QCOMPARE(applied->activities.last().id, QStringLiteral("electricity"));
}

// Export the sample's lines as CSV and import them into the plan without lines: the same
// lines come back, text that looks like a formula included.
void TestActivityImport::exportThenImportRoundTrip()
{
    Plan plan = xinqiao();
    plan.activities[0].note = QStringLiteral("=SUM(A1:A3) \"quoted\", and\na second line");
    plan.activities[1].source = QStringLiteral("-from the property office");
    // Issue 12: a tab or carriage return before the formula (OWASP lists both) was not guarded;
    // and text that starts with an apostrophe before them must come back as it was.
    plan.activities[2].note = QStringLiteral("\t=1+1");
    plan.activities[3].note = QStringLiteral("\r=1");
    plan.activities[4].note = QStringLiteral("'\t=already marked");
    const QByteArray csv = ActivityCsv::write(plan, ActivityCsv::Bom::With);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\"'=SUM(A1:A3)"));
    QVERIFY(csv.contains(",'\t=1+1\r\n"));
    QVERIFY(csv.contains(",\"'\r=1\"\r\n"));
    QVERIFY(csv.contains(",''\t=already marked\r\n"));
    Plan empty = plan;
    empty.activities.clear();
    const ActivityImportResult result = importText(csv, empty);
    QCOMPARE(result.report.error, QString());
    QCOMPARE(result.report.rejectedCount, 0);
    QCOMPARE(result.lines, plan.activities);
}

QTEST_GUILESS_MAIN(TestActivityImport)
#include "TestActivityImport.moc"
