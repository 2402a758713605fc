// Subsector names of meter readings (issue 14): the words a meter export uses for the kind of
// user ("居民", "商业", "Residential") are stored as their keys and shown translated in the
// import dialog's coverage, in English and in Chinese. Driven offscreen.
#include "PlanDocument.h"
#include "common/MeterImportDialog.h"
#include "present/Language.h"
#include "storage/PlanJson.h"

#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace zeroplan;

class TestMeterSubsectorNames : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        const PlanReadResult read = PlanJson::readFile(
            QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/plan-2023.json"));
        QVERIFY(read.ok());
        m_doc = PlanDocument::fromPlan(*read.plan, m_dir.path());
        m_csv = m_dir.filePath(QStringLiteral("抄表.csv"));
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Two households and a shop; January and February 2023 (the plan's base year).
        file.write(QStringLiteral("户号,月份,能源,用量,单位,子类\n"
                                  "1-101,2023-01,电力,215,千瓦时,居民\n"
                                  "1-101,2023-02,电力,180,千瓦时,居民\n"
                                  "1-102,2023-01,电力,120,千瓦时,Residential\n"
                                  "S-01,2023-01,电力,900,千瓦时,商业\n")
                       .toUtf8());
    }
    void cleanup()
    {
        m_doc.reset();
        Language::install(QStringLiteral("en"));
    }

    void namesAreTranslatedAndKeysStored_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("residential");
        QTest::addColumn<QString>("commercial");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Residential")
                            << QStringLiteral("Commercial");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("居民")
                               << QStringLiteral("商业");
    }

    void namesAreTranslatedAndKeysStored()
    {
        QFETCH(QString, language);
        QFETCH(QString, residential);
        QFETCH(QString, commercial);
        Language::install(language);
        MeterImportDialog dialog(m_doc.get(), m_csv);
        dialog.show();
        auto *coverage = dialog.findChild<QTableWidget *>(QStringLiteral("meterCoverageView"));
        QVERIFY(coverage);
        // "居民" and "Residential" are one subsector: two lines, not three.
        QCOMPARE(coverage->rowCount(), 2);
        QStringList shown;
        for (int r = 0; r < coverage->rowCount(); ++r)
            shown << coverage->item(r, 0)->text();
        QVERIFY2(shown.filter(residential).size() == 1, qPrintable(shown.join(QLatin1Char('|'))));
        QVERIFY2(shown.filter(commercial).size() == 1, qPrintable(shown.join(QLatin1Char('|'))));
        for (const QString &text : shown) // never the key itself in Chinese
            QVERIFY2(language == QLatin1String("en") ||
                         !text.contains(QLatin1String("residential")),
                     qPrintable(text));

        auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        const QList<ActivityLine> &lines = m_doc->plan().activities;
        QCOMPARE(lines.size(), 6);
        double residentialKwh = 0, commercialKwh = 0;
        for (const ActivityLine &line : lines.mid(4)) {
            QCOMPARE(line.unit, QStringLiteral("kWh"));
            if (line.subsector == QLatin1String("residential"))
                residentialKwh += line.amount;
            else if (line.subsector == QLatin1String("commercial"))
                commercialKwh += line.amount;
        }
        QCOMPARE(residentialKwh, 515.0); // 215 + 180 + 120 kWh
        QCOMPARE(commercialKwh, 900.0);
    }

private:
    QTemporaryDir m_dir;
    QString m_csv;
    std::unique_ptr<PlanDocument> m_doc;
};

QTEST_MAIN(TestMeterSubsectorNames)
#include "TestMeterSubsectorNames.moc"
