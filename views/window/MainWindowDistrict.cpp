// MainWindow's districts (docs/desktop.md, "Districts"): opening a .zeroplan-district on its
// page, a community opened in place and back, saving and closing the district. What the
// district mode does is in views/district (DistrictWorkspace, DistrictPage); this only hooks
// it into the window.
#include "MainWindow.h"

#include "NewDistrict.h"
#include "PlanDialogs.h"
#include "PlanDocument.h"
#include "district/CommunityBar.h"
#include "district/DistrictPage.h"
#include "district/DistrictWorkspace.h"
#include "present/Preferences.h"

#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace zeroplan {

bool MainWindow::openDistrict(const QString &path)
{
    QString error;
    std::unique_ptr<DistrictWorkspace> opened =
        DistrictWorkspace::open(path, Preferences::recoveryDir(), &error);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open district"), error);
        Preferences::removeRecentFile(path);
        updateRecentFilesMenu();
        return false;
    }
    showDistrict(std::move(opened));
    return true;
}

void MainWindow::showDistrict(std::unique_ptr<DistrictWorkspace> opened)
{
    closeDistrict();
    setDocument(nullptr); // the plan open before goes
    m_district = std::move(opened);
    DistrictDocument *district = m_district->document();
    connect(m_district.get(), &DistrictWorkspace::openCommunityRequested, this,
            [this](int member) { openCommunity(member); });
    connect(m_district.get(), &DistrictWorkspace::openOwnMeasuresRequested, this,
            &MainWindow::openOwnMeasures);
    connect(m_district.get(), &DistrictWorkspace::modifiedChanged, this, &MainWindow::updateTitle);
    connect(district->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    m_undoGroup.addStack(district->undoStack());
    m_undoGroup.setActiveStack(district->undoStack());
    m_central->addWidget(m_district->page());
    m_central->setCurrentWidget(m_district->page());
    if (!district->filePath().isEmpty())
        remember(district->filePath());
    updatePlanActions();
    updateTitle();
}

void MainWindow::closeDistrict()
{
    if (!m_district)
        return;
    if (m_districtMember != -1) {
        swapDocument(nullptr).reset(); // the community shown goes before its district
        m_districtMember = -1;
    }
    m_communityBar->hide();
    m_undoGroup.removeStack(m_district->document()->undoStack());
    disconnect(m_district->document()->undoStack(), nullptr, this, nullptr);
    m_district.reset();
    updatePlanActions();
    updateTitle();
}

bool MainWindow::openCommunity(int member)
{
    if (!m_district || member < 0 || member >= m_district->document()->memberCount())
        return false;
    if (m_districtMember == member)
        return true;
    if (m_districtMember != -1)
        backToDistrict();
    QString error;
    std::unique_ptr<PlanDocument> community = m_district->takeCommunity(member, &error);
    if (!community) {
        QMessageBox::warning(this, tr("Cannot open community"), error);
        return false;
    }
    m_districtMember = member;
    showCommunityBar();
    setDocument(std::move(community));
    return true;
}

void MainWindow::openOwnMeasures()
{
    if (!m_district || m_districtMember == DistrictWorkspace::kOwnMeasures)
        return;
    if (m_districtMember != -1)
        backToDistrict();
    m_districtMember = DistrictWorkspace::kOwnMeasures;
    showCommunityBar();
    setDocument(m_district->takeOwnMeasures());
    updateTitle();
}

void MainWindow::showCommunityBar()
{
    if (m_districtMember == DistrictWorkspace::kOwnMeasures)
        m_communityBar->setOwnMeasures(*m_district->document());
    else
        m_communityBar->setCommunity(*m_district->document(), m_districtMember);
    m_communityBar->show();
}

void MainWindow::backToDistrict()
{
    if (!m_district || m_districtMember == -1)
        return;
    const int member = m_districtMember;
    m_districtMember = -1;
    m_communityBar->hide();
    if (member == DistrictWorkspace::kOwnMeasures) {
        m_district->keepOwnMeasures(swapDocument(nullptr)); // shows the district's page
        m_undoGroup.setActiveStack(m_district->document()->undoStack());
        updateTitle();
        return;
    }
    m_district->keepCommunity(member, swapDocument(nullptr)); // shows the district's page
    m_undoGroup.setActiveStack(m_district->document()->undoStack());
    m_district->page()->selectCommunity(member);
    updateTitle();
}

void MainWindow::newDistrict(bool sample)
{
    if (!maybeSave())
        return;
    const QString path =
        sample ? NewDistrict::sampleDistrict(this) : NewDistrict::fromSpreadsheet(this);
    if (!path.isEmpty())
        openWithoutPrompt(path);
}

bool MainWindow::saveDistrict()
{
    if (!m_district)
        return false;
    QString error;
    if (!m_district->save(&error)) {
        QMessageBox::warning(this, tr("Cannot save district"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_district->document()->displayName()), 5000);
    updateTitle();
    return true;
}

} // namespace zeroplan
