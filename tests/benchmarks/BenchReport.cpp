// The full printed plan of the largest sample (Shenzhen Xinqiao: 13 measures, 3 scenarios),
// every section, 10,000 Monte Carlo samples, written to memory. Target: ≤ 2 s.
#include "inventory/FactorLibrary.h"
#include "report/PlanReport.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QBuffer>
#include <QtTest>

using namespace zeroplan;

class BenchReport : public QObject
{
    Q_OBJECT

private slots:
    void fullReport_data();
    void fullReport();
};

void BenchReport::fullReport_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << QStringLiteral("en");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
}

void BenchReport::fullReport()
{
    QFETCH(QString, language);
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/samples/shenzhen-xinqiao.json"));
    QVERIFY(read.ok());
    ReportOptions options;
    options.language = language;
    QByteArray pdf;
    QBENCHMARK
    {
        pdf.clear();
        QBuffer out(&pdf);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(PlanReport::write(*read.plan, FactorLibraryJson::builtIn(), options, &out, &error),
                 qPrintable(error));
    }
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 100000); // a real report with its fonts, not an empty page
}

QTEST_MAIN(BenchReport)
#include "BenchReport.moc"
