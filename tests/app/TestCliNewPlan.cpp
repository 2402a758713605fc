// zeroplan-cli new starts the plan File → New starts from (the grid region's factor, currency
// and sourced prices), never over an existing file; zeroplan-cli factors lists the library.
#include "CliRun.h"
#include "FileSnapshot.h"
#include "inventory/FactorLibrary.h"
#include "plan/PriceLibrary.h"
#include "plan/StartingPlan.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "storage/PlanStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;
using namespace zeroplan::test;

class TestCliNewPlan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString s(const char *text) { return QString::fromUtf8(text); }

private slots:
    void newWritesTheAppsStartingPlan()
    {
        const QString path = m_dir.filePath(s("xinqiao.zeroplan"));
        const CliRun run =
            runCli({s("new"), path, s("--name"), s("新桥世居"), s("--grid-region"), s("CN-South"),
                    s("--region"), s("深圳市宝安区"), s("--base-year"), s("2024")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.err.isEmpty());
        const PlanStoreResult read = PlanStore::load(path);
        QVERIFY(read.plan);
        Plan expected = StartingPlan::make(s("新桥世居"), s("CN-South"), 2024,
                                           FactorLibraryJson::builtIn(), PriceLibrary::builtIn());
        expected.community.region = s("深圳市宝安区");
        QCOMPARE(*read.plan, expected);
        // Guangdong's tariff, ready to value what measures save; the plan validates.
        QCOMPARE(read.plan->prices.first().price, 0.68);
        QCOMPARE(runCli({s("validate"), path}).exitCode, 0);
    }

    void newWritesJsonInChinese()
    {
        const QString path = m_dir.filePath(s("new.json"));
        const CliRun run = runCli({s("new"), path, s("--grid-region"), s("CN-East"),
                                   s("--base-year"), s("2023"), s("--lang"), s("zh_CN")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const PlanReadResult read = PlanJson::readFile(path);
        QVERIFY(read.plan);
        // The default names are the app's Chinese ones, not English.
        QCOMPARE(read.plan->community.name, s("新社区"));
        QCOMPARE(read.plan->scenarios.first().name, s("计划措施"));
        QCOMPARE(read.plan->community.electricityFactor, s("grid-cn-east-2023"));
        QCOMPARE(read.plan->prices.first().price, 0.538);
        // …and the price's source is the Chinese one.
        QVERIFY2(read.plan->prices.first().source.startsWith(s("浙江省居民阶梯电价")),
                 qPrintable(read.plan->prices.first().source));
    }

    void newNeverWritesOverAPlan()
    {
        const QString path = m_dir.filePath(s("existing.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"keep\": true}\n");
        file.close();
        const QByteArray before = sha256(path);
        const CliRun run = runCli({s("new"), path, s("--grid-region"), s("EU")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines(),
                 QStringList{path + s(": the file exists already; new never writes over a plan")});
        QCOMPARE(sha256(path), before);
    }

    void newRefusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown grid region")
            << QStringList{s("--grid-region"), s("Mars")}
            << s("zeroplan-cli new: --grid-region must be one of ");
        QTest::newRow("no grid region") << QStringList{} << s("zeroplan-cli new: --grid-region");
        QTest::newRow("bad year") << QStringList{s("--grid-region"), s("UK"), s("--base-year"),
                                                 s("1066")}
                                  << s("zeroplan-cli new: --base-year must be a year from 1990");
        QTest::newRow("bad language")
            << QStringList{s("--grid-region"), s("UK"), s("--lang"), s("fr")}
            << s("zeroplan-cli new: --lang must be zh_CN or en, not 'fr'");
    }

    void newRefusesBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(s("refused.zeroplan"));
        const CliRun run = runCli(QStringList{s("new"), path} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(message), qPrintable(run.describe()));
        QVERIFY(!QFile::exists(path));
    }

    void factorsListsTheLibraryAsJson()
    {
        const CliRun run =
            runCli({s("factors"), s("--carrier"), s("district_heat"), s("--format"), s("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray factors = run.json().value(s("factors")).toArray();
        // China (NDRC), the UK (DESNZ) and the US (EPA Hub 2024 steam and heat, per GJ).
        QCOMPARE(factors.size(), 3);
        const QJsonObject us = factors.at(2).toObject();
        QCOMPARE(us.value(s("id")).toString(), s("district-steam-us-epa-2024"));
        QCOMPARE(us.value(s("gases")).toObject().value(s("CO2")).toDouble(), 62.87);
        QCOMPARE(us.value(s("unit")).toString(), s("kg/GJ"));
        const QJsonObject china = factors.at(0).toObject();
        QCOMPARE(china.value(s("id")).toString(), s("district-heat-cn-gj"));
        QCOMPARE(china.value(s("gases")).toObject().value(s("CO2")).toDouble(), 0.11);
        QCOMPARE(china.value(s("unit")).toString(), s("t/GJ"));
        QVERIFY(china.value(s("source")).toString().startsWith(s("NDRC")));
        QCOMPARE(run.json().value(s("version")).toString(), FactorLibraryJson::builtIn().version());
    }

    void factorsForARegionKeepWhatItCanUse()
    {
        // South China: its grid, China's gas per m³, the IPCC defaults; no UK or EU figure.
        const CliRun run =
            runCli({s("factors"), s("--region"), s("CN-South"), s("--format"), s("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QStringList ids;
        for (const QJsonValue &f : run.json().value(s("factors")).toArray())
            ids << f.toObject().value(s("id")).toString();
        QVERIFY(ids.contains(s("grid-cn-south-2023")));
        QVERIFY(ids.contains(s("natural-gas-cn-m3")));
        QVERIFY(ids.contains(s("landfill-msw-ipcc")));
        QVERIFY(!ids.contains(s("grid-cn-east-2023")));
        QVERIFY(!ids.contains(s("bus-uk-local-2023")));
        // As a table: one row per factor, and the count under it.
        const CliRun table = runCli(
            {s("factors"), s("--region"), s("CN-South"), s("--carrier"), s("public_transport")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("0 factors from library"), table.out.constData());
    }

    void factorsRefusesAnUnknownCarrier()
    {
        const CliRun run = runCli({s("factors"), s("--carrier"), s("steam")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(s("zeroplan-cli factors: --carrier: \"steam\" is not known")));
    }
};

QTEST_GUILESS_MAIN(TestCliNewPlan)
#include "TestCliNewPlan.moc"
