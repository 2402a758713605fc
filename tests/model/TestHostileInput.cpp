// Reading what is not a good plan: every input here gets a message, and none a crash, a hang
// or a plan built from garbage. Large inputs are made in memory or as sparse files.
#include "PlanJsonTestData.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

const FactorLibrary &emptyLibrary()
{
    static const FactorLibrary library;
    return library;
}

QByteArray nested(int depth, char open, const QByteArray &inner, char close)
{
    QByteArray text;
    text.reserve(depth * (inner.size() + 2));
    for (int i = 0; i < depth; ++i)
        text += open + inner;
    text += "1";
    text += QByteArray(depth, close);
    return text;
}

QByteArray junk(qsizetype size)
{
    QRandomGenerator random(20240611); // the same junk on every run
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = static_cast<char>(random.bounded(256));
    return bytes;
}

QByteArray withTitle(const QByteArray &title)
{
    QByteArray plan = planFixture("minimal.json");
    return plan.replace("\"format_version\": 1,",
                        "\"format_version\": 1, \"title\": \"" + title + "\",");
}

// Every JSON pointer in `value`, depth first.
void collectPointers(const QJsonValue &value, const QString &path, QStringList &out)
{
    if (!path.isEmpty())
        out << path;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            collectPointers(it.value(), path + QLatin1Char('/') + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectPointers(a.at(i), path + QLatin1Char('/') + QString::number(i), out);
    }
}

void verifyWellFormed(const PlanReadResult &result)
{
    QVERIFY2(result.plan || hasErrors(result.problems), "no plan and no error");
    QVERIFY(result.problems.size() <= PlanJson::kMaxProblems + 1);
    for (const PlanProblem &p : result.problems) {
        QVERIFY2(!p.message.isEmpty() && !p.message.contains(QLatin1Char('\n')),
                 qPrintable(p.toString()));
        QVERIFY2(p.path.isEmpty() || p.path.startsWith(QLatin1Char('/')), qPrintable(p.toString()));
    }
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void hugeStringInMemoryIsRefusedBeforeParsing();
    void longTextUnderTheSizeLimit();
    void loneSurrogateEscape();
    void textWithNulCharacters();
    void listOverTheItemLimit();
    void problemsAreCapped();
    void largePlanIsCheckedInLinearTime();
    void manyInterimTargets();
    void everyValueOfEveryType();
    void truncatedAnywhere();
    void files_data();
    void files();
    void oversizedFile();
    void unreadableFile();
    void fileWithByteOrderMark();
};

void TestHostileInput::refused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QByteArray &input, const char *message) {
        QTest::newRow(name) << input << QString::fromUtf8(message);
    };
    row("empty", QByteArray(), "the JSON text is empty");
    row("only white space", " \n\t\r\n ", "the JSON text is empty");
    row("binary junk", junk(4096), "JSON syntax error at line ");
    row("PNG header", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
        "JSON syntax error at line 1, column 1: ");
    row("NUL bytes", QByteArray(64, '\0'), "JSON syntax error at line 1, column 1: ");
    row("UTF-16 text", QByteArray("\xff\xfe{\0}\0", 6),
        "the text is encoded as UTF-16 (little-endian); ZeroPlan reads JSON in UTF-8");
    row("invalid UTF-8 in a string", "{\n  \"title\": \"caf\xe9\"\n}",
        "JSON syntax error at line 2, column 16: the text is not valid UTF-8; save the file as "
        "UTF-8");
    row("overlong UTF-8 encoding", "{\"title\": \"\xc0\xaf\"}", "the text is not valid UTF-8");
    row("NaN", "{\"format\": NaN}",
        "JSON syntax error at line 1, column 12: a number is not valid (JSON numbers are finite");
    row("Infinity", "{\"format\": Infinity}", "JSON syntax error at line 1, column 12");
    row("1e999", "{\n\"format\": 1e999}",
        "JSON syntax error at line 2, column 11: a number is not valid");
    row("-1e999", "{\"format\": -1e999}", "a number is not valid");
    row("arrays nested 100,000 deep", nested(100000, '[', QByteArray(), ']'),
        "lists and objects are nested too deeply");
    row("objects nested 100,000 deep", nested(100000, '{', "\"a\":", '}'),
        "lists and objects are nested too deeply");
    row("top-level array", "[{\"format\": \"zeroplan-plan\"}]",
        "a plan is a JSON object {…}, but this JSON text holds a list […]");
    row("top-level number", "42", "JSON syntax error at line 1");
    row("top-level string", "\"zeroplan-plan\"", "JSON syntax error at line 1");
    row("top-level null", "null", "JSON syntax error at line 1");
    row("no format", "{\"title\": \"x\"}", "this is not a ZeroPlan plan: format is missing");
    row("another format", "{\"format\": \"geojson\"}",
        "this is not a ZeroPlan plan: format is text \"geojson\", expected \"zeroplan-plan\"");
    row("format as a number", "{\"format\": 1}",
        "format is the number 1, expected \"zeroplan-plan\"");
    row("a factor library", planFixture("factor-library.json"),
        "this is a ZeroPlan factor library, not a plan");
    row("a newer format version",
        "{\"format\": \"zeroplan-plan\", \"format_version\": 7, \"community\": {}}",
        "this plan was made by a newer ZeroPlan (format version 7); this ZeroPlan reads format "
        "version 6 and older");
    row("trailing garbage", "{\"format\": \"zeroplan-plan\"} trailing",
        "JSON syntax error at line 1, column 29: garbage at the end of the document");
    row("unterminated string", "{\"format\": \"zeroplan-plan", "JSON syntax error at line 1");
    row("missing value on line 3", "{\n  \"format\": \"zeroplan-plan\",\n  \"title\": ]\n}",
        "JSON syntax error at line 3, column 12: ");
    row("comment", "{\"format\": \"zeroplan-plan\" /* plan */}", "JSON syntax error at line 1");
}

void TestHostileInput::refused()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const PlanReadResult result = PlanJson::read(input, &emptyLibrary());
    QVERIFY(!result.plan);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems[0].message.contains(message), listed(result.problems));
    verifyWellFormed(result);
}

void TestHostileInput::hugeStringInMemoryIsRefusedBeforeParsing()
{
    const QByteArray head = "{\"format\": \"zeroplan-plan\", \"title\": \"";
    QByteArray input;
    input.reserve(head.size() + 100 * 1024 * 1024 + 2);
    input.append(head).append(100 * 1024 * 1024, 'x').append("\"}");
    const PlanReadResult result = PlanJson::read(input, &emptyLibrary());
    QVERIFY(!result.plan);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems[0].path, QString());
    QVERIFY2(result.problems[0].message.contains(
                 QStringLiteral("is 100.1 MB; ZeroPlan reads at most 32.0 MB")),
             listed(result.problems));
}

void TestHostileInput::longTextUnderTheSizeLimit()
{
    const PlanReadResult result =
        PlanJson::read(withTitle(QByteArray(20 * 1024 * 1024, 'x')), &emptyLibrary());
    QVERIFY(result.plan);
    QVERIFY(result.plan->title.isEmpty());
    QCOMPARE(result.problems.first().path, QStringLiteral("/title"));
    QCOMPARE(result.problems.first().message,
             QStringLiteral("title is 20971520 characters long; at most 100000 are allowed"));
}

void TestHostileInput::loneSurrogateEscape()
{
    const PlanReadResult result = PlanJson::read(withTitle("\\ud800"), &emptyLibrary());
    QVERIFY(result.plan);
    QCOMPARE(result.problems.first().path, QStringLiteral("/title"));
    QVERIFY(result.problems.first().message.contains(QLatin1String("invalid character")));
}

void TestHostileInput::textWithNulCharacters()
{
    const PlanReadResult result = PlanJson::read(withTitle("a\\u0000b"), &emptyLibrary());
    QVERIFY(result.plan);
    QCOMPARE(result.plan->title, QStringView(u"a\0b", 3).toString());
}

void TestHostileInput::listOverTheItemLimit()
{
    QByteArray input = "{\"format\": \"zeroplan-plan\", \"format_version\": 1, \"activities\": [";
    for (qsizetype i = 0; i <= PlanJson::kMaxListItems; ++i)
        input += i == 0 ? "{}" : ",{}";
    input += "]}";
    const PlanReadResult result = PlanJson::read(input, &emptyLibrary());
    const auto it =
        std::find_if(result.problems.cbegin(), result.problems.cend(),
                     [](const PlanProblem &p) { return p.path == QLatin1String("/activities"); });
    QVERIFY2(it != result.problems.cend(), listed(result.problems.mid(0, 5)));
    QCOMPARE(it->message,
             QStringLiteral("activities has 100001 items; only the first 100000 are read"));
    verifyWellFormed(result);
}

void TestHostileInput::problemsAreCapped()
{
    QByteArray input = "{\"format\": \"zeroplan-plan\", \"format_version\": 1, \"community\": 5, "
                       "\"activities\": [";
    for (int i = 0; i < 5000; ++i)
        input += i == 0 ? "{\"scope\": \"one\"}" : ",{\"scope\": \"one\"}";
    input += "]}";
    const PlanReadResult result = PlanJson::read(input, &emptyLibrary());
    QCOMPARE(result.problems.size(), PlanJson::kMaxProblems + 1);
    QCOMPARE(result.problems.last().message,
             QStringLiteral("there are 1000 or more problems; only the first 1000 are listed"));
    QCOMPARE(result.problems.first().path, QStringLiteral("/community"));
    verifyWellFormed(result);
}

// 10,000 factors, lines, measures and scenario entries that all refer to each other. With a
// look-up that scans a list per reference this takes minutes; it must take about a second.
void TestHostileInput::largePlanIsCheckedInLinearTime()
{
    constexpr int kCount = 10000;
    QJsonArray factors, activities, measures, entries;
    for (int i = 0; i < kCount; ++i) {
        const QString n = QString::number(i);
        QJsonObject factor = json(R"({"carrier": "electricity", "value": 0.5, "unit": "kg/kWh",
                                      "source": "test"})")
                                 .toObject();
        factor[QStringLiteral("id")] = QStringLiteral("f") + n;
        factors.append(factor);
        QJsonObject line = json(R"({"sector": "stationary_energy", "scope": 2,
                                    "carrier": "electricity", "amount": 1, "unit": "kWh"})")
                               .toObject();
        line[QStringLiteral("id")] = QStringLiteral("a") + n;
        line[QStringLiteral("factor")] = QStringLiteral("f") + n;
        activities.append(line);
        QJsonObject measure = json(R"({"kind": "custom", "start_year": 2030})").toObject();
        measure[QStringLiteral("id")] = QStringLiteral("m") + n;
        measure[QStringLiteral("targets")] = QJsonArray{QStringLiteral("a%1").arg(kCount - 1 - i)};
        measures.append(measure);
        entries.append(QJsonObject{{QStringLiteral("measure"), QStringLiteral("m") + n}});
    }
    QJsonObject root = planFixtureObject("minimal.json");
    root[QStringLiteral("factors")] = factors;
    root[QStringLiteral("activities")] = activities;
    root[QStringLiteral("measures")] = measures;
    root[QStringLiteral("scenarios")] = QJsonArray{QJsonObject{
        {QStringLiteral("name"), QStringLiteral("all")}, {QStringLiteral("measures"), entries}}};
    const PlanReadResult result = PlanJson::read(QJsonDocument(root).toJson(), &emptyLibrary());
    QVERIFY2(result.ok(), listed(result.problems.mid(0, 5)));
    QCOMPARE(result.plan->measures.size(), kCount);
    QVERIFY(result.problems.isEmpty());
}

void TestHostileInput::manyInterimTargets()
{
    QJsonArray interim;
    for (int i = 0; i < PlanJson::kMaxListItems; ++i)
        interim.append(
            QJsonObject{{QStringLiteral("year"), 2025 + i % 30}, {QStringLiteral("cut"), 0.5}});
    const QJsonObject root = edited(planFixtureObject("minimal.json"),
                                    QStringLiteral("/community/targets/interim"), interim);
    const PlanReadResult result = PlanJson::read(QJsonDocument(root).toJson(), &emptyLibrary());
    QCOMPARE(result.problems.size(), PlanJson::kMaxProblems + 1);
    QCOMPARE(result.problems[0].path, QStringLiteral("/community/targets/interim/30/year"));
    QCOMPARE(result.problems[0].message, QStringLiteral("a second interim target for 2025"));
    QCOMPARE(result.problems[999].path, QStringLiteral("/community/targets/interim/1029/year"));
}

void TestHostileInput::everyValueOfEveryType()
{
    const QJsonObject rich = QJsonDocument::fromJson(planFixture("rich.json")).object();
    QStringList pointers;
    collectPointers(rich, QString(), pointers);
    QVERIFY(pointers.size() > 300);
    const QList<QJsonValue> values{QJsonValue(),
                                   true,
                                   -1,
                                   1e308,
                                   QStringLiteral("x"),
                                   QJsonArray{1, QStringLiteral("a")},
                                   QJsonObject{{QStringLiteral("value"), QStringLiteral("?")}}};
    int reads = 0;
    for (const QString &pointer : pointers) {
        const QStringList keys = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (const QJsonValue &value : values) {
            const QJsonObject hostile = replaced(rich, keys, value).toObject();
            const PlanReadResult result =
                PlanJson::read(QJsonDocument(hostile).toJson(), &emptyLibrary());
            verifyWellFormed(result);
            if (QTest::currentTestFailed()) {
                qWarning() << "at" << pointer << "with" << value;
                return;
            }
            ++reads;
        }
    }
    QCOMPARE(reads, pointers.size() * values.size());
}

void TestHostileInput::truncatedAnywhere()
{
    const QByteArray rich = planFixture("rich.json");
    for (qsizetype length = 1; length < rich.trimmed().size(); length += 37) {
        const PlanReadResult result = PlanJson::read(rich.left(length), &emptyLibrary());
        QVERIFY2(!result.plan, qPrintable(QString::number(length)));
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems[0].message.startsWith(QLatin1String("JSON syntax error at line ")),
                 listed(result.problems));
    }
}

void TestHostileInput::files_data()
{
    QTest::addColumn<QByteArray>("content"); // written to a file unless null
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message"); // after "<path>: "
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("missing.json")
                                  << QStringLiteral("the file does not exist");
    QTest::newRow("folder") << QByteArray() << QStringLiteral(".")
                            << QStringLiteral("not a plan file (a folder or a device)");
    QTest::newRow("device") << QByteArray() << QStringLiteral("/dev/zero")
                            << QStringLiteral("not a plan file (a folder or a device)");
    QTest::newRow("empty file") << QByteArray("") << QStringLiteral("empty.json")
                                << QStringLiteral("the JSON text is empty");
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\n\"title\": \"\xff\"}") << QStringLiteral("latin1.json")
        << QStringLiteral("JSON syntax error at line 2, column 11: the text is not valid UTF-8; "
                          "save the file as UTF-8");
}

void TestHostileInput::files()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = name.startsWith(QLatin1Char('/')) ? name : dir.filePath(name);
    if (!content.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const PlanReadResult result = PlanJson::readFile(path, &emptyLibrary());
    QVERIFY(!result.plan);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems[0].message,
             QDir::toNativeSeparators(path) + QStringLiteral(": ") + message);
}

void TestHostileInput::oversizedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(100 * 1024 * 1024)); // sparse: nothing is written
    file.close();
    const PlanReadResult result = PlanJson::readFile(path, &emptyLibrary());
    QVERIFY(!result.plan);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems[0].message,
             path + QStringLiteral(
                        ": the file is 100.0 MB; ZeroPlan reads plan files of at most 32.0 MB"));
}

void TestHostileInput::unreadableFile()
{
    if (::geteuid() == 0)
        QSKIP("root reads every file");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(planFixture("minimal.json"));
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
    const PlanReadResult result = PlanJson::readFile(path, &emptyLibrary());
    QVERIFY(!result.plan);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(
        result.problems[0].message.startsWith(path + QStringLiteral(": cannot open the file: ")),
        listed(result.problems));
}

void TestHostileInput::fileWithByteOrderMark()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bom.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xef\xbb\xbf" + planFixture("minimal.json"));
    file.close();
    const PlanReadResult result = PlanJson::readFile(path, &emptyLibrary());
    QVERIFY(result.plan);
    QCOMPARE(result.plan->community.name, QStringLiteral("Minimal Lane"));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "TestHostileInput.moc"
