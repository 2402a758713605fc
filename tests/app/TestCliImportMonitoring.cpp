// zeroplan-cli import for monitoring (docs/cli.md, docs/monitoring.md): --actuals FILE --year Y
// puts a later year's activity lines into its actual inventory (the bills' units and Chinese
// headers as for the baseline), --progress FILE records each measure's progress; then track
// shows them. Every bad input is named by file, row and column, and leaves the plan as it was.
#include "CliRun.h"
#include "MonitoringFixtures.h"
#include "storage/PlanJson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace zeroplan;
using namespace zeroplan::test;

namespace {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

// `run` is a variable: the macro reads it twice.
#define VERIFY_EXIT(run, code) QVERIFY2((run).exitCode == (code), qPrintable((run).describe()))

class TestCliImportMonitoring : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void actualsAndProgressReachTrack();
    void actualsNeedAYearAfterTheBaseYear();
    void aRowOfAnotherYearIsRejected();
    void progressOfAnUnknownMeasureChangesNothing();
    void progressWithABadStatusSaysWhichAreKnown();

private:
    QString write(const QString &name, const QByteArray &text);
    CliRun import(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_plan;
};

QString TestCliImportMonitoring::write(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

CliRun TestCliImportMonitoring::import(const QStringList &arguments)
{
    return runCli(QStringList{QStringLiteral("import"), m_plan} + arguments);
}

void TestCliImportMonitoring::init()
{
    m_plan = m_dir.filePath(QStringLiteral("solar.json"));
    QFile::remove(m_plan);
    QVERIFY(PlanJson::writeFile(solarPlan(QStringLiteral("Solar")), m_plan, nullptr));
    const CliRun adopt = runCli(
        {QStringLiteral("adopt"), m_plan, QStringLiteral("--date"), QStringLiteral("2024-01-15")});
    VERIFY_EXIT(adopt, 0);
}

void TestCliImportMonitoring::actualsAndProgressReachTrack()
{
    // 100.2 万千瓦时 = 1,002,000 kWh → 405.0084 t at 0.4042 kg/kWh (the plan's grid factor).
    const QString actuals =
        write(QStringLiteral("2025.csv"), "能源类型,用量,单位\n电力,100.2,万千瓦时\n");
    const CliRun imported = import(
        {QStringLiteral("--actuals"), actuals, QStringLiteral("--year"), QStringLiteral("2025")});
    VERIFY_EXIT(imported, 0);
    QVERIFY2(imported.out.contains("Added 1 line to the actual inventory of 2025 in"),
             imported.out.constData());
    const QString progress = write(QStringLiteral("progress.csv"),
                                   "措施,年份,完成量,状态,日期,填报人,说明\n"
                                   "solar,2025,40,实施中,2025-12-20,能源组,40 kWp 并网\n");
    const CliRun recorded = import({QStringLiteral("--progress"), progress});
    VERIFY_EXIT(recorded, 0);
    QVERIFY2(recorded.out.contains("Recorded the progress of 1 measure-year in"),
             recorded.out.constData());

    const PlanReadResult read = PlanJson::readFile(m_plan);
    QVERIFY(read.ok());
    const Monitoring &m = read.plan->monitoring;
    QCOMPARE(m.actuals.size(), 1);
    QCOMPARE(m.actuals.front().year, 2025);
    QCOMPARE(m.actuals.front().activities.front().carrier, QStringLiteral("electricity"));
    QCOMPARE(m.progress.size(), 1);
    QCOMPARE(m.progress.front().status, ProgressStatus::Implementing);
    QCOMPARE(m.progress.front().updates.front().author, QStringLiteral("能源组"));
    QCOMPARE(m.progress.front().updates.front().date, QDate(2025, 12, 20));

    const CliRun track =
        runCli({QStringLiteral("track"), m_plan, QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--as-of"), QStringLiteral("2026-03-01")});
    VERIFY_EXIT(track, 0);
    const QJsonObject year = track.json().value(QStringLiteral("years")).toArray().at(0).toObject();
    QVERIFY(std::abs(year.value(QStringLiteral("actual_t")).toDouble() - 405.0084) < 1e-6);
    const QJsonObject solar =
        track.json().value(QStringLiteral("measures")).toArray().at(0).toObject();
    QCOMPARE(solar.value(QStringLiteral("light")).toString(), QStringLiteral("late"));
    QVERIFY(std::abs(solar.value(QStringLiteral("realised_t")).toDouble() - 19.4016) < 1e-6);
}

void TestCliImportMonitoring::actualsNeedAYearAfterTheBaseYear()
{
    const QString actuals =
        write(QStringLiteral("a.csv"), "carrier,amount,unit\nelectricity,1000,kWh\n");
    const QByteArray before = sha256(m_plan);
    const CliRun noYear = import({QStringLiteral("--actuals"), actuals});
    VERIFY_EXIT(noYear, 2);
    QVERIFY2(noYear.err.contains(QStringLiteral("--actuals needs --year Y, the year of the "
                                                "figures")),
             qPrintable(noYear.err));
    const CliRun baseYear = import(
        {QStringLiteral("--actuals"), actuals, QStringLiteral("--year"), QStringLiteral("2023")});
    VERIFY_EXIT(baseYear, 1);
    QVERIFY2(baseYear.out.contains("actual figures are for a year after the base year 2023, up "
                                   "to 2030; not 2023"),
             baseYear.out.constData());
    QCOMPARE(sha256(m_plan), before);
}

void TestCliImportMonitoring::aRowOfAnotherYearIsRejected()
{
    const QString actuals =
        write(QStringLiteral("b.csv"), "carrier,amount,unit,year\nelectricity,1000,kWh,2024\n");
    const QByteArray before = sha256(m_plan);
    const CliRun run = import(
        {QStringLiteral("--actuals"), actuals, QStringLiteral("--year"), QStringLiteral("2025")});
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.out.contains("b.csv, line 2, column 4 (year): the row is for 2024, but these "
                              "are the actual figures of 2025"),
             run.out.constData());
    QCOMPARE(sha256(m_plan), before);
}

void TestCliImportMonitoring::progressOfAnUnknownMeasureChangesNothing()
{
    const QString progress = write(QStringLiteral("p.csv"), "measure,year,adoption\nwind,2025,3\n");
    const QByteArray before = sha256(m_plan);
    const CliRun run = import({QStringLiteral("--progress"), progress});
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.out.contains("p.csv, line 2, column 1: \"wind\" is not a measure of the plan "
                              "(give its id or its name)"),
             run.out.constData());
    QCOMPARE(sha256(m_plan), before);
}

void TestCliImportMonitoring::progressWithABadStatusSaysWhichAreKnown()
{
    const QString progress =
        write(QStringLiteral("q.csv"), "measure,year,adoption,status\nsolar,2025,40,half done\n");
    const CliRun run = import({QStringLiteral("--progress"), progress});
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.out.contains("\"half done\" is not a status; use not_started, planning, "
                              "implementing, completed, paused or cancelled"),
             run.out.constData());
}

QTEST_GUILESS_MAIN(TestCliImportMonitoring)
#include "TestCliImportMonitoring.moc"
