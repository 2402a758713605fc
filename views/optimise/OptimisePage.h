#pragma once

#include "OptimiseRun.h"
#include "plan/Plan.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace zeroplan {

class LiveResults;
class OptimiseCandidateTable;
class OptimisePayerLimits;
class OptimiseResultView;
class PlanDocument;
struct ChangeEvent;

// The least-cost way to the target (docs/optimiser.md, "In the app"): the question — target
// year, net zero or a cut, an optional budget in total and in any one year, the plan's interim
// targets and carbon budget, the candidate measures and their levels, one prerequisite and one
// exclusion, a limit per payer, the number of alternatives, robustness over Monte Carlo draws —
// then Run, which runs the optimiser off the GUI thread with a progress bar and Cancel, and the
// answer (OptimiseResultView). Create Scenario from This adds the selected choice as a new scenario
// ("Least cost 2040"), one undo step, and makes it the current one. Input the optimiser cannot
// take (levels that are no percentages) is refused with a message naming the measure and field.
// Object names: optimisePage, targetYearSpinBox, targetKindComboBox, cutSpinBox,
// budgetCheckBox, budgetSpinBox, budgetPerYearCheckBox, budgetPerYearSpinBox,
// interimTargetsCheckBox, carbonBudgetCheckBox, robustCheckBox, robustDrawsSpinBox,
// alternativesSpinBox, prerequisiteCheckBox,
// prerequisiteMeasureComboBox, prerequisiteRequiredComboBox, prerequisiteLevelSpinBox,
// exclusionCheckBox, exclusionFirstComboBox, exclusionSecondComboBox, optimiseCandidateTable,
// runOptimiseButton, cancelOptimiseButton, optimiseProgressBar, optimiseMessageLabel,
// optimiseStatusLabel, optimiseStaleLabel and those of OptimisePayerLimits and
// OptimiseResultView.
class OptimisePage : public QWidget
{
    Q_OBJECT

public:
    OptimisePage(PlanDocument *document, LiveResults *results, QWidget *parent = nullptr);

    OptimiseRun *run() { return &m_run; }
    // The request the form describes, or nothing with the reason in `error`.
    std::optional<OptimiseRequest> request(QString *error) const;
    // Results are shown and the plan has changed (other than in its scenarios) since.
    bool isStale() const;

private:
    QWidget *buildQuestion();
    QWidget *buildRules();
    void refreshFromPlan();
    void onChanged(const ChangeEvent &event);
    void startRun();
    void cancelRun();
    void onProgress(int done, int total);
    void onRobustnessStarted(int draws);
    void onFinished(const OptimiseResult &result, const RobustResult &robust);
    void onCancelled();
    void createScenario();
    void updateStale();
    void setRunning(bool running);
    void showMessage(const QString &text);

    PlanDocument *m_document;
    LiveResults *m_results;
    QSpinBox *m_targetYear;
    QComboBox *m_targetKind;
    QDoubleSpinBox *m_cut;
    QCheckBox *m_budgetOn;
    QCheckBox *m_interimOn = nullptr;           // also the plan's interim targets
    QCheckBox *m_carbonBudgetOn = nullptr;      // also the plan's carbon budget
    QCheckBox *m_continuousCreditsOn = nullptr; // credits as any quantity, not levels
    QDoubleSpinBox *m_budget;
    QCheckBox *m_perYearOn;
    QDoubleSpinBox *m_perYear;
    QCheckBox *m_robustOn;
    QSpinBox *m_robustDraws;
    OptimisePayerLimits *m_payerLimits;
    QSpinBox *m_alternatives;
    QCheckBox *m_prerequisiteOn;
    QComboBox *m_prerequisiteMeasure;
    QComboBox *m_prerequisiteRequired;
    QDoubleSpinBox *m_prerequisiteLevel;
    QCheckBox *m_exclusionOn;
    QComboBox *m_exclusionFirst;
    QComboBox *m_exclusionSecond;
    OptimiseCandidateTable *m_candidates;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progressBar;
    QLabel *m_message;
    QLabel *m_status;
    QLabel *m_stale;
    OptimiseResultView *m_resultView;

    // The plan and request of the run in progress, and of the result shown.
    Plan m_runningPlan;
    OptimiseRequest m_runningRequest;
    int m_runningDraws = 0; // of robustness
    std::optional<Plan> m_shownPlan;
    // Last member: destroyed first, it cancels a run and waits for its worker.
    OptimiseRun m_run;
};

} // namespace zeroplan
