#pragma once

#include "UserGuide.h"
#include "storage/PlanFileStamp.h"

#include <QFileSystemWatcher>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUndoGroup>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace zeroplan {

class BaselinePage;
class CommunityBar;
class DistrictWorkspace;
class KeyFigureStrip;
class LiveResults;
class PlanDocument;
class HistoryDock;
class ProblemsDock;
class StartPage;

// The window a committee plans in: a navigation through the work (Community → Baseline →
// Measures → Scenarios → Optimise → Pathway → Monitoring → Costs → Residents → Uncertainty →
// Report), the key figures always in view, the File and Edit menus, autosave and drag and
// drop. One plan at a time; without a plan it shows the start page.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Community,
        Baseline,
        Measures,
        Scenarios,
        Optimise,
        Pathway,
        Monitoring,
        Costs,
        Residents,
        Uncertainty,
        Report
    };
    static constexpr int kPageCount = 11;
    Q_ENUM(Page)

    static constexpr int kAutosaveMilliseconds = 60 * 1000;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanDocument *document() const { return m_document.get(); }
    LiveResults *results() const { return m_results.get(); }
    void showPage(Page page);
    // By its English id ("pathway"); false if there is no such page.
    bool showPage(const QString &id);
    Page currentPage() const;
    // The page's English id ("costs"), as --page and the user guide's anchors name it.
    static QString pageId(Page page);

    // Opens `path` (.zeroplan or .json, or a .zeroplan-district: the district's page) in place
    // of the plan open now, after the unsaved-work prompt. A file that can't be read leaves the
    // open plan as it was and says why.
    bool openFile(const QString &path);

    // The district open (docs/desktop.md, "Districts"), else nullptr. Its page is shown while
    // document() is nullptr; a community opened in place is document(), with a bar above the
    // pages leading back.
    DistrictWorkspace *district() const { return m_district.get(); }
    // The community shown, DistrictWorkspace::kOwnMeasures for the district's own measures,
    // else -1.
    int districtMember() const { return m_districtMember; }
    // Shows community `member` of the district with all the plan pages.
    bool openCommunity(int member);
    // The district's own measures in place, as a community is opened (District Measures…).
    void openOwnMeasures();
    // From a community opened in place back to the district's page.
    void backToDistrict();
    // A bundled sample (":/samples/…json") as an untitled plan.
    bool openSample(const QString &resource);
    // Version `number` of the plan open, in its place, read-only (docs/history.md, "Versions"):
    // after asking about unsaved changes, as opening another plan does.
    bool openVersion(int number);
    // What `zeroplan` with no file opens: the last plan if it still exists, else nothing (the
    // start page).
    void openInitialPlan();
    // The start page's Import data…: a new plan, then the activity import on its Baseline page.
    void importIntoNewPlan();
    // A sample is open (untitled, an example): the title and a line above the pages say so
    // until it is saved under a name of its own.
    bool isExample() const { return m_example; }
    // Help → User Guide (F1): the guide at the section of the page shown, or at the start.
    void showUserGuide();
    UserGuide *userGuide() const { return m_guide; }
    // After a crash: offers the recovery copies the last session left (RecoveryDialog).
    void offerRecovery();

    // Save: to the plan's file, after asking when another program changed it since it was
    // opened or saved here (Overwrite, Reload, Save As…, Cancel) or holds its lock.
    bool save();
    bool saveAs();
    // Opens the plan's file again in place of the plan open now, without asking (the caller
    // has asked): the changes another program made, the unsaved ones gone.
    bool reloadFromDisk();
    bool closePlan(); // false: the user cancelled at the unsaved-work prompt
    void newPlan();
    // Writes the recovery copy now (the timer does this every minute).
    bool autosave();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createWorkspace();
    void createProblemsDock(); // the Problems panel, its status-bar badge and navigation
    void clearPages();
    void rebuildPages();
    void setDocument(std::unique_ptr<PlanDocument> document);
    // setDocument, handing back the document shown before (a community of the district, kept).
    std::unique_ptr<PlanDocument> swapDocument(std::unique_ptr<PlanDocument> document);
    bool openDistrict(const QString &path); // after the unsaved-work prompt
    // Shows `opened` in place of the district or plan open now (after the prompt).
    void showDistrict(std::unique_ptr<DistrictWorkspace> opened);
    void closeDistrict();    // without asking
    void showCommunityBar(); // names what of the district is shown
    bool saveDistrict();
    // File → New District from Spreadsheet… and Open Sample → Sample District…: the district
    // made by NewDistrict (after the unsaved-work prompt), then opened.
    void newDistrict(bool sample);
    void updatePlanActions(); // what File offers for a plan, a district or nothing
    void updateTitle();
    void updateRecentFilesMenu();
    void remember(const QString &path);
    bool maybeSave(); // true: go on (saved or discarded); false: the user cancelled
    bool saveTo(const QString &path);
    // After a save: the title, the recent files and the watch on the file.
    void saved();
    // openFile() after the unsaved-work prompt (or a reload the user chose).
    bool openWithoutPrompt(const QString &path);
    // Watches the plan's file (again: replacing a file ends the watch on it).
    void watchFile();
    // The watched file changed: if it is not the one opened or saved here, asks whether to
    // reload it (once per change).
    void checkFileOnDisk();
    // What Save does with a file another program changed.
    enum class ChangedFileChoice
    {
        Overwrite,
        Reload,
        SaveAs,
        Cancel
    };
    ChangedFileChoice askAboutChangedFile();
    void showLockNotice();
    void openFromDialog();
    void importFile(const QString &path, bool meterReadings);
    void showPreferences();
    void showAbout();
    void showProblemsAfterOpen();
    void retranslate();

    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<LiveResults> m_results;
    QUndoGroup m_undoGroup;
    QTimer m_autosaveTimer;
    QFileSystemWatcher m_watcher;   // the plan's file
    QTimer m_diskCheckTimer;        // a moment after a change, so that a writer can finish
    bool m_askingAboutDisk = false; // a question about the file on disk is being asked
    PlanFileStamp m_keptAgainst;    // the file on disk the user chose to keep their plan over
    bool m_retranslatePending = false;
    int m_lastPage = int(Page::Pathway);

    QStackedWidget *m_central = nullptr; // start page or workspace
    StartPage *m_startPage = nullptr;
    QWidget *m_workspace = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    KeyFigureStrip *m_keyFigures = nullptr;
    ProblemsDock *m_problemsDock = nullptr;
    HistoryDock *m_historyDock = nullptr;
    QPointer<BaselinePage> m_baselinePage;
    QLabel *m_exampleNotice = nullptr; // above the pages while a sample is open
    bool m_example = false;
    QPointer<UserGuide> m_guide;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_planActions; // enabled only while a plan is open
    QAction *m_saveAsAction = nullptr;
    QList<QAction *> m_districtActions; // enabled only while a district is open
    std::unique_ptr<DistrictWorkspace> m_district;
    int m_districtMember = -1;
    CommunityBar *m_communityBar = nullptr;
};

} // namespace zeroplan
