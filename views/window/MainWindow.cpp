#include "MainWindow.h"

#include "DistrictDocument.h"
#include "DistrictExports.h"
#include "KeyFigureStrip.h"
#include "LanguageFont.h"
#include "PlanDialogs.h"
#include "PlanDocument.h"
#include "PlanUndoShortcuts.h"
#include "PreferencesDialog.h"
#include "ProblemNavigator.h"
#include "ResultsExportDialog.h"
#include "ReviewFiles.h"
#include "SharedStoreFlow.h"
#include "StartPage.h"
#include "UserGuide.h"
#include "WindowSize.h"
#include "baseline/BaselinePage.h"
#include "baseline/DataTemplateMenu.h"
#include "community/CommunityPage.h"
#include "costs/CostsPage.h"
#include "district/CommunityBar.h"
#include "district/DistrictPage.h"
#include "district/DistrictWorkspace.h"
#include "history/HistoryDock.h"
#include "measures/MeasuresPage.h"
#include "monitoring/MonitoringPage.h"
#include "optimise/OptimisePage.h"
#include "pathway/PathwayPage.h"
#include "present/Language.h"
#include "present/LiveResults.h"
#include "present/Preferences.h"
#include "problems/ProblemsBadge.h"
#include "problems/ProblemsDock.h"
#include "reportpage/ReportPage.h"
#include "residents/ResidentsPage.h"
#include "scenarios/ScenariosPage.h"
#include "storage/FactorLibraryJson.h"
#include "uncertainty/UncertaintyPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace zeroplan {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_central = new QStackedWidget(this);
    m_startPage = new StartPage(this);
    connect(m_startPage, &StartPage::newPlanRequested, this, &MainWindow::newPlan);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openFromDialog);
    connect(m_startPage, &StartPage::openFileRequested, this, &MainWindow::openFile);
    connect(m_startPage, &StartPage::sampleRequested, this, &MainWindow::openSample);
    connect(m_startPage, &StartPage::importRequested, this, &MainWindow::importIntoNewPlan);
    connect(m_startPage, &StartPage::guideRequested, this, &MainWindow::showUserGuide);
    m_central->addWidget(m_startPage);
    createWorkspace();
    setCentralWidget(m_central);
    createProblemsDock();
    createMenus();
    m_autosaveTimer.setInterval(kAutosaveMilliseconds);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosaveTimer.start();
    m_diskCheckTimer.setSingleShot(true);
    m_diskCheckTimer.setInterval(300);
    connect(&m_diskCheckTimer, &QTimer::timeout, this, &MainWindow::checkFileOnDisk);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
            [this] { m_diskCheckTimer.start(); });
    // Ctrl+Z and Ctrl+Y undo the plan wherever the focus is, not the text of a field.
    qApp->installEventFilter(new PlanUndoShortcuts(this));
    if (!restoreGeometry(Preferences::windowGeometry()))
        resize(WindowSize::initial(screen() ? screen()->availableGeometry() : QRect()));
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    // Pages and results refer to the document: they go first.
    delete m_workspace;
    m_exampleNotice = nullptr; // went with the workspace; the document's last signals see that
    m_results.reset();
    m_document.reset(); // a community opened in place goes before its district
    m_district.reset();
}

void MainWindow::createWorkspace()
{
    m_workspace = new QWidget(this);
    auto *layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    m_navigation = new QListWidget(m_workspace);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setSpacing(3);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_pages = new QStackedWidget(m_workspace);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    row->addWidget(m_navigation);
    row->addWidget(m_pages, 1);
    m_exampleNotice = new QLabel(m_workspace);
    m_exampleNotice->setObjectName(QStringLiteral("exampleNotice"));
    m_exampleNotice->setWordWrap(true);
    m_exampleNotice->setContentsMargins(8, 3, 8, 3);
    m_exampleNotice->setStyleSheet(
        QStringLiteral("background: #eef4fb; color: #1f3b57; border-top: 1px solid #c9d8e8; "
                       "border-bottom: 1px solid #c9d8e8;"));
    m_exampleNotice->hide();
    // A community opened in place from its district: the way back, above everything.
    m_communityBar = new CommunityBar(m_workspace);
    m_communityBar->hide();
    connect(m_communityBar, &CommunityBar::backRequested, this, &MainWindow::backToDistrict);
    layout->addWidget(m_communityBar);
    layout->addWidget(m_exampleNotice); // the key figures go above it (rebuildPages)
    layout->addLayout(row, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_central->addWidget(m_workspace);
}

void MainWindow::createProblemsDock()
{
    m_problemsDock = new ProblemsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    m_historyDock = new HistoryDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_problemsDock, m_historyDock);
    m_historyDock->hide();
    connect(m_historyDock, &HistoryDock::versionOpenRequested, this, &MainWindow::openVersion);
    auto *badge = new ProblemsBadge(m_problemsDock->model(), this);
    statusBar()->addPermanentWidget(badge);
    connect(badge, &QToolButton::clicked, m_problemsDock, &ProblemsDock::showAndRaise);
    connect(m_problemsDock, &ProblemsDock::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_problemsDock, &ProblemsDock::problemActivated, this, [this](const QString &path) {
        ProblemNavigator::go(path, m_results.get(), [this](ProblemLocation::Area area) {
            using Area = ProblemLocation::Area;
            const Page page = area == Area::Community  ? Page::Community
                              : area == Area::Baseline ? Page::Baseline
                              : area == Area::Measures ? Page::Measures
                                                       : Page::Scenarios;
            if (area == Area::Plan)
                return static_cast<QWidget *>(nullptr);
            showPage(page);
            return m_pages->widget(int(page));
        });
    });
}

void MainWindow::createMenus()
{
    menuBar()->clear();
    m_planActions.clear();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Plan"), QKeySequence::New, this, &MainWindow::newPlan)
        ->setObjectName(QStringLiteral("newPlanAction"));
    file->addAction(tr("New &District from Spreadsheet…"), this, [this] { newDistrict(false); })
        ->setObjectName(QStringLiteral("newDistrictAction"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openFromDialog)
        ->setObjectName(QStringLiteral("openAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    QMenu *samples = file->addMenu(tr("Open &Sample"));
    for (const SamplePlan &sample : PlanDialogs::samples()) {
        const QString resource = sample.resource;
        samples->addAction(sample.name, this, [this, resource] { openSample(resource); });
    }
    samples->addSeparator();
    samples
        ->addAction(tr("Sample District of the Three Communities…"), this,
                    [this] { newDistrict(true); })
        ->setObjectName(QStringLiteral("sampleDistrictAction"));
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    save->setObjectName(QStringLiteral("saveAction"));
    QAction *saveAs =
        file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    m_saveAsAction = saveAs;
    QAction *versions =
        file->addAction(tr("&Versions…"), this, [this] { m_historyDock->showVersions(); });
    versions->setObjectName(QStringLiteral("versionsAction"));
    // Review by e-mail or WeChat (docs/review.md).
    QAction *reviewCopy = file->addAction(tr("Export Review &Copy…"), this, [this] {
        if (m_document)
            ReviewFiles::exportReviewCopy(this, *m_document);
    });
    reviewCopy->setObjectName(QStringLiteral("exportReviewCopyAction"));
    QAction *exportComments = file->addAction(tr("Export Co&mments…"), this, [this] {
        if (m_document)
            ReviewFiles::exportComments(this, *m_document);
    });
    exportComments->setObjectName(QStringLiteral("exportCommentsAction"));
    QAction *mergeComments = file->addAction(tr("Mer&ge Comments…"), this, [this] {
        if (m_document && ReviewFiles::mergeComments(this, *m_document))
            m_historyDock->showComments(ReviewTarget::plan());
    });
    mergeComments->setObjectName(QStringLiteral("mergeCommentsAction"));
    // The district's shared store (docs/server.md).
    file->addSeparator();
    file->addAction(tr("Check &Out from Shared Store…"), this,
                    [this] {
                        const QString path = SharedStoreFlow::checkOut(this);
                        if (!path.isEmpty())
                            openFile(path);
                    })
        ->setObjectName(QStringLiteral("checkOutAction"));
    file->addAction(tr("Open District from Shared Stor&e…"), this,
                    [this] {
                        if (!maybeSave())
                            return;
                        std::unique_ptr<DistrictDocument> district =
                            SharedStoreFlow::openDistrict(this);
                        if (district)
                            showDistrict(DistrictWorkspace::of(std::move(district),
                                                               Preferences::recoveryDir()));
                    })
        ->setObjectName(QStringLiteral("openSharedDistrictAction"));
    QAction *checkIn = file->addAction(tr("Check &In to Shared Store"), this, [this] {
        if (!m_document)
            return;
        const QString line =
            SharedStoreFlow::checkIn(this, *m_document, [this] { return this->save(); });
        if (!line.isEmpty())
            statusBar()->showMessage(line, 15000);
    });
    checkIn->setObjectName(QStringLiteral("checkInAction"));
    file->addSeparator();
    QAction *importActivities =
        file->addAction(tr("&Import Activities…"), this, [this] { importFile(QString(), false); });
    QAction *importMeters = file->addAction(tr("Import &Meter Readings…"), this,
                                            [this] { importFile(QString(), true); });
    importActivities->setObjectName(QStringLiteral("importActivitiesAction"));
    importMeters->setObjectName(QStringLiteral("importMetersAction"));
    DataTemplateMenu::add(
        file, this, [this] { return m_document ? m_document->plan().community.baseYear : 0; });
    QAction *exportResults = file->addAction(tr("&Export Results…"), this, [this] {
        const ScenarioResult *scenario = m_results ? m_results->currentResult() : nullptr;
        if (!scenario) {
            QMessageBox::information(this, tr("Export Results"),
                                     tr("Add a scenario first: the results are a scenario's."));
            return;
        }
        ResultsExportDialog::exportResults(this, m_document->plan(), m_results->result(),
                                           *scenario);
    });
    exportResults->setObjectName(QStringLiteral("exportResultsAction"));
    QAction *districtReport = file->addAction(tr("Export District &Report…"), this, [this] {
        if (m_district)
            DistrictExports::districtReport(this, *m_district->document());
    });
    districtReport->setObjectName(QStringLiteral("exportDistrictReportAction"));
    QAction *communityReports = file->addAction(tr("Export &Community Reports…"), this, [this] {
        if (m_district)
            DistrictExports::communityReports(this, *m_district->document());
    });
    communityReports->setObjectName(QStringLiteral("exportCommunityReportsAction"));
    m_districtActions = {districtReport, communityReports};
    file->addSeparator();
    QAction *close =
        file->addAction(tr("&Close Plan"), QKeySequence::Close, this, &MainWindow::closePlan);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    m_planActions = {save,           saveAs,        versions, reviewCopy,
                     exportComments, mergeComments, checkIn,  importActivities,
                     importMeters,   exportResults, close};

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup.createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoGroup.createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(PlanUndoShortcuts::redoKeys());
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                    &MainWindow::showPreferences)
        ->setObjectName(QStringLiteral("preferencesAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_problemsDock->toggleViewAction());
    view->addAction(m_historyDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User Guide…"), QKeySequence::HelpContents, this,
                    &MainWindow::showUserGuide)
        ->setObjectName(QStringLiteral("userGuideAction"));
    help->addSeparator();
    help->addAction(tr("&About ZeroPlan"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateRecentFilesMenu();
    updatePlanActions();
}

void MainWindow::updatePlanActions()
{
    for (QAction *action : m_planActions)
        action->setEnabled(m_document != nullptr);
    for (QAction *action : m_districtActions)
        action->setEnabled(m_district != nullptr);
    if (!m_district)
        return;
    // A district: Save and Close on its page as in a community; Save As is not a district's
    // (a community keeps its file, the district its links).
    for (QAction *action : m_planActions)
        if (action->shortcut() == QKeySequence(QKeySequence::Save) ||
            action->shortcut() == QKeySequence(QKeySequence::Close))
            action->setEnabled(true);
    if (m_saveAsAction)
        m_saveAsAction->setEnabled(false);
}

// The pages and the key figures refer to the document and its results: they go first, while
// the stack is hidden so that no page is shown (and refreshed) on its way out.
void MainWindow::clearPages()
{
    m_pages->hide();
    if (m_navigation->currentRow() >= 0)
        m_lastPage = m_navigation->currentRow(); // the next plan opens on the same page
    m_baselinePage = nullptr;
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(m_pages->count() - 1);
        m_pages->removeWidget(page);
        delete page;
    }
    m_navigation->clear();
    m_problemsDock->setResults(nullptr);
    m_historyDock->setDocument(nullptr);
    delete m_keyFigures;
    m_keyFigures = nullptr;
}

void MainWindow::rebuildPages()
{
    clearPages();
    if (!m_document)
        return;
    PlanDocument *doc = m_document.get();
    LiveResults *results = m_results.get();
    m_keyFigures = new KeyFigureStrip(results, m_workspace);
    static_cast<QVBoxLayout *>(m_workspace->layout())->insertWidget(1, m_keyFigures);
    m_problemsDock->setResults(results);
    m_problemsDock->addMarkerTo(m_keyFigures);
    m_historyDock->setDocument(doc);
    auto *baseline = new BaselinePage(doc, results);
    m_baselinePage = baseline;
    auto *measures = new MeasuresPage(doc, results);
    connect(baseline, &BaselinePage::commentsRequested, m_historyDock, &HistoryDock::showComments);
    connect(measures, &MeasuresPage::commentsRequested, m_historyDock, &HistoryDock::showComments);
    const QList<QPair<QString, QWidget *>> pages = {
        {tr("Community"), new zeroplan::CommunityPage(doc, results)},
        {tr("Baseline"), baseline},
        {tr("Measures"), measures},
        {tr("Scenarios"), new zeroplan::ScenariosPage(doc, results)},
        {tr("Optimise"), new zeroplan::OptimisePage(doc, results)},
        {tr("Pathway"), new zeroplan::PathwayPage(doc, results)},
        {tr("Monitoring"), new zeroplan::MonitoringPage(doc, results)},
        {tr("Costs"), new zeroplan::CostsPage(doc, results)},
        {tr("Residents"), new zeroplan::ResidentsPage(doc, results)},
        {tr("Uncertainty"), new zeroplan::UncertaintyPage(doc, results)},
        {tr("Report"), new zeroplan::ReportPage(doc, results)},
    };
    for (int i = 0; i < pages.size(); ++i) {
        m_navigation->addItem(tr("%1  %2").arg(i + 1).arg(pages.at(i).first));
        m_pages->addWidget(pages.at(i).second);
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 32);
    m_navigation->setCurrentRow(m_lastPage);
    m_pages->show();
}

void MainWindow::setDocument(std::unique_ptr<PlanDocument> document)
{
    swapDocument(std::move(document));
}

std::unique_ptr<PlanDocument> MainWindow::swapDocument(std::unique_ptr<PlanDocument> document)
{
    if (m_document) {
        m_undoGroup.removeStack(m_document->undoStack());
        // It may live on (a community of the district, kept): it no longer speaks to the window.
        disconnect(m_document.get(), nullptr, this, nullptr);
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
    }
    // The pages and the results refer to the old document: they go before it.
    clearPages();
    m_results.reset();
    std::unique_ptr<PlanDocument> old = std::move(m_document);
    m_document = std::move(document);
    m_example = false; // openSample() says when it is one
    if (m_document) {
        m_document->setAuthor(Preferences::authorName(), Preferences::authorOrganisation());
        m_results = std::make_unique<LiveResults>(m_document.get(), FactorLibraryJson::builtIn());
        m_undoGroup.addStack(m_document->undoStack());
        m_undoGroup.setActiveStack(m_document->undoStack());
        connect(m_document.get(), &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
        connect(m_document.get(), &PlanDocument::fileNameChanged, this, &MainWindow::updateTitle);
        connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
        // The title shows the plan's title as it is typed, not only its first letter (that
        // one makes the plan modified; the letters after it change nothing else), and the
        // adopted version once a scenario is adopted.
        connect(m_document.get(), &PlanDocument::changed, this, [this](const ChangeEvent &e) {
            if (e.part == ChangeEvent::Part::Header || e.part == ChangeEvent::Part::Plan ||
                e.part == ChangeEvent::Part::Monitoring)
                updateTitle();
        });
    }
    rebuildPages();
    QWidget *shown = m_document                         ? m_workspace
                     : m_district && m_district->page() ? static_cast<QWidget *>(m_district->page())
                                                        : static_cast<QWidget *>(m_startPage);
    m_central->setCurrentWidget(shown);
    m_startPage->setRecentFiles(Preferences::recentFiles());
    updatePlanActions();
    m_keptAgainst = PlanFileStamp();
    watchFile();
    updateTitle();
    return old;
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

QString MainWindow::pageId(Page page)
{
    static const char *const ids[] = {"community", "baseline",    "measures",   "scenarios",
                                      "optimise",  "pathway",     "monitoring", "costs",
                                      "residents", "uncertainty", "report"};
    return QLatin1String(ids[std::clamp(int(page), 0, kPageCount - 1)]);
}

bool MainWindow::showPage(const QString &id)
{
    if (m_district && !m_document) // the district's page: its tabs
        return m_district->page()->showTab(id);
    for (int i = 0; i < kPageCount; ++i) {
        if (id.compare(pageId(Page(i)), Qt::CaseInsensitive) == 0) {
            showPage(Page(i));
            return true;
        }
    }
    return false;
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(std::max(0, m_navigation->currentRow()));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Preferences::setLanguage(dialog.language());
    Preferences::setAuthor(dialog.authorName(), dialog.authorOrganisation());
    if (m_document)
        m_document->setAuthor(dialog.authorName(), dialog.authorOrganisation());
    if (Language::resolve(dialog.language()) != Language::current())
        installLanguageWithFont(dialog.language()); // LanguageChange rebuilds menus and pages
}

void MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuide(this);
    m_guide->showSection(m_document ? pageId(currentPage()) : QStringLiteral("start"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ZeroPlan"),
        tr("<h3>ZeroPlan %1</h3><p>Plan a community's path to carbon neutrality: the "
           "baseline, the measures, the scenarios and the pathway, with every figure "
           "sourced.</p>")
            .arg(QStringLiteral(ZEROPLAN_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    Preferences::setWindowGeometry(saveGeometry());
    if (m_district)
        Preferences::setLastPlan(m_district->document()->filePath());
    else if (m_document && !m_document->isUntitled())
        Preferences::setLastPlan(m_document->filePath());
    event->accept();
}

// Installing a translator sends LanguageChange to every widget, once per translator:
// rebuild once, after the last of them.
void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QMetaObject::invokeMethod(this, &MainWindow::retranslate, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    createMenus();
    rebuildPages();
    if (m_district) { // the district's page in the new language
        const bool shown = m_central->currentWidget() == m_district->page();
        m_district->rebuildPage();
        m_central->addWidget(m_district->page());
        if (shown)
            m_central->setCurrentWidget(m_district->page());
        if (m_districtMember != -1)
            showCommunityBar();
    }
    // The results name catalogue measures in the language of the moment: name them anew.
    if (m_results)
        m_results->recompute();
    m_startPage->retranslate();
    updateTitle();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && PlanDialogs::dropKind(urls.first()) != DropKind::None)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    const QString path = urls.first().toLocalFile();
    switch (PlanDialogs::dropKind(urls.first())) {
    case DropKind::Plan:
        event->acceptProposedAction();
        QMetaObject::invokeMethod(
            this, [this, path] { openFile(path); }, Qt::QueuedConnection);
        break;
    case DropKind::Table:
        event->acceptProposedAction();
        if (!m_document)
            newPlan(); // a table needs a plan to go into
        QMetaObject::invokeMethod(
            this, [this, path] { importFile(path, false); }, Qt::QueuedConnection);
        break;
    case DropKind::None:
        break;
    }
}

} // namespace zeroplan
