// The desktop app's main window, driven as a user would: under
// QT_QPA_PLATFORM=offscreen, with fresh settings from QStandardPaths' test mode. Its pages in
// order, the key figures and the verdict, a measure from the gallery, Chinese, the title, the
// first window's size. Files are in TestMainWindowFiles, undo in TestMainWindowUndo.
#include "MainWindowTest.h"

using namespace zeroplan;
using namespace zeroplan::test;

class TestMainWindow : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase("TestMainWindow"); }
    void init() { initWindowTest(); }
    void cleanup() { cleanupWindowTest(); }

    void navigatesTheWorkInOrder();
    void keyFiguresShowTheBaselineAndNeutrality();
    void newPlanAsksForABaselineBeforeAnyVerdict();
    void sampleVerdictAndKeyFiguresNameTheTarget();
    void addsSolarThroughTheGalleryAndThePathwayChanges();
    void switchesToChinese();
    void titleFollowsThePlanTitleAsItIsTyped();
    void titleNamesTheAdoptedVersion();
    void firstWindowFitsA1366x768Screen();
};

void TestMainWindow::navigatesTheWorkInOrder()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    const QStringList expected = {
        QStringLiteral("Community"),   QStringLiteral("Baseline"), QStringLiteral("Measures"),
        QStringLiteral("Scenarios"),   QStringLiteral("Optimise"), QStringLiteral("Pathway"),
        QStringLiteral("Monitoring"),  QStringLiteral("Costs"),    QStringLiteral("Residents"),
        QStringLiteral("Uncertainty"), QStringLiteral("Report")};
    QCOMPARE(navigation->count(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(navigation->item(i)->text().endsWith(expected.at(i)),
                 qPrintable(navigation->item(i)->text()));
    const char *pages[] = {"communityPage", "baselinePage",    "measuresPage",   "scenariosPage",
                           "optimisePage",  "pathwayPage",     "monitoringPage", "costsPage",
                           "residentsPage", "uncertaintyPage", "reportPage"};
    for (int i = 0; i < expected.size(); ++i) {
        navigation->setCurrentRow(i);
        QWidget *page = window->findChild<QWidget *>(QString::fromLatin1(pages[i]));
        QVERIFY2(page && page->isVisible(), pages[i]);
    }
    QVERIFY(window->showPage(QStringLiteral("costs")));
    QCOMPARE(window->currentPage(), MainWindow::Page::Costs);
    QVERIFY(!window->showPage(QStringLiteral("nowhere")));
}

void TestMainWindow::keyFiguresShowTheBaselineAndNeutrality()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    const PlanResult &result = window->results()->result();
    const Plan &plan = window->document()->plan();
    auto *baseline = window->findChild<QLabel *>(QStringLiteral("baselineFigure"));
    auto *perResident = window->findChild<QLabel *>(QStringLiteral("perResidentFigure"));
    auto *neutrality = window->findChild<QLabel *>(QStringLiteral("neutralityFigure"));
    QVERIFY(baseline && perResident && neutrality);
    // The baseline is BAU in the base year; per resident it is divided by the population.
    const double total = result.bauGross[0];
    QVERIFY(total > 100); // 629.8 tCO₂e/yr in 2023 (zeroplan-cli simulate)
    QVERIFY2(baseline->text().contains(QLocale().toString(total, 'f', 0)),
             qPrintable(baseline->text()));
    const double perHead = total / plan.community.population;
    QVERIFY2(perResident->text().contains(QLocale().toString(perHead, 'f', perHead >= 10 ? 1 : 2)),
             qPrintable(perResident->text()));
    const ScenarioResult *current = window->results()->currentResult();
    QVERIFY(current);
    const QString expected = current->neutralFrom ? QString::number(*current->neutralFrom)
                                                  : QString::number(plan.community.horizonEnd);
    QVERIFY2(neutrality->text().contains(expected), qPrintable(neutrality->text()));
}

// A new plan has no activity: its net is 0 in the base year, which is no neutrality. The key
// figures and the Pathway verdict ask for a baseline until one emits something; a line of
// 0 kWh is no baseline either.
void TestMainWindow::newPlanAsksForABaselineBeforeAnyVerdict()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    triggerNewPlan(window.get());
    QVERIFY(window->document()->plan().activities.isEmpty());
    QCOMPARE(window->document()->plan().title, QString()); // the new plan, not the sample
    auto *baseline = window->findChild<QLabel *>(QStringLiteral("baselineFigure"));
    auto *neutrality = window->findChild<QLabel *>(QStringLiteral("neutralityFigure"));
    auto *perTonne = window->findChild<QLabel *>(QStringLiteral("costPerTonneFigure"));
    auto *interim = window->findChild<QLabel *>(QStringLiteral("interimFigure"));
    QVERIFY(baseline && neutrality && perTonne && interim);
    const auto expectNoVerdict = [&] {
        QCOMPARE(baseline->text(), QStringLiteral("—"));
        QCOMPARE(neutrality->text(), QStringLiteral("Add a baseline first"));
        QCOMPARE(perTonne->text(), QStringLiteral("—"));
        QCOMPARE(interim->text(), QStringLiteral("—"));
        QVERIFY2(!neutrality->text().contains(QStringLiteral("reached")),
                 qPrintable(neutrality->text()));
        window->showPage(MainWindow::Page::Pathway);
        auto *verdict = window->findChild<QLabel *>(QStringLiteral("pathwayVerdictLabel"));
        QVERIFY(verdict);
        QVERIFY2(verdict->text().startsWith(QStringLiteral("Add a baseline first")),
                 qPrintable(verdict->text()));
    };
    // The new plan's neutrality target is its horizon end, and the caption names it.
    const int horizon = window->document()->plan().community.horizonEnd;
    QCOMPARE(captionOf(neutrality), QStringLiteral("Neutrality (target %1)").arg(horizon));
    expectNoVerdict();

    // The grid region, picked on the Community page as a user does: CN-East, whose latest
    // factor before the base year is grid-cn-east-2023, 0.5500 kg/kWh (docs/factors.md).
    window->showPage(MainWindow::Page::Community);
    auto *regions = window->findChild<QComboBox *>(QStringLiteral("gridRegionComboBox"));
    QVERIFY(regions);
    const int east = regions->findData(QStringLiteral("CN-East"));
    QVERIFY(east >= 0);
    regions->setCurrentIndex(east);
    emit regions->activated(east);
    QCOMPARE(window->document()->plan().community.electricityFactor,
             QStringLiteral("grid-cn-east-2023"));
    expectNoVerdict(); // still no activity

    // One line of grid electricity, 0 kWh: still no baseline.
    window->showPage(MainWindow::Page::Baseline);
    auto *add = window->findChild<QPushButton *>(QStringLiteral("addActivityButton"));
    auto *table = window->findChild<QTableView *>(QStringLiteral("activityTableView"));
    QVERIFY(add && table);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(window->document()->plan().activities.size(), 1);
    QCOMPARE(window->results()->result().bauGross[0], 0.0);
    expectNoVerdict();

    // 100,000 kWh × 0.55 kg/kWh = 55 t: a baseline, and the scenario (no measures yet)
    // misses the target by all of it.
    window->showPage(MainWindow::Page::Baseline);
    QVERIFY(table->model()->setData(table->model()->index(0, ActivityTableModel::AmountColumn),
                                    QStringLiteral("100000")));
    const PlanResult &result = window->results()->result();
    QVERIFY2(qAbs(result.bauGross[0] - 55.0) < 1e-9,
             qPrintable(QString::number(result.bauGross[0])));
    QVERIFY2(baseline->text().contains(QStringLiteral("55")), qPrintable(baseline->text()));
    const YearSeries &net = window->results()->currentResult()->net;
    QCOMPARE(neutrality->text(), QStringLiteral("not reached by %1 — missed").arg(horizon));
    window->showPage(MainWindow::Page::Pathway);
    auto *verdict = window->findChild<QLabel *>(QStringLiteral("pathwayVerdictLabel"));
    const QString expected = QStringLiteral("%1 neutrality target missed, %2 remain in %1")
                                 .arg(horizon)
                                 .arg(NumberFormat::tonnesPerYear(net[net.size() - 1]));
    QVERIFY2(verdict->text().contains(expected), qPrintable(verdict->text()));
}

// On the Shenzhen sample (neutrality by 2030, −50 % by 2026, horizon 2060) the verdict and the
// key figure name the 2030 target and agree on whether it is met.
void TestMainWindow::sampleVerdictAndKeyFiguresNameTheTarget()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    QCOMPARE(window->document()->plan().community.targets.neutralityYear, std::optional<int>(2030));
    auto *neutrality = window->findChild<QLabel *>(QStringLiteral("neutralityFigure"));
    QVERIFY(neutrality);
    window->showPage(MainWindow::Page::Pathway);
    auto *verdict = window->findChild<QLabel *>(QStringLiteral("pathwayVerdictLabel"));
    QVERIFY(verdict);
    for (int s = 0; s < int(window->document()->plan().scenarios.size()); ++s) {
        window->results()->setCurrentScenario(s);
        const ScenarioResult *r = window->results()->currentResult();
        QCOMPARE(captionOf(neutrality), QStringLiteral("Neutrality (target 2030)"));
        const bool met = r->neutralFrom && *r->neutralFrom <= 2030;
        QVERIFY2(
            neutrality->text().endsWith(met ? QStringLiteral("— met") : QStringLiteral("— missed")),
            qPrintable(neutrality->text()));
        const QString text = verdict->text();
        QVERIFY2(text.contains(QStringLiteral("2030")), qPrintable(text));
        if (met)
            QVERIFY2(text.contains(QStringLiteral("2030 target")), qPrintable(text));
        else
            QVERIFY2(text.contains(QStringLiteral("2030 neutrality target missed")),
                     qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Neutral in")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("cut by 2026")), qPrintable(text));
    }
}

void TestMainWindow::addsSolarThroughTheGalleryAndThePathwayChanges()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    window->showPage(MainWindow::Page::Measures);
    const qsizetype measuresBefore = window->document()->plan().measures.size();
    const double netBefore = lastYearNet(window->results());
    whenModal([](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("measureGalleryDialog"));
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("measureGalleryList"));
        QVERIFY(list);
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(QStringLiteral("Rooftop solar")))
                list->setCurrentRow(i);
        }
        QVERIFY(list->currentRow() >= 0);
        auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addFromGalleryButton"));
        QVERIFY(add);
        add->click();
    });
    auto *addButton = window->findChild<QPushButton *>(QStringLiteral("addMeasureButton"));
    QVERIFY(addButton);
    addButton->click();
    QTRY_COMPARE(window->document()->plan().measures.size(), measuresBefore + 1);
    const Measure &added = window->document()->plan().measures.last();
    QCOMPARE(added.kind, MeasureKind::RooftopSolar);
    // More solar displaces grid power: the current scenario's net emissions in the last year
    // fall, and the pathway page shows the new figure.
    const double netAfter = lastYearNet(window->results());
    QVERIFY2(netAfter < netBefore - 1.0,
             qPrintable(QStringLiteral("%1 → %2").arg(netBefore).arg(netAfter)));
    QCOMPARE(window->document()->undoStack()->count(), 1);
}

void TestMainWindow::switchesToChinese()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    window->showPage(MainWindow::Page::Scenarios);
    // Edit → Preferences, choose 简体中文, OK: the window speaks Chinese at once.
    whenModal([](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("preferencesDialog"));
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        QVERIFY(language);
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QVERIFY(language->currentIndex() > 0);
        qobject_cast<QDialog *>(dialog)->accept();
    });
    window->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    QCOMPARE(Preferences::language(), QStringLiteral("zh_CN"));
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QTRY_VERIFY2(navigation->item(0)->text().contains(QStringLiteral("社区")),
                 qPrintable(navigation->item(0)->text()));
    QVERIFY(navigation->item(5)->text().contains(QStringLiteral("路径")));
    // The page the user was on stays; the menus speak Chinese; so do Qt's own dialogs.
    QCOMPARE(window->currentPage(), MainWindow::Page::Scenarios);
    QVERIFY(window->menuBar()->actions().first()->text().contains(QStringLiteral("文件")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    auto *neutrality = window->findChild<QLabel *>(QStringLiteral("neutralityFigure"));
    QVERIFY(neutrality);
    QVERIFY2(
        neutrality->text().contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
        qPrintable(neutrality->text()));
}

// Typing a title on the Community page: the window title shows all of it as it is typed (it
// used to show the first letter only, the one that made the plan modified).
void TestMainWindow::titleFollowsThePlanTitleAsItIsTyped()
{
    auto window = makeWindow();
    window->newPlan();
    QCOMPARE(window->windowTitle(), QStringLiteral("Untitled[*] — ZeroPlan"));
    auto *edit = window->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(edit && edit->isVisible());
    QTest::keyClicks(edit, QStringLiteral("Harbour 2060"));
    QCOMPARE(window->document()->plan().title, QStringLiteral("Harbour 2060"));
    QCOMPARE(window->windowTitle(), QStringLiteral("Harbour 2060 (not saved yet)[*] — ZeroPlan"));
    QVERIFY(window->isWindowModified());
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(window->windowTitle(), QStringLiteral("Harbour 206 (not saved yet)[*] — ZeroPlan"));
}

// The title names the adopted version once a scenario is adopted (issue: "the adopted
// version shown in the title area"): the Shenzhen sample was adopted as 2023版 on 2023-12-18;
// a new plan adopted on the Monitoring page shows its label and day, and undo takes it away.
void TestMainWindow::titleNamesTheAdoptedVersion()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    QVERIFY2(window->windowTitle().contains(QStringLiteral(" · Adopted 2023版, 2023-12-18[*]")),
             qPrintable(window->windowTitle()));

    window->newPlan();
    QCOMPARE(window->windowTitle(), QStringLiteral("Untitled[*] — ZeroPlan"));
    PlanDocument *document = window->document();
    document->undoStack()->push(new AdoptScenario(document, 0, FactorLibraryJson::builtIn(),
                                                  QDate(2026, 3, 1), QStringLiteral("v1")));
    QCOMPARE(window->windowTitle(),
             QStringLiteral("Untitled · Adopted v1, 2026-03-01[*] — ZeroPlan"));
    document->undoStack()->undo();
    QCOMPARE(window->windowTitle(), QStringLiteral("Untitled[*] — ZeroPlan"));
}

// Without a saved geometry the window fits the free area of the screen: on a 1366×768 laptop
// with a 40 px taskbar (1366×728 free) it is 1280×680, leaving 48 px for the title bar and
// frame, and the pages can be laid out that small.
void TestMainWindow::firstWindowFitsA1366x768Screen()
{
    QCOMPARE(WindowSize::initial(QRect(0, 0, 1366, 728)), QSize(1280, 680));
    QCOMPARE(WindowSize::initial(QRect(0, 0, 1920, 1040)), QSize(1280, 760));
    QCOMPARE(WindowSize::initial(QRect()), QSize(1280, 760));
    const QSize laptop = WindowSize::initial(QRect(0, 0, 1366, 728));
    QVERIFY(laptop.width() + WindowSize::kFrameAllowance.width() <= 1366);
    QVERIFY(laptop.height() + WindowSize::kFrameAllowance.height() <= 728);

    MainWindow window; // no saved geometry (init() cleared the settings)
    const QRect available = window.screen()->availableGeometry();
    window.openSample(kShenzhen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize minimum = window.minimumSizeHint();
    QVERIFY2(minimum.width() <= laptop.width() && minimum.height() <= laptop.height(),
             qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));
    QCOMPARE(window.size(), WindowSize::initial(available).expandedTo(window.minimumSizeHint()));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
