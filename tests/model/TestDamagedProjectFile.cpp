// Damaged and hostile .zeroplan project files (issue 12): whatever a file holds, loading it
// returns within a bound with one line that says what is wrong, never a plan with changed
// numbers, and writes nothing beside the file (docs/project-file.md "What a damaged file
// gets").
#include "storage/PlanFileReader.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace zeroplan;

namespace {

Plan richPlan()
{
    const PlanReadResult read =
        PlanJson::readFile(QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/plans/rich.json"));
    if (!read.plan)
        qFatal("cannot read tests/fixtures/plans/rich.json");
    return *read.plan;
}

// Runs `statements` on the file through a writable connection of the test's own (as another
// tool would), closed at the end.
bool modify(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("test-damage");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements) {
            if (ok && !q.exec(s)) {
                qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList filesIn(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    names.sort();
    return names;
}

// The one error of a load that gave no plan ("" if it gave one).
QString loadError(const QString &path, qint64 timeLimitMs = PlanStore::kReadTimeLimitMs)
{
    const PlanStoreResult result = PlanStore::load(path, timeLimitMs);
    if (result.plan)
        return {};
    return result.problems.isEmpty() ? QStringLiteral("(no message)")
                                     : result.problems.first().toString();
}

// While alive, no file this process writes may grow past `bytes`: a loader that spills
// temporary data to the disk fails instead of filling it (as the old one did, at about
// 160 MB/s, for a table swapped for an endless view).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, m_old.rlim_max};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old{};
    void (*m_handler)(int) = nullptr;
};

} // namespace

class TestDamagedProjectFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_saved; // the rich fixture as a project file
    qint64 m_savedSize = 0;

    // A copy of the saved file to damage, named `name`.
    QString copy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_saved, path))
            qFatal("cannot copy the saved plan");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_saved = m_dir.filePath(QStringLiteral("saved.zeroplan"));
        QString error;
        QVERIFY2(PlanStore::save(richPlan(), m_saved, &error), qPrintable(error));
        m_savedSize = QFileInfo(m_saved).size();
        QVERIFY(m_savedSize > 3 * 4096);
    }

    // The case: a table replaced by an endless recursive view. The old loader read it
    // (ORDER BY spilled the endless rows to a temporary file) and never returned.
    void tableSwappedForARecursiveViewIsRefusedAtOnce()
    {
        const QString path = copy(QStringLiteral("view.zeroplan"));
        QVERIFY(modify(path,
                       {QStringLiteral("DROP TABLE measure_parameters"),
                        QStringLiteral("CREATE VIEW measure_parameters AS WITH RECURSIVE r(n) AS "
                                       "(SELECT 0 UNION ALL SELECT n + 1 FROM r) SELECT 0 AS "
                                       "measure_position, 'k' || n AS key, 0.03 AS value, NULL AS "
                                       "low, NULL AS high, '' AS source FROM r")}));
        const QStringList before = filesIn(m_dir.path());
        const FileSizeLimit limit(64 * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const QString error = loadError(path);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(error.contains(QStringLiteral("view.zeroplan: the project file is damaged "
                                               "(measure_parameters is a view, not a table)")),
                 qPrintable(error));
        QCOMPARE(filesIn(m_dir.path()), before);
    }

    // What a project file never holds and that could run or stand in for a table.
    void hostileSchemaIsRefused_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("reason");
        QTest::newRow("endless view beside the tables")
            << QStringList{QStringLiteral("CREATE VIEW bomb AS WITH RECURSIVE r(n) AS (SELECT 0 "
                                          "UNION ALL SELECT n + 1 FROM r) SELECT n FROM r")}
            << QStringLiteral("(it holds a view, bomb; project files hold only tables)");
        QTest::newRow("trigger")
            << QStringList{QStringLiteral("CREATE TRIGGER stamp AFTER UPDATE ON meta BEGIN "
                                          "UPDATE community SET name = 'x'; END")}
            << QStringLiteral("(it holds a trigger, stamp; project files have none)");
        QTest::newRow("generated column")
            << QStringList{QStringLiteral("ALTER TABLE measures ADD COLUMN twice "
                                          "GENERATED ALWAYS AS (capex * 2) VIRTUAL")}
            << QStringLiteral("(measures.twice is a generated column)");
    }
    void hostileSchemaIsRefused()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, reason);
        const QString path = copy(QStringLiteral("hostile.zeroplan"));
        QVERIFY(modify(path, statements));
        const QString error = loadError(path);
        QVERIFY2(error.endsWith(QStringLiteral("hostile.zeroplan: the project file is damaged ") +
                                reason),
                 qPrintable(error));
    }

    // An index that disagrees with its table: quick_check (the old loader's only check) does
    // not look at index contents, integrity_check does.
    void indexThatDisagreesWithItsTableIsDamage()
    {
        const QString path = copy(QStringLiteral("index.zeroplan"));
        QVERIFY(modify(path, {QStringLiteral("CREATE INDEX by_amount ON activities (amount)")}));
        QVERIFY(modify(path, {QStringLiteral("PRAGMA writable_schema = ON"),
                              QStringLiteral("UPDATE sqlite_master SET sql = 'CREATE INDEX "
                                             "by_amount ON activities (scope)' WHERE name = "
                                             "'by_amount'")}));
        const QString error = loadError(path);
        QVERIFY2(error.contains(QStringLiteral("index.zeroplan: the project file is damaged "
                                               "(integrity check: ")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("by_amount")), qPrintable(error));
    }

    // A file that passes every check but costs too much to read (an index whose expression
    // makes a 200 kB text per row, evaluated again by integrity_check) is stopped at the time
    // limit; without the bound it loads (slowly) as a plan.
    void slowFileIsStoppedAtTheTimeLimit()
    {
        const QString path = copy(QStringLiteral("slow.zeroplan"));
        QVERIFY(modify(path, {QStringLiteral("CREATE TABLE padding (x INTEGER)"),
                              QStringLiteral("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT "
                                             "n + 1 FROM r WHERE n < 600) INSERT INTO padding "
                                             "SELECT n FROM r"),
                              QStringLiteral("CREATE INDEX slow ON padding "
                                             "(length(hex(zeroblob(x * 0 + 200000))))")}));
        QElapsedTimer timer;
        timer.start();
        const QString error = loadError(path, 20);
        QVERIFY2(error.contains(QStringLiteral("slow.zeroplan: reading the project file took "
                                               "longer than 1 second(s) and was stopped")),
                 qPrintable(error));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        // The bound is the only thing that refused it: with time enough it is a plan.
        QVERIFY2(loadError(path).isEmpty(), qPrintable(loadError(path)));
    }

    // The case: cutting the last 1–108 bytes left a plan whose last page lost its tail
    // (a parameter 0.03 read as 0, its source as NUL characters), and convert wrote that out.
    void truncatedFileIsNeverAPlan_data()
    {
        QTest::addColumn<qint64>("cut"); // bytes cut from the end; negative: the size kept
        QTest::newRow("last byte") << qint64(1);
        QTest::newRow("last 50 bytes") << qint64(50);
        QTest::newRow("last 108 bytes") << qint64(108);
        QTest::newRow("last page") << qint64(4096);
        QTest::newRow("all but a page and a bit") << -qint64(4096 + 100);
        QTest::newRow("all but 50 bytes") << -qint64(50);
        QTest::newRow("all but 13 bytes (SQLite format)") << -qint64(13);
    }
    void truncatedFileIsNeverAPlan()
    {
        QFETCH(qint64, cut);
        const QString path = copy(QStringLiteral("cut.zeroplan"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(cut > 0 ? m_savedSize - cut : -cut));
        }
        const QString error = loadError(path);
        QVERIFY2(error.startsWith(path + QStringLiteral(": the project file is truncated")),
                 qPrintable(error));
        // The one reader says the same, and the name does not matter.
        const QString asJson = m_dir.filePath(QStringLiteral("cut.json"));
        QFile::remove(asJson);
        QVERIFY(QFile::rename(path, asJson));
        const PlanFileResult read = PlanFileReader::read(asJson);
        QVERIFY(!read.plan);
        QCOMPARE(read.format, PlanFileFormat::Project);
        QVERIFY2(read.error.startsWith(asJson + QStringLiteral(": the project file is truncated")),
                 qPrintable(read.error));
        QVERIFY(QFile::remove(asJson));
    }

    // A file in WAL mode (made so by another tool) reads as any other, and reading it leaves
    // no -wal or -shm file beside it (the old loader left both, and on a read-only medium,
    // where SQLite cannot make them, called the file damaged).
    void walModeFileReadsAndLeavesNothingBeside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wal.zeroplan"));
        QVERIFY(QFile::copy(m_saved, path));
        QVERIFY(modify(path, {QStringLiteral("PRAGMA journal_mode = WAL")}));
        QVERIFY(modify(path, {QStringLiteral("UPDATE community SET name = 'WAL town'")}));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("wal.zeroplan")});
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.read(20).mid(18), QByteArray("\x02\x02", 2)); // WAL mode
        }
        const PlanStoreResult loaded = PlanStore::load(path);
        QVERIFY2(loaded.plan, qPrintable(loaded.problems.value(0).toString()));
        QCOMPARE(loaded.plan->community.name, QStringLiteral("WAL town"));
        QCOMPARE(*loaded.plan, [] {
            Plan p = richPlan();
            p.community.name = QStringLiteral("WAL town");
            return p;
        }());
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("wal.zeroplan")});
        const PlanFileResult read = PlanFileReader::read(path);
        QVERIFY(read.plan);
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("wal.zeroplan")});
    }

    // Changes another program still holds in FILE-wal are not in the file: said so, not
    // read without them.
    void walWithChangesNotInTheFileIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("open.zeroplan"));
        QVERIFY(QFile::copy(m_saved, path));
        const QString name = QStringLiteral("test-wal-writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(q.exec(QStringLiteral("UPDATE community SET name = 'pending'")));
            QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
            const QString error = loadError(path);
            QVERIFY2(error.startsWith(path + QStringLiteral(": the project file is in SQLite's "
                                                            "write-ahead-log (WAL) mode and "
                                                            "open.zeroplan-wal beside it holds "
                                                            "changes not yet in the file")),
                     qPrintable(error));
        }
        QSqlDatabase::removeDatabase(name);
    }

    // A project file that is fine leaves nothing beside it either (no -journal).
    void readingLeavesNothingBeside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.zeroplan"));
        QVERIFY(QFile::copy(m_saved, path));
        QVERIFY(PlanStore::load(path).plan);
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("plain.zeroplan")});
    }
};

QTEST_GUILESS_MAIN(TestDamagedProjectFile)
#include "TestDamagedProjectFile.moc"
