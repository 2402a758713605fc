// The desktop app's main window, driven as a user would: under
// QT_QPA_PLATFORM=offscreen, with fresh settings from QStandardPaths' test mode.
#include "AddRemoveMeasure.h"
#include "ChangeValue.h"
#include "PlanDocument.h"
#include "PlanFields.h"
#include "WhenModal.h"
#include "baseline/ActivityTableModel.h"
#include "measures/MeasureCatalogue.h"
#include "present/Language.h"
#include "present/LiveResults.h"
#include "present/NumberFormat.h"
#include "present/Preferences.h"
#include "storage/PlanJson.h"
#include "window/MainWindow.h"
#include "window/PlanUndoShortcuts.h"
#include "window/WindowSize.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <functional>
#include <sys/wait.h>
#include <unistd.h>

using namespace zeroplan;
using zeroplan::test::whenModal;

namespace {

void clickButton(QWidget *dialog, QMessageBox::StandardButton which)
{
    auto *box = qobject_cast<QMessageBox *>(dialog);
    QVERIFY2(box, qPrintable(dialog->objectName()));
    box->button(which)->click();
}

double lastYearNet(const LiveResults *results)
{
    const ScenarioResult *s = results->currentResult();
    return s ? s->net[s->net.size() - 1] : 0.0;
}

// The sample most tests start from (File → Open Sample; the first start shows the start page).
const QString kShenzhen = QStringLiteral(":/samples/shenzhen-xinqiao.json");

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void navigatesTheWorkInOrder();
    void keyFiguresShowTheBaselineAndNeutrality();
    void newPlanAsksForABaselineBeforeAnyVerdict();
    void sampleVerdictAndKeyFiguresNameTheTarget();
    void addsSolarThroughTheGalleryAndThePathwayChanges();
    void undoesAndRedoesTheMeasureFromTheEditMenu();
    void savesClosesAndReopensTheSamePlan();
    void titleShowsTheFileAndTheUnsavedMark();
    void badCsvListsRejectedRowsAndAppliesNothing();
    void switchesToChinese();
    void closingWithUnsavedWorkAsksFirst();
    void offersRecoveryAfterACrash();
    void droppingAPlanFileOpensIt();
    void aFileThatCannotBeReadLeavesThePlanOpen();
    void titleFollowsThePlanTitleAsItIsTyped();
    void undoRevertsThePlanWhateverFieldHasTheFocus();
    void ctrlYRedoes();
    void onlyCellEditorsAndDialogsKeepTheirOwnUndo();
    void reportFollowsTheCurrentScenarioAndAReopenedPlanKeepsIt_data();
    void reportFollowsTheCurrentScenarioAndAReopenedPlanKeepsIt();
    void fileDialogsStartInTheLastFolderElseDocuments();
    void firstWindowFitsA1366x768Screen();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ZeroPlanTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    Preferences::clear();
    QDir(Preferences::recoveryDir()).removeRecursively();
    Language::install(QStringLiteral("en"));
}

void TestMainWindow::cleanup()
{
    Language::install(QStringLiteral("en"));
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1366, 768);
    window->show();
    return window;
}

void TestMainWindow::navigatesTheWorkInOrder()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QVERIFY(navigation);
    const QStringList expected = {
        QStringLiteral("Community"), QStringLiteral("Baseline"),    QStringLiteral("Measures"),
        QStringLiteral("Scenarios"), QStringLiteral("Pathway"),     QStringLiteral("Monitoring"),
        QStringLiteral("Costs"),     QStringLiteral("Uncertainty"), QStringLiteral("Report")};
    QCOMPARE(navigation->count(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(navigation->item(i)->text().endsWith(expected.at(i)),
                 qPrintable(navigation->item(i)->text()));
    const char *pages[] = {"communityPage", "baselinePage",    "measuresPage",
                           "scenariosPage", "pathwayPage",     "monitoringPage",
                           "costsPage",     "uncertaintyPage", "reportPage"};
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

namespace {

// File → New, as the menu offers it.
void triggerNewPlan(MainWindow *window)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::New)) {
                action->trigger();
                return;
            }
        }
    }
    QFAIL("no File → New action");
}

QString captionOf(const QLabel *figure)
{
    const auto *caption = figure->parentWidget()->findChild<QLabel *>(QStringLiteral("caption"));
    return caption ? caption->text() : QString();
}

} // namespace

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

void TestMainWindow::undoesAndRedoesTheMeasureFromTheEditMenu()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    PlanDocument *document = window->document();
    const Plan before = document->plan();
    Measure solar = MeasureCatalogue::makeDefault(MeasureKind::RooftopSolar,
                                                  QStringLiteral("solar-test"), 2025);
    solar.name = QStringLiteral("屋顶光伏 east roofs");
    document->undoStack()->push(new AddMeasure(document, solar));
    const Plan after = document->plan();
    auto *undo = window->findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = window->findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(undo && redo);
    // The Edit menu says what will be undone, with the measure named as the user named it.
    QVERIFY2(undo->text().contains(QStringLiteral("屋顶光伏 east roofs")),
             qPrintable(undo->text()));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(document->plan(), before);
    QVERIFY(!document->isModified());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(document->plan(), after);
    QVERIFY(document->isModified());
}

void TestMainWindow::savesClosesAndReopensTheSamePlan()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    PlanDocument *document = window->document();
    document->undoStack()->push(
        new ChangeValue<double>(document, PlanFields::population(), 12345.0));
    const Plan edited = document->plan();
    const QString path = m_dir.filePath(QStringLiteral("xinqiao.zeroplan"));
    whenModal([path](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        QVERIFY2(files, dialog->metaObject()->className());
        // Another test running at once may have left a folder that is gone since.
        files->setDirectory(QFileInfo(path).absolutePath());
        files->selectFile(path);
        QMetaObject::invokeMethod(files, "accept"); // the dialog's own Save button
    });
    QVERIFY(window->saveAs());
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!window->document()->isModified());
    QCOMPARE(Preferences::recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    QVERIFY(window->closePlan());
    QVERIFY(!window->document());
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("startPage"))->isVisible());
    QVERIFY(window->openFile(path));
    QCOMPARE(window->document()->plan(), edited);
    QCOMPARE(window->document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(!window->document()->isModified());
}

void TestMainWindow::titleShowsTheFileAndTheUnsavedMark()
{
    const QString path = m_dir.filePath(QStringLiteral("title.json"));
    QVERIFY(QFile::copy(QStringLiteral(":/samples/hangzhou-hemu.json"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto window = makeWindow();
    QVERIFY(window->openFile(path));
    QCOMPARE(window->windowTitle(), QStringLiteral("title.json[*] — ZeroPlan"));
    QVERIFY(!window->isWindowModified());
    PlanDocument *document = window->document();
    document->undoStack()->push(new ChangeValue<double>(document, PlanFields::households(), 9.0));
    QVERIFY(window->isWindowModified());
    document->undoStack()->undo();
    QVERIFY(!window->isWindowModified());
}

void TestMainWindow::badCsvListsRejectedRowsAndAppliesNothing()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    const Plan before = window->document()->plan();
    const QString bad =
        QStringLiteral(ZEROPLAN_SOURCE_DIR "/tests/fixtures/import/activities-bad.csv");
    bool checked = false;
    whenModal([&checked](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("activityImportDialog"));
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummaryLabel"));
        QVERIFY(summary);
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("rejected")),
                     qPrintable(summary->text()));
        auto *rejected = dialog->findChild<QAbstractItemView *>(QStringLiteral("rejectedRowsView"));
        QVERIFY(rejected && rejected->model());
        QVERIFY(rejected->model()->rowCount() > 0);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        checked = true;
        buttons->button(QDialogButtonBox::Cancel)->click();
    });
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(bad)});
    // A drop reaches the widget that accepted the drag's entry, as with a real drag.
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    QTRY_VERIFY(checked);
    delete mime;
    QCOMPARE(window->currentPage(), MainWindow::Page::Baseline);
    QCOMPARE(window->document()->plan(), before);
    QCOMPARE(window->document()->undoStack()->count(), 0);
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
    QVERIFY(navigation->item(4)->text().contains(QStringLiteral("路径")));
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

void TestMainWindow::closingWithUnsavedWorkAsksFirst()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    PlanDocument *document = window->document();
    document->undoStack()->push(new ChangeValue<double>(document, PlanFields::population(), 7.0));
    QString asked;
    whenModal([&asked](QWidget *dialog) {
        asked = dialog->objectName();
        clickButton(dialog, QMessageBox::Cancel);
    });
    QVERIFY(!window->close());
    QCOMPARE(asked, QStringLiteral("unsavedChangesBox"));
    QVERIFY(window->isVisible());
    QCOMPARE(window->document()->plan().community.population, 7.0);

    asked.clear();
    whenModal([&asked](QWidget *dialog) {
        asked = dialog->objectName();
        clickButton(dialog, QMessageBox::Discard);
    });
    QVERIFY(window->close());
    QCOMPARE(asked, QStringLiteral("unsavedChangesBox"));
}

// A session that crashed left a recovery copy (written by a child process that then ends
// without cleaning up); the next start offers it, and recovering gives the unsaved plan.
void TestMainWindow::offersRecoveryAfterACrash()
{
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        PlanReadResult read = PlanJson::readFile(QStringLiteral(":/samples/shenzhen-xinqiao.json"));
        auto document = PlanDocument::fromPlan(*read.plan, Preferences::recoveryDir());
        document->undoStack()->push(
            new ChangeValue<double>(document.get(), PlanFields::population(), 4321.0));
        _exit(document->writeRecovery() ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);

    auto window = makeWindow();
    bool offered = false;
    whenModal([&offered](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("recoveryDialog"));
        offered = true;
        dialog->findChild<QPushButton *>(QStringLiteral("recoverButton"))->click();
    });
    window->offerRecovery();
    QVERIFY(offered);
    QVERIFY(window->document());
    QCOMPARE(window->document()->plan().community.population, 4321.0);
    QVERIFY(window->document()->isModified());
    QVERIFY(window->isWindowModified());
    window->document()->discardRecovery();
}

void TestMainWindow::droppingAPlanFileOpensIt()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.json"));
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(":/samples/european-ecodistrict.json"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto window = makeWindow();
    window->openSample(kShenzhen);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    QTRY_COMPARE(window->document()->filePath(), QFileInfo(path).absoluteFilePath());

    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("picture.png")))});
    QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::aFileThatCannotBeReadLeavesThePlanOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.zeroplan"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a plan");
    file.close();
    auto window = makeWindow();
    window->openSample(kShenzhen);
    const Plan before = window->document()->plan();
    QString message;
    whenModal([&message](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        message = box->text();
        box->accept();
    });
    QVERIFY(!window->openFile(path));
    QVERIFY2(message.contains(QStringLiteral("damaged.zeroplan")), qPrintable(message));
    QCOMPARE(window->document()->plan(), before);
    QCOMPARE(file.size(), qint64(18));
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

// Ctrl+Z in a focused line edit or spin box undoes the plan's last step, whatever it was (it
// used to go to the field's own text undo, and an edit made elsewhere stayed); the fields then
// show the plan again.
void TestMainWindow::undoRevertsThePlanWhateverFieldHasTheFocus()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    window->showPage(MainWindow::Page::Community);
    PlanDocument *document = window->document();
    const Plan before = document->plan();
    auto *title = window->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *population = window->findChild<QDoubleSpinBox *>(QStringLiteral("populationSpinBox"));
    QVERIFY(title && population);

    // Typed in the population, then Ctrl+Z in the title field: the population goes back.
    population->setFocus();
    population->selectAll();
    QTest::keyClicks(population, QStringLiteral("4321"));
    QCOMPARE(document->plan().community.population, 4321.0);
    title->setFocus();
    QVERIFY(title->hasFocus());
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->plan(), before);
    QCOMPARE(population->value(), before.community.population);
    QCOMPARE(title->text(), before.title);
    QVERIFY(!document->isModified());
    // Redo from the same field (Ctrl+Shift+Z) gives the typed value back.
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(document->plan().community.population, 4321.0);
    QCOMPARE(population->value(), 4321.0);

    // Typed in the title, then Ctrl+Z in the population box: the title goes back.
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral(" (draft)"));
    QCOMPARE(document->plan().title, before.title + QStringLiteral(" (draft)"));
    population->setFocus();
    QVERIFY(population->hasFocus());
    QTest::keyClick(population, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->plan().title, before.title);
    QCOMPARE(title->text(), before.title);
    QCOMPARE(document->plan().community.population, 4321.0);
}

// The claim a text field makes on Ctrl+Z (ShortcutOverride accepted) is refused for the
// window's fields, so the window's Undo takes the key; an editor open in a table cell and a
// field of another window (a dialog) keep theirs.
void TestMainWindow::onlyCellEditorsAndDialogsKeepTheirOwnUndo()
{
    QWidget window;
    auto *field = new QLineEdit(QStringLiteral("typed"), &window);
    auto *table = new QTableWidget(1, 1, &window);
    table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("cell")));
    QWidget dialog;
    auto *dialogField = new QLineEdit(QStringLiteral("typed"), &dialog);
    auto *guard = new PlanUndoShortcuts(&window);
    qApp->installEventFilter(guard);
    window.show();
    table->editItem(table->item(0, 0));
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    const auto claimed = [](QWidget *widget, QKeyCombination key) {
        QKeyEvent override(QEvent::ShortcutOverride, key.key(), key.keyboardModifiers());
        override.ignore();
        QApplication::sendEvent(widget, &override);
        return override.isAccepted();
    };
    for (const QKeyCombination key :
         {Qt::CTRL | Qt::Key_Z, Qt::CTRL | Qt::Key_Y, Qt::CTRL | Qt::SHIFT | Qt::Key_Z}) {
        QVERIFY(!claimed(field, key));
        QVERIFY(claimed(editor, key));
        QVERIFY(claimed(dialogField, key));
    }
    // Other keys are the field's as ever (Ctrl+A selects its text).
    QVERIFY(claimed(field, Qt::CTRL | Qt::Key_A));
    delete guard;
}

void TestMainWindow::ctrlYRedoes()
{
    auto window = makeWindow();
    window->openSample(kShenzhen);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *redo = window->findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(redo);
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    PlanDocument *document = window->document();
    document->undoStack()->push(new ChangeValue<double>(document, PlanFields::population(), 9.0));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(document->plan().community.population != 9.0);
    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(document->plan().community.population, 9.0);
}

void TestMainWindow::reportFollowsTheCurrentScenarioAndAReopenedPlanKeepsIt_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("project file") << QStringLiteral("current.zeroplan");
    QTest::newRow("JSON plan") << QStringLiteral("current.json");
}

// The key figures' scenario picker chooses the window's scenario; the Report page follows it,
// the plan has unsaved changes, and saved and reopened it shows that scenario again.
void TestMainWindow::reportFollowsTheCurrentScenarioAndAReopenedPlanKeepsIt()
{
    QFETCH(QString, fileName);
    auto window = makeWindow();
    window->openSample(kShenzhen);
    const Plan &plan = window->document()->plan();
    QCOMPARE(plan.scenarios.size(), 2);                // 稳健 and 全面
    QCOMPARE(window->results()->currentScenario(), 0); // the sample names none: the first
    auto *picker = window->findChild<QComboBox *>(QStringLiteral("scenarioComboBox"));
    auto *report = window->findChild<QComboBox *>(QStringLiteral("reportScenarioComboBox"));
    QVERIFY(picker && report);
    QCOMPARE(report->currentIndex(), 0);

    picker->setCurrentIndex(1);
    QCOMPARE(window->results()->currentScenario(), 1);
    QCOMPARE(report->currentIndex(), 1);
    QCOMPARE(report->currentText(), plan.scenarios.at(1).name);
    QVERIFY(window->isWindowModified());
    window->showPage(MainWindow::Page::Report);
    report->setCurrentIndex(0); // and the other way round
    QCOMPARE(picker->currentIndex(), 0);
    QVERIFY(!window->isWindowModified());
    report->setCurrentIndex(1);
    QCOMPARE(picker->currentIndex(), 1);

    const QString path = m_dir.filePath(fileName);
    QFile::remove(path);
    whenModal([path](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        QVERIFY2(files, dialog->metaObject()->className());
        // Another test running at once may have left a folder that is gone since.
        files->setDirectory(QFileInfo(path).absolutePath());
        files->selectFile(path);
        QMetaObject::invokeMethod(files, "accept");
    });
    QVERIFY(window->saveAs());
    QVERIFY(!window->isWindowModified());
    QVERIFY(window->closePlan());
    QVERIFY(window->openFile(path));
    QCOMPARE(window->results()->currentScenario(), 1);
    picker = window->findChild<QComboBox *>(QStringLiteral("scenarioComboBox"));
    report = window->findChild<QComboBox *>(QStringLiteral("reportScenarioComboBox"));
    QCOMPARE(picker->currentIndex(), 1);
    QCOMPARE(report->currentIndex(), 1);
    QVERIFY(!window->isWindowModified());
    const QList<QWidget *> pages = window->findChildren<QWidget *>(QStringLiteral("reportPage"));
    QCOMPARE(pages.size(), 1);
}

// Open, Save As, Import, Export Results and Export PDF start in the folder of the file last
// chosen in any of them; before any, in the Documents folder (the home folder if there is
// none), never in the working directory.
void TestMainWindow::fileDialogsStartInTheLastFolderElseDocuments()
{
    const QString workingDir = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path())); // a working directory no dialog may start in
    const QString documents = Preferences::fileDialogFolder();
    QVERIFY(documents != m_dir.path());
    const QString expectedFirst =
        QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).isDir()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QDir::homePath();
    QCOMPARE(documents, expectedFirst);

    auto window = makeWindow();
    window->openSample(kShenzhen);
    QString seen;
    const auto startFolder = [&seen](QString chosen) {
        return [&seen, chosen](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            QVERIFY2(files, dialog->metaObject()->className());
            seen = QDir(files->directory()).absolutePath();
            if (chosen.isEmpty()) {
                files->reject();
                return;
            }
            // Another test running at once may have left a folder that is gone since.
            files->setDirectory(QFileInfo(chosen).absolutePath());
            files->selectFile(chosen);
            QMetaObject::invokeMethod(files, "accept");
        };
    };
    whenModal(startFolder(QString()));
    window->findChild<QAction *>(QStringLiteral("openAction"))->trigger();
    QCOMPARE(seen, QDir(documents).absolutePath());

    // Saved into a folder of its own: every dialog starts there from now on.
    const QString folder = m_dir.filePath(QStringLiteral("plans"));
    QVERIFY(QDir().mkpath(folder));
    whenModal(startFolder(QDir(folder).filePath(QStringLiteral("saved.zeroplan"))));
    QVERIFY(window->saveAs());
    QCOMPARE(seen, QDir(documents).absolutePath()); // an untitled plan: Documents
    QCOMPARE(Preferences::fileDialogFolder(), folder);

    for (const char *action : {"openAction", "importActivitiesAction", "exportResultsAction"}) {
        seen.clear();
        whenModal(startFolder(QString()));
        window->findChild<QAction *>(QString::fromLatin1(action))->trigger();
        QTRY_COMPARE(seen, folder);
    }
    window->showPage(MainWindow::Page::Report);
    seen.clear();
    whenModal(startFolder(QString()));
    window->findChild<QPushButton *>(QStringLiteral("exportPdfButton"))->click();
    QTRY_COMPARE(seen, folder);

    // A remembered folder that is gone: Documents again.
    QVERIFY(QDir(folder).removeRecursively());
    QCOMPARE(Preferences::fileDialogFolder(), documents);
    QVERIFY(QDir::setCurrent(workingDir));
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
