// The Monitoring page's entries: adopting the scenario shown, adding an actual year and
// reporting a measure's progress, each through a dialog or the progress form and each one
// undo step (AdoptScenario, EditMonitoring).
#include "AdoptScenario.h"
#include "MeasureTrackModel.h"
#include "MonitoringEdits.h"
#include "MonitoringPage.h"
#include "MonitoringReports.h"
#include "PlanDocument.h"
#include "ProgressDetails.h"
#include "measures/MeasureCatalogue.h"
#include "plan/DefaultNames.h"
#include "plan/Plan.h"
#include "present/LiveResults.h"
#include "present/MonitoringText.h"
#include "present/NumberFormat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace zeroplan {

void MonitoringPage::askToAdopt()
{
    const int scenario = m_results->currentScenario();
    const Plan &plan = m_document->plan();
    if (scenario < 0 || scenario >= plan.scenarios.size())
        return;
    bool ok = false;
    const QString label = QInputDialog::getText(
        this, tr("Adopt this scenario"),
        tr("Adopt the scenario “%1” as the plan to be monitored, as of %2.\nVersion label:")
            .arg(DefaultNames::scenario(plan.scenarios.at(scenario).name),
                 assessmentDate().toString(Qt::ISODate)),
        QLineEdit::Normal, AdoptScenario::nextLabel(plan.monitoring), &ok);
    if (ok && !label.trimmed().isEmpty())
        adoptCurrentScenario(label.trimmed());
}

void MonitoringPage::adoptCurrentScenario(const QString &label)
{
    const int scenario = m_results->currentScenario();
    if (scenario < 0)
        return;
    m_document->undoStack()->push(
        new AdoptScenario(m_document, scenario, m_results->library(), assessmentDate(), label));
}

void MonitoringPage::askForActualYear()
{
    const Plan &plan = m_document->plan();
    const ActualInventory *latest = plan.monitoring.latestActual();
    const int first = plan.community.baseYear + 1;
    const int suggested = std::clamp(latest ? latest->year + 1 : first, first,
                                     std::max(first, plan.community.horizonEnd));
    bool ok = false;
    const int year =
        QInputDialog::getInt(this, tr("Add actual year"),
                             tr("Year of the actual emissions (after the base year %1):")
                                 .arg(NumberFormat::year(plan.community.baseYear)),
                             suggested, first, std::max(first, plan.community.horizonEnd), 1, &ok);
    if (ok && !addActualYear(year)) {
        QMessageBox::information(this, tr("Add actual year"),
                                 tr("The actual emissions of %1 are already entered: choose "
                                    "the year in the list to correct them.")
                                     .arg(NumberFormat::year(year)));
    }
}

bool MonitoringPage::addActualYear(int year)
{
    EditMonitoring *command = EditMonitoring::addActualYear(m_document, year);
    if (!command)
        return false;
    m_document->undoStack()->push(command);
    // Show the new year's lines, to be corrected.
    for (int i = 0; i < m_actualYear->count(); ++i) {
        if (m_actualYear->itemData(i).toInt() == year)
            m_actualYear->setCurrentIndex(i);
    }
    return true;
}

int MonitoringPage::selectedMeasureRow() const
{
    return m_measuresView->currentIndex().isValid() ? m_measuresView->currentIndex().row() : -1;
}

void MonitoringPage::showProgressOf(int row)
{
    const MeasureTrack *track = m_measuresModel->track(row);
    m_progressBox->setEnabled(track != nullptr);
    m_progressDetails->showMeasure(m_document->plan(), track, m_measuresModel->year());
    if (!track) {
        m_progressBox->setTitle(tr("Progress"));
        m_progressMeasure->setText(tr("Choose a measure in the table to report its progress."));
        return;
    }
    m_selectedMeasure = track->measure;
    m_progressBox->setTitle(
        tr("Progress by the end of %1").arg(NumberFormat::year(m_measuresModel->year())));
    m_progressMeasure->setText(m_measuresModel->data(m_measuresModel->index(row, 0)).toString());
    const Plan *adopted = m_document->plan().monitoring.adopted()->plan.get();
    m_adoptionUnit->setText(tr("%1; planned %2, goal %3")
                                .arg(MonitoringText::adoptionUnit(*adopted, track->measure),
                                     NumberFormat::significant(track->planned),
                                     NumberFormat::significant(track->goal)));
    m_adoption->setValue(track->actual.value_or(track->base));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(track->status))));
}

void MonitoringPage::reportProgress()
{
    const MeasureTrack *track = m_measuresModel->track(selectedMeasureRow());
    if (!track)
        return;
    ProgressReport report;
    report.measure = track->measure;
    report.year = m_measuresModel->year();
    report.adoption = m_adoption->value();
    report.status = ProgressStatus(m_status->currentData().toInt());
    m_progressDetails->fillReport(report, assessmentDate());
    if (EditMonitoring *command = MonitoringReports::reportProgress(m_document, report)) {
        m_document->undoStack()->push(command);
        m_progressDetails->clearNote();
    }
}

} // namespace zeroplan
