#pragma once

#include "monitoring/MonitoringRun.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace zeroplan {

class ActualLinesModel;
class ActualsImportBar;
class ProgressDetails;
class ProgressImportDialog;
class LiveResults;
class MeasureTrackModel;
class MonitoringChart;
class WaterfallChart;
class PlanDocument;

// The plan against what happened (docs/monitoring.md): before adoption, what adopting means
// and a button to adopt the current scenario; after it, the headline (reduced so far, still to
// reduce), the trajectory chart with the years' gaps, how each measure stands (traffic
// lights) with a form to report its progress, the actual inventories with their amounts
// editable, why emissions changed and the re-forecast. Every entry is an undo step.
class MonitoringPage : public QWidget
{
    Q_OBJECT

public:
    MonitoringPage(PlanDocument *document, LiveResults *results, QWidget *parent = nullptr);

    // What the page shows now (none before adoption).
    const std::optional<MonitoringRun> &run() const { return m_run; }
    MonitoringChart *chart() const { return m_chart; }
    WaterfallChart *waterfall() const { return m_waterfall; }
    MeasureTrackModel *measuresModel() const { return m_measuresModel; }
    ActualLinesModel *actualLinesModel() const { return m_linesModel; }
    ActualsImportBar *actualsImportBar() const { return m_actualsBar; }
    ProgressDetails *progressDetails() const { return m_progressDetails; }

    // The day of the assessment (which measures are stale, the date of a progress report);
    // invalid, as it starts: today.
    void setAssessmentDate(const QDate &date);
    QDate assessmentDate() const;

    // What the buttons do once their dialog is answered.
    void adoptCurrentScenario(const QString &label);
    bool addActualYear(int year); // false: not after the base year, or already there
    // Opens the progress import dialog (window-modal) for `path` (MonitoringPageImports.cpp).
    ProgressImportDialog *importProgressFrom(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    static QString explanation(); // what adopting means, before a scenario is adopted
    QWidget *buildTrajectoryTab();
    QWidget *buildMeasuresTab();
    QWidget *buildActualsTab();
    QWidget *buildOutlookTab();
    void onResultsUpdated();
    void refresh();
    void refreshYears();
    void refreshActualYears();
    void refreshOutlook();
    void showProgressOf(int row);
    void askToAdopt();
    void askForActualYear();
    void reportProgress();
    void askToImportProgress();
    void showActualYear(int year);
    int selectedMeasureRow() const;

    PlanDocument *m_document;
    LiveResults *m_results;
    std::optional<MonitoringRun> m_run;
    QLabel *m_header = nullptr;
    QPushButton *m_adopt = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_headline = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_indicatorsTab = nullptr; // shown before adoption too
    MonitoringChart *m_chart = nullptr;
    QTableWidget *m_years = nullptr;
    MeasureTrackModel *m_measuresModel = nullptr;
    QTableView *m_measuresView = nullptr;
    QGroupBox *m_progressBox = nullptr;
    QLabel *m_progressMeasure = nullptr;
    QDoubleSpinBox *m_adoption = nullptr;
    QLabel *m_adoptionUnit = nullptr;
    QComboBox *m_status = nullptr;
    QPushButton *m_reportProgress = nullptr;
    ProgressDetails *m_progressDetails = nullptr;
    ActualsImportBar *m_actualsBar = nullptr;
    QComboBox *m_actualYear = nullptr;
    QPushButton *m_addYear = nullptr;
    ActualLinesModel *m_linesModel = nullptr;
    QTableView *m_linesView = nullptr;
    QTableWidget *m_decomposition = nullptr;
    WaterfallChart *m_waterfall = nullptr;
    QTableWidget *m_reforecast = nullptr;
    QDate m_asOf;              // invalid: today
    QString m_selectedMeasure; // kept across refreshes
    bool m_stale = true;       // results changed while the page was hidden
};

} // namespace zeroplan
