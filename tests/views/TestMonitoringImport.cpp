// Importing an actual year and measure progress on the Monitoring page of the Shenzhen sample
// (opened explicitly; adopted 2023版, actuals 2024 and 2025), assessed on 2026-03-01 as
// TestMonitoringPage does: a CSV of activity lines written here goes into a year's actual
// inventory through the baseline's import dialog, and the year's gap on "Plan and actual" moves
// by what the rows emit at the plan's factors; a damaged file names its row and changes
// nothing; undo takes an import back; meter readings of a later year; sector totals; a progress
// file turns solar's light.
#include "PlanDocument.h"
#include "SampleDocument.h"
#include "WhenModal.h"
#include "common/ImportDialog.h"
#include "monitoring/ActualsImportBar.h"
#include "monitoring/MeasureTrackModel.h"
#include "monitoring/MonitoringPage.h"
#include "monitoring/MonitoringRun.h"
#include "monitoring/ProgressImportDialog.h"
#include "monitoring/SectorTotalsDialog.h"
#include "present/LiveResults.h"
#include "storage/FactorLibraryJson.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using namespace zeroplan;

namespace {

const QDate kAsOf(2026, 3, 1);

// Two lines at the plan's own factors (sample: grid-cn-south-2023 0.4042 kg/kWh, the
// Ministry of Ecology and Environment's 2023 southern grid average; natural-gas-cn-m3
// 2.16 kg/m³, GB/T 32151): 500,000 kWh × 0.4042 = 202.1 t; 40,000 m³ × 2.16 = 86.4 t;
// together 288.5 t.
const QByteArray kActualCsv = "carrier,amount,unit,sector,subsector,factor\n"
                              "electricity,500000,kWh,stationary_energy,residential,"
                              "grid-cn-south-2023\n"
                              "natural_gas,40000,m3,stationary_energy,residential,"
                              "natural-gas-cn-m3\n";
constexpr double kActualTonnes = 500000 * 0.4042 / 1000 + 40000 * 2.16 / 1000; // 288.5
constexpr double kTolerance = 0.05; // tables show one decimal

} // namespace

class TestMonitoringImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<MonitoringPage> m_page;

    QString write(const QString &name, const QByteArray &text) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write the test file");
        return path;
    }
    template <typename T> T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }
    QTableWidget *years() const { return child<QTableWidget>("monitoringYearsTable"); }
    int yearRow(int year) const
    {
        for (int r = 0; r < years()->rowCount(); ++r) {
            if (years()->item(r, 0)->text() == QString::number(year))
                return r;
        }
        return -1;
    }
    double yearCell(int year, int column) const
    {
        const int row = yearRow(year);
        return row < 0 ? qQNaN() : years()->item(row, column)->text().toDouble();
    }
    const MonitoredYear *runYear(int year) const
    {
        for (const MonitoredYear &y : m_page->run()->years) {
            if (y.year == year)
                return &y;
        }
        return nullptr;
    }
    QPushButton *importButton(QWidget *dialog) const
    {
        return dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    }

private slots:
    void init();
    void cleanup();
    void aNewYearImportedShowsItsGapAndUndoRemovesIt();
    void replacingAYearThroughTheButtonsMovesItsGap();
    void aDamagedFileNamesTheRowAndChangesNothing();
    void meterReadingsOfALaterYearAreSummedForIt();
    void sectorTotalsAreEnteredWithSourceAndQuality();
    void aProgressFileTurnsTheLightAndUndoTurnsItBack();
    void aDamagedProgressFileNamesTheRow();
};

void TestMonitoringImport::init()
{
    QVERIFY(m_dir.isValid());
    m_doc = test::openShenzhenSample(m_dir.path());
    m_results = std::make_unique<LiveResults>(m_doc.get(), FactorLibraryJson::builtIn());
    m_page = std::make_unique<MonitoringPage>(m_doc.get(), m_results.get());
    m_page->resize(1200, 700);
    m_page->setAssessmentDate(kAsOf);
    m_page->show();
    QVERIFY(m_page->run());
    QCOMPARE(years()->rowCount(), 2); // 2024 and 2025
}

void TestMonitoringImport::cleanup()
{
    m_page.reset();
    m_results.reset();
    m_doc.reset();
}

void TestMonitoringImport::aNewYearImportedShowsItsGapAndUndoRemovesIt()
{
    const Plan before = m_doc->plan();
    const QString path = write(QStringLiteral("actual-2026.csv"), kActualCsv);
    ImportDialog *dialog = m_page->actualsImportBar()->importFile(2026, path, false, false);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Import actual year 2026: activity lines"));
    QVERIFY(importButton(dialog)->isEnabled());
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), 1); // one step
    QCOMPARE(m_doc->undoStack()->text(0), QStringLiteral("Import actual year 2026 from "
                                                         "actual-2026.csv"));

    const ActualInventory *actual = m_doc->plan().monitoring.actual(2026);
    QVERIFY(actual);
    QCOMPARE(actual->activities.size(), 2);
    QCOMPARE(actual->source, QStringLiteral("actual-2026.csv"));
    QCOMPARE(actual->quality, ActualQuality::Measured);
    // Plan and actual: a third year, its actual the hand-worked 288.5 t; the gap is actual −
    // planned, the planned figure the adopted plan's (unchanged by an import).
    QCOMPARE(years()->rowCount(), 3);
    QVERIFY(qAbs(yearCell(2026, 2) - kActualTonnes) < kTolerance);
    QVERIFY(qAbs(runYear(2026)->actual - kActualTonnes) < 1e-6);
    QVERIFY(qAbs(yearCell(2026, 3) - (kActualTonnes - yearCell(2026, 1))) < 0.1 + kTolerance);
    // The Actual emissions tab shows the imported year, its lines and where they come from.
    QCOMPARE(child<QComboBox>("actualYearComboBox")->currentData().toInt(), 2026);
    const QString source = child<QLabel>("actualSourceLabel")->text();
    QVERIFY2(source.startsWith(QStringLiteral("2026: source actual-2026.csv; data quality: "
                                              "Measured")),
             qPrintable(source));

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), before);
    QCOMPARE(years()->rowCount(), 2);
}

void TestMonitoringImport::replacingAYearThroughTheButtonsMovesItsGap()
{
    // Before: 2025 planned 341.3, actual 421.8, gap 80.4 (TestMonitoringPage, the CLI's track).
    QCOMPARE(years()->item(yearRow(2025), 3)->text(), QStringLiteral("80.4"));
    const double planned = runYear(2025)->planned;
    const Plan before = m_doc->plan();
    const QString path = write(QStringLiteral("actual-2025.csv"), kActualCsv);

    QString question;
    bool imported = false;
    // 1. The year and the file; 2. 2025 is entered: replace it; 3. the import dialog. (Checks
    // are made after the dialogs are closed: a failure inside one would leave it open.)
    test::whenModal(
        [&](QWidget *w) {
            w->findChild<QSpinBox *>(QStringLiteral("importYearSpinBox"))->setValue(2025);
            QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("importFileEdit")), path);
            test::whenModal(
                [&](QWidget *box) {
                    question = qobject_cast<QMessageBox *>(box)->text();
                    test::whenModal(
                        [&](QWidget *import) {
                            imported = importButton(import)->isEnabled();
                            QTest::mouseClick(importButton(import), Qt::LeftButton);
                            if (import->isVisible())
                                qobject_cast<QDialog *>(import)->reject();
                        },
                        [](QWidget *d) { return d->inherits("zeroplan::ImportDialog"); });
                    QTest::mouseClick(
                        box->findChild<QPushButton *>(QStringLiteral("replaceButton")),
                        Qt::LeftButton);
                },
                [](QWidget *d) { return qobject_cast<QMessageBox *>(d) != nullptr; });
            qobject_cast<QDialog *>(w)->accept();
        },
        [](QWidget *d) { return d->objectName() == QLatin1String("actualYearChoiceDialog"); });
    QTest::mouseClick(child<QPushButton>("importActualYearButton"), Qt::LeftButton);
    QTRY_VERIFY(imported);
    QVERIFY2(question.startsWith(QStringLiteral("The actual emissions of 2025 are already "
                                                "entered (7 line")),
             qPrintable(question));
    QCOMPARE(m_doc->undoStack()->count(), 1);

    // 2025 is now the file's two lines alone (its 7 lines and waste total 5.3 t replaced):
    // actual 288.5 t; the gap 288.5 − 341.3 = −52.8 t.
    const ActualInventory *actual = m_doc->plan().monitoring.actual(2025);
    QCOMPARE(actual->activities.size(), 2);
    QVERIFY(actual->sectorTotals.isEmpty());
    QCOMPARE(years()->rowCount(), 2);
    QVERIFY(qAbs(runYear(2025)->planned - planned) < 1e-9);
    QVERIFY(qAbs(yearCell(2025, 2) - kActualTonnes) < kTolerance);
    QVERIFY(qAbs(yearCell(2025, 3) - (-52.8)) < 0.1 + kTolerance);
    QVERIFY(qAbs(runYear(2025)->gap() - (kActualTonnes - planned)) < 1e-6);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), before);
    QCOMPARE(years()->item(yearRow(2025), 3)->text(), QStringLiteral("80.4"));
}

void TestMonitoringImport::aDamagedFileNamesTheRowAndChangesNothing()
{
    const Plan before = m_doc->plan();
    // Line 3's amount is not a number.
    const QString path = write(QStringLiteral("damaged.csv"),
                               "carrier,amount,unit\nelectricity,1000,kWh\nnatural_gas,abc,m3\n");
    ImportDialog *dialog = m_page->actualsImportBar()->importFile(2026, path, false, false);
    const QAbstractItemModel *rejected =
        dialog->findChild<QTableView *>(QStringLiteral("rejectedRowsView"))->model();
    QCOMPARE(rejected->rowCount(), 1);
    QCOMPARE(rejected->index(0, 0).data().toString(), QStringLiteral("line 3"));
    QCOMPARE(rejected->index(0, 2).data().toString(), QStringLiteral("amount"));
    QVERIFY(rejected->index(0, 3).data().toString().startsWith(
        QStringLiteral("\"abc\" is not a number")));
    QVERIFY(!importButton(dialog)->isEnabled());
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    dialog->accept();
    QCOMPARE(m_doc->plan(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    dialog->reject();

    // A factor neither the plan nor the library has: line 2's factor column is named.
    const QString unknown = write(QStringLiteral("unknown.csv"),
                                  "carrier,amount,unit,factor\nelectricity,1000,kWh,no-such\n");
    dialog = m_page->actualsImportBar()->importFile(2026, unknown, false, false);
    rejected = dialog->findChild<QTableView *>(QStringLiteral("rejectedRowsView"))->model();
    QCOMPARE(rejected->rowCount(), 1);
    QCOMPARE(rejected->index(0, 0).data().toString(), QStringLiteral("line 2"));
    QCOMPARE(rejected->index(0, 2).data().toString(), QStringLiteral("factor"));
    QVERIFY(!importButton(dialog)->isEnabled());
    dialog->reject();
    QCOMPARE(m_doc->plan(), before);
}

void TestMonitoringImport::meterReadingsOfALaterYearAreSummedForIt()
{
    // One meter, 12 months of 2026 at 1,000 kWh and one reading of 2025 (not summed):
    // 12,000 kWh × 0.4042 kg/kWh = 4.8504 t.
    QByteArray csv = "meter,month,carrier,amount,unit\n";
    for (int month = 1; month <= 12; ++month)
        csv += QStringLiteral("A01,2026-%1,electricity,1000,kWh\n")
                   .arg(month, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    csv += "A01,2025-12,electricity,999,kWh\n";
    const QString path = write(QStringLiteral("meters-2026.csv"), csv);
    ImportDialog *dialog = m_page->actualsImportBar()->importFile(2026, path, true, false);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Import actual year 2026: meter readings"));
    const QString summary =
        dialog->findChild<QLabel *>(QStringLiteral("importSummaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("1 line(s) for 2026 to add")), qPrintable(summary));
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    const ActualInventory *actual = m_doc->plan().monitoring.actual(2026);
    QVERIFY(actual);
    QCOMPARE(actual->activities.size(), 1);
    QCOMPARE(actual->activities.front().amount, 12000.0);
    QVERIFY(qAbs(runYear(2026)->actual - 12000 * 0.4042 / 1000) < 1e-6);
    QVERIFY(qAbs(yearCell(2026, 2) - 4.9) < kTolerance);
}

void TestMonitoringImport::sectorTotalsAreEnteredWithSourceAndQuality()
{
    const Plan before = m_doc->plan();
    // Through the dialog: 2026, stationary energy 300 t and waste 20 t from the yearbook,
    // modelled. Actual 2026 = 320 t.
    test::whenModal(
        [](QWidget *w) {
            auto *d = qobject_cast<SectorTotalsDialog *>(w);
            d->findChild<QSpinBox *>(QStringLiteral("totalsYearSpinBox"))->setValue(2026);
            d->totalBox(Sector::StationaryEnergy)->setValue(300);
            d->totalBox(Sector::Waste)->setValue(20);
            QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("totalsSourceEdit")),
                             QStringLiteral("yearbook 2026"));
            auto *quality = d->findChild<QComboBox *>(QStringLiteral("totalsQualityComboBox"));
            quality->setCurrentIndex(quality->findData(int(ActualQuality::Modelled)));
            d->accept();
        },
        [](QWidget *d) { return qobject_cast<SectorTotalsDialog *>(d) != nullptr; });
    QTest::mouseClick(child<QPushButton>("enterSectorTotalsButton"), Qt::LeftButton);
    const ActualInventory *actual = m_doc->plan().monitoring.actual(2026);
    QVERIFY(actual);
    QCOMPARE(actual->sectorTotals,
             (QList<SectorTotal>{{Sector::StationaryEnergy, 300}, {Sector::Waste, 20}}));
    QCOMPARE(actual->source, QStringLiteral("yearbook 2026"));
    QCOMPARE(actual->quality, ActualQuality::Modelled);
    QVERIFY(qAbs(yearCell(2026, 2) - 320) < kTolerance);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(child<QLabel>("actualSourceLabel")
                ->text()
                .contains(QStringLiteral("data quality: Modelled")));

    // 2025's stationary energy as a total: its 4 stationary lines go (after the question), the
    // transport and waste lines and the waste total stay. 2025 stationary lines: (532,000 +
    // 112,400) kWh × 0.4042 = 260.46648 t, (18,900 + 22,700) m³ × 2.16 = 89.856 t: 350.32248 t
    // replaced by 250 t, so 2025's actual falls by 100.32248 t.
    const double actual2025 = runYear(2025)->actual;
    QVERIFY(m_page->actualsImportBar()->enterSectorTotals(2025, {{Sector::StationaryEnergy, 250}},
                                                          QStringLiteral("yearbook"),
                                                          ActualQuality::Estimated));
    QCOMPARE(m_doc->plan().monitoring.actual(2025)->activities.size(), 3);
    QCOMPARE(m_doc->plan().monitoring.actual(2025)->sectorTotals.size(), 2);
    QVERIFY2(qAbs(runYear(2025)->actual - (actual2025 - 100.32248)) < 1e-6,
             qPrintable(QString::number(actual2025 - runYear(2025)->actual, 'g', 12)));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), before);
}

void TestMonitoringImport::aProgressFileTurnsTheLightAndUndoTurnsItBack()
{
    const Plan before = m_doc->plan();
    MeasureTrackModel *model = m_page->measuresModel();
    int solar = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->track(i)->measure == QLatin1String("solar"))
            solar = i;
    }
    QVERIFY(solar >= 0);
    QCOMPARE(model->track(solar)->light, TrackLight::Late); // 250 of 444.44 kWp planned
    const QString path =
        write(QStringLiteral("progress.csv"),
              "measure,year,adoption,status,capex_to_date,opex_to_date,date,author,note,evidence\n"
              "solar,2025,444.45,implementing,1500000,20000,2026-01-15,能源组,补装完成,"
              "https://example.org/acceptance\n");
    ProgressImportDialog *dialog = m_page->importProgressFrom(path);
    auto *entries = dialog->findChild<QTableWidget *>(QStringLiteral("progressEntriesTable"));
    QCOMPARE(entries->rowCount(), 1);
    QCOMPARE(entries->item(0, 1)->text(), QStringLiteral("2025"));
    QCOMPARE(entries->item(0, 2)->text(), QStringLiteral("Implementing"));
    QVERIFY(importButton(dialog)->isEnabled());
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), 1);

    const MeasureProgress *entry = nullptr;
    for (const MeasureProgress &p : m_doc->plan().monitoring.progress) {
        if (p.measure == QLatin1String("solar") && p.year == 2025)
            entry = &p;
    }
    QVERIFY(entry);
    QCOMPARE(*entry->adoption, 444.45);
    QCOMPARE(*entry->capexToDate, 1500000.0);
    QCOMPARE(*entry->opexToDate, 20000.0);
    QCOMPARE(entry->updates.size(), 2); // the sample's note of 2025-12-22 and the file's
    QCOMPARE(entry->updates.back().evidence, QStringLiteral("https://example.org/acceptance"));
    // 444.45 kWp against 444.44… planned is on plan (docs/monitoring.md).
    QCOMPARE(model->track(solar)->light, TrackLight::OnTrack);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), before);
    QCOMPARE(model->track(solar)->light, TrackLight::Late);
}

void TestMonitoringImport::aDamagedProgressFileNamesTheRow()
{
    const Plan before = m_doc->plan();
    const QString path = write(QStringLiteral("progress-bad.csv"), "measure,year,adoption,status\n"
                                                                   "solar,2025,300,implementing\n"
                                                                   "wind,2025,3,implementing\n");
    ProgressImportDialog *dialog = m_page->importProgressFrom(path);
    const QString summary =
        dialog->findChild<QLabel *>(QStringLiteral("importSummaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("progress-bad.csv, line 3")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Nothing is imported while rows are rejected")),
             qPrintable(summary));
    QVERIFY(!importButton(dialog)->isEnabled());
    dialog->accept();
    QCOMPARE(m_doc->plan(), before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    dialog->reject();
}

QTEST_MAIN(TestMonitoringImport)
#include "TestMonitoringImport.moc"
