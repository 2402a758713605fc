// ProblemListModel and ProblemLocation: the open plan's problems as a table that follows the
// document 300 ms after its last change, each with its place in words. The model is watched
// by QAbstractItemModelTester throughout. Starts from the bundled Shenzhen sample, which has
// no problem at all (TestSamplePlans).
#include "AddRemoveActivity.h"
#include "AddRemoveMeasure.h"
#include "PlanDocument.h"
#include "ReplaceActivity.h"
#include "SampleDocument.h"
#include "baseline/ActivityTableModel.h"
#include "inventory/FactorLibrary.h"
#include "measures/MeasureCatalogue.h"
#include "present/LiveResults.h"
#include "problems/ProblemListModel.h"
#include "problems/ProblemLocation.h"
#include "storage/FactorLibraryJson.h"
#include "storage/ProblemReport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace zeroplan;

class TestProblemListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheProblemsOfTheOpenPlanAfterTheDelay();
    void severityWhereAndMessageColumns();
    void countsErrorsAndWarnings();
    void followsUndoBackToNoProblems();
    void noPlanIsNoRows();
    void placesInWords_data();
    void placesInWords();
    void activityFieldsNameTheirColumn();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<LiveResults> m_results;
    std::unique_ptr<ProblemListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestProblemListModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestProblemListModel::init()
{
    m_document = test::openShenzhenSample(m_dir.path());
    m_results = std::make_unique<LiveResults>(m_document.get(), FactorLibraryJson::builtIn());
    m_model = std::make_unique<ProblemListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setResults(m_results.get());
}

void TestProblemListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_results.reset();
    m_document.reset();
}

// The first activity line of the sample without its factor: one error at its factor.
void TestProblemListModel::listsTheProblemsOfTheOpenPlanAfterTheDelay()
{
    QCOMPARE(m_model->rowCount(), 0);
    ActivityLine line = m_document->plan().activities.at(0);
    line.factor.clear();
    m_document->undoStack()->push(new ReplaceActivity(m_document.get(), 0, line));
    // The validator has run (LiveResults), the list waits for the typing to stop.
    QCOMPARE(m_results->problems().size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE(m_model->rowCount(), 1);
    QVERIFY2(clock.elapsed() >= ProblemListModel::kDelayMilliseconds - 20,
             qPrintable(QString::number(clock.elapsed())));
    const QModelIndex where = m_model->index(0, ProblemListModel::WhereColumn);
    QCOMPARE(where.data(ProblemListModel::PathRole).toString(),
             QStringLiteral("/activities/0/factor"));
    QCOMPARE(where.data().toString(), QStringLiteral("Baseline, line 1 (%1), emission factor")
                                          .arg(ProblemReport::carrierName(line.carrier)));
}

void TestProblemListModel::severityWhereAndMessageColumns()
{
    ActivityLine line = m_document->plan().activities.at(0);
    line.factor.clear();
    line.amount = 0; // a warning too: amount 0 without a notation key
    m_document->undoStack()->push(new ReplaceActivity(m_document.get(), 0, line));
    m_model->refresh();
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->rowCount(), 2);
    QStringList severities;
    QStringList messages;
    for (int row = 0; row < 2; ++row) {
        severities << m_model->index(row, ProblemListModel::SeverityColumn).data().toString();
        messages << m_model->index(row, ProblemListModel::MessageColumn).data().toString();
        QVERIFY(!m_model->index(row, ProblemListModel::SeverityColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QVERIFY(
            m_model->index(row, ProblemListModel::MessageColumn).data(Qt::DecorationRole).isNull());
    }
    // In the validator's order: the amount is checked before the factor.
    QCOMPARE(severities, (QStringList{QStringLiteral("Warning"), QStringLiteral("Error")}));
    QVERIFY2(messages.at(0).startsWith(QStringLiteral("amount is 0")), qPrintable(messages.at(0)));
    QCOMPARE(messages.at(1), QStringLiteral("the line has no emission factor; give a factor id"));
    QCOMPARE(m_model->headerData(ProblemListModel::WhereColumn, Qt::Horizontal).toString(),
             QStringLiteral("Where"));
}

void TestProblemListModel::countsErrorsAndWarnings()
{
    QSignalSpy counts(m_model.get(), &ProblemListModel::countsChanged);
    QCOMPARE(m_model->summary(), QStringLiteral("No problems"));
    // Two lines without a factor (2 errors) and a custom measure whose share is left at
    // the default beside an amount (1 warning).
    for (int i = 0; i < 2; ++i) {
        ActivityLine line = m_document->plan().activities.at(i);
        line.factor.clear();
        m_document->undoStack()->push(new ReplaceActivity(m_document.get(), i, line));
    }
    Measure custom = MeasureCatalogue::makeDefault(MeasureKind::Custom, QStringLiteral("x"), 2025);
    custom.parameters[QStringLiteral("amount_t")].value = 1;
    custom.targets = QStringList{m_document->plan().activities.at(2).id};
    m_document->undoStack()->push(new AddMeasure(m_document.get(), custom));
    QTRY_COMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->errorCount(), 2);
    QCOMPARE(m_model->warningCount(), 1);
    QVERIFY2(m_model->summary().startsWith(QStringLiteral("2 error")),
             qPrintable(m_model->summary()));
    QVERIFY2(m_model->summary().contains(QStringLiteral("1 warning")),
             qPrintable(m_model->summary()));
    QVERIFY(counts.count() >= 1);
}

void TestProblemListModel::followsUndoBackToNoProblems()
{
    ActivityLine line = m_document->plan().activities.at(3);
    line.factor = QStringLiteral("no-such-factor");
    m_document->undoStack()->push(new ReplaceActivity(m_document.get(), 3, line));
    QTRY_COMPARE(m_model->rowCount(), 1);
    QVERIFY(m_model->index(0, ProblemListModel::MessageColumn)
                .data()
                .toString()
                .contains(QStringLiteral("no-such-factor")));
    m_document->undoStack()->undo();
    QTRY_COMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->errorCount(), 0);
    QCOMPARE(m_model->summary(), QStringLiteral("No problems"));
}

void TestProblemListModel::noPlanIsNoRows()
{
    ActivityLine line = m_document->plan().activities.at(0);
    line.factor.clear();
    m_document->undoStack()->push(new ReplaceActivity(m_document.get(), 0, line));
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 1);
    m_model->setResults(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->results(), nullptr);
    // Results that go away leave an empty list, not a dangling one.
    m_model->setResults(m_results.get());
    QCOMPARE(m_model->rowCount(), 1);
    m_results.reset();
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestProblemListModel::placesInWords_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("area");
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("words");
    using Area = ProblemLocation::Area;
    const auto row = [](const char *path, Area area, int item, const QString &words) {
        QTest::newRow(*path ? path : "(empty)")
            << QString::fromLatin1(path) << int(area) << item << words;
    };
    row("/community/population", Area::Community, -1, QStringLiteral("Community, population"));
    row("/title", Area::Community, -1, QStringLiteral("Community, plan title"));
    row("/drivers/household_growth", Area::Community, -1,
        QStringLiteral("Community, household growth"));
    row("/community/targets/interim/1/cut", Area::Community, -1,
        QStringLiteral("Community, interim target 2, cut"));
    row("/people/volunteers/hours_per_year", Area::Community, -1,
        QStringLiteral("Community, volunteer network, hours a year"));
    row("/people/activities/99/month", Area::Community, -1,
        QStringLiteral("Community, activity 100, month"));       // no such activity: not named
    row("/measures/0/start_year", Area::Measures, 0, QString()); // named from the plan below
    row("/scenarios/0/name", Area::Scenarios, 0, QString());     // likewise
    row("/drivers/sector_trends/2/rate", Area::Plan, -1,
        QStringLiteral("Growth, sector trend 3, rate"));
    row("/factor_set", Area::Plan, -1, QStringLiteral("Plan, factor set"));
    row("/activities/x/factor", Area::Plan, -1, QStringLiteral("Plan, activities/x/factor"));
    row("", Area::Plan, -1, QStringLiteral("Plan"));
}

void TestProblemListModel::placesInWords()
{
    QFETCH(QString, path);
    QFETCH(int, area);
    QFETCH(int, item);
    QFETCH(QString, words);
    const Plan &plan = m_document->plan();
    const ProblemLocation location = ProblemLocation::of(path);
    QCOMPARE(int(location.area), area);
    QCOMPARE(location.item, item);
    if (words.isEmpty() && location.area == ProblemLocation::Area::Measures)
        words = QStringLiteral("Measures, “%1”, start year").arg(plan.measures.at(0).name);
    if (words.isEmpty() && location.area == ProblemLocation::Area::Scenarios)
        words = QStringLiteral("Scenarios, “%1”, name").arg(plan.scenarios.at(0).name);
    QCOMPARE(location.describe(plan), words);
}

// A parameter is named as the form names it, a JSON pointer's escapes are undone, and an
// activity field names the table column the navigation selects.
void TestProblemListModel::activityFieldsNameTheirColumn()
{
    const Plan &plan = m_document->plan();
    qsizetype composting = -1;
    for (qsizetype i = 0; i < plan.measures.size(); ++i) {
        if (plan.measures.at(i).kind == MeasureKind::Composting)
            composting = i;
    }
    QVERIFY(composting >= 0);
    const QString parameter =
        QStringLiteral("/measures/%1/parameters/capacity_t/low").arg(composting);
    QCOMPARE(ProblemLocation::of(parameter).describe(plan),
             QStringLiteral("Measures, “%1”, Organic waste composted (low)")
                 .arg(plan.measures.at(composting).name));
    const ProblemLocation escaped =
        ProblemLocation::of(QStringLiteral("/measures/0/parameters/a~1b~0c"));
    QCOMPARE(escaped.field(), (QStringList{QStringLiteral("parameters"), QStringLiteral("a/b~c")}));

    const ProblemLocation unit = ProblemLocation::of(QStringLiteral("/activities/2/unit"));
    QCOMPARE(unit.area, ProblemLocation::Area::Baseline);
    QCOMPARE(unit.item, 2);
    QCOMPARE(unit.activityColumn(), int(ActivityTableModel::UnitColumn));
    QCOMPARE(ProblemLocation::of(QStringLiteral("/activities/2/id")).activityColumn(), -1);
    QCOMPARE(ProblemLocation::of(QStringLiteral("/activities/2/id")).describe(plan),
             QStringLiteral("Baseline, line 3 (%1), id")
                 .arg(ProblemReport::carrierName(plan.activities.at(2).carrier)));
    // A line that is no longer there is still named by its number.
    QCOMPARE(ProblemLocation::of(QStringLiteral("/activities/999/amount")).describe(plan),
             QStringLiteral("Baseline, line 1000, amount"));
}

QTEST_MAIN(TestProblemListModel)
#include "TestProblemListModel.moc"
