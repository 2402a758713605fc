// Monitoring in the .zeroplan project file (schema version 3, docs/project-file.md): it round
// trips exactly, a version 2 file loads and is saved as version 3 with its monitoring, and a
// damaged monitoring row is refused with a message that names it, the file untouched.
#include "MonitoringFixtures.h"
#include "PlanFixtures.h"
#include "monitoring/Adoption.h"
#include "storage/PlanStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

// Runs `sql` on the file through a connection of the test's own.
void execute(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("test-monitoring");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

class TestProjectFileMonitoring : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsExact();
    void aPlanWithoutMonitoringHasNoRow();
    void version2FileSavesAsVersion3WithMonitoring();
    void damagedMonitoringIsRefused_data();
    void damagedMonitoringIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestProjectFileMonitoring::roundTripIsExact()
{
    const Plan plan = monitoredSolarPlan();
    const QString path = m_dir.filePath(QStringLiteral("monitored.zeroplan"));
    QString error;
    QVERIFY2(PlanStore::save(plan, path, &error), qPrintable(error));
    const PlanStoreResult loaded = PlanStore::load(path);
    QVERIFY(loaded.plan);
    QVERIFY(loaded.plan->monitoring == plan.monitoring);
    QVERIFY(*loaded.plan == plan);
}

void TestProjectFileMonitoring::aPlanWithoutMonitoringHasNoRow()
{
    Plan plan = monitoredSolarPlan();
    plan.monitoring = Monitoring{};
    const QString path = m_dir.filePath(QStringLiteral("plain.zeroplan"));
    QVERIFY(PlanStore::save(plan, path, nullptr));
    const PlanStoreResult loaded = PlanStore::load(path);
    QVERIFY(loaded.plan);
    QVERIFY(loaded.plan->monitoring.isEmpty());
}

void TestProjectFileMonitoring::version2FileSavesAsVersion3WithMonitoring()
{
    // The frozen version 2 file (tests/fixtures/zeroplan) has no monitoring table; once loaded,
    // adopted and saved, the new file has one, and reads back with the adoption.
    const QString v2 =
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/rich-v2.zeroplan");
    PlanStoreResult loaded = PlanStore::load(v2);
    QVERIFY(loaded.plan);
    QVERIFY(loaded.plan->monitoring.isEmpty());
    Plan plan = *loaded.plan;
    plan.monitoring.adoptions = {
        adoptScenario(plan, 1, noLibrary(), QDate(2024, 3, 1), QStringLiteral("v1"))};
    const QString path = m_dir.filePath(QStringLiteral("upgraded.zeroplan"));
    QString error;
    QVERIFY2(PlanStore::save(plan, path, &error), qPrintable(error));
    const PlanStoreResult again = PlanStore::load(path);
    QVERIFY(again.plan);
    QCOMPARE(again.plan->monitoring.adoptions.size(), 1);
    QCOMPARE(again.plan->monitoring.adoptions.front().scenario().name, plan.scenarios.at(1).name);
    QVERIFY(*again.plan == plan);
}

void TestProjectFileMonitoring::damagedMonitoringIsRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not JSON") << QStringLiteral("UPDATE monitoring SET json = 'not json'")
                              << QStringLiteral("monitoring.json is not a JSON object");
    QTest::newRow("a bad date")
        << QStringLiteral("UPDATE monitoring SET json = replace(json, '2025-12-20', '20.12.2025')")
        << QStringLiteral("monitoring.json: /monitoring/progress/0/updates/0/date");
    QTest::newRow("the frozen plan's community gone")
        << QStringLiteral("UPDATE monitoring SET json = replace(json, '\"community\":', "
                          "'\"gone\":')")
        << QStringLiteral("monitoring.json: /monitoring/adoptions/0/plan");
}

void TestProjectFileMonitoring::damagedMonitoringIsRefused()
{
    QFETCH(QString, sql);
    QFETCH(QString, fragment);
    const QString path = m_dir.filePath(
        QStringLiteral("damaged-%1.zeroplan").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(PlanStore::save(monitoredSolarPlan(), path, nullptr));
    execute(path, sql);
    const QByteArray before = sha256(path);
    const PlanStoreResult loaded = PlanStore::load(path);
    QVERIFY(!loaded.plan);
    QVERIFY(!loaded.problems.isEmpty());
    const QString message = loaded.problems.first().toString();
    QVERIFY2(message.contains(fragment), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
    QCOMPARE(sha256(path), before);
}

QTEST_GUILESS_MAIN(TestProjectFileMonitoring)
#include "TestProjectFileMonitoring.moc"
