// zeroplan-cli simulate with a measure's own tariff (docs/measures.md, "A measure's own
// tariff"), end to end: the frozen fixture plan whose heat pumps carry Beijing's valley tariff
// against its twin without it. Worked by hand from the plan (tests/fixtures/zeroplan/
// tariffed-v6.json; heat-pump parameters at the catalogue's defaults):
// per base-year gas (the gas line grows with households, 1 % a year: × 1.01^7 in 2031)
//   gas removed at full adoption (2031)  0.3 × 300,000 m³ = 90,000 m³
//                                        = 90,000 × 10.814167 kWh = 973,275 kWh of fuel
//   electricity added                    973,275 × 0.9 / 3.0 = 291,982.5 kWh
//   cap                                  2,000 households × 10,000 kWh: all of it at 0.1
//   without the tariff   90,000 × 3.45 − 291,982.5 × 0.6 = 310,500 − 175,189.5 = 135,310.5
//   with it              310,500 − 291,982.5 × 0.1 = 310,500 − 29,198.25 = 281,301.75
// and in 2031 each × 1.01^7 = 1.0721354: 145,071.17 and 301,593.42 CNY.
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace zeroplan::test;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/zeroplan/") + QLatin1String(name);
}

QJsonObject named(const QJsonArray &list, const char *key, const QString &value)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1String(key)).toString() == value)
            return v.toObject();
    }
    return {};
}

// The heat pumps' bill savings in `year` of the Ambitious scenario, from `simulate` of `plan`.
double pumpSavings(const QString &plan, int year)
{
    const CliRun run =
        runCli({QStringLiteral("simulate"), plan, QStringLiteral("--scenario"),
                QStringLiteral("Ambitious"), QStringLiteral("--format"), QStringLiteral("json")});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.describe()));
        return -1;
    }
    const QJsonObject scenario =
        run.json().value(QStringLiteral("scenarios")).toArray().at(0).toObject();
    const QJsonObject pumps = named(scenario.value(QStringLiteral("payers"))
                                        .toObject()
                                        .value(QStringLiteral("measures"))
                                        .toArray(),
                                    "measure_id", QStringLiteral("heat-pumps"));
    double sum = 0;
    for (const QJsonValue &party : pumps.value(QStringLiteral("parties")).toArray())
        sum +=
            party.toObject().value(QStringLiteral("savings")).toArray().at(year - 2024).toDouble();
    return sum;
}

} // namespace

class TestCliTariff : public QObject
{
    Q_OBJECT

private slots:
    void tariffValuesTheAddedElectricity()
    {
        const double without = pumpSavings(fixture("rated-v5.json"), 2031);
        const double with = pumpSavings(fixture("tariffed-v6.json"), 2031);
        const double growth = std::pow(1.01, 7);
        QVERIFY2(std::abs(without - 135310.5 * growth) < 1e-6,
                 qPrintable(QString::number(without, 'f', 4)));
        QVERIFY2(std::abs(with - 281301.75 * growth) < 1e-6,
                 qPrintable(QString::number(with, 'f', 4)));
    }

    // A tariff with a negative price stops the run with the measure, carrier and field named.
    void badTariffIsNamed()
    {
        QFile file(fixture("tariffed-v6.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        QVERIFY(text.contains("\"price\": 0.1"));
        text.replace("\"price\": 0.1", "\"price\": -0.1");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        const CliRun run = runCli({QStringLiteral("simulate"), path});
        VERIFY_NO_CRASH(run);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("/measures/2/tariffs/0/price")) &&
                     run.err.contains(QStringLiteral("the tariff for Grid electricity must be "
                                                     "zero or more, not -0.1")),
                 qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliTariff)
#include "TestCliTariff.moc"
