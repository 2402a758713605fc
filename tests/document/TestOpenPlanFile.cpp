// The app (PlanDocument::open) and the CLI (zeroplan-cli) read plan files through one door,
// PlanFileReader (issue 13): they open the same files and give the same one line, word for
// word, about the same damaged file. Before, the app chose the reader by the extension and the
// CLI by the first bytes, with different wording: a JSON plan saved as plan.txt opened in the
// CLI and not in the app.
#include "CliRun.h"
#include "PlanDocument.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

QByteArray minimalJson()
{
    QFile file(QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/plans/minimal.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read tests/fixtures/plans/minimal.json");
    return file.readAll();
}

} // namespace

class TestOpenPlanFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTranslator m_english;
    QString m_project; // the minimal plan as a project file

    QString recoveryDir() const { return m_dir.filePath(QStringLiteral("recovery")); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QByteArray projectBytes()
    {
        QFile file(m_project);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the project file");
        return file.readAll();
    }

private slots:
    void initTestCase()
    {
        // English plural forms, as both programs load them (the CLI in CliApplication, the app
        // through Language): "13 bytes", not the source text's "13 byte(s)".
        QVERIFY(m_english.load(QStringLiteral(":/i18n/zeroplan_en")));
        QCoreApplication::installTranslator(&m_english);
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("recovery")));
        const PlanReadResult read = PlanJson::read(minimalJson());
        QVERIFY(read.plan);
        m_project = m_dir.filePath(QStringLiteral("minimal.zeroplan"));
        QVERIFY(PlanStore::save(*read.plan, m_project, nullptr));
    }

    void planUnderAnyNameOpensInBoth_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("project");
        QTest::addColumn<int>("format");
        QTest::newRow("JSON as plan.txt")
            << QStringLiteral("plan.txt") << false << int(PlanDocument::FileFormat::Json);
        QTest::newRow("JSON as plan.zeroplan")
            << QStringLiteral("json.zeroplan") << false << int(PlanDocument::FileFormat::Json);
        QTest::newRow("project file as plan.json")
            << QStringLiteral("project.json") << true << int(PlanDocument::FileFormat::Project);
    }
    void planUnderAnyNameOpensInBoth()
    {
        QFETCH(QString, name);
        QFETCH(bool, project);
        QFETCH(int, format);
        const QString path = write(name, project ? projectBytes() : minimalJson());
        QString error;
        const auto document = PlanDocument::open(path, recoveryDir(), &error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(int(document->fileFormat()), format);
        QCOMPARE(document->plan(), *PlanJson::read(minimalJson()).plan);
        // The CLI reads the same plan: validate lists the same problems (the minimal fixture
        // has an error or two, so it exits with 1 and says how many on stderr).
        const CliRun run = runCli({QStringLiteral("validate"), path});
        QStringList expected;
        for (const auto severity : {PlanProblem::Severity::Error, PlanProblem::Severity::Warning}) {
            for (const PlanProblem &p : document->problems()) {
                if (p.severity == severity)
                    expected << (severity == PlanProblem::Severity::Error
                                     ? QStringLiteral("error: ")
                                     : QStringLiteral("warning: ")) +
                                    p.toString();
            }
        }
        QCOMPARE(QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
        QCOMPARE(run.exitCode, hasErrors(document->problems()) ? 1 : 0);
    }

    // The same damaged file, the same line from both (the app names the file by its absolute
    // path, so the CLI is given that path too).
    void sameMessageFromAppAndCli_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes"); // empty: written by the test itself
        QTest::addColumn<QString>("fragment");
        QTest::newRow("project cut by 1 byte")
            << QStringLiteral("cut1.zeroplan") << QByteArray() << QStringLiteral("truncated");
        QTest::newRow("project cut to 50 bytes")
            << QStringLiteral("cut50.zeroplan") << QByteArray() << QStringLiteral("truncated");
        QTest::newRow("few bytes of SQLite format")
            << QStringLiteral("few.json") << QByteArray("SQLite format")
            << QStringLiteral("truncated");
        QTest::newRow("table swapped for a view") << QStringLiteral("view.zeroplan") << QByteArray()
                                                  << QStringLiteral("meta is a view, not a table");
        QTest::newRow("UTF-16 JSON")
            << QStringLiteral("utf16.json")
            << QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom)
                   .encode(QString::fromUtf8(minimalJson()))
                   .
                   operator QByteArray()
            << QStringLiteral("UTF-16");
        QTest::newRow("JSON syntax error")
            << QStringLiteral("broken.txt") << QByteArray("{\"format\": ")
            << QStringLiteral("JSON syntax error at line 1");
        QTest::newRow("empty") << QStringLiteral("empty.zeroplan") << QByteArray("")
                               << QStringLiteral("the file is empty");
        QTest::newRow("missing") << QStringLiteral("missing.json") << QByteArray()
                                 << QStringLiteral("does not exist");
    }
    void sameMessageFromAppAndCli()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        QString path = m_dir.filePath(name);
        if (name.startsWith(QLatin1String("cut"))) {
            const QByteArray whole = projectBytes();
            write(name, name == QLatin1String("cut1.zeroplan") ? whole.chopped(1) : whole.left(50));
        } else if (name == QLatin1String("view.zeroplan")) {
            write(name, projectBytes());
            const QString connection = QStringLiteral("test-view");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE meta RENAME TO old_meta")));
                QVERIFY(q.exec(QStringLiteral("CREATE VIEW meta AS SELECT * FROM old_meta")));
            }
            QSqlDatabase::removeDatabase(connection);
        } else if (name != QLatin1String("missing.json")) {
            write(name, bytes);
        }
        QString appError;
        QVERIFY(!PlanDocument::open(path, recoveryDir(), &appError));
        QVERIFY2(appError.startsWith(path + QStringLiteral(": ")), qPrintable(appError));
        QVERIFY2(appError.contains(fragment), qPrintable(appError));
        const CliRun run = runCli({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines(), QStringList{appError});
    }

    // convert used to write a clean file from a truncated one, with its zeros; now it refuses
    // and writes nothing.
    void convertRefusesATruncatedFile()
    {
        const QString cut =
            write(QStringLiteral("convert-cut.zeroplan"), projectBytes().chopped(108));
        const QString out = m_dir.filePath(QStringLiteral("converted.json"));
        const CliRun run = runCli({QStringLiteral("convert"), cut, out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("the project file is truncated")),
                 qPrintable(run.describe()));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestOpenPlanFile)
#include "TestOpenPlanFile.moc"
