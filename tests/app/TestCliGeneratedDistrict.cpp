// The generated district (resources/samples/district/make-generated-district.sh; docs/district.md,
// "The generated district"), made with 10 communities in this test's folder and rolled up by
// zeroplan-cli. Row i is the example row (i − 1) mod 5 of communities.csv scaled by
// s(i) = 0.5 + (37 i mod 151) ÷ 100. Worked by hand for community 1 (s = 0.87, Xinqiao East):
// 9,850,000 kWh × 0.87 = 8,569,500 kWh at the South China grid's 0.4042 kg/kWh (MEE 2023)
//   = 3,463.7919 t; 612,000 m³ × 0.87 = 532,440 m³ of natural gas at 2.16 kg/m³ (GB/T 32151)
//   = 1,150.0704 t; 1,450,000 L × 0.87 = 1,261,500 L of petrol at 2.272 kg/L (IPCC 2006: 69,300
//   kg/TJ × 44.3 TJ/Gg × 0.74 kg/L) = 2,866.128 t; in all 7,479.9903 t, 1.0485 t per resident
//   (7,134). Community 6 is the same row scaled by 1.21: the same tonnes per resident (to the
//   rounding of its whole residents and units). The district's base year is the sum of its
//   communities'; the same run again makes the same files.
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan::test;

namespace {

bool makeGenerated(const QString &dir, int count)
{
    QProcess script;
    script.start(QStringLiteral("sh"),
                 {QStringLiteral(ZEROPLAN_SOURCE_DIR
                                 "/resources/samples/district/make-generated-district.sh"),
                  QStringLiteral(ZEROPLAN_CLI), dir, QString::number(count)});
    if (!script.waitForFinished(120000) || script.exitCode() != 0) {
        qWarning("%s", script.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace

class TestCliGeneratedDistrict : public QObject
{
    Q_OBJECT

private slots:
    void tenCommunitiesRolledUp()
    {
        QTemporaryDir dir;
        QVERIFY(makeGenerated(dir.path(), 10));
        const QString district = dir.filePath(QStringLiteral("generated.zeroplan-district"));
        const CliRun run = runCli({QStringLiteral("district"), district, QStringLiteral("--format"),
                                   QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result[QStringLiteral("district")][QStringLiteral("communities")].toInt(), 10);
        QCOMPARE(result[QStringLiteral("district")][QStringLiteral("name")].toString(),
                 QStringLiteral("Generated district"));
        const QJsonArray league = result[QStringLiteral("league_table")].toArray();
        QCOMPARE(league.size(), 10);
        const QJsonObject first = league[0].toObject();
        QCOMPARE(first[QStringLiteral("community")].toString(),
                 QStringLiteral("Generated community 0001"));
        QCOMPARE(first[QStringLiteral("population")].toDouble(), 7134.0);
        const double expected = 3463.7919 + 1150.0704 + 2866.128;
        QVERIFY2(
            qAbs(first[QStringLiteral("base_gross_t")].toDouble() - expected) < 1e-6,
            qPrintable(QString::number(first[QStringLiteral("base_gross_t")].toDouble(), 'f', 6)));
        // Community 6: Xinqiao East scaled by 1.21, the same tonnes per resident.
        const QJsonObject sixth = league[5].toObject();
        QVERIFY(qAbs(sixth[QStringLiteral("gross_per_resident_t")].toDouble() -
                     first[QStringLiteral("gross_per_resident_t")].toDouble()) < 2e-4);
        // The district's base year: the sum of its communities'.
        double sum = 0;
        for (const QJsonValue &row : league)
            sum += row.toObject()[QStringLiteral("base_gross_t")].toDouble();
        const double bau =
            result[QStringLiteral("pathway")][QStringLiteral("bau")].toArray()[0].toDouble();
        QVERIFY(qAbs(bau - sum) < 1e-6 * sum);
    }

    void sameFilesEveryRun()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        QVERIFY(makeGenerated(a.path(), 7));
        QVERIFY(makeGenerated(b.path(), 7));
        QFile one(a.filePath(QStringLiteral("generated-communities.csv")));
        QFile two(b.filePath(QStringLiteral("generated-communities.csv")));
        QVERIFY(one.open(QIODevice::ReadOnly) && two.open(QIODevice::ReadOnly));
        const QByteArray csv = one.readAll();
        QCOMPARE(csv, two.readAll());
        QCOMPARE(csv.count('\n'), 8); // the header and seven rows
    }
};

QTEST_GUILESS_MAIN(TestCliGeneratedDistrict)
#include "TestCliGeneratedDistrict.moc"
