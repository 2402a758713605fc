// The .zeroplan project file (docs/project-file.md): saving then loading gives the same plan,
// saving is atomic, and a file that isn't a readable project file gets a one-line message and
// is never modified by loading.
#include "ProblemList.h"
#include "RandomPlan.h"
#include "storage/PlanJson.h"
#include "storage/PlanSchema.h"
#include "storage/PlanStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/") + relative;
}

Plan readJson(const QString &relative)
{
    const PlanReadResult read = PlanJson::readFile(sourcePath(relative));
    if (!read.plan)
        qFatal("cannot read %s", qPrintable(relative));
    return *read.plan;
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs `statements` on the file through a writable connection of the test's own.
void modify(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("test-modify");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
    }
    QSqlDatabase::removeDatabase(name);
}

qint64 pragma(const QString &path, const QString &which)
{
    const QString name = QStringLiteral("test-pragma");
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA ") + which) && q.next())
                value = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestPlanStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void randomPlansRoundTrip();
    void pragmas();
    void overwriteAndReload();
    void leavesNoTemporaryFiles();
    void removesStaleTemporariesOfKilledSaves();
    void badFile_data();
    void badFile();
    void readOnlyFile();
    void saveIntoMissingFolder();
    void failedWriteKeepsOriginal();
    void listOrderKept();
    void version1FileStillLoads();
    void version1FileSavesAsTheCurrentVersion();
    void version2FileStillLoads();
    void currentScenarioRoundTrips();

private:
    QTemporaryDir m_dir;
};

void TestPlanStore::roundTrip_data()
{
    QTest::addColumn<QString>("json");
    const QStringList samples =
        QDir(sourcePath(QStringLiteral("resources/samples"))).entryList({QStringLiteral("*.json")});
    QVERIFY(samples.size() >= 3);
    for (const QString &s : samples)
        QTest::newRow(qPrintable(s)) << QStringLiteral("resources/samples/") + s;
    QTest::newRow("rich (every optional field)")
        << QStringLiteral("tests/fixtures/plans/rich.json");
    QTest::newRow("minimal") << QStringLiteral("tests/fixtures/plans/minimal.json");
}

void TestPlanStore::roundTrip()
{
    QFETCH(QString, json);
    const Plan plan = readJson(json);
    const QString path = m_dir.filePath(QFileInfo(json).baseName() + QStringLiteral(".zeroplan"));
    QString error;
    QVERIFY2(PlanStore::save(plan, path, &error), qPrintable(error));
    const PlanStoreResult loaded = PlanStore::load(path);
    QVERIFY2(loaded.plan, listed(loaded.problems).constData());
    QVERIFY(!loaded.readOnly);
    QCOMPARE(PlanJson::write(*loaded.plan), PlanJson::write(plan)); // a readable diff
    QVERIFY(*loaded.plan == plan);
    // The same problems as the JSON file has (the samples and rich.json have none).
    QCOMPARE(listed(loaded.problems), listed(PlanJson::readFile(sourcePath(json)).problems));
}

void TestPlanStore::randomPlansRoundTrip()
{
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        const Plan plan = test::randomPlan(seed, 12, 8);
        const QString path = m_dir.filePath(QStringLiteral("random.zeroplan"));
        QString error;
        QVERIFY2(PlanStore::save(plan, path, &error), qPrintable(error));
        const PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY2(loaded.plan, listed(loaded.problems).constData());
        QVERIFY2(*loaded.plan == plan, qPrintable(QStringLiteral("seed %1").arg(seed)));
        // The generator makes valid plans, so that the round trip covers a whole valid one.
        QVERIFY2(loaded.ok(), listed(loaded.problems).constData());
    }
}

void TestPlanStore::pragmas()
{
    const QString path = m_dir.filePath(QStringLiteral("pragmas.zeroplan"));
    QVERIFY(
        PlanStore::save(readJson(QStringLiteral("tests/fixtures/plans/rich.json")), path, nullptr));
    QCOMPARE(pragma(path, QStringLiteral("application_id")), qint64(0x5A504C4E));
    QCOMPARE(pragma(path, QStringLiteral("user_version")), qint64(PlanSchema::kVersion));
    QCOMPARE(QFile(path).permissions() & QFile::ReadOwner, QFile::ReadOwner);
}

void TestPlanStore::overwriteAndReload()
{
    const QString path = m_dir.filePath(QStringLiteral("overwrite.zeroplan"));
    Plan first = readJson(QStringLiteral("tests/fixtures/plans/rich.json"));
    QVERIFY(PlanStore::save(first, path, nullptr));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    Plan second = readJson(QStringLiteral("resources/samples/hangzhou-hemu.json"));
    second.title = QStringLiteral("第二版 — second version");
    QString error;
    QVERIFY2(PlanStore::save(second, path, &error), qPrintable(error));
    const PlanStoreResult loaded = PlanStore::load(path);
    QVERIFY(loaded.plan);
    QVERIFY(*loaded.plan == second);
    QCOMPARE(QFile(path).permissions() & (QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther),
             QFile::WriteOwner | QFile::ReadGroup); // the replaced file's permissions
}

void TestPlanStore::leavesNoTemporaryFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.zeroplan"));
    QVERIFY(PlanStore::save(readJson(QStringLiteral("tests/fixtures/plans/minimal.json")), path,
                            nullptr));
    QVERIFY(
        PlanStore::save(readJson(QStringLiteral("tests/fixtures/plans/rich.json")), path, nullptr));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("plan.zeroplan")});
}

// Temporary files that killed saves left (TestPlanStoreCrash makes them for real): the next
// save removes ours that are older than ten minutes, and nothing else.
void TestPlanStore::removesStaleTemporariesOfKilledSaves()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.zeroplan"));
    const auto make = [&](const QString &name, qint64 ageSeconds) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("partial");
        QVERIFY(f.flush()); // before the time is set, or closing would write and touch it
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                              QFileDevice::FileModificationTime));
    };
    make(QStringLiteral(".plan.zeroplan.a1B2c3.tmp"), 3600);  // stale: removed
    make(QStringLiteral(".plan.zeroplan.Z9y8X7.tmp"), 60);    // a save may be running: kept
    make(QStringLiteral(".plan.zeroplan.toolong.tmp"), 3600); // not our pattern: kept
    make(QStringLiteral(".other.zeroplan.a1B2c3.tmp"), 3600); // another file's: kept
    QVERIFY(PlanStore::save(readJson(QStringLiteral("tests/fixtures/plans/minimal.json")), path,
                            nullptr));
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    left.sort();
    QCOMPARE(left, (QStringList{QStringLiteral(".other.zeroplan.a1B2c3.tmp"),
                                QStringLiteral(".plan.zeroplan.Z9y8X7.tmp"),
                                QStringLiteral(".plan.zeroplan.toolong.tmp"),
                                QStringLiteral("plan.zeroplan")}));
}

void TestPlanStore::badFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");
    const QString missing = QStringLiteral("missing");
    QTest::newRow("missing file") << missing << QStringLiteral("the file does not exist");
    QTest::newRow("empty file") << QStringLiteral("empty")
                                << QStringLiteral("not an SQLite database");
    QTest::newRow("JSON plan renamed")
        << QStringLiteral("json") << QStringLiteral("not an SQLite database");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("a folder or a device");
    QTest::newRow("other program's SQLite")
        << QStringLiteral("other") << QStringLiteral("an SQLite database of another program");
    QTest::newRow("newer ZeroPlan")
        << QStringLiteral("newer")
        << QStringLiteral("made by a newer ZeroPlan (file format %1, this version reads up to %2)")
               .arg(PlanSchema::kVersion + 1)
               .arg(PlanSchema::kVersion);
    QTest::newRow("format 0") << QStringLiteral("version0")
                              << QStringLiteral("is damaged (file format 0");
    QTest::newRow("missing table")
        << QStringLiteral("notable") << QStringLiteral("is damaged (scenario_measures is missing)");
    QTest::newRow("missing column")
        << QStringLiteral("nocolumn") << QStringLiteral("is damaged (measures.note is missing)");
    QTest::newRow("unknown enum id")
        << QStringLiteral("badenum")
        << QStringLiteral("is damaged (measures.kind has an unknown value \"nuclear\")");
    QTest::newRow("text in a number column")
        << QStringLiteral("badnumber")
        << QStringLiteral("is damaged (activities.amount is not a number)");
    QTest::newRow("no community row")
        << QStringLiteral("norow") << QStringLiteral("is damaged (meta or community has no row)");
    QTest::newRow("dangling child row")
        << QStringLiteral("dangling")
        << QStringLiteral("is damaged (a row of scenario_measures refers");
    QTest::newRow("corrupt pages") << QStringLiteral("corrupt") << QStringLiteral("is damaged (");
    QTest::newRow("truncated") << QStringLiteral("truncated")
                               << QStringLiteral("the project file is truncated");
}

void TestPlanStore::badFile()
{
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    const QString path = dir.filePath(file + QStringLiteral(".zeroplan"));
    const Plan rich = readJson(QStringLiteral("tests/fixtures/plans/rich.json"));
    const auto saved = [&] { QVERIFY(PlanStore::save(rich, path, nullptr)); };
    if (file == QLatin1String("empty")) {
        writeBytes(path, {});
    } else if (file == QLatin1String("json")) {
        writeBytes(path, PlanJson::write(rich));
    } else if (file == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QFileInfo(path).fileName()));
    } else if (file == QLatin1String("other")) {
        modify(path, {QStringLiteral("CREATE TABLE notes (body TEXT)"),
                      QStringLiteral("PRAGMA user_version = 1")});
    } else if (file == QLatin1String("newer")) {
        saved();
        modify(path, {QStringLiteral("PRAGMA user_version = %1").arg(PlanSchema::kVersion + 1)});
    } else if (file == QLatin1String("version0")) {
        saved();
        modify(path, {QStringLiteral("PRAGMA user_version = 0")});
    } else if (file == QLatin1String("notable")) {
        saved();
        modify(path, {QStringLiteral("DROP TABLE scenario_measures")});
    } else if (file == QLatin1String("nocolumn")) {
        saved();
        modify(path, {QStringLiteral("ALTER TABLE measures DROP COLUMN note")});
    } else if (file == QLatin1String("badenum")) {
        saved();
        modify(path, {QStringLiteral("UPDATE measures SET kind = 'nuclear' WHERE position = 0")});
    } else if (file == QLatin1String("badnumber")) {
        saved();
        modify(path, {QStringLiteral("UPDATE activities SET amount = 'lots' WHERE position = 0")});
    } else if (file == QLatin1String("norow")) {
        saved();
        modify(path, {QStringLiteral("DELETE FROM community")});
    } else if (file == QLatin1String("dangling")) {
        saved();
        modify(path, {QStringLiteral("INSERT INTO scenario_measures VALUES (99, 0, 'x', 1)")});
    } else if (file == QLatin1String("corrupt") || file == QLatin1String("truncated")) {
        saved();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        if (file == QLatin1String("corrupt")) {
            f.seek(4096); // every page after the first: b-tree headers and cells
            f.write(QByteArray(int(f.size() - 4096), '\xA5'));
        } else {
            QVERIFY(f.resize(4096 + 100));
        }
    }
    const QByteArray before = sha256(path);
    const PlanStoreResult result = PlanStore::load(path);
    QVERIFY(!result.plan);
    QCOMPARE(result.problems.size(), 1);
    const QString message = result.problems.first().message;
    QVERIFY2(message.startsWith(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(fragment), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    QCOMPARE(sha256(path), before);
    QCOMPARE(QFileInfo::exists(path + QStringLiteral("-journal")), false);
}

void TestPlanStore::readOnlyFile()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly.zeroplan"));
    const Plan plan = readJson(QStringLiteral("tests/fixtures/plans/rich.json"));
    QVERIFY(PlanStore::save(plan, path, nullptr));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = sha256(path);
    const PlanStoreResult loaded = PlanStore::load(path);
    QVERIFY(loaded.plan);
    QVERIFY(*loaded.plan == plan);
    QVERIFY(loaded.readOnly);
    QCOMPARE(sha256(path), before);
}

void TestPlanStore::saveIntoMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/plan.zeroplan"));
    QString error;
    QVERIFY(!PlanStore::save(readJson(QStringLiteral("tests/fixtures/plans/minimal.json")), path,
                             &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                .isEmpty());
}

// A save that runs out of room (here: a file size limit in a child process, as a full disk
// would) fails and leaves the existing file byte for byte as it was, with no temporary file.
void TestPlanStore::failedWriteKeepsOriginal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.zeroplan"));
    QVERIFY(PlanStore::save(readJson(QStringLiteral("tests/fixtures/plans/minimal.json")), path,
                            nullptr));
    const QByteArray before = sha256(path);
    Plan big = readJson(QStringLiteral("tests/fixtures/plans/rich.json"));
    for (int i = 0; i < 400; ++i) {
        ActivityLine line = big.activities.first();
        line.id = QStringLiteral("copy-%1").arg(i);
        line.note = QString(200, QLatin1Char('n'));
        big.activities.append(line);
    }
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{16 * 1024, 16 * 1024};
        setrlimit(RLIMIT_FSIZE, &limit);
        QString error;
        const bool saved = PlanStore::save(big, path, &error);
        const bool named = error.startsWith(QDir::toNativeSeparators(path));
        _exit(saved ? 1 : (named ? 0 : 2));
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QCOMPARE(sha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("plan.zeroplan")});
    QVERIFY(PlanStore::load(path).plan);
}

void TestPlanStore::listOrderKept()
{
    Plan plan = readJson(QStringLiteral("tests/fixtures/plans/rich.json"));
    std::reverse(plan.activities.begin(), plan.activities.end());
    std::reverse(plan.measures.begin(), plan.measures.end());
    std::reverse(plan.scenarios.begin(), plan.scenarios.end());
    for (Scenario &s : plan.scenarios)
        std::reverse(s.measures.begin(), s.measures.end());
    const QString path = m_dir.filePath(QStringLiteral("order.zeroplan"));
    QVERIFY(PlanStore::save(plan, path, nullptr));
    const PlanStoreResult loaded = PlanStore::load(path);
    QVERIFY(loaded.plan);
    QVERIFY(*loaded.plan == plan);
}

// A file written by the first release of the format (frozen in tests/fixtures/zeroplan/, with
// the JSON plan it was saved from) loads into that plan for as long as version 1 is read.
void TestPlanStore::version1FileStillLoads()
{
    const QString path = sourcePath(QStringLiteral("tests/fixtures/zeroplan/rich-v1.zeroplan"));
    const QByteArray before = sha256(path);
    QVERIFY(!before.isEmpty());
    const PlanStoreResult loaded = PlanStore::load(path);
    QVERIFY2(loaded.plan, listed(loaded.problems).constData());
    QVERIFY(*loaded.plan == readJson(QStringLiteral("tests/fixtures/zeroplan/rich-v1.json")));
    QCOMPARE(sha256(path), before);
}

// Saving a plan read from a version 1 file writes the current schema, with the scenario shown.
void TestPlanStore::version1FileSavesAsTheCurrentVersion()
{
    const QString v1 = sourcePath(QStringLiteral("tests/fixtures/zeroplan/rich-v1.zeroplan"));
    QCOMPARE(pragma(v1, QStringLiteral("user_version")), qint64(1));
    PlanStoreResult loaded = PlanStore::load(v1);
    QVERIFY2(loaded.plan, listed(loaded.problems).constData());
    QCOMPARE(loaded.plan->currentScenario, QString()); // the migration adds the column empty
    Plan plan = *loaded.plan;
    plan.currentScenario = plan.scenarios.at(1).name;
    const QString path = m_dir.filePath(QStringLiteral("upgraded.zeroplan"));
    QString error;
    QVERIFY2(PlanStore::save(plan, path, &error), qPrintable(error));
    QCOMPARE(pragma(path, QStringLiteral("user_version")), qint64(PlanSchema::kVersion));
    const PlanStoreResult again = PlanStore::load(path);
    QVERIFY(again.plan);
    QVERIFY(*again.plan == plan);
    QCOMPARE(again.plan->currentScenario, QStringLiteral("ambitious"));
}

// The first file of schema version 2 (frozen, like rich-v1): rich.json with "ambitious" as the
// scenario shown.
void TestPlanStore::version2FileStillLoads()
{
    const QString path = sourcePath(QStringLiteral("tests/fixtures/zeroplan/rich-v2.zeroplan"));
    const QByteArray before = sha256(path);
    QVERIFY(!before.isEmpty());
    QCOMPARE(pragma(path, QStringLiteral("user_version")), qint64(2));
    const PlanStoreResult loaded = PlanStore::load(path);
    QVERIFY2(loaded.plan, listed(loaded.problems).constData());
    const Plan expected = readJson(QStringLiteral("tests/fixtures/zeroplan/rich-v2.json"));
    QCOMPARE(expected.currentScenario, QStringLiteral("ambitious"));
    QVERIFY(*loaded.plan == expected);
    QCOMPARE(sha256(path), before);
}

// No scenario shown is stored as NULL and reads back empty; a name reads back as it was,
// whether or not a scenario has it (the app then shows the first).
void TestPlanStore::currentScenarioRoundTrips()
{
    for (const QString &name :
         {QString(), QStringLiteral("cautious"), QStringLiteral("谨慎 — no such scenario")}) {
        Plan plan = readJson(QStringLiteral("tests/fixtures/plans/rich.json"));
        plan.currentScenario = name;
        const QString path = m_dir.filePath(QStringLiteral("current.zeroplan"));
        QVERIFY(PlanStore::save(plan, path, nullptr));
        const PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY(loaded.plan);
        QCOMPARE(loaded.plan->currentScenario, name);
        QVERIFY(*loaded.plan == plan);
    }
}

QTEST_GUILESS_MAIN(TestPlanStore)
#include "TestPlanStore.moc"
