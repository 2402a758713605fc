#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "charts/FanChart.h"
#include "charts/TornadoChart.h"
#include "engine/MonteCarlo.h"
#include "inventory/FactorLibrary.h"
#include "present/LiveResults.h"
#include "present/ProbabilityWords.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "uncertainty/UncertaintyPage.h"

#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

using namespace zeroplan;

namespace {
// Unoptimised and sanitizer builds take far longer than a release build for 10,000 samples.
constexpr int kRunTimeoutMs = 600000;
} // namespace

class TestUncertaintyPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyBeforeTheFirstRun();
    void runMatchesMonteCarlo();
    void cancelKeepsThePreviousState();
    void cancelAfterProgress();
    void destroyWhileRunning();

private:
    template <typename T> T *child(const char *name)
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void runToTheEnd();
    void editPlan();

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<UncertaintyPage> m_page;
};

void TestUncertaintyPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestUncertaintyPage::init()
{
    const PlanReadResult read =
        PlanJson::readFile(QStringLiteral(":/samples/shenzhen-xinqiao.json"));
    QVERIFY(read.plan);
    m_document = PlanDocument::fromPlan(*read.plan, m_dir.path());
    m_results = std::make_unique<LiveResults>(m_document.get(), FactorLibraryJson::builtIn());
    m_page = std::make_unique<UncertaintyPage>(m_document.get(), m_results.get());
    m_page->resize(1200, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestUncertaintyPage::cleanup()
{
    m_page.reset();
    m_results.reset();
    m_document.reset();
}

void TestUncertaintyPage::runToTheEnd()
{
    QTest::mouseClick(child<QPushButton>("runUncertaintyButton"), Qt::LeftButton);
    QVERIFY(m_page->run()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->run()->isRunning(), kRunTimeoutMs);
}

// An edit that changes what the run would compute: the population, which drives BAU.
void TestUncertaintyPage::editPlan()
{
    m_document->undoStack()->push(
        new ChangeValue<double>(m_document.get(), PlanFields::population(), 1200.0));
}

void TestUncertaintyPage::emptyBeforeTheFirstRun()
{
    QVERIFY(child<FanChart>("fanChart")->isShowingEmptyMessage());
    QVERIFY(child<TornadoChart>("tornadoChart")->isShowingEmptyMessage());
    QVERIFY(child<QPushButton>("runUncertaintyButton")->isEnabled());
    QVERIFY(!child<QPushButton>("cancelUncertaintyButton")->isEnabled());
    QCOMPARE(child<QProgressBar>("uncertaintyProgressBar")->value(), 0);
    QVERIFY(child<QLabel>("probabilityLabel")->text().contains(QStringLiteral("10,000")));
    QVERIFY(child<QLabel>("uncertaintyStaleLabel")->isHidden());
}

void TestUncertaintyPage::runMatchesMonteCarlo()
{
    auto *bar = child<QProgressBar>("uncertaintyProgressBar");
    QList<int> seen;
    connect(bar, &QProgressBar::valueChanged, this, [&seen](int value) { seen << value; });
    QTest::mouseClick(child<QPushButton>("runUncertaintyButton"), Qt::LeftButton);
    QVERIFY(!child<QPushButton>("runUncertaintyButton")->isEnabled());
    QVERIFY(child<QPushButton>("cancelUncertaintyButton")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), 100, kRunTimeoutMs);
    QVERIFY(!m_page->run()->isRunning());
    QVERIFY(child<QPushButton>("runUncertaintyButton")->isEnabled());
    QVERIFY(!child<QPushButton>("cancelUncertaintyButton")->isEnabled());
    // The bar moved forward in steps along the way, never back.
    QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size())));
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));

    // The same input and seed straight through the engine: the same words and percent.
    MonteCarloOptions options;
    options.samples = UncertaintyRun::kSamples;
    options.seed = UncertaintyRun::kSeed;
    const std::optional<UncertaintyResult> direct =
        MonteCarlo::run(m_results->compileCurrent(), options);
    QVERIFY(direct);
    QCOMPARE(direct->targetYear, 2030); // the sample's neutrality target
    const QString expected =
        ProbabilityWords::sentence(direct->targetYear, direct->pNeutralByTarget);
    QCOMPARE(child<QLabel>("probabilityLabel")->text(), expected);
    QVERIFY(expected.contains(ProbabilityWords::phrase(direct->pNeutralByTarget)));
    const QString details = child<QLabel>("uncertaintyDetailsLabel")->text();
    QVERIFY2(details.contains(QStringLiteral("10,000")), qPrintable(details));
    QVERIFY2(details.contains(QString::number(UncertaintyRun::kSeed)), qPrintable(details));
    QVERIFY(!child<FanChart>("fanChart")->isShowingEmptyMessage());
    QVERIFY(!child<TornadoChart>("tornadoChart")->isShowingEmptyMessage());
    QVERIFY(child<QLabel>("uncertaintyStaleLabel")->isHidden());
    // The tornado's rows: no two alike, each naming its parameter as the catalogue does,
    // never by its key (the sample's custom measure and green power both have a "share").
    TornadoChart *tornado = child<TornadoChart>("tornadoChart");
    const QStringList rows = tornado->rowLabels();
    QVERIFY(rows.size() >= 5);
    QCOMPARE(QSet<QString>(rows.begin(), rows.end()).size(), rows.size());
    for (const QString &row : rows) {
        const QString parameter = row.section(QStringLiteral(" — "), -1);
        QVERIFY2(!parameter.contains(QLatin1Char('_')) && parameter != QStringLiteral("share") &&
                     parameter.at(0).isUpper(),
                 qPrintable(row));
    }
    // The axis is centred on the net with every value likely, and reaches every bar.
    const double base = tornado->baseLine()->points().front().x();
    QVERIFY(tornado->tonnesAxis()->min() < base && base < tornado->tonnesAxis()->max());
    QVERIFY(tornado->tonnesAxis()->min() > 0); // the sample's 2030 net is far above zero

    // An edit makes the results stale; undoing it makes them current again.
    editPlan();
    QVERIFY(m_page->isStale());
    QVERIFY(!child<QLabel>("uncertaintyStaleLabel")->isHidden());
    QVERIFY(child<QLabel>("uncertaintyStaleLabel")->text().contains(QStringLiteral("run again")));
    m_document->undoStack()->undo();
    QVERIFY(!m_page->isStale());
    QVERIFY(child<QLabel>("uncertaintyStaleLabel")->isHidden());
}

// Cancel pressed at once: the worker may even be done, the results stay those of the run
// before, still marked stale for the edit made since.
void TestUncertaintyPage::cancelKeepsThePreviousState()
{
    runToTheEnd();
    const QString before = child<QLabel>("probabilityLabel")->text();
    const QString details = child<QLabel>("uncertaintyDetailsLabel")->text();
    editPlan();
    QVERIFY(m_page->isStale());

    QTest::mouseClick(child<QPushButton>("runUncertaintyButton"), Qt::LeftButton);
    QVERIFY(m_page->run()->isRunning());
    QSignalSpy cancelled(m_page->run(), &UncertaintyRun::cancelled);
    QSignalSpy finished(m_page->run(), &UncertaintyRun::finished);
    QTest::mouseClick(child<QPushButton>("cancelUncertaintyButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, kRunTimeoutMs);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(child<QLabel>("probabilityLabel")->text(), before);
    QCOMPARE(child<QLabel>("uncertaintyDetailsLabel")->text(), details);
    QVERIFY(m_page->isStale());
    QVERIFY(!child<QLabel>("uncertaintyStaleLabel")->isHidden());
    QCOMPARE(child<QProgressBar>("uncertaintyProgressBar")->value(), 0);
    QVERIFY(
        child<QLabel>("uncertaintyStatusLabel")->text().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(child<QPushButton>("runUncertaintyButton")->isEnabled());
    QVERIFY(!child<QPushButton>("cancelUncertaintyButton")->isEnabled());

    // And a new run after a cancel works.
    runToTheEnd();
    QVERIFY(!m_page->isStale());
}

// Cancel pressed when the first progress arrives, with no earlier run: still the empty state.
void TestUncertaintyPage::cancelAfterProgress()
{
    auto *cancel = child<QPushButton>("cancelUncertaintyButton");
    QSignalSpy cancelled(m_page->run(), &UncertaintyRun::cancelled);
    connect(m_page->run(), &UncertaintyRun::progress, cancel, [cancel] {
        if (cancel->isEnabled())
            QTest::mouseClick(cancel, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>("runUncertaintyButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, kRunTimeoutMs);
    QVERIFY(child<FanChart>("fanChart")->isShowingEmptyMessage());
    QVERIFY(child<QLabel>("probabilityLabel")->text().contains(QStringLiteral("Press")));
    QVERIFY(
        child<QLabel>("uncertaintyStatusLabel")->text().startsWith(QStringLiteral("Cancelled")));
}

void TestUncertaintyPage::destroyWhileRunning()
{
    // At once, before any progress.
    QTest::mouseClick(child<QPushButton>("runUncertaintyButton"), Qt::LeftButton);
    m_page.reset();
    // After some progress.
    m_page = std::make_unique<UncertaintyPage>(m_document.get(), m_results.get());
    m_page->show();
    QTest::mouseClick(child<QPushButton>("runUncertaintyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>("uncertaintyProgressBar")->value() > 0 ||
                                 !m_page->run()->isRunning(),
                             kRunTimeoutMs);
    m_page.reset();
    // Whatever the workers posted to the page is dropped with it.
    QTest::qWait(200);
    QVERIFY(!m_page);
}

QTEST_MAIN(TestUncertaintyPage)
#include "TestUncertaintyPage.moc"
