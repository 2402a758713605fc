// zeroplan-cli reads a .zeroplan project file as it reads the JSON plan it was saved from,
// and answers a damaged project file with one line.
#include "CliRun.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

class TestCliProjectFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void simulateGivesTheSameResultsForBothFormats_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("shenzhen") << QStringLiteral("shenzhen-xinqiao");
        QTest::newRow("european") << QStringLiteral("european-ecodistrict");
    }
    void simulateGivesTheSameResultsForBothFormats()
    {
        QFETCH(QString, sample);
        const QString json =
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/%1.json").arg(sample);
        const PlanReadResult read = PlanJson::readFile(json);
        QVERIFY(read.ok());
        const QString project = m_dir.filePath(sample + QStringLiteral(".zeroplan"));
        QString error;
        QVERIFY2(PlanStore::save(*read.plan, project, &error), qPrintable(error));

        const QStringList args{QStringLiteral("--format"), QStringLiteral("json")};
        const CliRun fromJson = runCli(QStringList{QStringLiteral("simulate"), json} + args);
        const CliRun fromProject = runCli(QStringList{QStringLiteral("simulate"), project} + args);
        QCOMPARE(fromProject.exitStatus, QProcess::NormalExit);
        QVERIFY2(fromProject.exitCode == 0, qPrintable(fromProject.describe()));
        for (const char *key : {"years", "bau", "scenarios"}) {
            const QString k = QString::fromLatin1(key);
            QCOMPARE(fromProject.json().value(k), fromJson.json().value(k));
        }
        QVERIFY(!fromProject.json().value(QStringLiteral("scenarios")).toArray().isEmpty());

        const CliRun validate = runCli({QStringLiteral("validate"), project});
        QCOMPARE(validate.exitCode, 0);
    }

    void damagedProjectFileIsOneLine()
    {
        const QString project = m_dir.filePath(QStringLiteral("damaged.zeroplan"));
        QFile file(project);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4000, '\x5a'));
        file.close();
        const CliRun run = runCli({QStringLiteral("simulate"), project});
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith(project), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliProjectFile)
#include "TestCliProjectFile.moc"
