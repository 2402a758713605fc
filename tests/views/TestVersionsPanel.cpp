// The Versions panel (docs/history.md, "Versions" and "Compare"; docs/desktop.md): the sample
// saved as a project file has one automatic version; File → Versions… shows it; a population
// typed on the Community page, then a name and comment typed and Save Version pressed, save
// the plan and keep it as a named version; the first version chosen and Compare pressed set it
// beside the plan now: the one input changed with its values, and every scenario's figures as
// the engine gives them for each plan; two versions chosen are compared with each other; Open
// puts the first version in the window, read-only, its file unchanged; a JSON plan offers no
// versions.
#include "MainWindowTest.h"
#include "engine/PlanRun.h"
#include "history/HistoryDock.h"
#include "history/VersionsPanel.h"
#include "reportpage/ReportPage.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"

#include <QComboBox>
#include <QLabel>
#include <QPdfDocument>
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
    void changesAppendixInThePrintedPlan();
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

    // Version 1 opened, read-only: the plan it keeps, untitled, named after it; the file as it
    // was.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    tree->clearSelection();
    tree->topLevelItem(1)->setSelected(true);
    auto *open = dock->findChild<QPushButton *>(QStringLiteral("openVersionButton"));
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    PlanDocument *opened = window->document();
    QVERIFY(opened != document);
    QVERIFY(opened->isUntitled() && !opened->isModified());
    QCOMPARE(opened->plan(), first);
    QCOMPARE(opened->displayName(), QStringLiteral("xinqiao.zeroplan, version 1"));
    auto *notice = window->findChild<QLabel *>(QStringLiteral("exampleNotice"));
    QVERIFY(notice->isVisibleTo(window.get()));
    QVERIFY2(notice->text().startsWith(QStringLiteral("This is xinqiao.zeroplan, version 1, "
                                                      "opened read-only")),
             qPrintable(notice->text()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
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

// The sample saved (version 1), a population typed and saved again (version 2): on the Report
// page, "Changes since" version 1 adds the appendix with that change, its author and its
// values, in English and in Chinese; "No appendix" prints none.
void TestVersionsPanel::changesAppendixInThePrintedPlan()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    PlanDocument *document = window->document();
    document->setAuthor(QStringLiteral("李伟"), QString());
    QTemporaryDir dir;
    QString error;
    QVERIFY2(document->saveAs(dir.filePath(QStringLiteral("xinqiao.zeroplan")), &error),
             qPrintable(error));
    const double before = document->plan().community.population;
    window->showPage(MainWindow::Page::Community);
    auto *population = window->findChild<QDoubleSpinBox *>(QStringLiteral("populationSpinBox"));
    population->setFocus();
    population->selectAll();
    QTest::keyClicks(population, QStringLiteral("4321"));
    QVERIFY2(document->save(&error), qPrintable(error));
    QCOMPARE(document->versions().size(), 2);

    window->showPage(MainWindow::Page::Report);
    auto *page = window->findChild<ReportPage *>(QStringLiteral("reportPage"));
    auto *since = page->findChild<QComboBox *>(QStringLiteral("changesSinceComboBox"));
    QCOMPARE(since->count(), 3); // none, 2, 1
    QCOMPARE(since->itemText(0), QStringLiteral("No appendix"));
    QVERIFY(since->itemText(2).startsWith(QStringLiteral("1 · Saved ")));
    const auto printed = [page] {
        page->refreshPreview();
        QString text;
        QPdfDocument *pdf = page->previewDocument();
        for (int i = 0; i < pdf->pageCount(); ++i)
            text += pdf->getAllText(i).text() + QLatin1Char(' ');
        return text.normalized(QString::NormalizationForm_KC).simplified();
    };
    QVERIFY(!printed().contains(QStringLiteral("Appendix: changes")));
    since->setCurrentIndex(2);
    QString text = printed();
    QVERIFY2(text.contains(QStringLiteral("Appendix: changes since an earlier version")),
             qPrintable(text.right(600)));
    QVERIFY2(text.contains(QStringLiteral("Every change made to the plan since version 1, saved ")),
             qPrintable(text.right(600)));
    QVERIFY(text.contains(QStringLiteral("by 李伟: 1 change, oldest first")));
    for (const QString &cell :
         {QStringLiteral("community.population"), QLocale().toString(before, 'g', 12),
          QLocale().toString(4321.0, 'g', 12)})
        QVERIFY2(text.contains(cell), qPrintable(cell + QStringLiteral("\n") + text.right(600)));

    auto *language = page->findChild<QComboBox *>(QStringLiteral("reportLanguageComboBox"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    text = printed();
    // In the compatibility normal form, full-width "：" and "（" read as ":" and "(".
    QVERIFY2(text.contains(QStringLiteral("附录:自早前版本以来的修改")),
             qPrintable(text.right(600)));
    QVERIFY2(text.contains(QStringLiteral("自版本 1(李伟 保存于 ")), qPrintable(text.right(600)));
}

QTEST_MAIN(TestVersionsPanel)
#include "TestVersionsPanel.moc"
