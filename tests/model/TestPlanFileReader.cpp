// PlanFileReader, the one door for plan files (issue 13), and the JSON side of issue 12: the
// format is told by the content whatever the name, a file that is not UTF-8 is named by its
// encoding, and a key given twice in one object is a warning at its JSON path.
#include "import/ImportMapping.h"
#include "storage/JsonDuplicateKeys.h"
#include "storage/PlanFileReader.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

namespace {

QByteArray minimalJson()
{
    QFile file(QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/plans/minimal.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read tests/fixtures/plans/minimal.json");
    return file.readAll();
}

// The minimal fixture with `from` replaced by `to` (the fixture must hold `from`).
QByteArray minimalWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray json = minimalJson();
    const qsizetype at = json.indexOf(from);
    if (at < 0)
        qFatal("fixture text not found: %s", from.constData());
    return json.replace(at, from.size(), to);
}

QList<PlanProblem> warnings(const PlanProblems &problems)
{
    QList<PlanProblem> found;
    for (const PlanProblem &p : problems) {
        if (p.severity == PlanProblem::Severity::Warning)
            found << p;
    }
    return found;
}

} // namespace

class TestPlanFileReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    // Before, the app chose by extension and the CLI by the first bytes: a JSON plan saved as
    // plan.txt opened in one and not the other. Now the content decides, for every name.
    void formatIsToldByContent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("project");
        for (const char *name : {"plan.txt", "plan.json", "plan.zeroplan", "plan"}) {
            QTest::addRow("JSON as %s", name) << QString::fromLatin1(name) << false;
            QTest::addRow("project file as %s", name) << QString::fromLatin1(name) << true;
        }
    }
    void formatIsToldByContent()
    {
        QFETCH(QString, name);
        QFETCH(bool, project);
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        const PlanReadResult json = PlanJson::read(minimalJson());
        QVERIFY(json.plan);
        if (project)
            QVERIFY(PlanStore::save(*json.plan, path, nullptr));
        else
            write(name, minimalJson());
        const PlanFileResult read = PlanFileReader::read(path);
        QVERIFY2(read.plan, qPrintable(read.error));
        QVERIFY(read.error.isEmpty());
        QCOMPARE(read.format, project ? PlanFileFormat::Project : PlanFileFormat::Json);
        QCOMPARE(*read.plan, *json.plan);
        QCOMPARE(read.problems, json.problems);
    }

    // Files that are no plan: one line naming the file.
    void fileThatIsNoPlan_data()
    {
        QTest::addColumn<QString>("name"); // empty: a folder
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message"); // after "PATH: "
        QTest::addColumn<int>("format");
        QTest::newRow("empty") << QStringLiteral("empty.json") << QByteArray()
                               << QStringLiteral("the file is empty; a plan is a .zeroplan "
                                                 "project file or a JSON plan file, as "
                                                 "ZeroPlan saves and exports them")
                               << int(PlanFileFormat::Unknown);
        // Before: "JSON syntax error at line 1, column 1: illegal value".
        QTest::newRow("few bytes of SQLite format")
            << QStringLiteral("few.json") << QByteArray("SQLite format")
            << QStringLiteral("the project file is truncated: it has only 13 byte(s), fewer "
                              "than the 100 of an SQLite database's header")
            << int(PlanFileFormat::Project);
        QTest::newRow("JSON list") << QStringLiteral("list.txt") << QByteArray("[1, 2]")
                                   << QStringLiteral("a plan is a JSON object {…}, but this "
                                                     "JSON text holds a list […]")
                                   << int(PlanFileFormat::Json);
        QTest::newRow("no format") << QStringLiteral("noformat.json") << QByteArray("{}")
                                   << QStringLiteral("/format: this is not a ZeroPlan plan: "
                                                     "format is missing (a plan file starts "
                                                     "with \"format\": \"zeroplan-plan\")")
                                   << int(PlanFileFormat::Json);
    }
    void fileThatIsNoPlan()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QFETCH(int, format);
        const QString path = write(name, bytes);
        const PlanFileResult read = PlanFileReader::read(path);
        QVERIFY(!read.plan);
        QCOMPARE(read.error, path + QStringLiteral(": ") + message);
        QCOMPARE(int(read.format), format);
    }

    void missingFolderAndDevice()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nowhere.json"));
        QCOMPARE(PlanFileReader::read(missing).error,
                 missing + QStringLiteral(": the file does not exist"));
        QCOMPARE(PlanFileReader::read(m_dir.path()).error,
                 m_dir.path() + QStringLiteral(": it is a folder, not a plan file"));
        QCOMPARE(PlanFileReader::read(QStringLiteral("/dev/null")).error,
                 QStringLiteral("/dev/null: it is not a regular file (a device or a pipe), not "
                                "a plan file"));
    }

    // A plan saved as UTF-16 or UTF-32 (with or without a byte order mark) was "illegal
    // value" at line 1, column 1; now the message names the encoding. A UTF-8 byte order mark
    // is skipped: the text is UTF-8.
    void encodingIsNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding"); // empty: reads
        const QString text = QString::fromUtf8(minimalJson());
        const auto encode = [&](QStringConverter::Encoding e, bool bom) {
            QStringEncoder encoder(e, bom ? QStringConverter::Flag::WriteBom
                                          : QStringConverter::Flag::Default);
            return QByteArray(encoder.encode(text));
        };
        QTest::newRow("UTF-16LE with BOM")
            << encode(QStringConverter::Utf16LE, true) << QStringLiteral("UTF-16 (little-endian)");
        QTest::newRow("UTF-16LE without BOM")
            << encode(QStringConverter::Utf16LE, false) << QStringLiteral("UTF-16 (little-endian)");
        QTest::newRow("UTF-16BE with BOM")
            << encode(QStringConverter::Utf16BE, true) << QStringLiteral("UTF-16 (big-endian)");
        QTest::newRow("UTF-16BE without BOM")
            << encode(QStringConverter::Utf16BE, false) << QStringLiteral("UTF-16 (big-endian)");
        QTest::newRow("UTF-32LE without BOM")
            << encode(QStringConverter::Utf32LE, false) << QStringLiteral("UTF-32 (little-endian)");
        QTest::newRow("UTF-32BE with BOM")
            << encode(QStringConverter::Utf32BE, true) << QStringLiteral("UTF-32 (big-endian)");
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + minimalJson() << QString();
    }
    void encodingIsNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const QString path = write(QStringLiteral("encoded.json"), bytes);
        const PlanFileResult read = PlanFileReader::read(path);
        if (encoding.isEmpty()) {
            QVERIFY2(read.plan, qPrintable(read.error));
            QCOMPARE(*read.plan, *PlanJson::read(minimalJson()).plan);
            return;
        }
        QVERIFY(!read.plan);
        QCOMPARE(read.error, path + QStringLiteral(": the text is encoded as ") + encoding +
                                 QStringLiteral("; ZeroPlan reads JSON in UTF-8: save the file "
                                                "as UTF-8"));
    }

    // The issue's case: base_year 2023 then 1990 loaded as 1990 without a word. The last one
    // still counts (as before, and as most JSON readers do), but each repetition is a warning
    // at its JSON path.
    void duplicateKeyInAPlanIsAWarning()
    {
        const PlanReadResult read = PlanJson::read(
            minimalWith("\"base_year\": 2024", "\"base_year\": 2023,\n \"base_year\": 1990"));
        QVERIFY(read.plan);
        QCOMPARE(read.plan->community.baseYear, 1990);
        const QList<PlanProblem> found = warnings(read.problems);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().path, QStringLiteral("/community/base_year"));
        QCOMPARE(found.first().message, QStringLiteral("\"base_year\" is given 2 times in this "
                                                       "object; only the last one is read"));
        // Without the repetition there is no such warning.
        for (const PlanProblem &p : warnings(PlanJson::read(minimalJson()).problems))
            QVERIFY2(!p.message.contains(QStringLiteral("is given")), qPrintable(p.toString()));
    }

    // Paths through lists and escaped names, counts above two, the top level, and names that
    // only look alike ("a" and "\u0061" are the same name; "a/b" is escaped as "a~1b").
    void duplicateKeysAreFoundEverywhere()
    {
        const QByteArray json = R"({"x": 1, "list": [{"k": 1}, {"k": 2, "k": 3, "k": 4}],
            "x": 2, "o": {"a": 1, "\u0061": 2, "a/b": [], "a/b": {}, "s": "\"k\": 1"}})";
        const QList<JsonDuplicateKey> found = JsonDuplicateKeys::find(json, 100);
        QCOMPARE(found.size(), 4);
        QCOMPARE(found[0].path, QStringLiteral("/list/1/k"));
        QCOMPARE(found[0].count, 3);
        QCOMPARE(found[1].path, QStringLiteral("/x"));
        QCOMPARE(found[1].count, 2);
        QCOMPARE(found[2].path, QStringLiteral("/o/a"));
        QCOMPARE(found[3].path, QStringLiteral("/o/a~1b"));
        QCOMPARE(found[3].key, QStringLiteral("a/b"));
        QCOMPARE(JsonDuplicateKeys::find(json, 1).size(), 1);
        QVERIFY(JsonDuplicateKeys::find(minimalJson(), 100).isEmpty());
    }

    // A mapping file: the same warning, with its JSON path; the last value counts.
    void duplicateKeyInAMappingFileIsAWarning()
    {
        QString error;
        const std::optional<ImportMapping> mapping = ImportMapping::fromJson(
            R"({"columns": {"amount": "用电量", "amount": 3}, "decimal": "comma"})", &error);
        QVERIFY2(mapping, qPrintable(error));
        QCOMPARE(mapping->columns.value(ImportField::Amount), QStringLiteral("3"));
        QCOMPARE(mapping->warnings,
                 QStringList{QStringLiteral("/columns/amount: \"amount\" is given 2 times in "
                                            "this object; only the last one is read")});
        const std::optional<ImportMapping> clean =
            ImportMapping::fromJson(R"({"columns": {"amount": 3}})", &error);
        QVERIFY(clean && clean->warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanFileReader)
#include "TestPlanFileReader.moc"
