// The Versions panel (docs/history.md, "Versions" and "Compare"; docs/desktop.md): the sample
// saved as a project file has one automatic version; File → Versions… shows it; a population
// typed on the Community page, then a name and comment typed and Save Version pressed, save
// the plan and keep it as a named version; the first version chosen and Compare pressed set it
// beside the plan now: the one input changed with its values, and every scenario's figures as
// the engine gives them for each plan; two versions chosen are compared with each other; a
// JSON plan offers no versions.
#include "MainWindowTest.h"
#include "engine/PlanRun.h"
#include "history/HistoryDock.h"
#include "history/VersionsPanel.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>

using namespace zeroplan;
using namespace zeroplan::test;

class TestVersionsPanel : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("TestVersionsPanel"); }
    void init() { initWindowTest(); }
    void cleanup() { cleanupWindowTest(); }
    void nameAndCompareVersions();
    void jsonPlanOffersNone();
};

void TestVersionsPanel::nameAndCompareVersions()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    PlanDocument *document = window->document();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("xinqiao.zeroplan"));
    QString error;
    QVERIFY2(document->saveAs(path, &error), qPrintable(error));
    const Plan first = document->plan();

    // File → Versions…: the dock on its Versions tab, the save's version listed.
    auto *dock = window->findChild<HistoryDock *>(QStringLiteral("historyDock"));
    QVERIFY(dock && dock->isHidden());
    window->findChild<QAction *>(QStringLiteral("versionsAction"))->trigger();
    QVERIFY(dock->isVisible());
    auto *tabs = dock->findChild<QTabWidget *>(QStringLiteral("historyTabs"));
    QCOMPARE(tabs->currentWidget(), dock->versions());
    auto *tree = dock->findChild<QTreeWidget *>(QStringLiteral("versionsTree"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("1"));
    QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("Automatic"));

    // A population typed, then a named version.
    window->showPage(MainWindow::Page::Community);
    auto *population = window->findChild<QDoubleSpinBox *>(QStringLiteral("populationSpinBox"));
    population->setFocus();
    population->selectAll();
    QTest::keyClicks(population, QStringLiteral("4321"));
    QCOMPARE(document->plan().community.population, 4321.0);
    auto *save = dock->findChild<QPushButton *>(QStringLiteral("saveVersionButton"));
    QVERIFY(!save->isEnabled()); // no name yet
    QTest::keyClicks(dock->findChild<QLineEdit *>(QStringLiteral("versionNameEdit")),
                     QStringLiteral("draft for committee 2026-03"));
    QTest::keyClicks(dock->findChild<QLineEdit *>(QStringLiteral("versionCommentEdit")),
                     QStringLiteral("population from the 2025 census"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!document->isModified());
    QCOMPARE(document->versions().size(), 2);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem *named = tree->topLevelItem(0); // newest first
    QCOMPARE(named->text(0), QStringLiteral("2"));
    QCOMPARE(named->text(3), QStringLiteral("Named"));
    QCOMPARE(named->text(4), QStringLiteral("draft for committee 2026-03"));
    QCOMPARE(named->text(5), QStringLiteral("population from the 2025 census"));
    auto *message = dock->findChild<QLabel *>(QStringLiteral("versionsMessageLabel"));
    QCOMPARE(message->text(),
             QStringLiteral("Saved and kept as version 2, \"draft for committee 2026-03\"."));
    QCOMPARE(PlanStore::load(path).history.versions, document->versions());

    // Version 1 beside the plan now.
    auto *compare = dock->findChild<QPushButton *>(QStringLiteral("compareVersionsButton"));
    QVERIFY(!compare->isEnabled());
    tree->topLevelItem(1)->setSelected(true);
    QVERIFY(compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);
    auto *comparison = dock->findChild<QTreeWidget *>(QStringLiteral("versionComparisonTree"));
    QVERIFY2(comparison->headerItem()->text(1).startsWith(QStringLiteral("1 · Saved ")),
             qPrintable(comparison->headerItem()->text(1)));
    QCOMPARE(comparison->headerItem()->text(2), QStringLiteral("Now"));
    QTreeWidgetItem *inputs = comparison->topLevelItem(0);
    QCOMPARE(inputs->text(0), QStringLiteral("1 input changed:"));
    QCOMPARE(inputs->childCount(), 1);
    QCOMPARE(inputs->child(0)->text(0), QStringLiteral("community.population"));
    QCOMPARE(inputs->child(0)->text(1), QLocale().toString(first.community.population, 'g', 12));
    QCOMPARE(inputs->child(0)->text(2), QLocale().toString(4321.0, 'g', 12));
    // The base year's amounts are given, not driven: business as usual starts the same.
    QTreeWidgetItem *bau = comparison->topLevelItem(1);
    QCOMPARE(bau->child(0)->text(3), QLocale().toString(0.0, 'f', 1));
    // Each scenario: the engine's figures for each plan, to the one decimal shown.
    const FactorLibrary &library = FactorLibraryJson::builtIn();
    const PlanRun before = PlanRun::run(first, library);
    const PlanRun after = PlanRun::run(document->plan(), library);
    QCOMPARE(comparison->topLevelItemCount(), 2 + qsizetype(first.scenarios.size()));
    for (int i = 0; i < first.scenarios.size(); ++i) {
        QTreeWidgetItem *scenario = comparison->topLevelItem(2 + i);
        QCOMPARE(scenario->text(0), first.scenarios[i].name);
        QCOMPARE(scenario->child(3)->text(0), QStringLiteral("Present cost (CNY)"));
        const double from = before.result.scenarios[size_t(i)].presentCost;
        const double to = after.result.scenarios[size_t(i)].presentCost;
        QCOMPARE(scenario->child(3)->text(1), QLocale().toString(from, 'f', 1));
        QCOMPARE(scenario->child(3)->text(2), QLocale().toString(to, 'f', 1));
        QCOMPARE(scenario->child(3)->text(3), QLocale().toString(to - from, 'f', 1));
        const YearSeries &net = after.result.scenarios[size_t(i)].net;
        QCOMPARE(scenario->child(1)->text(2), QLocale().toString(net[net.size() - 1], 'f', 1));
    }

    // Both versions chosen: the older beside the newer, which is the plan now.
    tree->topLevelItem(0)->setSelected(true);
    QTest::mouseClick(compare, Qt::LeftButton);
    QCOMPARE(comparison->headerItem()->text(2), QStringLiteral("2 · draft for committee 2026-03"));
    QCOMPARE(comparison->topLevelItem(0)->text(0), QStringLiteral("1 input changed:"));
}

void TestVersionsPanel::jsonPlanOffersNone()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(window->document()->saveAs(dir.filePath(QStringLiteral("xinqiao.json")), &error),
             qPrintable(error));
    window->findChild<QAction *>(QStringLiteral("versionsAction"))->trigger();
    auto *dock = window->findChild<HistoryDock *>(QStringLiteral("historyDock"));
    QVERIFY(!dock->findChild<QLineEdit *>(QStringLiteral("versionNameEdit"))->isEnabled());
    QCOMPARE(dock->findChild<QLabel *>(QStringLiteral("versionsMessageLabel"))->text(),
             QStringLiteral("A JSON plan keeps no versions: save it as a ZeroPlan project "
                            "(.zeroplan) to keep them."));
}

QTEST_MAIN(TestVersionsPanel)
#include "TestVersionsPanel.moc"
