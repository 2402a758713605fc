// zeroplan-cli simulate --format json with co-benefits (docs/cli.md, "co_benefits";
// docs/measures.md, "Co-benefits"), end to end: the small CLI plan with two ratings and a
// sourced figure on its LED measure; every measure gets all six dimensions, the ones the
// plan does not assess as not_assessed; a figure without a source is a warning naming the
// measure and the dimension, and the run goes on.
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace zeroplan::test;

namespace {

// small-plan.json with LED rated: bills better (with the engine as source), jobs worse with a
// note and a figure of 0.5 job-years per year whose source is `figureSource`.
QJsonObject ratedPlan(const QString &figureSource)
{
    QFile file(cliFixture(QStringLiteral("small-plan.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject plan = QJsonDocument::fromJson(file.readAll()).object();
    plan.insert(QStringLiteral("format_version"), 4);
    QJsonArray measures = plan.value(QStringLiteral("measures")).toArray();
    QJsonObject led = measures.at(0).toObject();
    led.insert(
        QStringLiteral("co_benefits"),
        QJsonArray{QJsonObject{{QStringLiteral("dimension"), QStringLiteral("bills")},
                               {QStringLiteral("rating"), QStringLiteral("positive")},
                               {QStringLiteral("note"), QStringLiteral("Less power bought")},
                               {QStringLiteral("source"), QStringLiteral("ZeroPlan engine")}},
                   QJsonObject{{QStringLiteral("dimension"), QStringLiteral("jobs")},
                               {QStringLiteral("rating"), QStringLiteral("negative")},
                               {QStringLiteral("note"), QStringLiteral("Fewer lamp changes")},
                               {QStringLiteral("quantity"),
                                QJsonObject{{QStringLiteral("value"), 0.5},
                                            {QStringLiteral("unit"), QStringLiteral("job-years")},
                                            {QStringLiteral("per"), QStringLiteral("year")},
                                            {QStringLiteral("source"), figureSource}}}}});
    measures.replace(0, led);
    plan.insert(QStringLiteral("measures"), measures);
    return plan;
}

QString written(const QTemporaryDir &dir, const QJsonObject &plan)
{
    const QString path = dir.filePath(QStringLiteral("rated.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(plan).toJson()) < 0)
        return {};
    return path;
}

QJsonObject byId(const QJsonArray &list, const QString &id)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QStringLiteral("measure_id")).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliCoBenefits : public QObject
{
    Q_OBJECT

private slots:
    void everyMeasureHasSixDimensions();
    void figureWithoutSourceIsNamed();

private:
    QTemporaryDir m_dir;
};

void TestCliCoBenefits::everyMeasureHasSixDimensions()
{
    const QString path = written(m_dir, ratedPlan(QStringLiteral("Installer's staff plan")));
    QVERIFY(!path.isEmpty());
    const CliRun run =
        runCli({QStringLiteral("simulate"), path, QStringLiteral("--scenario"),
                QStringLiteral("Cautious"), QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_NO_CRASH(run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray measures = run.json()
                                    .value(QStringLiteral("scenarios"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("measures"))
                                    .toArray();
    QCOMPARE(measures.size(), 2); // Cautious: LED and solar
    const QJsonObject led =
        byId(measures, QStringLiteral("led")).value(QStringLiteral("co_benefits")).toObject();
    QCOMPARE(led.keys().size(), 6);
    QCOMPARE(led.keys(),
             (QString::fromLatin1("air_quality bills comfort health jobs neighbourliness")
                  .split(QLatin1Char(' '))));
    const QJsonObject bills = led.value(QStringLiteral("bills")).toObject();
    QCOMPARE(bills.value(QStringLiteral("rating")).toString(), QStringLiteral("positive"));
    QCOMPARE(bills.value(QStringLiteral("source")).toString(), QStringLiteral("ZeroPlan engine"));
    const QJsonObject jobs = led.value(QStringLiteral("jobs")).toObject();
    QCOMPARE(jobs.value(QStringLiteral("rating")).toString(), QStringLiteral("negative"));
    QCOMPARE(jobs.value(QStringLiteral("note")).toString(), QStringLiteral("Fewer lamp changes"));
    const QJsonObject figure = jobs.value(QStringLiteral("quantity")).toObject();
    QCOMPARE(figure.value(QStringLiteral("value")).toDouble(), 0.5);
    QCOMPARE(figure.value(QStringLiteral("unit")).toString(), QStringLiteral("job-years"));
    QCOMPARE(figure.value(QStringLiteral("per")).toString(), QStringLiteral("year"));
    QCOMPARE(
        led.value(QStringLiteral("health")).toObject().value(QStringLiteral("rating")).toString(),
        QStringLiteral("not_assessed"));
    QVERIFY(!led.value(QStringLiteral("health")).toObject().contains(QStringLiteral("quantity")));
    // Solar comes from a file without co-benefits: all six not assessed, nothing filled in.
    const QJsonObject solar =
        byId(measures, QStringLiteral("solar")).value(QStringLiteral("co_benefits")).toObject();
    QCOMPARE(solar.keys().size(), 6);
    for (const QString &key : solar.keys()) {
        QCOMPARE(solar.value(key).toObject().value(QStringLiteral("rating")).toString(),
                 QStringLiteral("not_assessed"));
        QCOMPARE(solar.value(key).toObject().value(QStringLiteral("source")).toString(), QString());
    }
}

void TestCliCoBenefits::figureWithoutSourceIsNamed()
{
    const QString path = written(m_dir, ratedPlan(QString()));
    QVERIFY(!path.isEmpty());
    const CliRun run = runCli(
        {QStringLiteral("simulate"), path, QStringLiteral("--format"), QStringLiteral("json")});
    VERIFY_NO_CRASH(run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe())); // a warning: the run goes on
    QVERIFY2(run.err.contains(QStringLiteral("1 warning")), qPrintable(run.err));
    // validate lists it, at its path, naming the measure and the dimension.
    const CliRun check = runCli({QStringLiteral("validate"), path});
    VERIFY_NO_CRASH(check);
    const QString listed = QString::fromUtf8(check.out) + check.err;
    QVERIFY2(listed.contains(QStringLiteral("/measures/0/co_benefits/1/quantity/source")),
             qPrintable(listed));
    QVERIFY2(listed.contains(QStringLiteral(
                 "measure \"LED, stairwells and homes\": the Jobs figure has no source")),
             qPrintable(listed));
}

QTEST_MAIN(TestCliCoBenefits)
#include "TestCliCoBenefits.moc"
