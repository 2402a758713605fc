// The Monitoring page's progress form on the Shenzhen sample (opened explicitly; assessed on
// 2026-03-01 as TestMonitoringPage does): solar's investment and running costs to date shown
// against the adopted plan's spending, a dated note with its author and a file's SHA-256 as
// evidence, stored as one undo step and listed with the measure's earlier updates.
#include "PlanDocument.h"
#include "SampleDocument.h"
#include "monitoring/MeasureTrackModel.h"
#include "monitoring/MonitoringPage.h"
#include "monitoring/MonitoringRun.h"
#include "monitoring/ProgressDetails.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"
#include "storage/FactorLibraryJson.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using namespace zeroplan;

namespace {

const QDate kAsOf(2026, 3, 1);
// SHA-256 of the three bytes "abc": the first test vector of FIPS 180-2, appendix B.1.
const QString kAbcSha256 =
    QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

} // namespace

class TestMonitoringProgressForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<MonitoringPage> m_page;

    template <typename T> T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }
    const MeasureProgress *solar2025() const
    {
        for (const MeasureProgress &p : m_doc->plan().monitoring.progress) {
            if (p.measure == QLatin1String("solar") && p.year == 2025)
                return &p;
        }
        return nullptr;
    }
    void selectSolar()
    {
        MeasureTrackModel *model = m_page->measuresModel();
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->track(i)->measure == QLatin1String("solar"))
                child<QTableView>("measureTrackView")->setCurrentIndex(model->index(i, 0));
        }
    }
    const MeasureTrack *solarTrack() const
    {
        for (const MeasureTrack &t : m_page->run()->tracking->measures) {
            if (t.measure == QLatin1String("solar"))
                return &t;
        }
        return nullptr;
    }

private slots:
    void init();
    void cleanup();
    void showsSpendingAgainstThePlanAndTheUpdates();
    void storesSpendingAndANoteWithEvidenceAsOneStep();
    void aNoteAloneIsAddedEvenOnADayWithAnUpdate();
};

void TestMonitoringProgressForm::init()
{
    QVERIFY(m_dir.isValid());
    m_doc = test::openShenzhenSample(m_dir.path());
    m_results = std::make_unique<LiveResults>(m_doc.get(), FactorLibraryJson::builtIn());
    m_page = std::make_unique<MonitoringPage>(m_doc.get(), m_results.get());
    m_page->resize(1200, 760);
    m_page->setAssessmentDate(kAsOf);
    m_page->show();
    QVERIFY(m_page->run());
    selectSolar();
}

void TestMonitoringProgressForm::cleanup()
{
    m_page.reset();
    m_results.reset();
    m_doc.reset();
}

void TestMonitoringProgressForm::showsSpendingAgainstThePlanAndTheUpdates()
{
    // The sample reports solar's investment to date: 875,000 CNY by 2025, no running costs.
    QCOMPARE(child<QDoubleSpinBox>("progressCapexSpinBox")->value(), 875000.0);
    QCOMPARE(child<QDoubleSpinBox>("progressOpexSpinBox")->text(), QStringLiteral("—"));
    const MeasureTrack *track = solarTrack();
    QVERIFY(track);
    QVERIFY(track->plannedCapexToDate > 0);
    QCOMPARE(child<QLabel>("progressCapexPlannedLabel")->text(),
             QStringLiteral("planned %1")
                 .arg(NumberFormat::money(track->plannedCapexToDate, QStringLiteral("CNY"))));
    // Its updates, newest first: 2025-12-22 and 2024-12-28 (both with their acceptance forms).
    auto *updates = child<QTableWidget>("progressUpdatesTable");
    QCOMPARE(updates->rowCount(), 2);
    QCOMPARE(updates->item(0, 0)->text(), QStringLiteral("2025-12-22"));
    QCOMPARE(updates->item(0, 1)->text(), QStringLiteral("能源组"));
    QCOMPARE(updates->item(0, 3)->text(), QStringLiteral("光伏并网验收单-2025.pdf"));
    QCOMPARE(updates->item(1, 0)->text(), QStringLiteral("2024-12-28"));
}

void TestMonitoringProgressForm::storesSpendingAndANoteWithEvidenceAsOneStep()
{
    const Plan before = m_doc->plan();
    const QString file = m_dir.filePath(QStringLiteral("acceptance.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write("abc"), qint64(3));
    }
    auto *capex = child<QDoubleSpinBox>("progressCapexSpinBox");
    auto *opex = child<QDoubleSpinBox>("progressOpexSpinBox");
    capex->setValue(910000);
    opex->setValue(12000);
    child<QLineEdit>("progressAuthorEdit")->insert(QStringLiteral("能源组 王工")); // typed
    child<QLineEdit>("progressNoteEdit")->insert(QStringLiteral("屋顶协议签订"));
    QVERIFY(m_page->progressDetails()->attachFile(file));
    QCOMPARE(child<QLineEdit>("progressEvidenceEdit")->text(),
             QStringLiteral("acceptance.txt sha256:") + kAbcSha256);

    QTest::mouseClick(child<QPushButton>("reportProgressButton"), Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const MeasureProgress *entry = solar2025();
    QVERIFY(entry);
    QCOMPARE(*entry->capexToDate, 910000.0);
    QCOMPARE(*entry->opexToDate, 12000.0);
    QCOMPARE(*entry->adoption, 250.0); // unchanged: the form showed the reported 250 kWp
    QCOMPARE(entry->updates.size(), 2);
    const ProgressUpdate &u = entry->updates.back();
    QCOMPARE(u.date, kAsOf);
    QCOMPARE(u.author, QStringLiteral("能源组 王工"));
    QCOMPARE(u.note, QStringLiteral("屋顶协议签订"));
    QCOMPARE(u.evidence, QStringLiteral("acceptance.txt sha256:") + kAbcSha256);
    // The tracking reports the figures; the form lists the note first; note and evidence are
    // emptied for the next report, the author kept.
    QCOMPARE(*solarTrack()->capexToDate, 910000.0);
    QCOMPARE(*solarTrack()->opexToDate, 12000.0);
    auto *updates = child<QTableWidget>("progressUpdatesTable");
    QCOMPARE(updates->rowCount(), 3);
    QCOMPARE(updates->item(0, 0)->text(), QStringLiteral("2026-03-01"));
    QCOMPARE(updates->item(0, 2)->text(), QStringLiteral("屋顶协议签订"));
    QVERIFY(child<QLineEdit>("progressNoteEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>("progressEvidenceEdit")->text().isEmpty());
    QCOMPARE(child<QLineEdit>("progressAuthorEdit")->text(), QStringLiteral("能源组 王工"));

    // Reporting again with nothing new changes nothing: the day already has an update.
    QTest::mouseClick(child<QPushButton>("reportProgressButton"), Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), 1);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan(), before);
    QCOMPARE(child<QDoubleSpinBox>("progressCapexSpinBox")->value(), 875000.0);
    QCOMPARE(updates->rowCount(), 2);
}

void TestMonitoringProgressForm::aNoteAloneIsAddedEvenOnADayWithAnUpdate()
{
    // A link as evidence; a second note the same day is a second update.
    QTest::keyClicks(child<QLineEdit>("progressNoteEdit"), QStringLiteral("first"));
    QTest::mouseClick(child<QPushButton>("reportProgressButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("progressNoteEdit"), QStringLiteral("second"));
    QTest::keyClicks(child<QLineEdit>("progressEvidenceEdit"),
                     QStringLiteral("https://example.org/minutes"));
    QTest::mouseClick(child<QPushButton>("reportProgressButton"), Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    const MeasureProgress *entry = solar2025();
    QCOMPARE(entry->updates.size(), 3);
    QCOMPARE(entry->updates.at(1).note, QStringLiteral("first"));
    QCOMPARE(entry->updates.at(2).note, QStringLiteral("second"));
    QCOMPARE(entry->updates.at(2).evidence, QStringLiteral("https://example.org/minutes"));
    // An unreadable file is refused as evidence, and the field is left as it was.
    QVERIFY(!m_page->progressDetails()->attachFile(m_dir.filePath(QStringLiteral("none.pdf"))));
    QVERIFY(ProgressDetails::fileEvidence(m_dir.filePath(QStringLiteral("none.pdf"))).isEmpty());
}

QTEST_MAIN(TestMonitoringProgressForm)
#include "TestMonitoringProgressForm.moc"
