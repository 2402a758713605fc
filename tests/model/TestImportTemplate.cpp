// File → New from Template (issue 14): each template — activity data and meter readings, CSV
// and XLSX, Chinese and English — imports back through the real importer without a rejected
// row, and gives its example row's figures.
#include "import/ActivityImport.h"
#include "import/ImportTemplate.h"
#include "import/MeterReadings.h"
#include "import/TableFile.h"
#include "inventory/Units.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace zeroplan;

namespace {

// Base year 2023, CN-South grid (tests/fixtures/import/README.md).
Plan plan2023()
{
    const PlanReadResult read = PlanJson::readFile(
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/plan-2023.json"));
    if (!read.ok())
        qFatal("fixture plan does not read");
    return *read.plan;
}

QString rejections(const ImportReport &report)
{
    QStringList out{report.error};
    for (const RejectedRow &r : report.rejected)
        out << r.toString();
    return out.join(QLatin1Char('\n')).trimmed();
}

} // namespace

class TestImportTemplate : public QObject
{
    Q_OBJECT

private slots:
    void templatesImportBack_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("suffix");
        for (const char *language : {"en", "zh_CN"}) {
            for (const char *suffix : {"csv", "xlsx"}) {
                QTest::addRow("%s %s", language, suffix)
                    << QString::fromLatin1(language) << QString::fromLatin1(suffix);
            }
        }
    }

    void templatesImportBack()
    {
        QFETCH(QString, language);
        QFETCH(QString, suffix);
        const Plan plan = plan2023();
        const FactorLibrary &library = FactorLibraryJson::builtIn();

        // Activity data: 125,000 kWh of households' electricity (in Chinese 12.5 万千瓦时,
        // the same 12.5 × 10⁴ kWh), in the plan's base year.
        const QString activities = m_dir.filePath(QStringLiteral("a-%1.%2").arg(language, suffix));
        QString error;
        QVERIFY2(ImportTemplate::write(ImportTemplate::Kind::Activities, language, 2023, activities,
                                       &error),
                 qPrintable(error));
        auto table = TableFile::open(activities, {}, &error);
        QVERIFY2(table, qPrintable(error));
        const ActivityImportResult a = ActivityImport::read(table->reader(), table->fileName(),
                                                            plan, {}, table->decimal(), library);
        QCOMPARE(rejections(a.report), QString());
        QCOMPARE(a.lines.size(), 1);
        const ActivityLine &line = a.lines.first();
        QCOMPARE(line.carrier, QStringLiteral("electricity"));
        QCOMPARE(line.sector, Sector::StationaryEnergy);
        // An activity line's subsector is free text, kept as written (docs/import.md).
        QCOMPARE(line.subsector, language == QLatin1String("en") ? QStringLiteral("residential")
                                                                 : QStringLiteral("居民"));
        QCOMPARE(*Units::convert(line.amount, line.unit, QStringLiteral("kWh")), 125000.0);
        QCOMPARE(line.factor, QStringLiteral("grid-cn-south-2023")); // what the plan uses
        QVERIFY(!line.source.isEmpty());
        QStringList problems;
        QVERIFY2(
            ActivityImport::apply(plan, a.lines, a.places, table->fileName(), library, &problems),
            qPrintable(problems.join(QLatin1Char('\n'))));

        // Meter readings: one meter, January of the base year, 215 kWh.
        const QString meters = m_dir.filePath(QStringLiteral("m-%1.%2").arg(language, suffix));
        QVERIFY2(ImportTemplate::write(ImportTemplate::Kind::MeterReadings, language, 2023, meters,
                                       &error),
                 qPrintable(error));
        table = TableFile::open(meters, {}, &error);
        QVERIFY2(table, qPrintable(error));
        const MeterImportResult m = MeterReadings::read(table->reader(), table->fileName(), plan,
                                                        {}, table->decimal(), library);
        QCOMPARE(rejections(m.report), QString());
        QCOMPARE(m.lines.size(), 1);
        QCOMPARE(m.lines[0].carrier, QStringLiteral("electricity"));
        QCOMPARE(m.lines[0].subsector, QStringLiteral("residential"));
        QCOMPARE(*Units::convert(m.lines[0].amount, m.lines[0].unit, QStringLiteral("kWh")), 215.0);
        QCOMPARE(m.coverage.size(), 1);
    }

    // The headers are in the language asked for.
    void headersFollowTheLanguage()
    {
        const ExportTable zh =
            ImportTemplate::table(ImportTemplate::Kind::Activities, QStringLiteral("zh_CN"), 2023);
        QCOMPARE(zh.header.mid(0, 5), (QStringList{QStringLiteral("能源"), QStringLiteral("部门"),
                                                   QStringLiteral("子类"), QStringLiteral("用量"),
                                                   QStringLiteral("单位")}));
        const ExportTable en =
            ImportTemplate::table(ImportTemplate::Kind::MeterReadings, QStringLiteral("en"), 2024);
        QCOMPARE(en.header.mid(0, 3), (QStringList{QStringLiteral("meter"), QStringLiteral("month"),
                                                   QStringLiteral("carrier")}));
        QCOMPARE(en.rows[0][1].toText(), QStringLiteral("2024-01"));
        QCOMPARE(zh.rows.size(), 1);
        QCOMPARE(zh.rows[0].size(), zh.header.size());
    }

    // A folder that does not exist: nothing written, the message names the file.
    void unwritablePathSaysSo()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/t.csv"));
        QVERIFY(!ImportTemplate::write(ImportTemplate::Kind::Activities, QStringLiteral("en"), 2023,
                                       path, &error));
        QVERIFY2(error.contains(QStringLiteral("t.csv")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestImportTemplate)
#include "TestImportTemplate.moc"
