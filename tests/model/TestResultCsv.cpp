// The results as CSV (ResultsCsv::writeSimulation): one row per year with CRLF line ends, fields
// quoted as RFC 4180 says, numbers that read back exactly, and the percentile columns an
// uncertainty run adds. The same results as JSON are in TestResultJson.
#include "ResultFixtures.h"
#include "engine/MonteCarlo.h"
#include "engine/ScenarioEngine.h"
#include "engine/Sensitivity.h"
#include "export/ResultsCsv.h"
#include "inventory/FactorLibrary.h"
#include "plan/Plan.h"
#include "storage/CsvWriter.h"
#include "storage/FactorLibraryJson.h"
#include "storage/ResultJson.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>

using namespace zeroplan;
using namespace zeroplan::test;

class TestResultCsv : public QObject
{
    Q_OBJECT

private slots:
    void csvHasOneRowPerYearAndCrlf();
    void csvQuotesFieldsAsRfc4180Says_data();
    void csvQuotesFieldsAsRfc4180Says();
    void csvNumbersReadBackExactly();
    void csvAddsPercentilesWithUncertainty();
};

void TestResultCsv::csvHasOneRowPerYearAndCrlf()
{
    const QString csv = QString::fromUtf8(ResultsCsv::writeSimulation(fixture().result));
    QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
    const QStringList rows = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + kYears);
    QVERIFY(!csv.contains(QRegularExpression(QStringLiteral("[^\\r]\\n"))));
    // year, bau_gross; Ambitious: 4 + 2 wedges; Offset everything: 4 + 0 wedges.
    QCOMPARE(rows.first(),
             QStringLiteral("year,bau_gross,Ambitious: gross,Ambitious: sinks,Ambitious: credits,"
                            "Ambitious: net,\"Ambitious: wedge LED, stairwells\","
                            "Ambitious: wedge Idle idea,Offset everything: gross,"
                            "Offset everything: sinks,Offset everything: credits,"
                            "Offset everything: net"));
    // The hand-worked figures of 2024, column by column.
    const QList<double> expected{2024, 523, 473, 10, 100, 363, 50, 0, 523, 0, 600, -77};
    const QStringList fields = rows.at(1).split(QLatin1Char(','));
    QCOMPARE(fields.size(), expected.size());
    for (qsizetype i = 0; i < fields.size(); ++i)
        QVERIFY2(closeTo(fields.at(i).toDouble(), expected.at(i)), qPrintable(fields.at(i)));
    QVERIFY(rows.last().startsWith(QStringLiteral("2030,")));
}

void TestResultCsv::csvQuotesFieldsAsRfc4180Says_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Solar") << QStringLiteral("Solar");
    QTest::newRow("Chinese") << QStringLiteral("屋顶光伏") << QStringLiteral("屋顶光伏");
    QTest::newRow("comma") << QStringLiteral("LED, stairs") << QStringLiteral("\"LED, stairs\"");
    QTest::newRow("quote") << QStringLiteral("the \"big\" one")
                           << QStringLiteral("\"the \"\"big\"\" one\"");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("empty") << QString() << QString();
}

void TestResultCsv::csvQuotesFieldsAsRfc4180Says()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::textCell(text), field.toUtf8());
}

void TestResultCsv::csvNumbersReadBackExactly()
{
    const PlanResult &r = fixture().result;
    const QStringList rows = QString::fromUtf8(ResultsCsv::writeSimulation(r))
                                 .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (int t = 0; t < kYears; ++t) {
        const QStringList fields = rows.at(1 + t).split(QLatin1Char(','));
        QCOMPARE(fields.at(1).toDouble(), r.bauGross[t]);
        QCOMPARE(fields.at(5).toDouble(), r.scenarios.front().net[t]);
    }
    QCOMPARE(ResultsCsv::number(0.1 + 0.2, ResultsCsv::Precision::Full),
             QByteArray("0.30000000000000004"));
    QCOMPARE(ResultsCsv::number(-77, ResultsCsv::Precision::Full), QByteArray("-77"));
}

void TestResultCsv::csvAddsPercentilesWithUncertainty()
{
    const Fixture &f = fixture();
    const QString csv =
        QString::fromUtf8(ResultsCsv::writeSimulation(f.result, uncertaintyFor(f.plan, 50, 7)));
    const QString header = csv.section(QStringLiteral("\r\n"), 0, 0);
    for (const char *band : {"p5", "p25", "p50", "p75", "p95"}) {
        QVERIFY(header.contains(QStringLiteral("Ambitious: net ") + QLatin1String(band)));
        QVERIFY(header.contains(QStringLiteral("Offset everything: net ") + QLatin1String(band)));
    }
}

QTEST_GUILESS_MAIN(TestResultCsv)
#include "TestResultCsv.moc"
