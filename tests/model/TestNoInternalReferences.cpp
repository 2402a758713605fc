// Issue 14: no internal reference reaches a user. What the app shows as sources and what it
// ships as data (the factor library, the prices, the sample plans) and every source and name of
// the measure catalogue, in both languages, must not name development paths or labels
// ("seeds/000", "种子文档 001", "reference/factors.md", "DESIGN.md"): a source is a citation a
// reader can follow. The user guide (resources/help) is scanned too. The text of the reports is
// scanned in TestBilingualText (views) and TestCliReport (app) with internalReference() below.
#include "InternalReferences.h"
#include "measures/CatalogueText.h"
#include "measures/MeasureCatalogue.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace zeroplan;

class TestNoInternalReferences : public QObject
{
    Q_OBJECT

private slots:
    void theScanFindsWhatItLooksFor_data();
    void theScanFindsWhatItLooksFor();
    void shippedData_data();
    void shippedData();
    void catalogueText();
};

// The scan itself: each of these is caught, ordinary citations are not.
void TestNoInternalReferences::theScanFindsWhatItLooksFor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("internal");
    QTest::newRow("seed path") << QStringLiteral("see seeds/000 for the figures") << true;
    QTest::newRow("seed label") << QStringLiteral("种子文档 001：访谈") << true;
    QTest::newRow("reference note") << QStringLiteral("reference/factors.md, table 2") << true;
    QTest::newRow("design doc") << QStringLiteral("as DESIGN.md says") << true;
    QTest::newRow("docs path") << QStringLiteral("(docs/measures.md)") << true;
    QTest::newRow("work path") << QStringLiteral("/work/main/resources") << true;
    QTest::newRow("citation") << QStringLiteral(
                                     "IPCC 2006 Guidelines Vol. 5 Ch. 4 Table 4.1, composting")
                              << false;
    QTest::newRow("chinese citation")
        << QStringLiteral("生态环境部《2022年度减排项目中国区域电网基准线排放因子》") << false;
    QTest::newRow("random seed") << QStringLiteral("随机种子固定，seed 42") << false;
}

void TestNoInternalReferences::theScanFindsWhatItLooksFor()
{
    QFETCH(QString, text);
    QFETCH(bool, internal);
    QCOMPARE(!test::internalReference(text).isEmpty(), internal);
}

void TestNoInternalReferences::shippedData_data()
{
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(ZEROPLAN_SOURCE_DIR "/resources/");
    QTest::newRow("factors") << root + QStringLiteral("factors/factors.json");
    QTest::newRow("prices") << root + QStringLiteral("prices/prices.json");
    const QDir samples(root + QStringLiteral("samples"));
    const QStringList plans = samples.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(plans.size() >= 3);
    for (const QString &plan : plans)
        QTest::newRow(qPrintable(plan)) << samples.filePath(plan);
    // The user guide the app shows (Help → User Guide), in every language it ships.
    const QDir help(root + QStringLiteral("help"));
    const QStringList languages = help.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(languages.contains(QStringLiteral("en")) &&
            languages.contains(QStringLiteral("zh_CN")));
    for (const QString &language : languages) {
        const QDir folder(help.filePath(language));
        for (const QString &page : folder.entryList({QStringLiteral("*.html")}, QDir::Files))
            QTest::newRow(qPrintable(language + QLatin1Char('/') + page)) << folder.filePath(page);
    }
}

void TestNoInternalReferences::shippedData()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.size() > 100);
    const QString found = test::internalReference(text);
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

// Every kind's name, explanation, lifetime source and every default's label and source, in
// English and in Chinese.
void TestNoInternalReferences::catalogueText()
{
    const char *const context = "zeroplan::MeasureCatalogue";
    int checked = 0;
    for (const MeasureKindSpec &spec : MeasureCatalogue::all()) {
        QList<const char *> texts{spec.name, spec.explanation, spec.lifetimeSource};
        for (const ParameterSpec &p : spec.parameters)
            texts << p.name << p.source;
        for (const QString &language : CatalogueText::languages()) {
            for (const char *source : texts) {
                const QString text = CatalogueText::translate(context, source, language);
                const QString found = test::internalReference(text);
                QVERIFY2(found.isEmpty(), qPrintable(found));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 200);
}

QTEST_GUILESS_MAIN(TestNoInternalReferences)
#include "TestNoInternalReferences.moc"
