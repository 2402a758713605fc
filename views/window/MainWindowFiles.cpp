// MainWindow's plan files: New, Open, Save, Save As, reload, the plan changed on disk or
// locked by another program, recovery after a crash, recent files and imports; the title and
// the notice of what is open (an example, a version, a review copy). The window
// itself (pages, menus, docks) is in MainWindow.cpp.
#include "MainWindow.h"

#include "PlanDialogs.h"
#include "PlanDocument.h"
#include "RecoveryDialog.h"
#include "StartPage.h"
#include "baseline/BaselinePage.h"
#include "district/DistrictWorkspace.h"
#include "history/HistoryText.h"
#include "present/LiveResults.h"
#include "present/MonitoringText.h"
#include "present/Preferences.h"
#include "problems/ProblemsDock.h"
#include "storage/DistrictStore.h"
#include "storage/FactorLibraryJson.h"
#include "storage/PlanJson.h"
#include "storage/PlanLock.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

namespace zeroplan {
bool MainWindow::maybeSave()
{
    if (m_district) { // the district and the communities opened in place, together
        if (!m_district->isModified())
            return true;
        switch (PlanDialogs::askToSave(this, m_district->document()->displayName())) {
        case QMessageBox::Save:
            return saveDistrict();
        case QMessageBox::Discard:
            m_district->discardRecovery();
            return true;
        default:
            return false;
        }
    }
    if (!m_document || !m_document->isModified())
        return true;
    switch (PlanDialogs::askToSave(this, m_document->displayName())) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_document->discardRecovery();
        return true;
    default:
        return false;
    }
}

bool MainWindow::closePlan()
{
    if (!maybeSave())
        return false;
    Preferences::setLastPlan(QString());
    closeDistrict();
    setDocument(nullptr);
    return true;
}

void MainWindow::newPlan()
{
    if (!maybeSave())
        return;
    const int baseYear = QDate::currentDate().year() - 1;
    closeDistrict();
    setDocument(PlanDocument::newDocument(baseYear, Preferences::recoveryDir()));
    showPage(Page::Community);
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    return openWithoutPrompt(path);
}

bool MainWindow::openWithoutPrompt(const QString &path)
{
    if (path.endsWith(DistrictStore::suffix(), Qt::CaseInsensitive))
        return openDistrict(path);
    // The plan open now may be this very file: its lock goes first, or the new document could
    // not take it.
    const bool reopening =
        m_document && !m_document->isUntitled() &&
        PlanLock::lockPathFor(path) == PlanLock::lockPathFor(m_document->filePath());
    if (reopening)
        m_document->releaseLock();
    QString error;
    std::unique_ptr<PlanDocument> opened =
        PlanDocument::open(path, Preferences::recoveryDir(), &error);
    if (!opened) {
        if (reopening)
            m_document->retakeLock();
        QMessageBox::warning(this, tr("Cannot open plan"), error);
        Preferences::removeRecentFile(path);
        updateRecentFilesMenu();
        return false;
    }
    closeDistrict();
    setDocument(std::move(opened));
    remember(m_document->filePath());
    showProblemsAfterOpen();
    showLockNotice();
    return true;
}

bool MainWindow::reloadFromDisk()
{
    if (!m_document || m_document->isUntitled())
        return false;
    if (m_district) { // a community of the district: the district holds its plan
        statusBar()->showMessage(tr("Open the district again to see the changes another "
                                    "program made to this community's file."),
                                 15000);
        return false;
    }
    m_document->discardRecovery(); // the user chose the file over the unsaved changes
    return openWithoutPrompt(m_document->filePath());
}

// Another program (a second ZeroPlan, a zeroplan-cli command) holds the plan's lock: the plan
// is open, but Save will not write to it. Said without stopping the user.
void MainWindow::showLockNotice()
{
    if (!m_document || m_document->lockedBy().isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Plan in use"), m_document->lockedBy(),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("planInUseBox"));
    box->setInformativeText(
        tr("The plan is open here as well, but Save will not write to its file while the "
           "other program has it: close it there first, or save your changes under another "
           "name with Save As."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    statusBar()->showMessage(m_document->lockedBy(), 15000);
}

void MainWindow::watchFile()
{
    const QStringList watched = m_watcher.files();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    if (m_document && !m_document->isUntitled() && QFileInfo::exists(m_document->filePath()))
        m_watcher.addPath(m_document->filePath());
}

void MainWindow::checkFileOnDisk()
{
    watchFile();
    if (!m_document || m_askingAboutDisk || !m_document->changedOnDisk())
        return; // unchanged, or changed by our own save (its stamp is the file's)
    const QString path = m_document->filePath();
    if (!m_keptAgainst.isNull() && m_keptAgainst.stillMatches(path))
        return; // the user has answered about this very change
    m_keptAgainst = PlanFileStamp::take(path);
    if (!QFileInfo::exists(path)) {
        statusBar()->showMessage(
            tr("%1 was removed or renamed by another program; Save writes it again.")
                .arg(QDir::toNativeSeparators(path)),
            15000);
        return;
    }
    const bool modified = m_document->isModified();
    QMessageBox box(QMessageBox::Question, tr("Plan changed on disk"),
                    tr("%1 was changed by another program.").arg(m_document->displayName()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("planChangedOnDiskBox"));
    box.setInformativeText(
        modified ? tr("Reload it and lose your unsaved changes here, or keep your version? If "
                      "you keep it, Save will ask before writing over the other changes.")
                 : tr("Reload it to see the changes? There are no unsaved changes here."));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    QPushButton *keep = box.addButton(tr("&Keep Mine"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    // As good editors do: reloading is the default only when it loses nothing.
    box.setDefaultButton(modified ? keep : reload);
    box.setEscapeButton(keep);
    m_askingAboutDisk = true;
    box.exec();
    m_askingAboutDisk = false;
    if (box.clickedButton() == reload && m_document && m_document->filePath() == path)
        reloadFromDisk();
}

bool MainWindow::openSample(const QString &resource)
{
    if (!maybeSave())
        return false;
    PlanReadResult read = PlanJson::readFile(resource);
    if (!read.plan) {
        QMessageBox::warning(this, tr("Cannot open sample"),
                             read.problems.isEmpty() ? resource : read.problems.first().toString());
        return false;
    }
    closeDistrict();
    setDocument(PlanDocument::fromPlan(std::move(*read.plan), Preferences::recoveryDir()));
    Preferences::setLastPlan(QString());
    m_example = true;
    updateTitle();
    return true;
}

bool MainWindow::openVersion(int number)
{
    if (!m_document)
        return false;
    QString error;
    std::unique_ptr<PlanDocument> version =
        PlanDocument::fromVersion(*m_document, number, Preferences::recoveryDir(), &error);
    if (!version) {
        QMessageBox::warning(this, tr("Cannot Open Version"), error);
        return false;
    }
    if (!maybeSave())
        return false;
    closeDistrict();
    setDocument(std::move(version));
    Preferences::setLastPlan(QString());
    updateTitle();
    return true;
}

// The first time (or when the last plan is gone) the start page: a new user chooses between
// their own plan, their data and the examples, rather than landing in an unexplained sample.
void MainWindow::openInitialPlan()
{
    const QString last = Preferences::lastPlan();
    if (!last.isEmpty() && QFileInfo::exists(last))
        openFile(last);
}

void MainWindow::importIntoNewPlan()
{
    const PlanDocument *before = m_document.get();
    newPlan(); // asks about unsaved work first
    if (!m_document || m_document.get() == before)
        return; // the user cancelled
    // Where the lines arrive, and where to come back to the import.
    showPage(Page::Baseline);
    importFile(QString(), false);
}

void MainWindow::offerRecovery()
{
    const QList<RecoveryCopy> copies =
        RecoveryFile::find(Preferences::recentFiles(), Preferences::recoveryDir());
    if (copies.isEmpty())
        return;
    RecoveryDialog dialog(copies, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosen())
        return;
    QString error;
    std::unique_ptr<PlanDocument> recovered =
        PlanDocument::recover(*dialog.chosen(), Preferences::recoveryDir(), &error);
    if (!recovered) {
        QMessageBox::warning(this, tr("Cannot recover plan"), error);
        return;
    }
    if (!maybeSave())
        return;
    closeDistrict();
    setDocument(std::move(recovered));
}

void MainWindow::openFromDialog()
{
    const QString path = PlanDialogs::askOpenPath(this);
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    // On the district's page, or its own measures (held by the district file): the district
    // and its communities.
    if (m_district && (!m_document || m_districtMember == DistrictWorkspace::kOwnMeasures))
        return saveDistrict();
    if (!m_document)
        return false;
    if (m_document->isUntitled() || m_document->isReadOnly())
        return saveAs();
    if (!m_document->retakeLock()) {
        QMessageBox box(QMessageBox::Warning, tr("Plan in use"), m_document->lockedBy(),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("planInUseOnSaveBox"));
        box.setInformativeText(tr("Save your changes under another name, or close the plan in "
                                  "the other program and save again."));
        QPushButton *saveAsButton = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
        saveAsButton->setObjectName(QStringLiteral("saveAsButton"));
        box.setDefaultButton(saveAsButton);
        box.exec();
        return box.clickedButton() == saveAsButton && saveAs();
    }
    PlanDocument::OnDiskChange change = PlanDocument::OnDiskChange::Refuse;
    // A file that is gone is simply written again.
    if (m_document->changedOnDisk()) {
        if (!QFileInfo::exists(m_document->filePath())) {
            change = PlanDocument::OnDiskChange::Overwrite;
        } else {
            switch (askAboutChangedFile()) {
            case ChangedFileChoice::Overwrite:
                change = PlanDocument::OnDiskChange::Overwrite;
                break;
            case ChangedFileChoice::Reload:
                reloadFromDisk();
                return false; // the plan is the file's now, not saved
            case ChangedFileChoice::SaveAs:
                return saveAs();
            case ChangedFileChoice::Cancel:
                return false;
            }
        }
    }
    QString error;
    if (!m_document->save(&error, change)) {
        QMessageBox::warning(this, tr("Cannot save plan"), error);
        return false;
    }
    saved();
    return true;
}

MainWindow::ChangedFileChoice MainWindow::askAboutChangedFile()
{
    QMessageBox box(QMessageBox::Warning, tr("Plan changed on disk"),
                    tr("%1 was changed by another program since it was opened or last saved "
                       "here. Saving now writes over those changes.")
                        .arg(m_document->displayName()),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("planChangedOnSaveBox"));
    box.setInformativeText(tr("Overwrite: keep your version, theirs is lost. Reload: open the "
                              "file as it is now, your unsaved changes are lost. Save As: keep "
                              "both, yours under another name."));
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::ResetRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    QPushButton *saveAsButton = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
    saveAsButton->setObjectName(QStringLiteral("saveAsButton"));
    box.button(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    // The watcher would ask about the same change while this is open.
    m_askingAboutDisk = true;
    box.exec();
    m_askingAboutDisk = false;
    // The user has seen this change: the watcher does not ask about it again.
    m_keptAgainst = PlanFileStamp::take(m_document->filePath());
    if (box.clickedButton() == overwrite)
        return ChangedFileChoice::Overwrite;
    if (box.clickedButton() == reload)
        return ChangedFileChoice::Reload;
    if (box.clickedButton() == saveAsButton)
        return ChangedFileChoice::SaveAs;
    return ChangedFileChoice::Cancel;
}

bool MainWindow::saveAs()
{
    if (m_district && m_districtMember == DistrictWorkspace::kOwnMeasures) {
        QMessageBox::information(this, tr("Save As"),
                                 tr("The district's own measures are saved in the district "
                                    "file: Save As is not available here."));
        return false;
    }
    if (m_district) {
        QMessageBox::information(this, tr("Save As"),
                                 tr("A community of a district is saved in its own file, which "
                                    "the district links: Save As is not available here."));
        return false;
    }
    if (!m_document)
        return false;
    const QString suggested = m_document->isUntitled()
                                  ? PlanDialogs::suggestedFileName(m_document->plan())
                                  : m_document->filePath();
    const QString path = PlanDialogs::askSavePath(this, suggested);
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    if (!m_document->saveAs(path, &error)) {
        QMessageBox::warning(this, tr("Cannot save plan"), error);
        return false;
    }
    saved();
    return true;
}

void MainWindow::saved()
{
    if (m_district && m_districtMember >= 0) {
        // A community opened in place saved to its own file: the district takes its new hash.
        m_district->document()->memberSaved(m_districtMember);
        m_keptAgainst = PlanFileStamp();
        watchFile();
        updateTitle();
        return;
    }
    remember(m_document->filePath());
    m_keptAgainst = PlanFileStamp();
    watchFile(); // the file was replaced (and may be another one)
    updateTitle();
}

bool MainWindow::autosave()
{
    if (!m_document)
        return true;
    QString error;
    if (m_document->writeRecovery(&error))
        return true;
    statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    return false;
}

void MainWindow::remember(const QString &path)
{
    Preferences::addRecentFile(path);
    Preferences::setLastPlan(path);
    updateRecentFilesMenu();
    m_startPage->setRecentFiles(Preferences::recentFiles());
}

void MainWindow::updateRecentFilesMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = Preferences::recentFiles();
    for (const QString &path : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openFile(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Recent Files"), this, [this] {
            Preferences::clearRecentFiles();
            updateRecentFilesMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showProblemsAfterOpen()
{
    const PlanProblems &problems = m_document->problems();
    if (!hasErrors(problems))
        return;
    statusBar()->showMessage(
        tr("The plan opened with problems: %1").arg(problems.first().toString()), 15000);
    // The list at once, so that the user sees every problem and can go to each.
    m_problemsDock->showAndRaise();
}

void MainWindow::importFile(const QString &chosen, bool meterReadings)
{
    if (!m_document || !m_baselinePage)
        return;
    // File → Import asks here, so the dialog starts in the last folder used.
    const QString path =
        chosen.isEmpty() ? PlanDialogs::askImportPath(this, meterReadings) : chosen;
    if (path.isEmpty())
        return;
    showPage(Page::Baseline);
    if (meterReadings)
        m_baselinePage->importMeterReadingsFrom(path);
    else
        m_baselinePage->importActivitiesFrom(path);
}

void MainWindow::updateTitle()
{
    // An example stays one until it is saved under a name of its own.
    m_example = m_example && m_document && m_document->isUntitled();
    const QString version =
        m_document && m_document->isUntitled() ? m_document->versionShown() : QString();
    const std::optional<ReviewCopy> copyOf =
        m_document ? m_document->review().copyOf : std::nullopt;
    if (m_exampleNotice) {
        m_exampleNotice->setText(
            !version.isEmpty()
                ? tr("This is %1, opened read-only: its file is not changed. Save As keeps it "
                     "as a plan of its own; File → Open goes back to the plan as it is now.")
                      .arg(version)
            : m_example
                ? tr("This is an example plan, not your community's: change anything to see "
                     "what happens. Save As keeps your changes as a plan of your own; File → "
                     "New Plan starts your community's.")
            : copyOf
                ? tr("This is a review copy of %1, sent by %2 on %3. Comment on anything "
                     "(History → Comments, or Comments… on the Baseline and Measures "
                     "pages), then send back the file File → Export Comments… makes: "
                     "changes to the plan itself do not go back.")
                      .arg(copyOf->source, HistoryText::who(copyOf->author, copyOf->organisation),
                           copyOf->at.toLocalTime().date().toString(Qt::ISODate))
                : QString());
        m_exampleNotice->setVisible(m_example || !version.isEmpty() || copyOf.has_value());
    }
    if (m_document && m_district && m_districtMember == DistrictWorkspace::kOwnMeasures) {
        setWindowTitle(
            tr("District measures of %1[*] — ZeroPlan").arg(m_district->document()->displayName()));
        setWindowFilePath(m_district->document()->filePath());
        setWindowModified(m_district->isModified());
        return;
    }
    if (!m_document && m_district) {
        setWindowTitle(tr("%1[*] — ZeroPlan").arg(m_district->document()->displayName()));
        setWindowFilePath(m_district->document()->filePath());
        setWindowModified(m_district->isModified());
        return;
    }
    if (!m_document) {
        setWindowTitle(QStringLiteral("ZeroPlan"));
        setWindowModified(false);
        return;
    }
    const Plan &plan = m_document->plan();
    const QString shown = plan.title.isEmpty() ? m_document->displayName() : plan.title;
    const QString name = m_example ? tr("%1 (example)").arg(shown)
                         : m_document->isUntitled() && !plan.title.isEmpty()
                             ? tr("%1 (not saved yet)").arg(plan.title)
                             : m_document->displayName();
    const AdoptedPlan *adopted = plan.monitoring.adopted();
    setWindowTitle(adopted
                       ? tr("%1 · %2[*] — ZeroPlan", "plan · adopted version")
                             .arg(name, MonitoringText::adoptedText(adopted->label, adopted->date))
                       : tr("%1[*] — ZeroPlan").arg(name));
    setWindowFilePath(m_document->filePath());
    setWindowModified(m_document->isModified());
}

} // namespace zeroplan
